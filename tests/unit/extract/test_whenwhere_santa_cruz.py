"""A story on "Santa Cruz" that never names Bolivia but speaks of its civic movement (the civic
committee, the Comité pro Santa Cruz, Governor Luis Fernando Camacho) is set in Bolivia, not in
one of Peru's districts of that name; a Santa Cruz told with a Peruvian department, or with a
mere "Camacho", stays in Peru (twenty-second session, whenwhere: Bolivia's cues in
gazetteer/data/words.yaml)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

OCT25 = dt.date(2022, 10, 25)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Riot police fired tear gas at strikers in Santa Cruz on Monday. The civic committee "
            "and Governor Camacho urged residents to keep the roads shut.",
            "en",
        ),
        (
            "SANTA CRUZ — Strikers blocked the ring roads of Santa Cruz on Tuesday. Luis Fernando "
            "Camacho said the strike would go on until the census date was set.",
            "en",
        ),
        (
            "La Policía dispersó con gases a los huelguistas en Santa Cruz el lunes. El Comité pro "
            "Santa Cruz y el gobernador Camacho llamaron a mantener el paro.",
            "es",
        ),
    ],
)
def test_santa_cruz_with_bolivian_words_is_in_bolivia(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = [m for m in mentions(text, language, OCT25) if m.location is not None]
    assert found, "nothing placed"
    assert found[0].location is not None and found[0].location.country == "Bolivia"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: Peru's Santa Cruz told with its department, or a plain surname
        (
            "Farmers in Santa Cruz, in the Cajamarca region, blocked the road on Monday and police "
            "fired tear gas at them.",
            "en",
        ),
        (
            "Comuneros de Santa Cruz, en Cajamarca, bloquearon la vía el lunes y la Policía los "
            "dispersó con gases.",
            "es",
        ),
        (
            "Police fired tear gas at protesters in Santa Cruz on Monday. A man named Camacho was "
            "among those hurt.",
            "en",
        ),
    ],
)
def test_santa_cruz_without_them_stays_in_peru(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = [m for m in mentions(text, language, OCT25) if m.location is not None]
    assert found, "nothing placed"
    assert found[0].location is not None and found[0].location.country == "Peru"
