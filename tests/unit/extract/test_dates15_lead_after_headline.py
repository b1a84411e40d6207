"""A dated opening with no event word sets the story's day even under a headline that names
an event (twenty-sixth session, dates15): "Six dead soldiers in Ilave\\n\\nILAVE — On Sunday
afternoon, the river carried away six conscripts.\\n\\nThe army says a patrol was attacked
with stones" dates the attack on Sunday, as it would with no headline."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import pytest

from veeduria.models import Mention

PUBLISHED = dt.date(2023, 3, 9)  # a Thursday
SUNDAY = dt.date(2023, 3, 5)

HEADLINES = {
    "en": [
        "Six dead soldiers and two versions of one afternoon",
        "Protesters clash with soldiers near Ilave bridge",
    ],
    "es": [
        "Seis soldados muertos y dos versiones de una tarde",
        "Manifestantes se enfrentan a soldados en el puente de Ilave",
    ],
}
OPENINGS = {
    "en": [
        "ILAVE, Peru — On Sunday afternoon, the river carried away six young conscripts.",
        "On Sunday, the swollen river swept six conscripts downstream.",
    ],
    "es": [
        "ILAVE — El domingo por la tarde, el río arrastró a seis jóvenes conscriptos.",
        "El domingo, el río crecido arrastró a seis conscriptos.",
    ],
}
LATER = {
    "en": (
        "The army says a patrol was attacked with stones by protesters near a bridge.",
        "attacked",
    ),
    "es": (
        "El Ejército afirma que una patrulla fue atacada con piedras por manifestantes.",
        "atacada",
    ),
}


@pytest.mark.parametrize(
    ("lang", "headline", "opening"),
    [
        (lang, h, o)
        for lang in ("en", "es")
        for h, o in itertools.product(HEADLINES[lang], OPENINGS[lang])
    ],
)
def test_the_opening_day_sets_the_story_under_a_headline(
    mentions: Callable[..., list[Mention]], lang: str, headline: str, opening: str
) -> None:
    later, word = LATER[lang]
    text = f"{headline}\n\n{opening}\n\n{later}"
    found = [m for m in mentions(text, lang, PUBLISHED) if word in m.trigger.text]
    assert found, text
    assert found[0].date is not None and found[0].date.value == SUNDAY
