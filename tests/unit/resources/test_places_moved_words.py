"""Roles of a town whose words moved from ``veeduria.extract.places`` into
``lexicons/<lang>/places.yaml`` (datalists, twenty-second session): the patterns built from
them still read the same sentences, and still leave the near misses alone."""

from __future__ import annotations

import pytest

from veeduria.extract import places
from veeduria.extract.places import came_elsewhere, on_road, taken_to, weak
from veeduria.models import Location
from veeduria.resources import load_lexicon

MOVED = (
    "modifier_determiner",
    "came",
    "came_town",
    "marched",
    "marched_toward",
    "purpose_noun",
    "purpose_verb",
    "purpose_phrase",
    "purpose_stem",
    "road_link",
    "road_joins",
    "road_bound",
    "road_going",
    "taken_place",
    "died_place",
    "care_town_unit",
    "taken_stem",
)


def _at(text: str, name: str) -> Location:
    start = text.index(name)
    return Location(text=name, span=(start, start + len(name)))


@pytest.mark.parametrize("role", MOVED)
def test_moved_role_has_words(role):
    assert places._role_words(role)


@pytest.mark.parametrize(
    ("stems", "words"),
    [
        ("purpose_stem", ("purpose_noun", "purpose_verb", "purpose_phrase")),
        ("taken_stem", ("taken_place", "died_place")),
    ],
)
def test_stems_cover_their_words(stems, words):
    """A stem role is the quick test before its pattern: every word must hold one of them."""
    found = places._role_words(stems)
    for role in words:
        for word in places._role_words(role):
            assert any(s in word.lower() for s in found), (role, word)


def test_new_entries_are_in_both_versions():
    assert load_lexicon("es", "places").version == load_lexicon("en", "places").version


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The Cusco strikes spread to the south.", "Cusco", True),
        ("Last year's Ayacucho killings were remembered.", "Ayacucho", True),
        ("The strike in Cusco spread to the south.", "Cusco", False),
        ("Vendors in Cusco strikes ...", "Cusco", False),
    ],
)
def test_modifier_determiner_words(text, name, expected):
    assert weak(_at(text, name), text) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Los mineros de Chala viajaron hasta la capital para protestar.", "Chala", True),
        ("Vecinos de Ilave se trasladaron en buses para la jornada.", "Ilave", True),
        ("Campesinos de Anta marcharon rumbo a la plaza principal.", "Anta", True),
        ("Growers from Quillabamba travelled overnight to join the rally.", "Quillabamba", True),
        ("Residents of Juli marched towards the bridge.", "Juli", True),
        ("Residents of Juli gathered through the town's main street.", "Juli", False),
        ("Vecinos de Ilave bloquearon la vía principal.", "Ilave", False),
        ("Growers from Quillabamba blocked the bridge.", "Quillabamba", False),
    ],
)
def test_came_words(text, name, expected):
    assert came_elsewhere(_at(text, name), text, (0, len(text))) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Bloquearon la vía que conduce a Moquegua.", "Moquegua", True),
        ("Los buses con destino a Tacna quedaron varados.", "Tacna", True),
        ("Detuvieron el camión que se dirigía a Tacna.", "Tacna", True),
        ("Strikers blocked the highway connecting Puno and Juliaca.", "Juliaca", True),
        ("Lorries on their way to Arequipa were stopped.", "Arequipa", True),
        ("Bloquearon la vía en Moquegua.", "Moquegua", False),
        ("Lorries were stopped in Arequipa.", "Arequipa", False),
    ],
)
def test_road_link_words(text, name, expected):
    assert on_road(_at(text, name), text) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Los heridos fueron llevados a la posta de salud de Ilave.", "Ilave", True),
        ("The wounded were rushed to a health centre in Ayaviri.", "Ayaviri", True),
        ("El herido murió en la clínica del distrito de Juli.", "Juli", True),
        ("She died at a clinic in the town of Azángaro.", "Azángaro", True),
        ("Los heridos bloquearon la vía en Ilave.", "Ilave", False),
        ("The health minister spoke in Ayaviri.", "Ayaviri", False),
    ],
)
def test_taken_place_words(text, name, expected):
    assert taken_to(text, text.index(name)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marcharon en repudio a la represión en Juli, dijo.", True),
        ("Hubo una vigilia para recordar a los muertos de Juli", True),
        ("They rallied to commemorate the dead of Juli", True),
        ("A march in protest over the killings in Juli", True),
        ("Marcharon por las calles en Juli", False),
        ("They rallied on the streets of Juli", False),
    ],
)
def test_purpose_words(text, expected):
    assert (places._purpose_start(text, text.rindex("Juli")) >= 0) is expected
