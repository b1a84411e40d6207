"""dev-texts23: constructions of statements, platforms and calls that the twenty-third blind batch
missed, and near misses that claim nothing.

Violence asked to end, avoided or laid down, and protests kept peaceful, are requests of topic
`other` (and those already marching asked to avoid violence are called to no new march); a
blockade kept up by its verb, a Congress wanted gone, a decree to repeal with any determiner, a
meeting the state invites to, the army's help kept on; a platform's items after "plantea:"; the
Spanish periphrastic future in a vow or under a condition; a listed demand that tells its day keeps
its incident. Near misses: the protest a government is said to criminalise, a football side's
"bloqueo", a listed demand with no day. Passages written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document, Extraction


def _run(resources: Resources, text: str, language: str) -> Extraction:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 18))
    return extract(doc, resources)


def _topics(resources: Resources, text: str, language: str) -> list[str]:
    return sorted(c.topic for c in _run(resources, text, language).claims)


@pytest.mark.parametrize(
    ("language", "text", "want"),
    [
        # violence laid down or stopped, asked in the speaker's quoted words
        ("es", 'El premier pidió a los dirigentes de Puno "deponer la violencia".', ["other"]),
        ("es", "La Iglesia pidió a las autoridades «detener la violencia».", ["other"]),
        # a protest asked to keep its peaceful character is no call to protest
        (
            "es",
            "Exhortamos a los estudiantes a mantener el carácter pacífico de su protesta.",
            ["other"],
        ),
        # a blockade kept up by its verb, and the condition that ends it
        (
            "en",
            "Residents said they would keep blockading the fuel plant until the mayor resigns.",
            ["blockade", "resignation"],
        ),
        # a Congress wanted gone is its closure, not a resignation
        ("en", '"We want this Congress to go," said a farmers\' leader.', ["closure_of_congress"]),
        # violence asked to end or avoided, protests kept peaceful
        ("en", "Colombia strike committee demands end to police violence", ["other"]),
        ("en", "A spokesman urged marchers to avoid violence.", ["other"]),
        ("en", "The group urged protest leaders to keep demonstrations peaceful.", ["other"]),
        # the army's help kept on, a decree to repeal with any determiner, a meeting invited to
        ("en", "Duque announced that military assistance would remain in place.", ["other"]),
        ("en", "Bolivia's MAS demands Anez repeal military decree", ["other"]),
        (
            "en",
            "The minister invited union leaders and the Church to a meeting on Saturday.",
            ["dialogue"],
        ),
        # a platform's items after "plantea:"
        (
            "es",
            "La plataforma plantea:\n1. La renuncia del gobernador regional.\n2. El cierre del"
            " Congreso.",
            ["closure_of_congress", "resignation"],
        ),
        # the periphrastic future in a vow and under a condition not met
        (
            "es",
            "No vamos a levantar el bloqueo hasta que se vaya el alcalde.",
            ["blockade", "resignation"],
        ),
        ("es", "Si el Gobierno no responde, vamos a tomar las carreteras.", ["blockade"]),
        ("es", "Si no hay respuesta, vamos a bloquear el puente.", ["blockade"]),
        # near misses: the protest a government is said to criminalise, a football side's block
        (
            "es",
            "Advertimos que, si el Gobierno insiste en su agenda de seguridad y en criminalizar la"
            " protesta social, la huelga se extenderá por tiempo indefinido.",
            ["strike"],
        ),
        ("es", "En la cancha, el visitante planteó un bloqueo férreo en su área.", []),
    ],
)
def test_devtexts23_claims(resources: Resources, language: str, text: str, want: list[str]) -> None:
    assert _topics(resources, text, language) == want


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman urged marchers to avoid violence.",
        "The group urged protest leaders to keep demonstrations peaceful.",
    ],
)
def test_devtexts23_peace_asked_is_no_event(resources: Resources, text: str) -> None:
    assert list(_run(resources, text, "en").events) == []


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a listed demand that tells its day keeps its incident
        (
            "Exigimos:\n- Sancionar a los policías que el domingo dispararon contra los comuneros"
            " en el puente Chumbao.",
            1,
        ),
        (
            "Por ello, exigimos:\n1. Investigar a los militares que el 15 de diciembre dispararon"
            " contra la población en Huamanga.",
            1,
        ),
        # one that names no day asks what it names, no incident
        ("Exigimos:\n- Justicia para las víctimas de la represión policial.", 0),
        ("Por ello, exigimos:\n1. Sancionar a los policías que dispararon contra la población.", 0),
    ],
)
def test_devtexts23_listed_demand_with_its_day(
    resources: Resources, text: str, events: int
) -> None:
    assert len(_run(resources, text, "es").events) == events
