"""Fourteenth session (extract-dates5): an event word in a clause opened by "after" ("hours
after", "después de que"), when its sentence's day is told in the small hours ("early on
Friday", "la madrugada del sábado") and no other event comes before the clause, was the day
before; the sentence's day stays where the story is. And a shift after a list item's bullet
("* The day before, ...") opens its clause."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.models import Document

D = dt.date


def _dated(resources, text, language, published):
    doc = Document(id="t", text=text, language=language, published=published)
    return [(m.trigger.text, m.date.value) for m in extract(doc, resources).events if m.date]


def _day(dated, word):
    """The day of the last event whose word starts with ``word``."""
    return [value for text, value in dated if text.startswith(word)][-1]


@pytest.mark.parametrize(
    ("lang", "text", "published", "word", "value"),
    [
        (
            "en",
            "Peru's Congress voted early on Friday to scrap the farm law, hours after a "
            "19-year-old worker was shot dead during clashes between police and striking "
            "workers on the Pan-American Highway.",
            D(2020, 12, 4),
            "clashes",
            D(2020, 12, 3),
        ),
        (
            "es",
            "El Congreso aprobó en la madrugada del viernes la derogación de la ley, horas "
            "después de que un obrero muriera en los enfrentamientos entre la policía y los "
            "trabajadores en la Panamericana.",
            D(2020, 12, 4),
            "enfrentamientos",
            D(2020, 12, 3),
        ),
    ],
)
def test_an_after_clause_of_the_small_hours_tells_the_day_before(
    resources, lang, text, published, word, value
):
    assert _day(_dated(resources, text, lang, published), word) == value


@pytest.mark.parametrize(
    ("lang", "text", "published", "word", "value"),
    [
        (
            # the day is not told in the small hours: the clause is of that day
            "en",
            "Peru's Congress voted on Friday to scrap the farm law, hours after a 19-year-old "
            "worker was shot dead during clashes between police and striking workers on the "
            "Pan-American Highway.",
            D(2020, 12, 4),
            "clashes",
            D(2020, 12, 4),
        ),
        (
            # another event comes before the clause: the main clause tells of the small hours
            "es",
            "Un joven murió baleado por la policía en la madrugada del sábado, horas después de "
            "que los manifestantes incendiaran el Congreso.",
            D(2017, 4, 1),
            "incendiaran",
            D(2017, 4, 1),
        ),
    ],
)
def test_no_day_before_without_the_small_hours_or_with_an_event_before(
    resources, lang, text, published, word, value
):
    assert _day(_dated(resources, text, lang, published), word) == value


def test_the_sentence_day_stays_where_the_story_is(resources):
    dated = _dated(
        resources,
        "Peru's Congress voted early on Friday to scrap the farm law, hours after a 19-year-old "
        "worker was shot dead during clashes between police and striking workers.\n\n"
        "Thousands of workers marched in Ica.",
        "en",
        D(2020, 12, 4),
    )
    assert _day(dated, "clashes") == D(2020, 12, 3)
    assert _day(dated, "marched") == D(2020, 12, 4)


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        (
            "en",
            "A student died in Popayán on Friday after being struck by a tear gas canister "
            "during a protest, his family said.\n\n* The day before, protesters burned a "
            "building of the Attorney General's Office in the city.",
            "burned",
            D(2021, 5, 13),
        ),
        (
            "es",
            "Un estudiante murió en Popayán el viernes tras ser alcanzado por una granada de gas "
            "durante una protesta.\n\n- Un día antes, los manifestantes incendiaron un edificio "
            "de la Fiscalía en la ciudad.",
            "incendiaron",
            D(2021, 5, 13),
        ),
        (
            # near miss: "the day before the vote" names no day; the story's day holds
            "en",
            "A student died in Popayán on Friday after being struck by a tear gas canister "
            "during a protest, his family said.\n\n* Protesters burned a building of the "
            "Attorney General's Office the day before the vote.",
            "burned",
            D(2021, 5, 14),
        ),
    ],
)
def test_a_shift_opens_a_list_item(resources, lang, text, word, value):
    """A shift that opens a list item after its bullet ("* The day before, ...") opens its
    clause, as one at the head of a paragraph does."""
    assert _day(_dated(resources, text, lang, D(2021, 5, 15)), word) == value
