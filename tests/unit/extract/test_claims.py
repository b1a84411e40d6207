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
        # a strike still to come, with who called it after it, is their call; one that takes
        # place is no claim
        (
            "Thousands are expected to march on Friday in a regional strike called by unions.",
            "en",
            {("call_to_action", "strike")},
        ),
        ("Los comerciantes acataron el paro de 48 horas convocado por el Frente.", "es", set()),
        # a condition set on a protest asks for what its own clause names
        (
            "Los dirigentes advirtieron que no levantarán el paro mientras el presidente siga en el "
            "cargo.",
            "es",
            {("demand", "resignation"), ("threat", "strike")},
        ),
        (
            # the roadblocks vowed to stay until the condition is met are threatened
            # (docs/vocabulary.md, Claims: one claim or two; claims11)
            "Organisers said they would not lift the roadblocks until the government negotiated.",
            "en",
            {("demand", "dialogue"), ("threat", "blockade")},
        ),
        # ... not a time, nor an action after a comma
        ("Hasta la tarde, el bloqueo de la carretera se mantenía.", "es", set()),
        # where people went to take part is no call; what they refuse is not asked
        (
            "Gunmen opened fire on farmers travelling to join the protests in Cali.",
            "en",
            set(),
        ),
        (
            "The leaders want early elections and say they will not negotiate.",
            "en",
            {("demand", "early_elections")},
        ),
    ],
)
def test_claims_read_the_construction(resources, text, language, expected):
    assert _claims(resources, text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # what a condition names is asked for; the action threatened after it is the threat
        (
            "Los ronderos advirtieron que, si el Gobierno no convoca a elecciones anticipadas, "
            "tomarán la planta de gas.",
            "es",
            {("demand", "early_elections"), ("threat", "other")},
        ),
        # an action inside the condition of a warning is no threat, and a warning of what may
        # happen threatens nothing
        (
            "Traders warned that if the blockades go on, prices could double within a week.",
            "en",
            set(),
        ),
        (
            "El alcalde advirtió que la escasez de combustible podría agravarse esta semana.",
            "es",
            set(),
        ),
        # an explicit threat with no topic stays a threat
        (
            "The rondas threatened to punish the gunmen themselves.",
            "en",
            {("threat", "other")},
        ),
    ],
)
def test_conditions_and_warnings(resources, text, language, expected):
    assert _claims(resources, text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # cutting a road is a blockade called for
        (
            "El Frente de Defensa llamó a los comuneros a cortar la carretera Cusco–Abancay.",
            "es",
            {("call_to_action", "blockade")},
        ),
        # a second statement joined by "y recuerda que" is not what the first cue asks
        (
            "La Defensoría exhortó a los dirigentes a instalar una mesa de diálogo y recordó que "
            "las marchas deben ser pacíficas.",
            "es",
            {("demand", "dialogue")},
        ),
    ],
)
def test_calls_to_cut_roads_and_second_statements(resources, text, language, expected):
    assert _claims(resources, text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "El prefecto rechazó los llamados de algunos dirigentes a tomar el aeropuerto de Jauja.",
            "es",
            "tomar el aeropuerto",
        ),
        (
            "The governor rejected calls by some leaders to take over the airport in Jauja.",
            "en",
            "take over the airport",
        ),
    ],
)
def test_the_noun_of_a_call_calls_for_its_event(resources, text, language, word):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 10))
    at = text.index(word)
    found = [
        m.factuality
        for m in extract(doc, resources).events
        if m.trigger.span[0] <= at < m.trigger.span[1] or at <= m.trigger.span[0] < at + len(word)
    ]
    assert found == ["called_for"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Los comerciantes marcharon para exigir que se levante el paro.",
            "es",
            {("demand", "other")},
        ),
        ("Traders urged the unions to end the strike.", "en", {("demand", "other")}),
        (
            "El Comité advirtió que no levantará el paro mientras el Congreso siga en funciones.",
            "es",
            {("threat", "strike")},
        ),
    ],
)
def test_an_end_asked_is_no_call_to_the_action(resources, text, language, expected):
    assert expected <= _claims(resources, text, language)
    assert not {("call_to_action", "strike")} & _claims(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Conaie said it would call a new strike if the government failed to keep its promises.",
            "en",
            ("threat", "strike"),
        ),
        (
            "Los dirigentes dijeron que bloquearán la carretera si el Gobierno no responde.",
            "es",
            ("threat", "blockade"),
        ),
        (
            "The strike committee said the blockade would go on next week.",
            "en",
            ("announcement", "blockade"),
        ),
    ],
)
def test_an_action_said_to_come_on_a_condition_is_a_threat(resources, text, language, expected):
    assert expected in _claims(resources, text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Los gremios exigen la libertad del expresidente y el cierre del Congreso.",
        "Nuestra plataforma de lucha: a) libertad para los dirigentes detenidos en Ilave.",
        "Los comuneros reclaman la libertad del dirigente aimara preso desde enero.",
    ],
)
def test_freedom_of_a_prisoner_asked_with_the_contracted_article(resources, text):
    assert ("demand", "release_of_prisoner") in _claims(resources, text, "es")


# fourteenth session (extract-counts3): what an addressee is urged to do is a demand
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "La Defensoría exhorta a la Policía Nacional a hacer un uso proporcional de la fuerza.",
            "es",
            {("demand", "other")},
        ),
        (
            "El ministro pidió a los dirigentes evitar que se repitan los saqueos.",
            "es",
            {("demand", "other")},
        ),
        (
            'The Ombudsman has asked the police to "cease the use of lethal weapons" immediately.',
            "en",
            {("demand", "other")},
        ),
        # the topic found first wins: catching those responsible is justice
        (
            "Exigimos a la Policía Nacional Civil que capture a los responsables.",
            "es",
            {("demand", "justice_for_victims")},
        ),
        # calm asked is a claim under the claims policy of the seventeenth session (a call for
        # calm, docs/vocabulary.md "## Claims"; extract-claims5), with no addressee too
        ("El dirigente pidió calma.", "es", {("demand", "other")}),
        # near miss: a speaker asking for himself
        ("A witness, who asked not to be named, said the march was peaceful.", "en", set()),
    ],
)
def test_claims_addressee_urged_to_act_is_a_demand(resources, text, language, expected):
    assert _claims(resources, text, language) == expected
