"""The actors of an event whose sentence gives no country are of the country the story tells
before it, else after it, not Peru by default (extract-actors4, ``actors.story_country``)."""

from __future__ import annotations

from collections.abc import Callable

from veeduria.models import Mention


def test_unplaced_headline_takes_the_storys_country(
    mentions: Callable[..., list[Mention]],
) -> None:
    # a communiqué's headline, before its sender and dateline, names no place
    text = (
        "FENOCIN: el Estado asesinó a un dirigente\n\n"
        "Federación Nacional de Organizaciones Campesinas – Comunicado\n\n"
        "Quito, 3 de enero de 2023\n\n"
        "La federación denuncia que el dirigente murió el sábado por disparos de soldados en "
        "Otavalo, provincia de Imbabura."
    )
    found = mentions(text, "es")
    assert found and found[0].location is None
    assert found[0].actor1 is not None and found[0].actor1.name.endswith("of Ecuador")
    assert found[0].actor2 is not None and found[0].actor2.name.endswith("(Ecuador)")


def test_peru_story_keeps_peru(mentions: Callable[..., list[Mention]]) -> None:
    text = "Police fired tear gas. Later in Juliaca, protesters marched again."
    names = {m.actor1.name for m in mentions(text, "en") if m.actor1 is not None}
    assert names == {"Police Forces of Peru", "Protesters (Peru)"}
