"""A present_state cue after an article is a noun (twenty-sixth session, dates15): in a field
report's entry "21 January (Saturday) — The coastal road was open. We saw the remains of burned
tyres at the bridge, where a sit-in had been held the night before", "the remains" tells no
state of the report's day, so the sit-in is the night before the entry's day, not the eve of
publication. The entries' undated events keep their entry's day (a guard)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

PUBLISHED = dt.date(2023, 1, 24)
EARLIER = {
    "en": "19 January (Thursday) — Arequipa. Police fired tear gas at protesters on the bridge.",
    "es": "19 de enero (jueves) — Arequipa. La policía lanzó gases contra los manifestantes.",
}
ENTRIES = {
    "en": [
        (
            "21 January (Saturday) — The coastal road back to Arequipa was open. We saw the "
            "remains of burned tyres at the Ocoña bridge, where a sit-in had been held the "
            "night before.",
            "sit-in",
        ),
        (
            "21 January — The road was quiet. Residents said a vigil had been held in the square "
            "the night before.",
            "vigil",
        ),
    ],
    "es": [
        (
            "21 de enero (sábado) — La carretera costera estaba abierta. Vimos los restos de "
            "llantas quemadas en el puente Ocoña, donde la noche anterior se realizó un plantón.",
            "plantón",
        ),
        (
            "21 de enero — La vía estaba tranquila. Los vecinos contaron que la noche anterior "
            "hubo una vigilia en la plaza.",
            "vigilia",
        ),
    ],
}


@pytest.mark.parametrize(
    ("lang", "entry", "word"),
    [(lang, e, w) for lang in ("en", "es") for e, w in ENTRIES[lang]],
)
def test_a_dated_entry_is_at_its_day(
    mentions: Callable[..., list[Mention]], lang: str, entry: str, word: str
) -> None:
    text = f"Field notes\n\n{EARLIER[lang]}\n\n{entry}"
    found = [m for m in mentions(text, lang, PUBLISHED) if word in m.trigger.text]
    assert found, text
    assert found[0].date is not None and found[0].date.value == dt.date(2023, 1, 20)


@pytest.mark.parametrize(
    ("lang", "entry", "word"),
    [
        (
            "en",
            "21 January (Saturday) — The coastal road was open. In Ocoña, police cleared a "
            "blockade at the bridge.",
            "cleared",
        ),
        (
            "en",
            "21 January — The weather was cold. Protesters marched to the main square of Camaná.",
            "marched",
        ),
        (
            "es",
            "21 de enero (sábado) — La carretera costera estaba abierta. En Ocoña, la policía "
            "desbloqueó el puente.",
            "desbloque",
        ),
        (
            "es",
            "21 de enero — Hacía frío. Los manifestantes marcharon hasta la plaza de Camaná.",
            "marcharon",
        ),
    ],
)
def test_an_entrys_undated_events_take_its_day(
    mentions: Callable[..., list[Mention]], lang: str, entry: str, word: str
) -> None:
    text = f"Field notes\n\n{EARLIER[lang]}\n\n{entry}"
    found = [m for m in mentions(text, lang, PUBLISHED) if word in m.trigger.text]
    assert found, text
    assert found[0].date is not None and found[0].date.value == dt.date(2023, 1, 21)
