"""Fourteenth session (extract-dates4): a dateline under the headline line ("Headline\n\nCARACAS,
July 31 (Wire) -", "Titular\n\nCaracas, 1 de agosto de 2024.–") is when the story was filed,
no sentence's date, as a dateline at the head of the text already was."""

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
            "Opposition figure detained as crackdown widens\n\nCARACAS, July 31 (Andes Wire) - "
            "Security agents detained opposition politician Freddy Superlano in Caracas on "
            "Tuesday, his party said.",
            D(2024, 7, 31),
            "detained",
            D(2024, 7, 30),
        ),
        (
            "es",
            "Represión tras la proclamación\n\nCaracas, 1 de agosto de 2024.– Efectivos de la "
            "Guardia Nacional dispersaron con bombas lacrimógenas a los manifestantes el lunes "
            "en Caracas.",
            D(2024, 8, 1),
            "dispersaron",
            D(2024, 7, 29),
        ),
    ],
)
def test_a_dateline_under_the_headline_dates_no_event(
    resources, lang, text, published, word, value
):
    assert _day(_dated(resources, text, lang, published), word) == value


@pytest.mark.parametrize(
    ("lang", "text", "published", "word", "value"),
    [
        # no comma before the date: a sentence of the story, not a dateline
        (
            "en",
            "Farm workers block highway\n\nOn 2 December riot police - backed by soldiers - "
            "cleared the highway with tear gas.",
            D(2020, 12, 4),
            "cleared",
            D(2020, 12, 2),
        ),
        (
            "es",
            "Bloqueo en la carretera\n\nEl 2 de diciembre la policía - con apoyo militar - "
            "desalojó la carretera con gases lacrimógenos.",
            D(2020, 12, 4),
            "desalojó",
            D(2020, 12, 2),
        ),
    ],
)
def test_a_date_opening_the_first_paragraph_is_still_the_story_s(
    resources, lang, text, published, word, value
):
    assert _day(_dated(resources, text, lang, published), word) == value
