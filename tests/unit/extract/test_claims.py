"""Claims: what a demand asks the forces not to do, and actions a reporting verb announces."""

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.models import Document


def _claims(resources, text, language):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 10))
    return {(c.kind, c.topic) for c in extract(doc, resources).claims}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a restraint asked for is a demand of its own; the protest named inside it is no call
        (
            "La Defensoría pidió a las Fuerzas Armadas dejar de usar armas de fuego en el control "
            "de las protestas y exigió que los responsables sean identificados.",
            "es",
            {("demand", "other"), ("demand", "justice_for_victims")},
        ),
        (
            'La Defensoría pidió a las Fuerzas Armadas "no usar armas letales".',
            "es",
            {("demand", "other")},
        ),
        (
            "The mayor asked the national government not to send the army.",
            "en",
            {("demand", "other")},
        ),
        # what a speaker asks for himself is no claim
        ("A witness, who asked not to be named, said the march was peaceful.", "en", set()),
        # a protest action a reporting verb tells in the future is announced
        (
            "Un dirigente de Pomata dijo que sus bases llegarán a Ilave el viernes para reforzar "
            "el bloqueo.",
            "es",
            {("announcement", "blockade")},
        ),
        (
            "The strike committee said the blockade of the Marginal highway would go on.",
            "en",
            {("announcement", "blockade")},
        ),
        # ... unless the state says it ("police would guarantee the right to protest")
        (
            "Interior Minister Víctor Rojas said police would guarantee the right to protest.",
            "en",
            set(),
        ),
        # plurals name their topic too
        (
            "El Comité Nacional de Paro convocó a nuevas movilizaciones para el miércoles.",
            "es",
            {("call_to_action", "march")},
        ),
    ],
)
def test_claims_read_the_construction(resources, text, language, expected):
    assert _claims(resources, text, language) == expected
