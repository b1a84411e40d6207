"""Places that are not the scene (twenty-fifth session, blind21).

A town named with its unit after a word of going ("a patrol heading for the town of Juli",
"una patrulla que se dirigía a la localidad de Juli", "the road to the city of Puno") is where
someone was going, like "heading for Juli": the scene is the sentence's or story's other place.
One person named by the town they come from ("a farmer of Anta", "un agricultor de Anta")
would be from there, like "farmers of Anta"; the singular nouns cost grouping pairs on the
held-out set and were taken out at the merge, so those cases are expected to fail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

PUB = dt.date(2023, 3, 8)


def _place(mentions: list[Mention], word: str) -> tuple[str | None, str | None]:
    found = [m for m in mentions if m.trigger.text.lower().startswith(word)]
    assert found, [m.trigger.text for m in mentions]
    loc = found[0].location
    return (loc.admin2, loc.admin3) if loc else (None, None)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        (
            "en",
            "On Sunday, residents of Ilave attacked with stones a patrol heading for the town "
            "of Juli.",
            "attacked",
        ),
        (
            "es",
            "El domingo, pobladores de Ilave atacaron con piedras a una patrulla que se dirigía "
            "a la localidad de Juli.",
            "atacaron",
        ),
        (
            "en",
            "In Ilave, residents blocked with boulders the road to the town of Juli on Sunday.",
            "blocked",
        ),
    ],
)
def test_destination_with_its_unit(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str
) -> None:
    assert _place(mentions(text, lang, PUB), word) == ("El Collao", "Ilave")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # near misses: the town of the scene, named with its unit, is still the scene
        ("en", "On Sunday, residents attacked a patrol in the town of Juli.", "attacked"),
        (
            "es",
            "El domingo, pobladores atacaron a una patrulla en la localidad de Juli.",
            "atacaron",
        ),
        # the forces' fire in the town named with its unit
        ("en", "On Sunday, police fired tear gas at farmers in the town of Juli.", "tear gas"),
    ],
)
def test_scene_with_its_unit_unchanged(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str
) -> None:
    assert _place(mentions(text, lang, PUB), word) == ("Chucuito", "Juli")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        (
            "en",
            "The hospital received a man, a teacher from Anta, who was shot in the chest near the "
            "airport in Cusco on Wednesday.",
            "shot",
        ),
        (
            "es",
            "Un joven oriundo de Anta recibió un disparo en el pecho cerca del aeropuerto del "
            "Cusco el miércoles.",
            "disparo",
        ),
    ],
)
def test_one_person_from_a_town_the_scene_wins(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str
) -> None:
    assert _place(mentions(text, lang, dt.date(2023, 1, 12)), word)[0] == "Cusco"


@pytest.mark.xfail(
    strict=True,
    reason="one person named by their home town: the singular nouns cost held-out grouping "
    "pairs (171 -> 165) and were taken out at the merge; the construction is left",
)
@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        (
            "en",
            "A 52-year-old farmer of Anta was shot in the chest near the Cusco airport on "
            "Wednesday.",
            "shot",
        ),
        (
            "es",
            "Un agricultor de Anta recibió un disparo en el pecho cerca del aeropuerto del Cusco "
            "el miércoles.",
            "disparo",
        ),
    ],
)
def test_one_person_from_a_town(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str
) -> None:
    assert _place(mentions(text, lang, dt.date(2023, 1, 12)), word)[0] == "Cusco"


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # near misses: the town is the only place told, or the event's own place
        ("en", "A 52-year-old farmer of Anta was shot in the chest on Wednesday.", "shot"),
        ("en", "A farmer was shot in the chest in Anta on Wednesday.", "shot"),
        ("es", "Un agricultor recibió un disparo en el pecho en Anta el miércoles.", "disparo"),
    ],
)
def test_town_of_the_scene_unchanged(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str
) -> None:
    assert _place(mentions(text, lang, dt.date(2023, 1, 12)), word)[0] == "Anta"


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # near misses: a march along a road to a town named with its unit is placed where it
        # went, not read as a road's far end
        (
            "en",
            "On Monday, hundreds of farmers marched along the Carretera Marginal to the town of "
            "La Merced to demand the release of their leaders.",
            "marched",
        ),
        (
            "es",
            "El lunes, cientos de agricultores marcharon por la Carretera Marginal hasta la ciudad "
            "de La Merced para exigir la liberación de sus dirigentes.",
            "marcharon",
        ),
    ],
)
def test_march_to_a_town_with_its_unit_unchanged(
    mentions: Callable[..., list[Mention]], lang: str, text: str, word: str
) -> None:
    assert _place(mentions(text, lang, PUB), word)[0] == "Chanchamayo"
