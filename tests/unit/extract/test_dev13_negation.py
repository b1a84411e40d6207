"""A negator before a compound verb (session extract-dev13).

A bare "no" negates an event word at most two words after it; the clitic and the auxiliaries of
a compound verb ("se", "ha", "han", "have", "been") do not count: "no se ha producido
intervención alguna", "no se han registrado enfrentamientos", "troops have not yet been
deployed".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

APR28 = dt.date(2022, 4, 28)


def _fact(found: list[Mention], trigger: str) -> str:
    hits = [m for m in found if m.trigger.text.lower().startswith(trigger)]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    return hits[-1].factuality


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "La policía desalojó a los comuneros el miércoles. A la fecha de corte no se ha "
            "producido intervención alguna en esa zona.",
            "es",
            "intervención",
        ),
        ("En la marcha del lunes no se han registrado enfrentamientos.", "es", "enfrentamientos"),
        (
            "Police evicted the community on Wednesday. Troops have not yet been deployed in "
            "that area.",
            "en",
            "deployed",
        ),
    ],
)
def test_a_negator_passes_the_auxiliaries_of_a_compound_verb(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    assert _fact(mentions(text, language, APR28), trigger) == "negated"


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        # the negation is of another verb, farther than two words of its own
        (
            "Los manifestantes no se han movido de la plaza y marcharon hacia el Congreso el "
            "lunes.",
            "es",
            "marcharon",
        ),
        (
            "Los docentes no han cobrado desde marzo y por eso marcharon hacia la plaza el lunes.",
            "es",
            "marcharon",
        ),
    ],
)
def test_a_negator_of_another_verb_negates_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    assert _fact(mentions(text, language, APR28), trigger) != "negated"
