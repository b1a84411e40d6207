"""The town of a ", while ..." / ", mientras ..." clause is that clause's scene, not the place
of an event word of the clause before it, even when it stands nearer (blind16:
``places.choose``, ``_SCENE_BREAK``). A wire's lead put a death in the provinces in the capital
named after ", while thousands marched in".
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 3)


def _town(mentions, text: str, trigger: str, lang: str) -> str | None:
    found = mentions(text, lang, PUBLISHED)
    hits = [m for m in found if trigger.lower() in m.trigger.text.lower()]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    loc = hits[0].location
    return loc.name if loc is not None else None


CASES = [
    (
        "A student was killed in the Peruvian city of Cusco on Monday after protesters tried "
        "to take the airport and clashed with police, officials said, while hundreds marched "
        "in the capital.",
        "clashed",
        "en",
        "Cusco",
    ),
    (
        "A student was killed in the Peruvian city of Cusco on Monday after protesters tried "
        "to take the airport and clashed with police, officials said, while hundreds marched "
        "in the capital.",
        "marched",
        "en",
        "Lima",
    ),
    (
        "Comuneros bloquearon el lunes la carretera en Ilave y se enfrentaron con la policía "
        "durante horas, según la prefectura, mientras cientos marchaban en Puno.",
        "enfrentaron",
        "es",
        "Ilave",
    ),
    # near miss: with no town of its own clause, the event keeps the nearest
    (
        "Police clashed with protesters for hours on Monday, while in Juliaca the regional "
        "strike went on.",
        "clashed",
        "en",
        "Juliaca",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "lang", "town"), CASES)
def test_while_clause_town_is_its_own(mentions, text, trigger, lang, town):
    assert _town(mentions, text, trigger, lang) == town
