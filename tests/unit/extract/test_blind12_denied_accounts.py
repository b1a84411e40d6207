"""Eighteenth session (extract-blind12): a denial of an account ("denies the reports circulating
on social media that ...", "desmiente las versiones que circulan en redes de que ...", "rejected
reports that ...", "rechazó las denuncias de que ...") negates the clause after its "that"/"de
que"; an account that is not denied keeps its own factuality."""

from __future__ import annotations

import pytest


def _facts(mentions, text, language):
    return [m.factuality for m in mentions(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El ministerio desmiente las versiones que circulan en redes de que la policía "
            "disparó contra los manifestantes.",
            "es",
        ),
        (
            "El Ejército rechazó las denuncias de que sus efectivos dispararon contra la "
            "población en Huamanga.",
            "es",
        ),
        (
            "La comandancia niega las acusaciones de que los agentes golpearon a los detenidos.",
            "es",
        ),
        ("The army rejected reports that soldiers opened fire on the marchers.", "en"),
        (
            "The ministry denies the reports circulating online that officers fired tear gas "
            "into the hospital.",
            "en",
        ),
        ("He dismissed claims that police had shot protesters in the square.", "en"),
    ],
)
def test_denied_accounts_negate_their_clause(mentions, text, language):
    assert _facts(mentions, text, language) == ["negated"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: an account told, not denied
        ("Hay denuncias de que la policía disparó contra los manifestantes.", "es"),
        ("Witnesses gave accounts that soldiers opened fire on the marchers.", "en"),
    ],
)
def test_accounts_not_denied_stay(mentions, text, language):
    assert "negated" not in _facts(mentions, text, language)


@pytest.mark.parametrize(
    ("text", "language", "fact"),
    [
        (
            "The ministry denies the reports circulating on social media that police fired "
            "inside the premises of the hospital.",
            "en",
            "negated",
        ),
        ("The minister had earlier denied that police fired inside the building.", "en", "negated"),
        ("Soldiers fired into the crowd outside the barracks.", "en", "asserted"),
    ],
)
def test_fire_told_by_where_it_went(mentions, text, language, fact):
    assert _facts(mentions, text, language) == [fact]


def test_fired_staff_is_no_fire(mentions):
    # near miss: "fired" dismisses staff; no protest or repression reading in the sentence
    assert mentions("The company fired inside sales staff last year.", "en") == []
