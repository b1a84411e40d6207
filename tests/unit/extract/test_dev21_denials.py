"""A denial that names no one of the forces as the one who acted ("no officer carried a firearm",
"not a single soldier opened fire") negates the force it tells (extract-dev21); a negation does
not reach across ", but" into a clause with its own subject."""

from __future__ import annotations

import pytest

_SETTING = "Thousands of farmers marched through Ica on Monday. "


def _told(mentions, text: str):
    return [m for m in mentions(_SETTING + text, "en") if m.trigger.span[0] >= len(_SETTING)]


@pytest.mark.parametrize(
    "text",
    [
        "The regional police chief insisted that no officer deployed along the avenue carried a firearm.",
        "The army said not a single soldier opened fire on the marchers.",
        "The ministry said no police officers shot at the crowd.",
    ],
)
def test_no_officer_negates_the_force(mentions, text: str) -> None:
    told = _told(mentions, text)
    assert told and all(m.factuality == "negated" for m in told)


@pytest.mark.parametrize(
    "text",
    [
        # the force is told, the officers are where it happened
        "Officers deployed at the square fired tear gas at the marchers.",
        # the negation is the first clause's; the looting is the second clause's own
        "No one was hurt, but protesters looted three shops on the main street.",
    ],
)
def test_near_misses_stay_asserted(mentions, text: str) -> None:
    told = _told(mentions, text)
    assert told and told[-1].factuality == "asserted"
