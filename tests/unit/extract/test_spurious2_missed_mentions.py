"""Mentions the twelfth blind dev batch showed missed (twentieth session, spurious2).

One stone thrown, as a photo caption tells it ("a protester throws a stone at police officers",
"un manifestante lanza una piedra"); the fire someone is blamed for ("Police blamed protesters for
the fire"); a timeline's present removal ("Congress votes to remove Castillo"); the English name of
the Toma de Lima; a shutdown enforced ("they would enforce the shutdown again on Friday", "harán
cumplir el paro"); the agreement named with its article ("signed the agreement"); a clearing told
as transit restored or as the police intervening at a point of the road ("RESTABLECE EL LIBRE
TRÁNSITO", "intervino en el kilómetro 611"). A name in quotes given to the protest the sentence
told before it is that protest, no second one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veeduria.models import Mention


@pytest.mark.parametrize(
    ("text", "language", "word", "sub_event_type"),
    [
        (
            "Protesters marched in Lima on Thursday.\nA protester throws a stone at police"
            " officers guarding the entrance to the airport.",
            "en",
            "throws a stone",
            "Violent demonstration",
        ),
        (
            "Los comuneros marcharon el lunes. Un manifestante lanza una piedra contra los policías"
            " que custodian el puente.",
            "es",
            "lanza una piedra",
            "Violent demonstration",
        ),
        (
            "Protesters marched in Lima on Thursday. A bank branch was gutted overnight. Police"
            " blamed protesters for the fire.",
            "en",
            "for the fire",
            "Violent demonstration",
        ),
        ("Dec 12 - Congress votes to remove Castillo.", "en", "votes to remove", "Other"),
        ("In pictures: the 'Taking of Lima'", "en", "Taking of Lima", "Peaceful protest"),
        (
            "Protesters blocked roads on Monday. Student leaders said they would enforce the"
            " shutdown again on Friday.",
            "en",
            "enforce the shutdown",
            "Peaceful protest",
        ),
        (
            "Los manifestantes bloquearon la vía el lunes. Los dirigentes dijeron que harán cumplir"
            " el paro el viernes.",
            "es",
            "harán cumplir el paro",
            "Peaceful protest",
        ),
        (
            "On 15 November the parties signed the agreement that opened the road to a new"
            " constitution.",
            "en",
            "signed the agreement",
            "Agreement",
        ),
        (
            "POLICÍA NACIONAL RESTABLECE EL LIBRE TRÁNSITO EN LA PANAMERICANA SUR",
            "es",
            "RESTABLECE EL LIBRE TRÁNSITO",
            "Protest with intervention",
        ),
        (
            "Los manifestantes bloqueaban la vía desde el lunes. El jueves, personal policial"
            " intervino en el kilómetro 40 de la carretera.",
            "es",
            "intervino en el kilómetro",
            "Protest with intervention",
        ),
    ],
)
def test_spurious2_missed_mentions_are_found(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    word: str,
    sub_event_type: str,
) -> None:
    found = mentions(text, language)
    assert sub_event_type in [m.sub_event_type for m in found if m.trigger.text == word]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: the same words in another sense
        ("Una cuadrilla restableció el tránsito en la carretera tras el huaico del lunes.", "es"),
        ("A crew restored traffic on the highway after the landslide.", "en"),
        ("Residents called for the fire brigade after a gas leak.", "en"),
        ("Fans threw a stone at the team bus after the match.", "en"),
        ("El congresista intervino en la sesión para pedir la palabra.", "es"),
    ],
)
def test_spurious2_near_misses_tell_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Thousands of demonstrators are expected to converge on the capital this week for a"
            ' mass protest that organisers have called "the taking of Lima".',
            "en",
            "taking of Lima",
        ),
        (
            "Miles de manifestantes marcharon hacia la capital en lo que llaman la «Toma de Lima».",
            "es",
            "Toma de Lima",
        ),
    ],
)
def test_spurious2_a_name_told_after_its_protest_is_no_second_event(
    mentions: Callable[..., list[Mention]], text: str, language: str, name: str
) -> None:
    found = mentions(text, language)
    assert found
    assert [m for m in found if m.trigger.text == name] == []


def test_spurious2_a_name_called_for_first_stays_the_event(
    mentions: Callable[..., list[Mention]],
) -> None:
    # the name comes before the protest word: it is what was called, and it stays
    found = mentions(
        "Organizaciones sociales convocaron a la denominada «Tercera Toma de Lima» para el"
        " miércoles, con una marcha hacia el Congreso.",
        "es",
    )
    assert any(m.trigger.text == "Toma de Lima" for m in found)
