"""Carried-over places: a live blog's item that set a scene elsewhere gives the story back
to the blog's town, an item's heading takes its item's place, people held for incidents are
held where those happened, a town told by its kind and region is the town the story named,
a state of emergency in doubt in a story of the capital stays in the capital, and Mexican
states go by their common names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veeduria.extract import places
from veeduria.models import Mention


def _where(events: list[Mention], word: str) -> tuple[str | None, str | None]:
    for e in events:
        if word in e.trigger.text.lower() and e.location is not None:
            return e.location.name, e.location.admin1
    raise AssertionError(f"no placed event with {word!r}: {[e.trigger.text for e in events]}")


def test_a_live_blog_scene_elsewhere_gives_the_story_back(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "EN DIRECTO | Paro nacional en Quito\n\n"
        "09:40 – Miles de manifestantes marchan por la avenida 10 de Agosto.\n\n"
        "11:15 – En Latacunga, cientos de indígenas bloquearon la Panamericana con piedras.\n\n"
        "12:05 – La Policía lanza gases lacrimógenos contra los manifestantes."
    )
    assert _where(mentions(text, "es"), "gases")[0] == "Quito"


def test_a_town_of_the_item_itself_is_carried(mentions: Callable[..., list[Mention]]) -> None:
    # near miss: the item does not set a scene of its own ("En Latacunga, ..."), so the
    # next item with no place goes on there
    text = (
        "EN DIRECTO | Paro nacional en Quito\n\n"
        "09:40 – Miles de manifestantes marchan por la avenida 10 de Agosto.\n\n"
        "11:15 – Cientos de indígenas bloquearon la Panamericana en Latacunga con piedras.\n\n"
        "12:05 – La Policía lanza gases lacrimógenos contra los bloqueadores."
    )
    assert _where(mentions(text, "es"), "gases")[0] == "Latacunga"


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Titulares\n\nDetenciones. La Fiscalía informó de doce arrestos.", "Detenciones."),
        ("Briefs\n\nArrests in the south. Police held nine people.", "Arrests in the south."),
        ("Resumen\n\nToque de queda en la capital. El Gobierno lo decretó.", None),
    ],
)
def test_item_headings(text: str, sentence: str | None) -> None:
    if sentence is None:  # five words: a sentence, not a heading
        a = text.index("Toque")
        assert not places._heading(text, (a, text.index(".", a) + 1))
        return
    a = text.index(sentence)
    assert places._heading(text, (a, a + len(sentence)))


@pytest.mark.parametrize(
    "text",
    [
        # not first on its line, no full stop, or nothing after it in its paragraph
        "Titulares. Detenciones. La Fiscalía informó de doce arrestos.",
        "Titulares\n\nDetenciones: la Fiscalía informó de doce arrestos.",
        "Titulares\n\nDetenciones.\n\nLa Fiscalía informó de doce arrestos.",
    ],
)
def test_not_item_headings(text: str) -> None:
    a = text.index("Detenciones")
    b = text.index(".", a) + 1 if "Detenciones." in text else text.index(":", a) + 1
    assert not places._heading(text, (a, b))


def test_an_item_heading_takes_its_items_place(mentions: Callable[..., list[Mention]]) -> None:
    text = (
        "Resumen de la mañana\n\n"
        "Bloqueo en Ilave. Los comuneros cerraron otra vez la carretera con piedras.\n\n"
        "Detenidos. La Fiscalía informó que fueron aprehendidas 14 personas en Juliaca."
    )
    events = mentions(text, "es")
    heading = [e for e in events if e.trigger.text.lower().startswith("detenidos")]
    for e in heading:
        assert e.location is not None and e.location.name == "Juliaca"


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "PUNO — Los comuneros cerraron la vía en Ilave. La Fiscalía informó que son ya "
            "20 las personas aprehendidas por los hechos de Juliaca.",
            "es",
            "aprehendidas",
        ),
        (
            "PUNO, Peru — Villagers blocked the road at Ilave. Prosecutors said 15 people "
            "had been arrested for the events in Juliaca, most of them flown to Lima.",
            "en",
            "arrested",
        ),
    ],
)
def test_people_are_held_where_the_incidents_were(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str
) -> None:
    assert _where(mentions(text, language), word)[0] == "Juliaca"


def test_a_march_over_the_incidents_stays_in_the_story(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: a march about the incidents of another town is not held there
    text = (
        "PUNO — Cientos de estudiantes marcharon por la ciudad. Después, los gremios "
        "marcharon en rechazo a los hechos de Juliaca."
    )
    events = mentions(text, "es")
    assert all(e.location is None or e.location.name != "Juliaca" for e in events)


def test_a_town_told_by_its_kind_and_region(mentions: Callable[..., list[Mention]]) -> None:
    text = (
        "Bolivia: crisis en Uncía\n\n"
        "La localidad minera del norte de Potosí amaneció con bloqueos de comunarios "
        "que exigen la renuncia del alcalde."
    )
    events = [e for e in mentions(text, "es") if "bloqueo" in e.trigger.text]
    assert events and events[0].location is not None
    assert events[0].location.name == "Uncía"
    assert events[0].location.text == "La localidad minera del norte de Potosí"


def test_a_town_of_the_region_not_told_before(mentions: Callable[..., list[Mention]]) -> None:
    # near miss: "una localidad" tells no town the story named
    text = (
        "Bolivia: crisis en Uncía\n\n"
        "Una localidad del norte de Potosí amaneció con bloqueos de comunarios que exigen la "
        "renuncia del alcalde."
    )
    name, _ = _where(mentions(text, "es"), "bloqueo")
    assert name != "Uncía"


def test_a_state_of_emergency_in_doubt_in_the_capital(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "LIMA, Peru — Riot police fired tear gas at thousands of protesters in Lima on "
        "Thursday.\n\nMinisters said the government could declare a state of emergency."
    )
    assert _where(mentions(text, "en"), "emergency")[0] == "Lima"


def test_a_state_of_emergency_in_doubt_elsewhere_is_the_countrys(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the story is in a town that is not the seat of government
    text = (
        "JULIACA, Peru — Riot police fired tear gas at thousands of protesters in Juliaca on "
        "Thursday.\n\nMinisters said the government could declare a state of emergency."
    )
    assert _where(mentions(text, "en"), "emergency")[0] == "Peru"


def test_mexican_states_by_their_common_names(mentions: Callable[..., list[Mention]]) -> None:
    text = "MORELIA — Cientos de maestros marcharon el lunes por el centro de Morelia."
    assert _where(mentions(text, "es"), "marcharon")[1] == "Michoacán"


@pytest.mark.parametrize(
    ("text", "language", "word", "shown"),
    [
        (
            "CALI, Colombia — Riot police in Cali fired tear gas in the north of the city "
            "on Saturday.",
            "en",
            "tear gas",
            "the north of the city",
        ),
        (
            "CALI — Cientos de jóvenes protestaron en Cali y la Policía disparó gases "
            "lacrimógenos en el centro de la ciudad.",
            "es",
            "disparó",
            "el centro de la ciudad",
        ),
    ],
)
def test_the_events_own_phrase_for_the_town(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, shown: str
) -> None:
    for e in mentions(text, language):
        if word in e.trigger.text:
            assert e.location is not None
            assert (e.location.text, e.location.name) == (shown, "Cali")
            return
    raise AssertionError(f"no event with {word!r}")


@pytest.mark.parametrize(
    "text",
    [
        # the phrase is no town's (a site may be another town's), or not the event's own
        "CALI — Police fired tear gas in Cali on Friday, and later clashed with youths at "
        "the airport.",
        "CALI — Police fired tear gas in Cali on Friday; the mayor said the city would recover.",
    ],
)
def test_no_phrase_of_the_events_own(mentions: Callable[..., list[Mention]], text: str) -> None:
    fired = [e for e in mentions(text, "en") if "tear gas" in e.trigger.text]
    assert fired and fired[0].location is not None
    assert fired[0].location.text == "Cali"
