"""A road named by both its ends ("la carretera Ilave-Juli", "the road between Ilave and Juli")
is at its first town when the story's town lies in another department, or the story stands
only for the region around it (places15, ``places._corridor_first``); a story's town in the
same department still holds the blockade, and so does the town of a story on a road toward a
city elsewhere ("la carretera hacia Cusco"). Passages written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

#: the corridor's two ends, and a town of another department the story was at before
CORRIDORS = [
    ("Ilave", "Juli", "Cusco"),
    ("Sicuani", "Combapata", "Puno"),
    ("Huanta", "Ayacucho", "Andahuaylas"),
    ("Juliaca", "Puno", "Arequipa"),
]

BEFORE_ELSEWHERE = [
    (
        "10:15 — In {elsewhere}, police fired tear gas at protesters near the main square.\n\n"
        "19:00 — Protesters have blocked the road between {a} and {b} with stones and burning "
        "tyres, local radio reports.",
        "en",
        "blocked",
    ),
    (
        "10:15 — En {elsewhere}, la Policía lanzó gases lacrimógenos contra los manifestantes "
        "en la plaza de Armas.\n\n19:00 — Comuneros bloquearon la carretera {a}-{b} con piedras "
        "y llantas quemadas, según la radio local.",
        "es",
        "bloquearon",
    ),
]


def _place(mentions, text: str, lang: str, trigger: str) -> str | None:
    found = [m for m in mentions(text, lang, dt.date(2023, 1, 20)) if trigger in m.trigger.text]
    assert found, text
    loc = found[-1].location
    return loc.name if loc is not None else None


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "town"),
    [
        pytest.param(t.format(a=a, b=b, elsewhere=e), lang, trig, a, id=f"{a}-{b}-{lang}")
        for a, b, e in CORRIDORS
        for t, lang, trig in BEFORE_ELSEWHERE
    ],
)
def test_places15_a_corridor_far_from_the_story_is_its_first_town(
    mentions, text, lang, trigger, town
):
    assert _place(mentions, text, lang, trigger) == town


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "town"),
    [
        # the story's town in the corridor's department holds it (the guide's rule)
        (
            "JULIACA.- Los transportistas acatan el paro desde el lunes. Comuneros bloquearon "
            "la carretera Ilave-Juli con piedras.",
            "es",
            "bloquearon",
            "Juliaca",
        ),
        # a road toward a city elsewhere is the story's town's road
        (
            "AYAVIRI.- Los comuneros de Melgar bloquearon la carretera hacia Cusco con piedras "
            "desde la madrugada.",
            "es",
            "bloquearon",
            "Ayaviri",
        ),
    ],
)
def test_places15_a_road_near_the_story_stays_there(mentions, text, lang, trigger, town):
    assert _place(mentions, text, lang, trigger) == town
