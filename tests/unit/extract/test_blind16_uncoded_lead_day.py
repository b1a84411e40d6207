"""A first sentence whose words code no incident still sets the story's day (blind16). A court
note opened "El Juzgado de ... dictó prisión preventiva ... por los hechos del jueves 19 de
enero", its words coded nothing, and the stone-throwing and the arrests told in the later
paragraphs stayed undated. ``pipeline``: such a sentence now calls ``DateTrail.lead`` as a
sentence with no event word does; a sentence with a plan, a call or a demand does not.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 14)

DATED = [
    (
        "El Juzgado de Investigación Preparatoria de Juliaca dictó prisión preventiva contra "
        "tres hombres investigados por los hechos del martes 7 de marzo.\n\nSegún la fiscalía, "
        "los investigados lanzaron piedras contra los policías que custodiaban el puente.\n",
        "lanzaron piedras",
        "es",
        dt.date(2023, 3, 7),
    ),
    (
        "The Preparatory Investigation Court of Juliaca remanded three men in custody over the "
        "events of Tuesday 7 March.\n\nAccording to prosecutors, the men threw stones at police "
        "officers guarding the bridge.\n",
        "threw stones",
        "en",
        dt.date(2023, 3, 7),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "lang", "day"), DATED)
def test_uncoded_opening_sets_the_story_day(mentions, text, trigger, lang, day):
    found = [m for m in mentions(text, lang, PUBLISHED) if trigger in m.trigger.text]
    assert found
    assert found[0].date is not None and found[0].date.value == day


def test_a_demand_sentence_sets_no_day(mentions):
    text = (
        "Los gremios de Juliaca exigieron que el juicio se realice el martes 21 de marzo.\n\n"
        "La policía detuvo a tres dirigentes en el puente.\n"
    )
    found = [m for m in mentions(text, "es", PUBLISHED) if "detuvo" in m.trigger.text]
    assert found
    got = found[0].date.value if found[0].date is not None else None
    assert got != dt.date(2022, 3, 21)
