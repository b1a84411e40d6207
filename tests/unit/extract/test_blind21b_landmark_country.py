"""A landmark abroad tells no country, even with a small namesake elsewhere (blind21b).

"Las Mercedes" is a Caracas neighbourhood (a landmark of the gazetteer) and a village of
Ecuador: in a story on Juliaca that never names Venezuela, the looting told "en la zona de Las
Mercedes" stays in the story's country, as a Caracas landmark alone never names Venezuela.
Near misses: the same name in a story that names Venezuela or Caracas stays Venezuelan.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _countries(found: list[Mention]) -> set[str | None]:
    return {m.location.country if m.location else None for m in found}


def test_blind21b_landmark_abroad_names_no_country(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Huancané y Juliaca amanecieron en paro. Esa noche, en la zona de Las Mercedes, un"
        " grupo de encapuchados saqueó una agencia bancaria."
    )
    found = mentions(text, "es")
    assert found
    assert _countries(found) == {"Peru"}
    assert all(m.actor1 is None or "Venezuela" not in m.actor1.name for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "En Venezuela, la Guardia Nacional dispersó a los opositores en Las Mercedes.",
        "Miles de opositores marcharon en Caracas; la Guardia Nacional los dispersó en Las"
        " Mercedes.",
    ],
)
def test_blind21b_landmark_in_its_country_story(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    assert _countries(mentions(text, "es")) == {"Venezuela"}
