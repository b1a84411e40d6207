"""Cities of the rest of the world (places.csv.gz, ``WORLD_MIN_POPULATION``): weak readings,
taken with the story's country or, for a capital or a metropolis, on their own, never over a
Latin American namesake; words that are also city names stay words."""

from __future__ import annotations

import pytest

from veeduria.extract.terms import fold


def _found(finder, text, lang="en"):
    return [
        (loc.text, loc.name, loc.admin1, loc.iso)
        for loc in finder.find(text, fold(text), 0, len(text), lang)
    ]


def _isos(finder, text, mention, lang="en"):
    return {iso for t, _, _, iso in _found(finder, text, lang) if t == mention}


@pytest.mark.parametrize(
    ("text", "lang", "mention", "iso", "admin1"),
    [
        (
            "Police fired tear gas at protesters in Kathmandu on Monday.",
            "en",
            "Kathmandu",
            "NP",
            "Bagmati",
        ),
        ("Thousands marched in Dhaka against the quota system.", "en", "Dhaka", "BD", "Dhaka"),
        ("Clashes in Tbilisi as the parliament voted.", "en", "Tbilisi", "GE", "Tbilisi"),
        ("Youths burned tyres in Lagos, Nigeria, on Thursday.", "en", "Lagos", "NG", "Lagos"),
        ("Students blocked a bridge in Belgrade overnight.", "en", "Belgrade", "RS", None),
        # a city that is neither a capital nor a metropolis, in a story that names its country
        (
            "Nepal's unrest spread to Pokhara, where curfew was declared.",
            "en",
            "Pokhara",
            "NP",
            "Gandaki",
        ),
        (
            "Indonesian police detained 40 students in Makassar after the riot.",
            "en",
            "Makassar",
            "ID",
            None,
        ),
        # Spanish names of the world's cities
        ("La policía dispersó a los manifestantes en Katmandú.", "es", "Katmandú", "NP", None),
        ("Miles de personas marcharon en Londres contra la guerra.", "es", "Londres", "GB", None),
        (
            "Disturbios en Nueva York tras la muerte de un manifestante.",
            "es",
            "Nueva York",
            "US",
            "New York",
        ),
    ],
)
def test_world_cities_resolve(finder, text, lang, mention, iso, admin1):
    found = [f for f in _found(finder, text, lang) if f[0] == mention]
    assert found, _found(finder, text, lang)
    _, _, a1, got = found[0]
    assert got == iso
    if admin1 is not None:
        assert a1 == admin1
    else:
        assert a1  # every imported city has its first-level division


def test_a_city_that_is_no_capital_needs_its_country(finder):
    # Pokhara (Nepal, 500,000 people) in a story that never names Nepal: no reading
    assert _isos(finder, "Protesters gathered in Pokhara on Friday.", "Pokhara") == set()
    assert _isos(finder, "Protesters in Pokhara, Nepal, defied the curfew.", "Pokhara") == {"NP"}


def test_a_capital_named_like_a_first_name_is_still_a_place(finder):
    assert _isos(finder, "Police dispersed a rally in Sofia on Sunday.", "Sofia") == {"BG"}
    assert _isos(finder, "Students marched in Milan, Italy.", "Milan") == {"IT"}


def test_london_is_englands_not_ontarios(finder):
    assert _isos(finder, "Protesters marched in London on Saturday.", "London") == {"GB"}
    text = "Police arrested two men in London, Canada, after the rally."
    assert _isos(finder, text, "London") == {"CA"}
    text = "Police arrested two men in London, Ontario, after the rally."
    assert _isos(finder, text, "London") == {"CA"}


def test_a_division_after_a_city_names_its_country(finder):
    text = "Police declared a riot in Portland, Oregon, on Saturday night."
    assert _isos(finder, text, "Portland") == {"US"}
    assert _isos(finder, "Police declared a riot in Portland on Saturday.", "Portland") == set()


@pytest.mark.parametrize(
    "text",
    [
        "She was reading a statement when police arrived.",
        "Reading the statement, the British minister said protests would not be tolerated.",
        "Nice work, said the French interior minister after the march in Paris.",
        "A split in the party weakened the Croatian government.",
        "Split votes in the Croatian parliament delayed the law.",
        "Mobile phones of the American protesters were seized.",
        "Male protesters in the Maldives were detained.",
        "Batman masks were worn by Turkish protesters.",
        "Van drivers in Turkey joined the strike.",
        "Sale a la calle la oposición española.",
        "Washington said it was concerned about the crackdown in Peru.",
        "Irish farmers said the Cork dispute was settled.",
        "The Georgetown University professor said the protests in Peru would go on.",
        "Sofía dijo que la marcha de Puno seguirá.",
        "Milan Kundera's novels were read aloud at the Prague protest.",
    ],
)
def test_words_that_are_city_names_are_no_places(finder, text):
    cities = {"Reading", "Nice", "Split", "Mobile", "Male", "Batman", "Van", "Sale", "Salé"}
    cities |= {"Washington", "Cork", "Georgetown", "Sofia", "Milan"}
    names = {name for _, name, _, _ in _found(finder, text)}
    assert not names & cities, _found(finder, text)


@pytest.mark.parametrize(
    ("text", "mention", "iso"),
    [
        # Peruvian stories keep their places: the world's namesakes are never read
        ("PNP dispersó a manifestantes en Lima y en Trujillo, Perú.", "Lima", "PE"),
        ("PNP dispersó a manifestantes en Lima y en Trujillo, Perú.", "Trujillo", "PE"),
        ("Peruvian police cleared a blockade in Trujillo on Monday.", "Trujillo", "PE"),
        # a Spanish city never takes a Latin American namesake without Spain in the story
        ("Marcha de jubilados en Córdoba contra el gobierno de Milei.", "Córdoba", "AR"),
        ("Manifestación en Valencia, Venezuela, contra el gobierno.", "Valencia", "VE"),
        # ... and is Spain's in a story that names Spain
        ("España: miles de personas marcharon en Córdoba por la vivienda.", "Córdoba", "ES"),
        ("En España, la policía cargó contra los manifestantes en Valencia.", "Valencia", "ES"),
    ],
)
def test_latin_namesakes_stay_home(finder, text, mention, iso):
    assert _isos(finder, text, mention, "es") == {iso}


def test_leon_in_a_peruvian_story_is_not_spains(finder):
    text = "La PNP detuvo a 12 comuneros en Puno. Otra marcha salió en León."
    assert "ES" not in _isos(finder, text, "León", "es")


def test_a_city_named_like_a_country_is_the_country(finder):
    found = _found(finder, "Thousands protested in Singapore.")
    assert [(name, iso) for _, name, _, iso in found] == [("Singapore", "SG")]
    assert finder.resolve_name("Singapore", country="SG").geo_precision == 3


@pytest.mark.parametrize("written", ["Diyarbakır", "Diyarbakir"])
def test_the_worlds_cities_are_written_as_acled_does(finder, written):
    text = f"Turkish police detained 30 people in {written} on Sunday."
    found = [(name, a1) for t, name, a1, iso in _found(finder, text) if t == written]
    assert found == [("Diyarbakir", "Diyarbakir")]
    (loc,) = [loc for loc in finder.find(text, fold(text), 0, len(text), "en") if loc.iso == "TR"]
    assert loc.name.isascii() and (loc.admin1 or "").isascii()


def test_latin_american_places_keep_their_accents(finder):
    text = "Marcha en Bogotá, Colombia."
    assert [name for _, name, _, _ in _found(finder, text, "es")] == ["Bogotá"]
