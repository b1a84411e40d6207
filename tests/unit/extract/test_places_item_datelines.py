"""Items of a brief or a live blog open with a dateline of their own ("[10:40] NAIROBI:"): a
place of the item inside it or at it is the event's, kept at its own level, and a town named
like its first-level division ("Nairobi", "Mombasa") is the town, not the county."""

from __future__ import annotations

import pytest

from veeduria.extract import places
from veeduria.models import Location


def _loc(text: str, name: str) -> Location:
    start = text.index(name)
    return Location(text=name, span=(start, start + len(name)))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Live updates\n\n[14:05] MOMBASA: Traders shut the market.", "MOMBASA"),
        ("Live updates\n\n09:12 - QUITO — Police cleared the avenue.", "QUITO"),
        ("Resumen\n\nCOCHABAMBA, 12 jun. Los bloqueadores cerraron la vía.", "COCHABAMBA"),
        ("Briefs\n\n[7.45am] NAKURU | Youths lit bonfires on the highway.", "NAKURU"),
    ],
)
def test_item_datelines(text: str, name: str) -> None:
    assert places.item_dateline(_loc(text, name), text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # not in capitals, not first on its line, or no mark after it
        ("Live updates\n\n[14:05] Mombasa: Traders shut the market.", "Mombasa"),
        ("Police said in MOMBASA: traders shut the market.", "MOMBASA"),
        ("Live updates\n\nMOMBASA traders shut the market.", "MOMBASA"),
    ],
)
def test_not_item_datelines(text: str, name: str) -> None:
    assert not places.item_dateline(_loc(text, name), text)


def test_the_items_landmark_over_its_dateline(mentions) -> None:
    text = (
        "Kenya protests: live updates\n\n"
        "[11:20] NAIROBI: Police fired tear gas at marchers on Moi Avenue.\n\n"
        "[12:40] NAIROBI: Riot police dispersed youths in Kibera with water cannon."
    )
    got = [(e.location.text, e.location.name) for e in mentions(text, "en") if e.location]
    assert ("Moi Avenue", "Nairobi") in got
    assert ("Kibera", "Nairobi") in got


def test_the_items_town_over_its_county_dateline(mentions) -> None:
    text = (
        "Kenya news in brief\n\n"
        "[09:00] KAJIADO: Youths burned tyres and clashed with police in Ongata Rongai.\n\n"
        "[10:15] NAIROBI: Police fired tear gas at protesters in the city centre."
    )
    got = [(e.location.text, e.location.name) for e in mentions(text, "en") if e.location]
    assert ("Ongata Rongai", "Ongata Rongai") in got
    assert ("city centre", "Nairobi") in got
