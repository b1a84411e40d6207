"""A denial reaches through its own "que" clause (session extract-dev17).

"El presidente negó en su alocución del mediodía que la Policía haya disparado contra los
estudiantes": the words between the denial and its "que" put the event word past the usual
window, yet the clause is what was denied. A second "que" opens a clause of its own ("negó que
los efectivos hayan disparado contra los manifestantes que el domingo intentaron tomar el
aeropuerto": the attempt on the airport happened).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

APR21 = dt.date(2018, 4, 21)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El presidente negó en su alocución del mediodía que la Policía haya disparado contra"
            " los estudiantes.",
            "es",
        ),
        (
            "The interior minister denied in a televised address on Friday night that police had"
            " fired on the students.",
            "en",
        ),
    ],
)
def test_a_denial_reaches_its_clause(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, APR21)
    assert [m.factuality for m in found] == ["negated"]


def test_a_second_que_opens_a_clause_of_its_own(mentions: Callable[..., list[Mention]]) -> None:
    found = mentions(
        "El ministro negó que los efectivos hayan disparado contra los manifestantes que el"
        " domingo intentaron tomar el aeropuerto de Andahuaylas.",
        "es",
        APR21,
    )
    facts = {m.trigger.text: m.factuality for m in found}
    assert facts.get("intentaron tomar") == "asserted"
    assert facts.get("disparado") == "negated"
