"""The present of headlines and factboxes counts the dead as the past does: "Ten people die",
"Three people are shot dead", "A police officer is burned to death"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Soldiers fire on protesters who march on the airport. Ten people die in Ayacucho.", 10),
        ("Three protesters are shot dead by police in Huaccana.", 3),
        ("A police officer is burned to death in his patrol car by a crowd in Juliaca.", 1),
        ("A peasant leader is shot dead in clashes near the airport of Cusco.", 1),
        ("Two men die of gunshot wounds after protesters clash with police in Macusani.", 2),
    ],
)
def test_the_present_of_a_factbox_counts_the_dead(
    mentions: Callable[..., list[Mention]], text: str, killed: int
) -> None:
    found = mentions(text, "en", dt.date(2023, 1, 30))
    assert killed in [m.killed.value for m in found if m.killed is not None], found


@pytest.mark.parametrize(
    "text",
    [
        "Doctors warn that patients may die if the blockades go on.",
        "Police say no one is killed when they fire tear gas.",
    ],
)
def test_a_present_with_no_figure_counts_no_dead(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = mentions(text, "en", dt.date(2023, 1, 30))
    assert all(m.killed is None or m.killed.value == 0 for m in found), found


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Los militares disparan contra los manifestantes y diez personas mueren en Ayacucho.", 10),
        ("Un dirigente comunal muere tras recibir un disparo durante la marcha en Cusco.", 1),
        ("Tres comuneros son abatidos por la Policía durante el bloqueo en Macusani.", 3),
    ],
)
def test_el_presente_de_una_cronologia_cuenta_los_muertos(
    mentions: Callable[..., list[Mention]], text: str, killed: int
) -> None:
    found = mentions(text, "es", dt.date(2023, 1, 30))
    assert killed in [m.killed.value for m in found if m.killed is not None], found
