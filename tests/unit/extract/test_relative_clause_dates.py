"""A day told inside a relative clause set off by commas dates what that clause tells of its
noun, not the event of the main clause: "Morales, who resigned on Sunday, called the killings
a massacre"."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.extract.dates import _in_other_relative
from veeduria.models import Document


def _dates(resources, text, language, published=dt.date(2019, 11, 20)):
    doc = Document(id="t", text=text, language=language, published=published)
    return {
        m.trigger.text: m.date.value if m.date else None for m in extract(doc, resources).events
    }


@pytest.mark.parametrize(
    ("sentence", "date_word", "event_word"),
    [
        (
            "Morales, who resigned on Sunday and flew to Mexico, called the killings a massacre.",
            "Sunday",
            "killings",
        ),
        ("El dirigente, quien fue detenido el lunes, denunció torturas.", "lunes", "torturas"),
        (
            "The union, which called a strike on Monday, said two members were shot.",
            "Monday",
            "shot",
        ),
        (
            "Castillo, que fue vacado el 7 de diciembre, pidió a sus seguidores marchar.",
            "7 de",
            "marchar",
        ),
    ],
)
def test_a_day_in_a_relative_clause_is_not_the_main_event_day(sentence, date_word, event_word):
    at = sentence.index(date_word)
    ev = sentence.index(event_word)
    assert _in_other_relative((at, at + len(date_word)), (ev, ev + len(event_word)), sentence)


@pytest.mark.parametrize(
    ("sentence", "date_word", "event_word"),
    [
        # the event word is inside the clause: the day is its own
        (
            "Morales, who resigned on Sunday and flew to Mexico, called for calm.",
            "Sunday",
            "resigned",
        ),
        # no relative clause: the day dates the event
        ("Two protesters were shot on Monday near the bridge.", "Monday", "shot"),
        # a complement clause ("dijo que") is no relative clause
        ("El ministro dijo que el lunes murieron dos manifestantes.", "lunes", "murieron"),
    ],
)
def test_a_day_of_the_event_clause_still_dates_it(sentence, date_word, event_word):
    at = sentence.index(date_word)
    ev = sentence.index(event_word)
    assert not _in_other_relative((at, at + len(date_word)), (ev, ev + len(event_word)), sentence)


def test_the_event_outside_the_clause_takes_the_story_day(resources):
    text = (
        "SACABA, Bolivia — Nine people were killed on Friday when police and soldiers fired on "
        "coca growers marching near Sacaba. Morales, who resigned on Sunday and flew to Mexico, "
        "called the killings a massacre."
    )
    dates = _dates(resources, text, "en", published=dt.date(2019, 11, 16))
    assert dates["massacre"] == dt.date(2019, 11, 15)
    assert dates.get("resigned") == dt.date(2019, 11, 10)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "ILAVE — Police fired on a march on Monday.\n\n"
            "A farmer had been shot in the leg and was taken to Puno, where he died on Wednesday.",
            "en",
            "shot",
        ),
        (
            "ILAVE.– La Policía disparó contra una marcha el lunes.\n\n"
            "Un agricultor recibió un disparo en la pierna y fue llevado a Puno, donde murió el "
            "miércoles.",
            "es",
            "disparo",
        ),
    ],
)
def test_a_day_in_a_where_clause_is_not_the_events(mentions, text, language, word):
    found = [
        m for m in mentions(text, language, dt.date(2023, 1, 12)) if word in m.trigger.text.lower()
    ]
    assert found and found[0].date is not None
    assert found[0].date.value == dt.date(2023, 1, 9)
