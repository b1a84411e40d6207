"""A paragraph's lead place sets the place of its events (twentieth session, places6)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _towns(found: list[Mention]) -> dict[str, str | None]:
    return {m.trigger.text: (m.location.name if m.location else None) for m in found}


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            # a numbered report's items, each opening on its place
            "Resumen del día\n\n1. Ayacucho. Unos trescientos comerciantes marcharon por el "
            "centro.\n\n2. Cusco. La Policía dispersó con gases a un grupo de manifestantes.",
            "dispersó",
            "Cusco",
        ),
        (
            "Boletín regional\n\na) Tacna. Los transportistas bloquearon dos avenidas.\n\nb) "
            "Moquegua. Un grupo de agricultores marchó hasta la sede regional.",
            "marchó",
            "Moquegua",
        ),
        (
            # a chronology's lead with its day, after the story's dateline
            "Crónica de una semana\n\nJULIACA.- La Policía detuvo ayer a veinte personas.\n\n"
            "Arequipa, martes 17. Unas mil personas marcharon hasta la plaza.",
            "marcharon",
            "Arequipa",
        ),
        (
            "Crónica\n\nJULIACA.- La Policía detuvo ayer a veinte personas.\n\nTacna. Cientos "
            "de estudiantes marcharon por la avenida principal.",
            "marcharon",
            "Tacna",
        ),
    ],
)
def test_a_paragraph_lead_places_its_events(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, town: str
) -> None:
    found = mentions(text, "es", dt.date(2023, 1, 20))
    assert _towns(found).get(trigger) == town, _towns(found)


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            # near miss: a one-word sentence that is no place leaves the story where it was
            "Crónica\n\nJULIACA.- La Policía detuvo ayer a veinte personas.\n\nParo. Cientos "
            "de comerciantes marcharon por la avenida principal.",
            "marcharon",
            "Juliaca",
        ),
        (
            # near miss: a place fronting a longer sentence is not a lead of its own
            "Crónica\n\nJULIACA.- La Policía detuvo ayer a veinte personas.\n\nEn Tacna hubo "
            "calma. Cientos de estudiantes marcharon por la avenida principal.",
            "detuvo",
            "Juliaca",
        ),
    ],
)
def test_no_lead_place_where_none_is_given(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, town: str
) -> None:
    found = mentions(text, "es", dt.date(2023, 1, 20))
    assert _towns(found).get(trigger) == town, _towns(found)


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        (
            "2. Lima. La Policía detuvo a 150 personas en el desalojo, entre ellas comuneros de "
            "Huancavelica y Ayacucho.",
            "es",
            "Lima",
        ),
        (
            "Crónica\n\nAREQUIPA.- Los agentes arrestaron a doce manifestantes, entre ellos "
            "campesinos de Espinar.",
            "es",
            "Arequipa",
        ),
        (
            "LA PAZ, Nov 12 - Police arrested forty people, among them miners from Potosí.",
            "en",
            "La Paz",
        ),
    ],
)
def test_people_arrested_are_held_where_the_story_is_not_in_their_town(
    mentions: Callable[..., list[Mention]], text: str, language: str, town: str
) -> None:
    found = [m for m in mentions(text, language, dt.date(2023, 1, 20)) if m.location]
    assert found and found[0].location is not None
    assert found[0].location.name == town, [(m.trigger.text, m.location) for m in found]


def test_arrested_people_of_a_town_with_no_other_place_keep_it(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: with no other place in the story, their town is all the text says
    found = mentions(
        "La Policía detuvo a doce personas, entre ellas comuneros de Azángaro.",
        "es",
        dt.date(2023, 1, 20),
    )
    assert found and found[0].location is not None
    assert found[0].location.name == "Azángaro"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            # a square named in a town's paragraph, the capital told only further on
            "Crónica del sur\n\nHomenaje en Huancané. Los familiares de las víctimas hicieron "
            "anoche una vigilia en la plaza Bolognesi. El viernes viajarán a Lima.",
            "Huancané",
        ),
        (
            "Resumen\n\nEn Tacna, cientos de estudiantes marcharon ayer desde la plaza "
            "Bolognesi hasta la sede del gobierno regional. Otro grupo protestará en Lima.",
            "Tacna",
        ),
    ],
)
def test_a_square_in_a_towns_story_is_that_towns(
    mentions: Callable[..., list[Mention]], text: str, town: str
) -> None:
    found = [
        m
        for m in mentions(text, "es", dt.date(2023, 1, 20))
        if m.trigger.text in ("vigilia", "marcharon")
    ]
    assert found and found[0].location is not None
    assert found[0].location.name == town, [(m.trigger.text, m.location) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the capital named before the square, or people of another department
        # (where they come from) before it, keep the capital's square
        "Noticias\n\nLas delegaciones llegaron a Lima el lunes. Ayer hicieron una vigilia en la "
        "plaza Bolognesi.",
        "Noticias\n\nMiles de manifestantes de Puno, Cusco y Apurímac marcharon ayer hasta la "
        "plaza San Martín. En Lima, la policía desplegó a once mil agentes.",
    ],
)
def test_the_capitals_square_stays_the_capitals(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = [m for m in mentions(text, "es", dt.date(2023, 1, 20)) if m.location]
    assert found and found[0].location is not None
    assert found[0].location.admin1 == "Lima", [(m.trigger.text, m.location) for m in found]


def test_a_river_named_for_a_town_is_near_that_town(
    mentions: Callable[..., list[Mention]],
) -> None:
    found = mentions(
        "Dos comuneros resultaron heridos de bala cuando los militares dispararon contra los "
        "manifestantes en el río Ilave, en la provincia de El Collao.",
        "es",
        dt.date(2023, 1, 20),
    )
    assert found and found[0].location is not None
    assert found[0].location.name == "Ilave", [(m.trigger.text, m.location) for m in found]


def test_a_river_gives_way_to_the_storys_town_of_its_province(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the Perené runs by Pichanaqui, the town the story is filed from
    found = mentions(
        "PICHANAKI.- La policía desalojó ayer con gases a los comuneros que bloqueaban el "
        "puente sobre el río Perené, en la provincia de Chanchamayo.",
        "es",
        dt.date(2023, 1, 20),
    )
    assert found and found[0].location is not None
    assert found[0].location.name != "Perené", [(m.trigger.text, m.location) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Un comunero murió ayer cuando la policía disparó contra los manifestantes que "
        "avanzaban por la avenida Velasco Astete hacia el aeropuerto.",
        "Los agentes detuvieron a seis jóvenes frente al terminal Alejandro Velasco Astete, "
        "que cerró por la tarde.",
    ],
)
def test_the_cusco_airports_avenue_and_terminal_are_in_wanchaq(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = mentions(text, "es", dt.date(2023, 1, 20))
    assert found and found[0].location is not None
    assert found[0].location.admin3 == "Wánchaq", [(m.trigger.text, m.location) for m in found]
