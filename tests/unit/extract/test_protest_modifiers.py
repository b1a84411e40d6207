"""'Protest' as the modifier of a group ("protest organisations", "protest groups", "comités de
protesta") names who acts, not an event: the event is what they do or announce."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.models import Document


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Protest organisations in Cusco have announced an indefinite strike from Wednesday.",
            "en",
        ),
        ("Protest groups in Puno say they will begin a regional strike on Wednesday.", "en"),
        (
            "Los comités de protesta de Juliaca anunciaron un paro indefinido desde el miércoles.",
            "es",
        ),
    ],
)
def test_the_group_announces_the_strike(resources, text, language):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 3))
    events = extract(doc, resources).events
    assert [(m.mode, m.factuality) for m in events] == [("strike", "planned")]
    assert events[0].date is not None and events[0].date.value == dt.date(2023, 1, 4)


def test_a_protest_is_still_an_event(resources):
    text = "Thousands joined the protest in Cusco on Monday."
    doc = Document(id="t", text=text, language="en", published=dt.date(2023, 1, 3))
    assert [m.sub_event_type for m in extract(doc, resources).events] == ["Peaceful protest"]
