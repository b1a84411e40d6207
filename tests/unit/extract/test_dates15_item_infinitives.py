"""A communiqué's resolutions (twenty-sixth session, dates15): a list item that opens on an
infinitive ("• Realizar una vigilia ... el viernes", "Cuarto.– Acatar la huelga ... los días 14
y 15 de diciembre", "2. Convocar a un paro regional el lunes") calls for what it names: its
days lie ahead, not in the past week or last year."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import pytest

from veeduria.models import Mention

PUBLISHED = dt.date(2023, 12, 13)  # a Wednesday

MARKS = ["• ", "- ", "2. ", "Cuarto.– "]
ITEMS = [
    ("Realizar una vigilia en la plaza de Armas el viernes.", "vigilia", dt.date(2023, 12, 15)),
    ("Acatar la huelga regional de 48 horas el 14 de diciembre.", "huelga", dt.date(2023, 12, 14)),
    ("Convocar a un paro regional para el lunes.", "paro", dt.date(2023, 12, 18)),
]


@pytest.mark.parametrize(
    ("mark", "item", "word", "day"),
    [(m, i, w, d) for m, (i, w, d) in itertools.product(MARKS, ITEMS)],
)
def test_an_item_opening_on_an_infinitive_looks_ahead(
    mentions: Callable[..., list[Mention]], mark: str, item: str, word: str, day: dt.date
) -> None:
    text = f"La asamblea acordó lo siguiente:\n\n{mark}{item}"
    found = [m for m in mentions(text, "es", PUBLISHED) if word in m.trigger.text.lower()]
    assert found, text
    assert found[0].factuality in ("planned", "called_for")
    assert found[0].date is not None and found[0].date.value == day


@pytest.mark.parametrize(
    "item",
    [
        # a conjugated verb tells what was done
        "- Los comuneros bloquearon la carretera el viernes.",
        # a word that ends like an infinitive, with no mark of an item before it
        "Lugar: los comuneros bloquearon la carretera el viernes.",
    ],
)
def test_a_told_item_stays_in_the_past(mentions: Callable[..., list[Mention]], item: str) -> None:
    text = f"Resumen:\n\n{item}"
    found = [m for m in mentions(text, "es", PUBLISHED) if "bloquearon" in m.trigger.text]
    assert found, text
    assert found[0].date is not None and found[0].date.value == dt.date(2023, 12, 8)


@pytest.mark.parametrize(
    "item",
    [
        # a word that ends like an infinitive and takes no complement is no resolution
        "- Primer reporte: los comuneros bloquearon la carretera el viernes.",
        "• Mujer herida cuando los comuneros bloquearon la carretera el viernes.",
    ],
)
def test_an_item_opening_on_a_noun_is_told(
    mentions: Callable[..., list[Mention]], item: str
) -> None:
    text = f"Resumen:\n\n{item}"
    found = [m for m in mentions(text, "es", PUBLISHED) if "bloquearon" in m.trigger.text]
    assert found, text
    assert found[0].factuality not in ("planned", "called_for")
    assert found[0].date is not None and found[0].date.value == dt.date(2023, 12, 8)
