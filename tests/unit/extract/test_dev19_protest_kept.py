"""A strike or a blockade that will not be lifted goes on (extract-dev19).

"No levantaremos el paro", "no levantarán el bloqueo", "they would not lift the blockades":
the protest is told as a plan (a Peaceful protest, factuality planned), not a negated end of
it (Change to group/activity, negated). A strike that was not called off, or was lifted, is
still the end of it, told as it is.
"""

from __future__ import annotations

import pytest


def _events(mentions, text: str, language: str) -> list[tuple[str, str]]:
    return [(m.sub_event_type, m.factuality) for m in mentions(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("No levantaremos el paro hasta que renuncie la fiscal general.", "es"),
        (
            "Los dirigentes advirtieron que no levantarán el bloqueo hasta que se derogue el decreto.",
            "es",
        ),
        ("Los gremios anunciaron que no levantarán la huelga.", "es"),
        (
            "Organisers said they would not lift the blockades until the government negotiated.",
            "en",
        ),
        ("The union said it will not call off the strike until wages rise.", "en"),
    ],
)
def test_not_lifted_is_a_planned_protest(mentions, text: str, language: str) -> None:
    assert _events(mentions, text, language) == [("Peaceful protest", "planned")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the end of a strike, told or denied, is still the end of it
        (
            "Los transportistas levantaron el paro tras la reunión.",
            "es",
            ("Change to group/activity", "asserted"),
        ),
        (
            "Los transportistas no levantaron el paro.",
            "es",
            ("Change to group/activity", "negated"),
        ),
        (
            "Truckers called off the strike after the meeting.",
            "en",
            ("Change to group/activity", "asserted"),
        ),
        ("The minister would not resign.", "en", ("Other", "negated")),
    ],
)
def test_near_misses(mentions, text: str, language: str, expected: tuple[str, str]) -> None:
    assert _events(mentions, text, language) == [expected]
