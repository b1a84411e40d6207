"""A source that closes a clause mid-sentence (session extract-dev17).

"..., his party said, as the government stepped up a crackdown": the party is the source of
the arrest told before it; the government named after the comma that follows the verb is the
next clause's subject, not the speaker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from veeduria.models import Mention

JUL31 = dt.date(2024, 7, 31)


def test_the_source_before_the_verb_closes_the_clause(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "Venezuelan security agents detained opposition politician Freddy Superlano in Caracas"
        " on Tuesday, his party said, as the government stepped up a crackdown on protests.",
        "en",
        JUL31,
    )
    arrest = next(m for m in found if m.trigger.text == "detained")
    assert arrest.factuality == "reported"
    assert arrest.attribution is not None and arrest.attribution.source == "his party"


def test_a_source_after_the_verb_still_counts(mentions: Callable[..., list[Mention]]) -> None:
    found = mentions(
        "Soldiers detained 20 protesters in Caracas on Tuesday, said police.", "en", JUL31
    )
    assert [m.factuality for m in found] == ["reported"]
