"""Storming, seizing, weapons aimed and a toll after a day of its own (twenty-sixth session,
recall-en2; docs/extraction.md "Riot or excessive force").

A crowd that storms a building ("Bolsonaro supporters storm Brazil's Congress", "the storming of
Parliament", "parliament was stormed") or tries to seize a site or the forces' arms riots; the
forces that storm a campus or a camp ("Riot police stormed the university", "the campus was
stormed by soldiers") intervene. The weather's storm is no event. Weapons "aimed at protesters",
told most often in a denial, are the forces' fire. A toll told after an incident of another day
with no dead of its own is that incident's, not the riot's told with its dead days before.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN10 = dt.date(2023, 1, 10)

_CROWDS = [
    "Protesters",
    "Hundreds of demonstrators",
    "Supporters of the former president",
    "An angry crowd",
]
_BUILDINGS = [
    "the Congress building",
    "the presidential palace",
    "the regional government offices",
    "the prime minister's official residence",
]
_FORCES = {
    "Riot police": "Police Forces of Peru",
    "Soldiers": "Military Forces of Peru",
    "Riot police backed by an armoured vehicle": "Police Forces of Peru",
}
_SITES = ["the university campus", "the protest camp", "San Marcos University"]


def _types(mentions: Callable[..., list[Mention]], text: str) -> list[str]:
    return [m.sub_event_type for m in mentions(text, "en", JAN10)]


@pytest.mark.parametrize(
    ("crowd", "verb", "building"),
    list(itertools.product(_CROWDS, ["stormed", "storm"], _BUILDINGS)),
)
def test_crowd_that_storms_a_building_riots(
    mentions: Callable[..., list[Mention]], crowd: str, verb: str, building: str
) -> None:
    found = mentions(f"{crowd} {verb} {building} on Sunday.", "en", JAN10)
    assert [m.sub_event_type for m in found] == ["Violent demonstration"]
    assert found[0].actor1 is not None and found[0].actor1.type == "Rioters"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya marks a year since parliament was stormed.",
        "The town remembers the storming of the town hall on 25 June.",
        "The regional government building was stormed by hundreds of protesters on Monday.",
    ],
)
def test_storming_with_no_forces_as_agent_is_the_riot(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    assert _types(mentions, text) == ["Violent demonstration"]


@pytest.mark.parametrize(("forces", "site"), list(itertools.product(list(_FORCES), _SITES)))
def test_forces_that_storm_a_site_intervene(
    mentions: Callable[..., list[Mention]], forces: str, site: str
) -> None:
    found = mentions(f"{forces} stormed {site} on Saturday.", "en", JAN10)
    assert [m.sub_event_type for m in found] == ["Protest with intervention"]
    assert found[0].actor1 is not None and found[0].actor1.name == _FORCES[forces]


@pytest.mark.parametrize(
    ("agent", "site"),
    list(itertools.product(["riot police", "soldiers", "the police"], _SITES)),
)
def test_site_stormed_by_the_forces_is_their_intervention(
    mentions: Callable[..., list[Mention]], agent: str, site: str
) -> None:
    text = f"{site[0].upper()}{site[1:]} was stormed by {agent} at dawn."
    assert _types(mentions, text) == ["Protest with intervention"]


@pytest.mark.parametrize(
    "text",
    [
        "The march was called off after the storm.",
        "A storm flooded the square on Monday night.",
        "Tourism fell after a tropical storm hit the coast.",
    ],
)
def test_weather_storm_is_no_event(mentions: Callable[..., list[Mention]], text: str) -> None:
    assert "Violent demonstration" not in _types(mentions, text)
    assert "Protest with intervention" not in _types(mentions, text)


@pytest.mark.parametrize(
    ("crowd", "target"),
    list(
        itertools.product(
            ["protesters", "the crowd", "villagers"],
            ["Andes airport", "weapons and ammunition", "the mine's offices"],
        )
    ),
)
def test_crowd_that_tries_to_seize_riots(
    mentions: Callable[..., list[Mention]], crowd: str, target: str
) -> None:
    text = f"The ministry said {crowd} had tried to seize {target} on Monday."
    assert _types(mentions, text) == ["Violent demonstration"]


@pytest.mark.parametrize(
    "text",
    [
        "The general was accused of trying to seize power in 2019.",
        "Police tried to seize the banners of the marchers.",
    ],
)
def test_seizing_power_or_by_the_forces_is_no_riot(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    assert "Violent demonstration" not in _types(mentions, text)


@pytest.mark.parametrize(
    ("forces", "people"),
    list(
        itertools.product(
            ["troops", "officers", "the soldiers"], ["protesters", "the crowd", "people"]
        )
    ),
)
def test_denied_aim_at_people_is_negated_force(
    mentions: Callable[..., list[Mention]], forces: str, people: str
) -> None:
    found = mentions(
        f"Protests continued in Ayacucho. The minister denied that {forces} had aimed at {people}.",
        "en",
        JAN10,
    )
    aimed = [m for m in found if "aimed" in m.trigger.text]
    assert [(m.event_type, m.factuality) for m in aimed] in (
        [("Protests", "negated")],
        [("Violence against civilians", "negated")],
    )


def test_rules_aimed_at_protesters_are_no_fire(mentions: Callable[..., list[Mention]]) -> None:
    found = mentions("The new rules are aimed at protesters who refuse to disperse.", "en", JAN10)
    assert not [m for m in found if "aimed" in m.trigger.text]


@pytest.mark.parametrize(
    ("first", "second", "dead"),
    [
        ("Andahuaylas", "Ayacucho", "ten"),
        ("Juliaca", "Cusco", "seven"),
        ("Arequipa", "Puno", "four"),
    ],
)
def test_toll_after_an_incident_of_another_day_is_that_incidents(
    mentions: Callable[..., list[Mention]], first: str, second: str, dead: str
) -> None:
    text = (
        "Explainer: how the protests turned deadly\n\n"
        f"Dec 11 - Protesters stormed the airport in {first}, and police opened fire. "
        "Local officials put the death toll at three.\n\n"
        f"Dec 15 - Soldiers fire on crowds near the airport of {second}. "
        f"The ombudsman's office counts {dead} dead."
    )
    found = mentions(text, "en", dt.date(2022, 12, 20))
    toll = [m for m in found if m.killed is not None and m.trigger.span[0] > text.index("Dec 15")]
    assert [m.sub_event_type for m in toll] == ["Excessive force against protesters"]
    assert toll[0].date is not None and toll[0].date.value == dt.date(2022, 12, 15)


@pytest.mark.parametrize(
    ("crowd", "verb", "site"),
    list(
        itertools.product(
            ["Simpatizantes del expresidente", "Cientos de manifestantes", "Una multitud"],
            ["asaltaron", "asaltó"],
            ["el Congreso", "la sede del gobierno regional", "la comisaría de Ilave"],
        )
    ),
)
def test_es_crowd_that_storms_a_seat_of_power_riots(
    mentions: Callable[..., list[Mention]], crowd: str, verb: str, site: str
) -> None:
    found = mentions(f"{crowd} {verb} {site} el domingo.", "es", JAN10)
    assert "Violent demonstration" in [m.sub_event_type for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Dos delincuentes asaltaron a un turista en el centro.",
        "Un asalto a mano armada dejó sin dinero a una tienda de abarrotes.",
    ],
)
def test_es_a_robbery_is_no_riot(mentions: Callable[..., list[Mention]], text: str) -> None:
    assert "Violent demonstration" not in [m.sub_event_type for m in mentions(text, "es", JAN10)]


@pytest.mark.parametrize(
    ("victim", "part", "weapon"),
    list(
        itertools.product(
            ["A photographer", "A student", "One of the marchers"],
            ["leg", "arm", "chest", "back"],
            ["a pellet fired by police", "a tear gas canister", "a rubber bullet"],
        )
    ),
)
def test_body_hit_at_a_demonstration_is_excessive_force(
    mentions: Callable[..., list[Mention]], victim: str, part: str, weapon: str
) -> None:
    text = f"During the march in Lima, {victim.lower()} was hit in the {part} by {weapon}."
    assert _types(mentions, text) == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        ("Photographer hit by tear gas canister in Lima as protests continue", "en"),
        ("Student blinded in both eyes by police pellets during protest in Santiago", "en"),
        ("Student blinded in one eye at a march in Bogotá", "en"),
        ("Durante la marcha, un fotógrafo recibió un perdigón en la pierna.", "es"),
        ("En la protesta, una estudiante recibió un perdigonazo en el abdomen.", "es"),
    ],
)
def test_wound_dealt_at_a_protest_is_excessive_force(
    mentions: Callable[..., list[Mention]], headline: str, language: str
) -> None:
    found = mentions(headline, language, JAN10)
    assert "Excessive force against protesters" in [m.sub_event_type for m in found]


def test_body_hit_by_a_stone_stays_the_crowds(mentions: Callable[..., list[Mention]]) -> None:
    text = (
        "During the march in Lima, an officer was hit in the leg by a stone thrown by protesters."
    )
    assert "Excessive force against protesters" not in _types(mentions, text)


@pytest.mark.parametrize(
    ("town", "past", "main", "language", "expected"),
    [
        (
            town,
            past,
            main,
            "en",
            expected,
        )
        for town in ["Ayacucho", "Juliaca", "Cusco"]
        for past, main, expected in [
            (
                "where soldiers shot dead ten people near the airport last week",
                "residents held a vigil on Saturday night",
                "Peaceful protest",
            ),
            (
                "where a peasant leader, Remo Candia, was shot dead on Wednesday",
                "hundreds of people marched through the historic centre on Friday",
                "Peaceful protest",
            ),
            (
                "where police killed 17 protesters on Monday",
                "thousands blocked the highway on Wednesday",
                "Peaceful protest",
            ),
        ]
    ]
    + [
        (
            town,
            "donde la policía mató a 17 manifestantes el lunes",
            "miles marcharon el miércoles",
            "es",
            "Peaceful protest",
        )
        for town in ["Juliaca", "Ayacucho"]
    ],
)
def test_main_clause_after_a_fronted_towns_relative_is_its_own_event(
    mentions: Callable[..., list[Mention]],
    town: str,
    past: str,
    main: str,
    language: str,
    expected: str,
) -> None:
    lead = "In" if language == "en" else "En"
    found = mentions(f"{lead} {town}, {past}, {main}.", language, JAN10)
    types = [m.sub_event_type for m in found]
    assert "Excessive force against protesters" in types
    assert expected in types


@pytest.mark.parametrize(
    ("caller", "verb", "name", "quote"),
    list(
        itertools.product(
            ["The student movement", "The opposition alliance", "Transport unions"],
            ["has called", "called"],
            ["complete shutdown", "total shutdown"],
            [('"', '"'), ("\u201c", "\u201d")],
        )
    ),
)
def test_shutdown_called_in_quotes_is_a_strike_called(
    mentions: Callable[..., list[Mention]],
    caller: str,
    verb: str,
    name: str,
    quote: tuple[str, str],
) -> None:
    text = f"{caller} {verb} a {quote[0]}{name}{quote[1]} of the country for Thursday."
    found = mentions(text, "en", JAN10)
    assert [(m.sub_event_type, m.mode) for m in found] == [("Peaceful protest", "strike")]


@pytest.mark.parametrize(
    "subject", ["Thousands of farm workers", "Nurses at the regional hospital", "Dockers in Callao"]
)
def test_walking_off_the_job_is_a_strike(
    mentions: Callable[..., list[Mention]], subject: str
) -> None:
    found = mentions(f"{subject} walked off the job on Monday.", "en", JAN10)
    assert [(m.sub_event_type, m.mode) for m in found] == [("Peaceful protest", "strike")]
