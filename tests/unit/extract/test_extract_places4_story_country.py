"""The story's country when the text never names it (extract-places4, ``PlaceFinder._context``):
two different names whose every reading lies in one country abroad tell it, however small the
towns ("Changuinola", "Almirante": a Panamanian daily names no Panama), and a big city of an
Andean neighbour tells its country over small namesakes elsewhere ("La Paz", "Cochabamba"),
never over a place of Peru's."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2025, 6, 20)


def _places(mentions, text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [
        (m.location.name, m.location.country) if m.location else (None, None)
        for m in mentions(text, language, DAY)
    ]


@pytest.mark.parametrize(
    ("text", "language", "town", "country"),
    [
        (
            "Los trabajadores bananeros de Changuinola bloquearon el jueves la carretera hacia "
            "Almirante. La policía despejó la vía con gases lacrimógenos.",
            "es",
            "Changuinola",
            "Panama",
        ),
        (
            "Banana workers in Changuinola blocked the road to Almirante on Thursday. Police "
            "cleared the road with tear gas.",
            "en",
            "Changuinola",
            "Panama",
        ),
        # a town and a province of one country abroad: two names of it
        (
            "En Changuinola, los huelguistas quemaron llantas el martes. El paro se extiende ya "
            "a Chiriquí.",
            "es",
            "Changuinola",
            "Panama",
        ),
        # Bolivia's seat of government over the small towns of its name elsewhere
        (
            "Miners marched in La Paz on Tuesday and police dispersed them with tear gas.",
            "en",
            "La Paz",
            "Bolivia",
        ),
        # a Bolivian city over the hamlets of its name in Cajamarca and Huánuco
        (
            "Los comuneros marcharon el lunes en Cochabamba contra el alcalde.",
            "es",
            "Cochabamba",
            "Bolivia",
        ),
        (
            "Coca growers marched through Cochabamba on Monday against the mayor.",
            "en",
            "Cochabamba",
            "Bolivia",
        ),
    ],
)
def test_places_abroad_tell_an_unnamed_country(
    mentions, text: str, language: str, town: str, country: str
) -> None:
    places = _places(mentions, text, language)
    assert places and places[0] == (town, country), places


def test_a_live_blog_from_santa_cruz_is_bolivian(mentions) -> None:
    # the city of Santa Cruz shares its name with a province of Cajamarca; La Paz decides
    text = (
        "10:15 – La Policía informa que 12 efectivos resultaron heridos durante los disturbios "
        "de la noche en Santa Cruz.\n\n07:30 – El gobernador fue trasladado en helicóptero a "
        "La Paz."
    )
    places = _places(mentions, text, "es")
    assert places and places[0] == ("Santa Cruz de la Sierra", "Bolivia"), places


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        # Peru's own towns outnumber two Panamanian names told as a comparison
        (
            "En Puno y Juliaca los comerciantes acataron el paro el lunes, como antes lo "
            "hicieron los bananeros de Changuinola y Almirante.",
            "es",
            "Juliaca",
        ),
        # a delegation sent to La Paz does not take Juliaca abroad
        (
            "En Juliaca, cientos de manifestantes marcharon el lunes hacia la plaza de Armas. "
            "Otra delegación viajó a La Paz.",
            "es",
            "Juliaca",
        ),
        # the hamlet of Cochabamba in Chota, with its province named
        (
            "Los comuneros de Cochabamba, en Chota, bloquearon el lunes la carretera a Cajamarca.",
            "es",
            "Chota",
        ),
    ],
)
def test_peruvian_stories_stay_in_peru(mentions, text: str, language: str, town: str) -> None:
    places = _places(mentions, text, language)
    assert places and places[0] == (town, "Peru"), places


def test_one_small_name_abroad_tells_no_country(mentions) -> None:
    # one hamlet's name, however often repeated, may be a namesake's: no country from it alone
    text = (
        "Los trabajadores de Almirante marcharon el lunes. En Almirante, los comercios "
        "cerraron sus puertas."
    )
    places = _places(mentions, text, "es")
    assert places and all(country != "Panama" for _, country in places), places
