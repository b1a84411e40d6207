"""A national decision (a removal from office, a vote on elections, a resignation) is placed at
the seat of the institutions that take it, not in the town the story is set in."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.models import Document


def _events(resources, text, language, mode):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 2, 3))
    return [m for m in extract(doc, resources).events if m.mode == mode]


@pytest.mark.parametrize(
    ("text", "language", "mode"),
    [
        # the story's dateline town
        (
            "CUSCO, Peru — Congress voted on Thursday to remove the president from office for "
            "moral incapacity.",
            "en",
            "removal_from_office",
        ),
        # the town of another incident in the sentence
        (
            "Three protesters were killed in clashes with police in Juliaca on Monday, a week after "
            "Congress removed the president from office.",
            "en",
            "removal_from_office",
        ),
        (
            "PUNO.— El Congreso aprobó el jueves adelantar las elecciones generales a abril "
            "de 2024.",
            "es",
            "election_change",
        ),
        (
            "Los enfrentamientos en Ilave comenzaron dos días después de que el Congreso votara "
            "la vacancia del presidente.",
            "es",
            "removal_from_office",
        ),
        # the country of an embassy is whose mission it is, not where
        (
            "AREQUIPA.— El presidente fue destituido por el Congreso el miércoles cuando se "
            "dirigía a la embajada de México.",
            "es",
            "removal_from_office",
        ),
    ],
)
def test_a_national_decision_is_placed_at_the_capital(resources, text, language, mode):
    found = _events(resources, text, language, mode)
    assert found, "no decision found"
    for m in found:
        assert m.location is not None
        assert (m.location.country, m.location.admin1, m.location.name) == ("Peru", "Lima", "Lima")


def test_a_decision_told_in_the_capital_keeps_its_words(resources):
    text = "LIMA — Congress removed the president from office on Wednesday in a late-night vote."
    (m,) = _events(resources, text, "en", "removal_from_office")
    assert m.location is not None and m.location.text == "LIMA"


def test_a_resignation_sent_from_abroad_stays_abroad(resources):
    text = "LIMA — The president resigned in Tokyo, Japan, on Sunday, in a letter sent to Congress."
    (m,) = _events(resources, text, "en", "resignation")
    assert m.location is not None and m.location.country == "Japan"


def test_an_incident_in_the_sentence_keeps_its_town(resources):
    text = (
        "Three protesters were killed in clashes with police in Juliaca on Monday, a week after "
        "Congress removed the president from office."
    )
    doc = Document(id="t", text=text, language="en", published=dt.date(2023, 2, 3))
    incidents = [
        m for m in extract(doc, resources).events if m.event_type != "Strategic developments"
    ]
    assert incidents and all(m.location and m.location.name == "Juliaca" for m in incidents)


def test_a_decision_abroad_without_a_capital_phrase_is_placed_at_the_capital(resources):
    # the gazetteer has no curated "la capital" phrase for Bolivia: the city at the country's
    # point (countries.yaml: La Paz, as ACLED places country-level events), not the town of
    # the story's incident (extract-places4; the country itself before)
    text = (
        "SACABA, Bolivia — Nine people were killed in clashes with police in Sacaba on Friday. "
        "Evo Morales resigned last Sunday after weeks of protests."
    )
    (m,) = _events(resources, text, "en", "resignation")
    assert m.location is not None
    assert (m.location.country, m.location.name) == ("Bolivia", "La Paz")
