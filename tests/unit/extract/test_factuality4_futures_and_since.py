"""Twenty-sixth session (factuality3): the Spanish irregular futures of "ser", "mantener" and
"venir" ("el paro será indefinido", "mantendrán la huelga", "el bloqueo se mantendrá") make a
plan, as the regular "-rá"/"-rán" do; the clause that sets the time a figure counts from
("since Congress removed ..., the group said", "desde que ..., informó la Policía") is the
outlet's own, not the source's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN10 = dt.date(2023, 1, 10)


def _on(found: list[Mention], word: str) -> Mention:
    for m in found:
        if word.lower() in m.trigger.text.lower():
            return m
    raise AssertionError(f"no event on {word!r} in {[m.trigger.text for m in found]}")


_SUBJECTS = [
    ("Los dirigentes de la federación", "paro"),
    ("El Frente de Defensa de Puno", "huelga"),
]
_FUTURES = [
    "anunciaron que el {event} será indefinido",
    "informaron que la {event} será indefinida",
    "anunciaron que mantendrán el {event}",
    "advirtieron que el {event} se mantendrá hasta que renuncie la presidenta",
]


@pytest.mark.parametrize("subject", [s for s, _ in _SUBJECTS])
@pytest.mark.parametrize("future", _FUTURES)
@pytest.mark.parametrize("event", ["paro", "huelga"])
def test_an_irregular_spanish_future_makes_a_plan(
    mentions: Callable[..., list[Mention]], subject: str, future: str, event: str
) -> None:
    clause = future.format(event=event)
    if event == "huelga":
        clause = clause.replace("el huelga", "la huelga").replace("indefinido", "indefinida")
    else:
        clause = clause.replace("la paro", "el paro").replace("indefinida", "indefinido")
    text = f"{subject} {clause}."
    assert _on(mentions(text, "es", JAN10), event).factuality == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "El paro fue indefinido durante tres semanas en Puno.",
        "Los dirigentes mantuvieron el paro durante tres semanas en Puno.",
    ],
)
def test_the_past_of_the_same_verbs_stays_told(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    assert _on(mentions(text, "es", JAN10), "paro").factuality == "asserted"


# the clause that sets the time a figure counts from is the outlet's own, not what the source
# says ("since Congress removed President Castillo on December 7, the group said")
_FRAMES_EN = [
    ("since Congress removed President Pedro Castillo on December 7", "removed"),
    ("since soldiers fired on protesters at the airport on December 15", "fired"),
    ("since police raided the university campus on Sunday", "raided"),
]
_SOURCES_EN = [
    "It was the deadliest day {frame}, the group said.",
    "It is the first confirmed death {frame}, according to the Ombudsman's Office.",
    "Tuesday's march was the largest in Lima {frame}, police said.",
]


@pytest.mark.parametrize(("frame", "word"), _FRAMES_EN)
@pytest.mark.parametrize("template", _SOURCES_EN)
def test_a_time_frame_under_a_closing_source_is_the_outlets_own(
    mentions: Callable[..., list[Mention]], frame: str, word: str, template: str
) -> None:
    text = template.format(frame=frame)
    assert _on(mentions(text, "en", JAN10), word).factuality == "asserted"


@pytest.mark.parametrize(
    "source", ["informó la Policía", "según la Defensoría del Pueblo", "precisó el ministro"]
)
@pytest.mark.parametrize(
    ("frame", "word"),
    [
        ("desde que la Policía desalojó la plaza de Armas el 4 de enero", "desalojó"),
        (
            "desde que los militares dispararon contra los manifestantes el 15 de diciembre",
            "dispararon",
        ),
    ],
)
def test_a_spanish_time_frame_under_a_closing_source_is_the_outlets_own(
    mentions: Callable[..., list[Mention]], frame: str, word: str, source: str
) -> None:
    text = f"Fue la jornada más violenta {frame}, {source}."
    assert _on(mentions(text, "es", JAN10), word).factuality == "asserted"


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "En Anta, los comuneros mantienen desde el lunes el bloqueo de la carretera, informó "
            "la Policía.",
            "es",
            "bloqueo",
        ),
        (
            "Since Monday, villagers have blocked the highway near Anta, police said.",
            "en",
            "blocked",
        ),
    ],
)
def test_an_event_after_a_frame_closed_by_its_day_stays_the_sources(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    assert _on(mentions(text, language, JAN10), word).factuality == "reported"


# an announcement in a text that calls its bases out stays a plan: the call is the text's own,
# what it or others announce is planned ("Relatives of the victims have announced a march")
_CALLS = {
    "en": "We call on all students to join the national march on Wednesday.",
    "es": "Convocamos a todas las comunidades a la marcha del lunes.",
}


@pytest.mark.parametrize(
    ("language", "announcement", "word"),
    [
        ("en", "Relatives of the victims have announced a vigil in Ayacucho on 15 March.", "vigil"),
        (
            "en",
            "We also announce a 48-hour strike in all public universities from tomorrow.",
            "strike",
        ),
        ("en", "Transport unions announced a blockade of the highway for Friday.", "blockade"),
        (
            "es",
            "Los familiares de las víctimas anunciaron una vigilia para el 15 de marzo.",
            "vigilia",
        ),
        ("es", "Los transportistas anunciaron un paro para el jueves.", "paro"),
        ("es", "Los docentes ratificaron la huelga indefinida del próximo lunes.", "huelga"),
    ],
)
def test_an_announcement_in_a_call_to_act_stays_a_plan(
    mentions: Callable[..., list[Mention]], language: str, announcement: str, word: str
) -> None:
    text = f"{_CALLS[language]} {announcement}"
    assert _on(mentions(text, language, JAN10), word).factuality == "planned"


@pytest.mark.parametrize(
    ("language", "future", "word"),
    [
        ("es", "Las delegaciones marcharán hasta el puente.", "marcharán"),
        ("en", "Delegations will march to the bridge.", "march"),
    ],
)
def test_a_bare_future_in_a_call_to_act_stays_its_call(
    mentions: Callable[..., list[Mention]], language: str, future: str, word: str
) -> None:
    text = f"{_CALLS[language]} {future}"
    assert _on(mentions(text, language, JAN10), word).factuality == "called_for"


@pytest.mark.parametrize("verb", ["detenidas", "aprehendidas", "arrestadas"])
@pytest.mark.parametrize("then", ["serán procesadas", "serán investigadas", "serán denunciadas"])
def test_a_passive_future_of_another_verb_leaves_the_arrest_told(
    mentions: Callable[..., list[Mention]], verb: str, then: str
) -> None:
    """A bare "serán" opens the passive future of the verb it coordinates ("fueron aprehendidas
    ... y serán procesadas"): what the sentence told before it is told, not planned (merge of factuality3)."""
    text = f"La Fiscalía informó que 34 personas fueron {verb} por el ataque a la sede y {then}."
    found = mentions(text, "es", JAN10)
    assert found
    assert all(m.factuality != "planned" for m in found), [
        (m.trigger.text, m.factuality) for m in found
    ]
