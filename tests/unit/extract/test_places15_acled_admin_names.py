"""First-level divisions abroad under the English names ACLED writes, where GeoNames keeps the
local form (places15; ``countries.yaml`` ``renames``): Indonesia's provinces by their compass
words and its cities without "Kota", Iran's provinces, Belgrade and the
districts of Vojvodina, Sri Lanka's provinces without "Province", Bangladesh's Chittagong.

Each city is placed through several sentences written for the test, in both languages."""

from __future__ import annotations

import datetime as dt

import pytest

#: city, its country as the sentence names it (en, es), first-level division, second-level
CITIES = [
    ("Surabaya", "Indonesia", "Indonesia", "East Java", "Surabaya"),
    ("Bandung", "Indonesia", "Indonesia", "West Java", "Bandung"),
    ("Makassar", "Indonesia", "Indonesia", "South Sulawesi", "Makassar"),
    ("Zahedan", "Iran", "Irán", "Sistan and Baluchestan", None),
    ("Sanandaj", "Iran", "Irán", "Kurdistan", None),
    ("Tabriz", "Iran", "Irán", "East Azarbaijan", None),
    ("Belgrade", "Serbia", "Serbia", "Belgrade", None),
    ("Novi Sad", "Serbia", "Serbia", "Vojvodina", "South Bačka"),
    ("Colombo", "Sri Lanka", "Sri Lanka", "Western", None),
    ("Chittagong", "Bangladesh", "Bangladesh", "Chittagong", None),
]

TEMPLATES = [
    (
        "Police fired tear gas at thousands of protesters in {city}, {country_en}, on Monday.",
        "en",
        "tear gas",
    ),
    (
        "Hundreds of students marched through {city} on Tuesday, the third day of protests in "
        "{country_en}.",
        "en",
        "marched",
    ),
    (
        "En {city} ({country_es}), la policía dispersó con gases lacrimógenos a cientos de "
        "manifestantes el lunes.",
        "es",
        "dispersó",
    ),
]


def _norm(name: str | None) -> str:
    import unicodedata

    text = unicodedata.normalize("NFD", (name or "").lower())
    return "".join(c for c in text if not unicodedata.combining(c))


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "admin1", "admin2"),
    [
        pytest.param(
            t.format(city=city, country_en=en, country_es=es),
            lang,
            trigger,
            admin1,
            admin2,
            id=f"{city}-{lang}-{trigger}",
        )
        for city, en, es, admin1, admin2 in CITIES
        for t, lang, trigger in TEMPLATES
    ],
)
def test_places15_divisions_abroad_as_acled_writes_them(
    mentions, text, lang, trigger, admin1, admin2
):
    found = [m for m in mentions(text, lang, dt.date(2024, 3, 4)) if trigger in m.trigger.text]
    assert found, text
    loc = found[0].location
    assert loc is not None and _norm(loc.admin1) == _norm(admin1)
    if admin2 is not None:
        assert _norm(loc.admin2) == _norm(admin2)
