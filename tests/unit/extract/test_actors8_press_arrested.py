"""Twenty-fifth session (actors8): the press an arrest took at a demonstration.

"Two reporters who were covering the march were arrested": whom the arrest itself took is the
press, who are civilians (docs/vocabulary.md, the press covering a demonstration), when no
demonstrator is named as struck. Near misses: demonstrators detained with a photographer, and
reporters who only tell the arrest of marchers, keep the protesters.
"""

import datetime as dt

import pytest

P = "Police Forces of Peru"
C = "Civilians (Peru)"
PR = "Protesters (Peru)"


def _pairs(found):
    return {
        (m.actor1.name if m.actor1 else None, m.actor2.name if m.actor2 else None) for m in found
    }


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Police arrested two reporters who were covering the march in Arequipa on Thursday.",
            P,
            C,
        ),
        (
            "Four journalists were detained by police while covering the protest outside the "
            "regional government in Cusco.",
            P,
            C,
        ),
    ],
)
def test_the_press_an_arrest_took(mentions, text, actor1, actor2):
    found = mentions(text, "en", dt.date(2025, 3, 10))
    assert (actor1, actor2) in _pairs(found)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Police detained 40 protesters and a photographer during the march in Lima.", P, PR),
        ("Reporters said police detained 30 marchers near the square in Puno.", P, PR),
    ],
)
def test_near_misses_keep_the_protesters(mentions, text, actor1, actor2):
    found = mentions(text, "en", dt.date(2025, 3, 10))
    assert (actor1, actor2) in _pairs(found)
