"""Within one document: an incident the extractor told apart in its sentence, in a town of its
own (``ELSEWHERE_RULE``), stays apart from the one told before it there (twenty-sixth session,
multi-events2)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from resolve_factory import mention, ref

from veeduria.models import ELSEWHERE_RULE, TextRef
from veeduria.resolve import resolve


def _pair(kind: str, where: str, mark: bool) -> list:
    # "blocked the bridge in Juliaca early Wednesday, and the highway to Puno is cut": both
    # placed and dated alike, one sentence
    first = mention(kind, at=0, when="2023-01-09", where=where, rules=("t", f"{kind}.clause"))
    rule = f"{kind}{ELSEWHERE_RULE}.clause" if mark else f"{kind}.clause"
    second = replace(
        mention(kind, at=0, when="2023-01-09", where=where, rules=("t", rule)),
        trigger=TextRef(kind, (60, 64)),
    )
    return [ref("doc", first, n=0), ref("doc", second, n=1)]


@pytest.mark.parametrize("kind", ["march", "dispersal", "riot"])
@pytest.mark.parametrize("where", ["Juliaca", "Ilave", "Andahuaylas"])
def test_within_told_elsewhere_stays_apart(kind: str, where: str) -> None:
    assert len(resolve(_pair(kind, where, mark=True))) == 2


@pytest.mark.parametrize("kind", ["march", "dispersal", "riot"])
@pytest.mark.parametrize("where", ["Juliaca", "Ilave", "Andahuaylas"])
def test_within_same_sentence_unmarked_still_merges(kind: str, where: str) -> None:
    assert len(resolve(_pair(kind, where, mark=False))) == 1
