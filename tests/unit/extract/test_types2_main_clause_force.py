"""The main clause's agent and act decide the incident (sixteenth session, extract-types2).

The forces tear-gassing people of whom a relative clause tells violence ("los agentes lanzaron
gases lacrimógenos contra los manifestantes que intentaban ingresar a la sede") intervene in the
demonstration; the crowd's own violence as the subject of its clause stays a violent
demonstration. Twenty-second session (riotpolicy3): the forces' fire on such a crowd ("la
policía disparó contra los manifestantes que intentaban tomar el aeropuerto") tells the crowd's
violence, so by the policy on riots and excessive force it is the riot
(tests/unit/extract/test_riotpolicy3_relative_clause.py).
A tear-gas canister into a head or a face, an eye lost to what the forces fired, is serious
injury: excessive force, with one injured where the wound is counted. The forces' tear gas
in a clause beside their fire on the same crowd is part of that force.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN10 = dt.date(2023, 1, 10)


def _types(mentions: Callable[..., list[Mention]], text: str, language: str) -> list[str]:
    return [m.sub_event_type for m in mentions(text, language, JAN10)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "tried to seize" is a crowd's violence since the twenty-sixth session (recall-en2): the
        # fire on a crowd that tried to seize the runway is the riot (riotpolicy3), as in Spanish
        (
            "Soldiers opened fire on demonstrators who had tried to seize the runway.",
            "en",
            "Violent demonstration",
        ),
        (
            "Police shot at protesters that were trying to storm the regional airport, killing two.",
            "en",
            "Excessive force against protesters",
        ),
        (
            "Riot police fired tear gas at groups who tried to break into the courthouse.",
            "en",
            "Protest with intervention",
        ),
        # the fire on a crowd whose violence the clause tells is the riot (riotpolicy3)
        (
            "Los agentes dispararon desde el techo y desde la plaza contra quienes intentaban "
            "ingresar a la pista.",
            "es",
            "Violent demonstration",
        ),
        (
            "Los soldados dispararon contra los comuneros que intentaban tomar la pista de aterrizaje.",
            "es",
            "Violent demonstration",
        ),
        (
            "Los agentes lanzaron gases lacrimógenos contra los manifestantes que intentaban "
            "ingresar a la sede del gobierno regional.",
            "es",
            "Protest with intervention",
        ),
    ],
)
def test_forces_act_on_those_a_relative_clause_tells_of(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    assert _types(mentions, text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the crowd is the subject of its own violence: a riot
        ("Protesters tried to storm the regional airport and clashed with police.", "en"),
        # a clause of time, not a relative on the object: what the police answered
        ("Police fired tear gas when demonstrators tried to storm the airport.", "en"),
        ("Los manifestantes que intentaban tomar el aeropuerto se enfrentaron a la policía.", "es"),
        ("La policía disparó cuando los manifestantes intentaron tomar el aeropuerto.", "es"),
    ],
)
def test_crowd_violence_of_its_own_stays_a_riot(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert "Violent demonstration" in _types(mentions, text, language)


def test_forces_fighting_protesters_is_a_clash(mentions: Callable[..., list[Mention]]) -> None:
    text = "Two young men died in Andahuaylas as police fought protesters near the airport."
    assert _types(mentions, text, "en") == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("text", "language", "injured"),
    [
        (
            "During the march, a photographer was hit in the head by a tear gas canister fired by police.",
            "en",
            None,
        ),
        (
            "A student lost an eye to rubber bullets fired by riot police during the march.",
            "en",
            1,
        ),
        (
            "Durante la marcha, un reportero recibió el impacto de una bomba lacrimógena en la cabeza.",
            "es",
            None,
        ),
        (
            "Un estudiante perdió la vista de ambos ojos tras recibir perdigones de la Policía "
            "durante la protesta.",
            "es",
            1,
        ),
    ],
)
def test_maiming_wounds_are_excessive_force(
    mentions: Callable[..., list[Mention]], text: str, language: str, injured: int | None
) -> None:
    found = mentions(text, language, JAN10)
    assert [m.sub_event_type for m in found] == ["Excessive force against protesters"]
    if injured is not None:
        assert found[0].injured is not None and found[0].injured.value == injured


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police fired tear gas canisters at the crowd during the march.", "en"),
        ("La policía lanzó bombas lacrimógenas contra la multitud durante la marcha.", "es"),
    ],
)
def test_canisters_fired_at_a_crowd_stay_an_intervention(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _types(mentions, text, language) == ["Protest with intervention"]


def test_tear_gas_beside_fire_on_the_crowd_is_part_of_the_force(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Los soldados dispararon contra los manifestantes en la plaza, mientras un helicóptero "
        "lanzaba bombas lacrimógenas sobre el puente."
    )
    assert _types(mentions, text, "es") == ["Excessive force against protesters"]


def test_future_question_is_possible(mentions: Callable[..., list[Mention]]) -> None:
    found = mentions("¿Habrá un nuevo toque de queda en Cusco?", "es", JAN10)
    assert [(m.sub_event_type, m.factuality) for m in found] == [("Other", "possible")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Will the government declare a curfew in Cusco?", "en", "possible"),
        ("El Gobierno declaró el toque de queda en Cusco el lunes.", "es", "asserted"),
    ],
)
def test_only_a_question_on_what_is_to_come_is_possible(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    found = [m for m in mentions(text, language, JAN10) if m.sub_event_type == "Other"]
    assert found and found[0].factuality == expected


def test_a_question_on_what_was_done_is_not_made_possible(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "¿Por qué el Gobierno declaró el toque de queda en Cusco el lunes?", "es", JAN10
    )
    assert all(m.factuality != "possible" for m in found)


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        (
            "Los vecinos recuerdan la violencia de 2004 en Ilave, cuando una turba linchó al alcalde.",
            "es",
            dt.date(2023, 1, 10),
        ),
        (
            "Older residents compare the scenes with the 1990 uprising, when soldiers fired on "
            "demonstrators in the main square.",
            "en",
            dt.date(2023, 1, 10),
        ),
    ],
)
def test_a_clause_of_time_on_a_year_long_past_is_historical(
    mentions: Callable[..., list[Mention]], text: str, language: str, published: dt.date
) -> None:
    found = mentions(text, language, published)
    assert found and all(m.factuality == "historical" for m in found)


def test_a_clause_of_time_on_this_year_is_not_made_historical(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Los vecinos recuerdan la violencia de 2022 en Ilave, cuando una turba linchó al alcalde."
    )
    found = mentions(text, "es", dt.date(2022, 12, 20))
    assert found and all(m.factuality != "historical" for m in found)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Three people died when officers fired shotguns at the crowd in the square.",
            "en",
            "Excessive force against protesters",
        ),
        (
            "El Estado respondió con balas a la protesta de los comuneros.",
            "es",
            "Excessive force against protesters",
        ),
        # rubber bullets answer a crowd: an intervention
        (
            "Durante la marcha, las fuerzas federales respondieron con balas de goma y gas pimienta.",
            "es",
            "Protest with intervention",
        ),
        (
            "Police repelled an attack on the airport by protesters.",
            "en",
            "Violent demonstration",
        ),
    ],
)
def test_weapons_fired_and_attacks_repelled(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    assert _types(mentions, text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the photographs a photographer takes are no mourners' portraits
        (
            "A student was taking photographs of the march when officers fired shotguns at the crowd.",
            "Excessive force against protesters",
        ),
        (
            "Relatives marched through the city carrying white flags and photographs of the dead.",
            "Peaceful protest",
        ),
    ],
)
def test_photographs_taken_are_no_commemoration(
    mentions: Callable[..., list[Mention]], text: str, expected: str
) -> None:
    assert expected in _types(mentions, text, "en")
