"""Twenty-fifth session (actors8): a scene told with "as" and the forces as its subject.

"A cameraman was beaten by police *as officers cleared protesters*": the demonstrators are
named only as the scene, like "while officers were clearing protesters" (actors6), so the
reporter the force struck is a civilian. "as" alone is no scene ("as many as 500 protesters"),
and a scene whose subject is the crowd keeps the riot it tells.
"""

import datetime as dt

import pytest

P = "Police Forces of Peru"
C = "Civilians (Peru)"
PR = "Protesters (Peru)"
R = "Rioters (Peru)"


def _pairs(found):
    return {
        (m.actor1.name if m.actor1 else None, m.actor2.name if m.actor2 else None) for m in found
    }


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "A news cameraman was beaten with batons as officers cleared protesters from the "
            "square in Puno.",
            P,
            C,
        ),
        (
            "A photographer was hit by a rubber bullet as riot police dispersed marchers near "
            "the Plaza San Martín.",
            P,
            C,
        ),
    ],
)
def test_the_press_struck_where_the_forces_cleared_a_crowd(mentions, text, actor1, actor2):
    found = mentions(text, "en", dt.date(2025, 3, 10))
    assert (actor1, actor2) in _pairs(found)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # "as many as": a comparison, not a scene; the crowd was struck
        (
            "Police fired tear gas at as many as 500 protesters outside Congress, wounding a "
            "photographer.",
            P,
            PR,
        ),
        # a scene whose subject is the crowd: the riot it tells
        (
            "A reporter was injured as protesters threw stones at police near the square.",
            R,
            P,
        ),
    ],
)
def test_near_misses_keep_their_victims(mentions, text, actor1, actor2):
    found = mentions(text, "en", dt.date(2025, 3, 10))
    assert (actor1, actor2) in _pairs(found)
