"""Factuality of negations, conditions and denials (seventeenth session, extract-senses).

- A negation of a choice or a wish about an event given by a demonstrative is no negation of
  the event ("We did not choose this strike": the strike happens).
- A negation inside a condition is the condition's ("«Si no hay respuesta, volveremos a tomar
  el aeropuerto»"), and a threat set on a condition that opens the sentence is only possible;
  an announcement that reports one ("advirtieron que, si ..., convocarán") stays a plan.
- An event in a "when" clause of a future or hedged main clause is a time to come ("el
  diálogo solo será posible cuando se levanten los bloqueos").
- A call that is not ruled out is possible ("no descartamos convocar a un paro").
- A source's zero of hurt after force is its denial of the harm ("The ministry insists that
  nobody was hurt"), a negated event with no figure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

APR2 = dt.date(2025, 4, 2)


def _facts(found: list[Mention], trigger: str) -> list[str]:
    return [m.factuality for m in found if trigger in m.trigger.text]


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        ("Nurses are in the fifth day of a strike. We never wanted this strike.", "en", "strike"),
        (
            "Los maestros siguen en huelga. No buscamos esta huelga, nos la impusieron.",
            "es",
            "huelga",
        ),
    ],
)
def test_a_choice_denied_about_a_given_event_does_not_negate_it(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    found = mentions(text, language, APR2)
    assert "negated" not in _facts(found, trigger)


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        ("Police said no strike took place on Monday.", "en", "strike"),
        ("No hubo bloqueos en la carretera el lunes.", "es", "bloqueos"),
    ],
)
def test_an_event_denied_stays_negated(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    found = mentions(text, language, APR2)
    assert _facts(found, trigger) == ["negated"]


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "«Si no hay diálogo, volveremos a tomar el aeropuerto», advirtió el dirigente.",
            "es",
            "tomar",
        ),
        ("Si nadie nos escucha, bloquearemos otra vez la carretera.", "es", "bloquear"),
        (
            '"If there is no answer by Friday, we will block the highway again," a leader said.',
            "en",
            "block",
        ),
    ],
)
def test_a_threat_set_on_a_condition_is_possible(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    found = mentions(text, language, APR2)
    assert _facts(found, trigger) == ["possible"]


def test_an_announcement_that_reports_a_condition_stays_a_plan(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = "Los dirigentes advirtieron que, si el Congreso no deroga la norma, convocarán a un paro indefinido."
    found = mentions(text, "es", APR2)
    assert "possible" not in _facts(found, "paro")


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "El ministro dijo que la mesa de diálogo se instalará cuando se levanten los bloqueos.",
            "es",
            "levanten",
        ),
        ("The minister said talks will resume when the blockades are lifted.", "en", "lifted"),
    ],
)
def test_an_event_in_a_when_clause_of_a_future_is_not_asserted(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    found = mentions(text, language, APR2)
    assert "asserted" not in _facts(found, trigger)


def test_a_past_when_clause_stays_asserted(mentions: Callable[..., list[Mention]]) -> None:
    found = mentions("Los comuneros marcharon cuando la policía levantó el bloqueo.", "es", APR2)
    assert "asserted" in [m.factuality for m in found]


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        ("La central no descarta convocar a una huelga general en mayo.", "es", "huelga"),
        ("The union did not rule out calling a general strike.", "en", "strike"),
    ],
)
def test_a_call_not_ruled_out_is_possible(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    found = mentions(text, language, APR2)
    assert _facts(found, trigger) == ["possible"]


def test_a_call_stays_a_call(mentions: Callable[..., list[Mention]]) -> None:
    found = mentions("La central convocó a una huelga general para el 15 de abril.", "es", APR2)
    assert _facts(found, "huelga") == ["called_for"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Officers beat several marchers outside the ministry. The government insists that"
            " nobody was hurt.",
            "en",
        ),
        (
            "Police broke up the sit-in with batons. The ministry said no one had been harmed.",
            "en",
        ),
        (
            "La policía dispersó a golpes la marcha. El ministerio sostuvo que nadie resultó herido.",
            "es",
        ),
    ],
)
def test_a_source_denying_harm_after_force_is_a_negated_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, APR2)
    negated = [m for m in found if m.factuality == "negated"]
    assert len(negated) == 1
    assert negated[0].injured is None and negated[0].killed is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police fired tear gas at the march. No one was hurt.", "en"),
        ("Los agentes dispersaron la marcha. Nadie resultó herido.", "es"),
    ],
)
def test_the_story_s_own_zero_makes_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, APR2)
    assert [m.factuality for m in found] == ["asserted"]
