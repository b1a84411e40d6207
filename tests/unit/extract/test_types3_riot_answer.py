"""The forces' fire told as their answer to a riot is the riot (twenty-sixth session, types3;
docs/vocabulary.md "Riots and excessive force").

"Manifestantes tomaron el aeropuerto. La policía respondió con disparos: murieron dos
adolescentes": the answer ("respondió con", "responded with", "answered with") refers to the
riot just told, so ACLED codes one event, the riot, with the dead of the fire; the rioters are
actor1 and the forces actor2. The same answer told in a clause of the riot's own sentence, with
its dead, is a mention of that riot. A sentence that names a town of its own away from the riot
("En Abancay, la policía lanzó gases ...") tells another scene: the forces' tear gas there stays
an intervention.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

DEC12 = dt.date(2022, 12, 12)

_RIOTS = {
    "es": [
        "Manifestantes tomaron el aeropuerto de {town} e incendiaron parte de sus instalaciones.",
        "Un grupo derribó el cerco perimétrico del aeropuerto de {town} y lanzó piedras contra "
        "los agentes.",
    ],
    "en": [
        "Protesters stormed the airport in {town} and set fire to the control tower.",
        "A crowd broke through the fence of the airport in {town} and threw stones at the "
        "officers.",
    ],
}
_ANSWERS = {
    "es": [
        "La policía respondió con disparos: murieron dos adolescentes.",
        "Los agentes respondieron con bombas lacrimógenas y disparos; murieron tres comuneros.",
        "Los efectivos contestaron con disparos y dos personas murieron.",
    ],
    "en": [
        "Police responded with live fire, and two teenagers died.",
        "Officers answered with gunfire; three farmers were killed.",
    ],
}
_TOWNS = ["Juliaca", "Andahuaylas", "Ayacucho"]


def _cases() -> list[tuple[str, str, str]]:
    out = []
    for language, riots in _RIOTS.items():
        for i, riot in enumerate(riots):
            for j, answer in enumerate(_ANSWERS[language]):
                town = _TOWNS[(i + j) % len(_TOWNS)]
                out.append((language, riot.format(town=town), answer))
    return out


def _answer_mention(found: list[Mention], text: str, answer: str) -> Mention:
    at = text.index(answer)
    inside = [m for m in found if at <= m.trigger.span[0] < at + len(answer)]
    assert len(inside) == 1, [(m.sub_event_type, m.trigger.text) for m in found]
    return inside[0]


@pytest.mark.parametrize(("language", "riot", "answer"), _cases())
def test_the_forces_answer_to_a_riot_with_its_dead_is_the_riot(
    mentions: Callable[..., list[Mention]], language: str, riot: str, answer: str
) -> None:
    text = f"{riot} {answer}"
    found = mentions(text, language, DEC12)
    m = _answer_mention(found, text, answer)
    assert m.sub_event_type == "Violent demonstration", (m.sub_event_type, m.rules)
    assert m.actor1 is not None and m.actor1.name == "Rioters (Peru)"
    assert m.actor2 is not None and m.actor2.name in (
        "Police Forces of Peru",
        "Military Forces of Peru",
    )
    assert m.killed is not None and m.killed.value in (2, 3)
    assert all(x.sub_event_type != "Excessive force against protesters" for x in found), [
        (x.sub_event_type, x.trigger.text) for x in found
    ]


@pytest.mark.parametrize(
    ("text", "language", "dead"),
    [
        (
            "In {town}, demonstrators burned a police post, and officers responded with live "
            "fire; two people died there.",
            "en",
            2,
        ),
        (
            "In {town}, a crowd set fire to the courthouse, and troops answered with gunfire; "
            "three men were killed.",
            "en",
            3,
        ),
        (
            "En {town}, los manifestantes quemaron la comisaría, y los agentes respondieron con "
            "disparos: murieron dos personas.",
            "es",
            2,
        ),
    ],
)
@pytest.mark.parametrize("town", _TOWNS)
def test_the_answer_in_a_clause_of_the_riot_with_its_dead_is_the_riot(
    mentions: Callable[..., list[Mention]], text: str, language: str, dead: int, town: str
) -> None:
    found = mentions(text.format(town=town), language, DEC12)
    subs = [m.sub_event_type for m in found]
    assert "Excessive force against protesters" not in subs, subs
    killed = [m for m in found if m.killed is not None]
    assert [(m.sub_event_type, m.killed.value if m.killed else None) for m in killed] == [
        ("Violent demonstration", dead)
    ]


@pytest.mark.parametrize(
    ("riot_town", "other_town"), [("Andahuaylas", "Abancay"), ("Juliaca", "Cusco")]
)
def test_tear_gas_in_a_town_of_its_own_after_a_riot_is_an_intervention(
    mentions: Callable[..., list[Mention]], riot_town: str, other_town: str
) -> None:
    text = (
        f"Manifestantes tomaron el aeropuerto de {riot_town} e incendiaron parte de sus "
        f"instalaciones. En {other_town}, la policía lanzó gases lacrimógenos contra quienes "
        "intentaban ingresar a la sede del Gobierno Regional."
    )
    found = mentions(text, "es", DEC12)
    gas = _answer_mention(found, text, f"En {other_town}, la policía lanzó gases")
    assert gas.sub_event_type == "Protest with intervention", (gas.sub_event_type, gas.rules)
