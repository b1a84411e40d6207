"""Lines that link to another story ("LEE TAMBIÉN: ...", "READ MORE | ...") inside an
article hold another story's headline: no event, claim or place of this story comes from
them. Only a lead-in at the start of a line, followed by a separator or the line's end,
makes such a line; the same words inside a sentence are ordinary words."""

from __future__ import annotations

import pytest

from veeduria.extract.pipeline import _crossref_line
from veeduria.extract.terms import fold


def _triggers(mentions, text: str, lang: str) -> list[str]:
    return [m.trigger.text.lower() for m in mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "linked"),
    [
        (
            "Los agricultores marcharon el martes por el centro de Ica.\n\n"
            "LEE TAMBIÉN: Saquean dos tiendas en Chincha durante la madrugada\n\n"
            "La marcha terminó sin incidentes.",
            "es",
            "saquean",
        ),
        (
            "Los agricultores marcharon el martes por el centro de Ica.\n\n"
            "► Te puede interesar | Detienen a 40 personas en el desalojo de Chincha\n\n"
            "La marcha terminó sin incidentes.",
            "es",
            "detienen",
        ),
        (
            "Los agricultores marcharon el martes por el centro de Ica.\n\n"
            "Mira también\n"
            "Enfrentamientos en Nasca dejan tres heridos\n\n"
            "La marcha terminó sin incidentes.",
            "es",
            "enfrentamientos",
        ),
        (
            "Hundreds of nurses marched in Arequipa on Tuesday.\n\n"
            "READ MORE: Riot police clear a blockade on the Pan-American highway\n\n"
            "The march ended peacefully.",
            "en",
            "clear",
        ),
        (
            "Hundreds of nurses marched in Arequipa on Tuesday.\n\n"
            "Related\n\n"
            "Soldiers shot two farmers dead at a roadblock in Cusco\n\n"
            "The march ended peacefully.",
            "en",
            "shot",
        ),
    ],
)
def test_a_linked_headline_gives_no_event(mentions, text, lang, linked):
    found = _triggers(mentions, text, lang)
    assert not any(linked in t for t in found), found
    # the story's own march is still told
    assert any(t.startswith(("march", "marcha")) for t in found), found


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        # the words inside a sentence, or with no separator after them, are ordinary words
        (
            "Read more about the clashes: police fired tear gas at protesters in Puno.",
            "en",
            "clash",
        ),
        ("Related groups blocked the road to Juliaca on Monday.", "en", "blocked"),
        ("Mira hacia la plaza: allí la policía detuvo a 12 manifestantes.", "es", "detuvo"),
        (
            "La Defensoría pidió leer también el informe. Los manifestantes bloquearon la vía.",
            "es",
            "bloquearon",
        ),
        # a lead-in that does not begin its line
        ("Police said: read the statement. Protesters blocked the road.", "en", "blocked"),
    ],
)
def test_the_same_words_elsewhere_are_ordinary(mentions, text, lang, kept):
    assert any(kept in t for t in _triggers(mentions, text, lang))


def test_where_a_linked_line_ends(resources):
    pattern = resources.by_language["es"].lexical.crossref
    text = "Uno.\nLEE TAMBIÉN: Otra noticia. Con dos frases\nDos."
    start = text.index("LEE")
    assert _crossref_line(text, fold(text), start, pattern) == text.index("\nDos")
    alone = "Uno.\nLee también\n\nOtra noticia\nDos."
    start = alone.index("Lee")
    assert _crossref_line(alone, fold(alone), start, pattern) == alone.index("\nDos")
    inside = "Uno. Lee también: nada."
    assert _crossref_line(inside, fold(inside), inside.index("Lee"), pattern) == -1
