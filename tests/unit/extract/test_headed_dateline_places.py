"""A dateline under the headline ("Headline\n\nLIMA, Jan 9 (Wire) - ...") is where the story
was filed: its place is a weak default for the sentences from its paragraph on, as a
dateline that opens the text is, and the places a sentence names come first."""

from __future__ import annotations

import datetime as dt

PUBLISHED = dt.date(2023, 1, 10)


def _places(mentions, text: str, lang: str) -> list[tuple[str, str | None]]:
    return [
        (m.trigger.text.lower(), m.location.name if m.location else None)
        for m in mentions(text, lang, published=PUBLISHED)
    ]


def test_the_body_keeps_its_own_town_under_a_headed_dateline(mentions):
    text = (
        "Three hurt as police break up farmers' march near the highway\n\n"
        "LIMA, Jan 9 (Andes Wire) - Police fired tear gas at farmers on Monday near the "
        "bridge of the southern town of Ilave, a local official said."
    )
    places = [p for t, p in _places(mentions, text, "en") if "tear gas" in t]
    assert places == ["Ilave"], places


def test_spanish_body_under_a_headed_dateline(mentions):
    text = (
        "Enfrentamientos en la carretera dejan cinco heridos\n\n"
        "LIMA, 9 ene (Agencia Andina) - Cinco personas resultaron heridas el lunes en "
        "enfrentamientos entre manifestantes y policías cerca del puente de la ciudad de "
        "Ilave, informó la Defensoría."
    )
    places = [p for t, p in _places(mentions, text, "es") if t.startswith("enfrentamientos")]
    assert "Ilave" in places, places


def test_a_body_sentence_without_a_place_takes_the_dateline(mentions):
    text = (
        "Farmers detained after road blockade\n\n"
        "AREQUIPA, March 3 (Andes Wire) - Police detained 12 farmers on Friday after they "
        "blocked a road for six hours, officers said."
    )
    places = [p for _, p in _places(mentions, text, "en")]
    assert "Arequipa" in places, places
