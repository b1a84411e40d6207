"""The items of a round-up ("1. Puno. ...", "2. Cusco. ...", "- Lima: ...") each start at the
day of the report unless they name their own; an undated item does not take the day the item
before it told. Numbered paragraphs with no label (a statement's points about one day) go on
at the day the statement is at (twenty-second session, whenwhere: `pipeline._labelled_items`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

FEB8 = dt.date(2023, 2, 8)


def _day(found: list[Mention], word: str) -> dt.date | None:
    hits = [m for m in found if m.trigger.text.lower().startswith(word)]
    assert hits, f"no event on {word!r}: {[m.trigger.text for m in found]}"
    date = hits[0].date
    return date.value if date is not None else None


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            "Resumen de la jornada\n\n"
            "1. Ayacucho. Ayer los comuneros bloquearon la vía de Los Libertadores.\n\n"
            "2. Arequipa. Los estibadores acatan un paro en el puerto de Matarani.\n\n"
            "3. Tacna. La Policía dispersó con gases a un grupo de manifestantes.",
            "es",
            "dispersó",
            FEB8,
        ),
        (
            "Daily digest\n\n"
            "- Ayacucho: Farmers blocked the Los Libertadores highway yesterday.\n"
            "- Arequipa: Dockworkers are on strike at the port of Matarani.\n"
            "- Tacna: Police fired tear gas at a group of demonstrators.",
            "en",
            "tear gas",
            FEB8,
        ),
        # near miss: an item that names its own day keeps it
        (
            "Resumen de la jornada\n\n"
            "1. Ayacucho. Los comuneros bloquearon la vía de Los Libertadores.\n\n"
            "2. Tacna. El lunes, la Policía dispersó con gases a un grupo de manifestantes.",
            "es",
            "dispersó",
            dt.date(2023, 2, 6),
        ),
        (
            "Daily digest\n\n"
            "1. Ayacucho. Farmers blocked the Los Libertadores highway.\n\n"
            "2. Tacna. On Monday, police fired tear gas at a group of demonstrators.",
            "en",
            "tear gas",
            dt.date(2023, 2, 6),
        ),
    ],
)
def test_a_roundup_item_starts_at_the_report_day(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    assert _day(mentions(text, language, FEB8), word) == day


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # near miss: a statement's numbered points with no label tell of the day it is about
        (
            "Statement on the national strike\n\n"
            "1. Our monitors recorded 12 arrests during the strike of Monday, 6 February.\n\n"
            "2. In Tacna, police fired tear gas at a group of demonstrators.",
            "en",
            "tear gas",
        ),
        (
            "Pronunciamiento sobre el paro nacional\n\n"
            "1. Nuestros observadores registraron 12 detenidos durante el paro del lunes 6 de "
            "febrero.\n\n"
            "2. En Tacna, la Policía dispersó con gases a un grupo de manifestantes.",
            "es",
            "dispersó",
        ),
        # near miss: one labelled item is no round-up
        (
            "Los comuneros bloquearon el lunes la vía de Los Libertadores.\n\n"
            "1. Tacna. La Policía dispersó con gases a un grupo de manifestantes.",
            "es",
            "dispersó",
        ),
    ],
)
def test_a_numbered_point_with_no_label_goes_on_at_the_story_day(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    assert _day(mentions(text, language, FEB8), word) == dt.date(2023, 2, 6)
