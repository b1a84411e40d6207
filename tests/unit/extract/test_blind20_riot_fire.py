"""The forces' fire told after the crowd's violence in one sentence is part of the riot
(twenty-fifth session, blind20; the riot policy, docs/vocabulary.md).

"Protesters tried to storm the airport, breaking through the fence, and soldiers guarding the
runway opened fire": one riot. The second clause had been coded as an excessive force of its own.
A clause with a crowd of its own ("opened fire on a peaceful march") or with its own figures is
left as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _types(found: list[Mention]) -> list[str]:
    return [m.sub_event_type for m in found]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Protesters tried to storm the airport, breaking through the fence, and soldiers "
            "guarding the runway opened fire.",
            "en",
        ),
        (
            "Hundreds of people tried to take over the bridge, throwing stones at the officers, "
            "and the police opened fire.",
            "en",
        ),
        # a closing attribution sources the whole sentence, not the fire alone
        (
            "In Tacna, a crowd tried to take over the bus terminal in the afternoon, breaking "
            "through the gates, and police officers guarding it opened fire, according to "
            "witnesses.",
            "en",
        ),
    ],
)
def test_blind20_fire_after_the_crowd_is_the_riot(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _types(mentions(text, language, dt.date(2023, 1, 10))) == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: a crowd of its own fired on, or the fire's own dead, stay as they were
        (
            "Protesters tried to storm the airport on Monday, and in another town soldiers opened "
            "fire on a peaceful march.",
            "en",
        ),
        (
            "Protesters tried to storm the airport, and soldiers opened fire, killing two people.",
            "en",
        ),
    ],
)
def test_blind20_fire_with_its_own_crowd_or_dead(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _types(mentions(text, language, dt.date(2023, 1, 10))) == [
        "Violent demonstration",
        "Excessive force against protesters",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the dead counted after the fire are the fire's, and another voice tells
        # another account; both keep the second event they had. The fire told as the forces'
        # answer to the riot ("responded with") is a mention of that riot, with its dead
        # (twenty-sixth session, types3: tests/unit/extract/test_types3_riot_answer.py)
        (
            "In Kitengela, demonstrators burned a police post, and officers responded with live "
            "fire; two people died there.",
            ["Violent demonstration", "Violent demonstration"],
        ),
        (
            "Police said protesters had tried to storm the airport with slingshots; relatives of "
            "the dead said the victims were unarmed and had been shot from a distance.",
            ["Violent demonstration", "Excessive force against protesters"],
        ),
    ],
)
def test_blind20_fire_with_dead_after_or_another_voice(
    mentions: Callable[..., list[Mention]], text: str, expected: list[str]
) -> None:
    assert _types(mentions(text, "en", dt.date(2023, 1, 10))) == expected
