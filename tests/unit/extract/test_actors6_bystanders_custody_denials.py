"""People the forces hurt who were not demonstrating, deaths in custody and denied beatings
(actors6).

- A worker on their round run over by a force's vehicle while the forces cleared a protest is
  a civilian: the demonstrators named in the "while" clause are the scene, not whom the force
  struck; the death told after it by a pronoun ("He died in hospital") is that civilian's.
- A death told by where the forces held the person or by a pronoun for the keeper ("died in
  their custody", "falleció en la comisaría") is violence against a civilian held, not an
  arrest.
- A beating denied of the person who died in custody ("Officials insist she was never
  beaten") is a negated attack on that civilian, by the forces, not by who denies it.
"""

from __future__ import annotations

import datetime as dt

import pytest


def _events(mentions, text: str, language: str) -> list:
    return mentions(text, language, published=dt.date(2024, 5, 16))


def _name(actor) -> str | None:
    return actor.name if actor is not None else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A police truck ran over a delivery rider while officers were clearing protesters "
            "from the avenue. He died in hospital hours later.",
            "en",
        ),
        (
            "Una tanqueta de la policía atropelló a un repartidor mientras los agentes "
            "desalojaban a los manifestantes. Murió horas después en el hospital.",
            "es",
        ),
    ],
)
def test_a_worker_run_over_during_a_dispersal_is_a_civilian(
    mentions, text: str, language: str
) -> None:
    events = _events(mentions, text, language)
    force = [m for m in events if m.sub_event_type == "Excessive force against protesters"]
    assert len(force) == 2, [(m.sub_event_type, m.actor2) for m in events]
    assert all(_name(m.actor1) == "Police Forces of Peru" for m in force)
    assert all(_name(m.actor2) == "Civilians (Peru)" for m in force)
    assert any(m.killed is not None and m.killed.value == 1 for m in force)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the force aimed at the demonstration: whom it hurt is one of its victims
        ("Police fired tear gas at the protesters, wounding a photographer.", "en"),
        ("Riot police beat protesters while they were marching to the square.", "en"),
        # a meeting or a decree that "runs over" is no vehicle
        ("The cabinet meeting ran over by an hour on Tuesday.", "en"),
        ("El decreto atropella la Constitución, dijeron los dirigentes que marcharon.", "es"),
    ],
)
def test_no_civilian_where_the_force_struck_the_demonstration(
    mentions, text: str, language: str
) -> None:
    events = _events(mentions, text, language)
    assert not any(
        m.sub_event_type == "Excessive force against protesters"
        and _name(m.actor2) == "Civilians (Peru)"
        for m in events
    ), [(m.sub_event_type, m.actor2) for m in events]
    assert not any(m.rules[0].endswith("force_vehicle") for m in events)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("She collapsed in a holding room and died in their custody, her family said.", "en"),
        ("He died in the custody of the police two days after his arrest.", "en"),
        ("The teacher died while being held at the police station.", "en"),
        ("El detenido falleció en la comisaría de Juliaca horas después de su arresto.", "es"),
        ("El comerciante falleció en la celda de la comisaría.", "es"),
    ],
)
def test_a_death_in_custody_is_an_attack(mentions, text: str, language: str) -> None:
    events = _events(mentions, text, language)
    attacks = [m for m in events if m.sub_event_type == "Attack"]
    assert attacks, [(m.sub_event_type, m.rules) for m in events]
    assert _name(attacks[0].actor1) == "Police Forces of Peru"
    assert _name(attacks[0].actor2) == "Civilians (Peru)"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La comisaría informó que el detenido falleció en el hospital.", "es"),
        ("The detainees were kept in police custody overnight and released.", "en"),
    ],
)
def test_no_custody_death_where_nobody_died_in_custody(mentions, text: str, language: str) -> None:
    events = _events(mentions, text, language)
    assert not any(m.rules[0].endswith("custody_death") for m in events)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Thousands marched in Cusco on Monday against the police. A young woman died in "
            "their custody last week after her arrest. Officials insist she was never beaten.",
            "en",
        ),
        (
            "Miles marcharon en Cusco el lunes contra la Policía. Una joven murió bajo custodia "
            "policial la semana pasada. El ministro asegura que ella nunca fue golpeada.",
            "es",
        ),
    ],
)
def test_a_denied_beating_of_the_one_held_is_a_negated_attack(
    mentions, text: str, language: str
) -> None:
    events = _events(mentions, text, language)
    beaten = [m for m in events if m.rules[0].endswith("force_beating")]
    assert beaten, [(m.sub_event_type, m.rules) for m in events]
    m = beaten[0]
    assert (m.sub_event_type, m.factuality) == ("Attack", "negated")
    assert _name(m.actor1) == "Police Forces of Peru"
    assert _name(m.actor2) == "Civilians (Peru)"


def test_a_beating_of_marchers_stays_force_on_the_demonstration(mentions) -> None:
    text = (
        "Thousands marched in Cusco on Monday against the police. A young woman died in their "
        "custody last week after her arrest. Police beat the marchers with batons, witnesses "
        "said."
    )
    events = _events(mentions, text, "en")
    beaten = [m for m in events if m.rules[0].endswith("force_beating")]
    assert beaten and beaten[0].sub_event_type == "Excessive force against protesters"
