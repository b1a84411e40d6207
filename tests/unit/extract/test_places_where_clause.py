"""A town that names the incidents a sentence is about is still the place of an event told in
its own relative clause of place ("los sucesos de Tarata, donde quemaron la comisaría")."""

from __future__ import annotations

import pytest

from veeduria.extract import places
from veeduria.models import Location


def _loc(text: str, name: str) -> Location:
    start = text.index(name)
    return Location(text=name, span=(start, start + len(name)))


def _trigger(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return (start, start + len(word))


@pytest.mark.parametrize(
    ("text", "town", "word"),
    [
        ("Rechazan los sucesos de Tarata, donde fue quemada la comisaría.", "Tarata", "quemada"),
        ("Lamentamos los hechos de Sicuani, en donde murió un comunero.", "Sicuani", "murió"),
        ("They condemned the killings in Kisumu, where police shot two boys.", "Kisumu", "shot"),
        (
            "Recordaron la masacre de Uchuraccay donde fueron asesinados ocho periodistas.",
            "Uchuraccay",
            "asesinados",
        ),
    ],
)
def test_event_in_the_towns_where_clause_is_there(text: str, town: str, word: str) -> None:
    assert not places.about(_loc(text, town), text, _trigger(text, word))


@pytest.mark.parametrize(
    ("text", "town", "word"),
    [
        # the event's word outside the clause: the town still only names the incidents
        (
            "Marcharon por los sucesos de Tarata, donde hubo heridos, y quemaron llantas.",
            "Tarata",
            "quemaron",
        ),
        ("Miles marcharon en rechazo a las muertes de Juliaca.", "Juliaca", "marcharon"),
        ("Students marched over the killings in Kisumu; police fired tear gas.", "Kisumu", "fired"),
    ],
)
def test_event_outside_the_clause_keeps_the_rule(text: str, town: str, word: str) -> None:
    assert places.about(_loc(text, town), text, _trigger(text, word))
