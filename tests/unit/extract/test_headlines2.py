"""Headlines in capitals or with no verb, clashes with the forces and no protest word, and the
town of a second figure of dead (branch extract-headlines2).

Every sentence is our own wording, Spanish and English, with the near misses that must not fire:
a singular firefight with criminals, another side named, a site's menu, a section's label.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veeduria.models import Mention

Run = Callable[..., list[Mention]]


def _types(events: list[Mention]) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.factuality) for e in events]


def _places(events: list[Mention]) -> list[str | None]:
    return [e.location.name if e.location else None for e in events]


RIOT = ("Violent demonstration", "asserted")


# --- clashes with the forces, told with their dead, no protest word -----------------------


@pytest.mark.parametrize(
    ("text", "language", "killed", "place"),
    [
        ("Tres personas murieron en enfrentamientos con la policía en Ilave", "es", 3, "Ilave"),
        ("Enfrentamientos con la policía dejan cuatro muertos en Macusani", "es", 4, "Macusani"),
        ("Cinco fallecidos en choques con policías y militares en Huanta", "es", 5, "Huanta"),
        (
            "Dos comuneros murieron en enfrentamientos con la policía en Azángaro",
            "es",
            2,
            "Azángaro",
        ),
        ("Three people were killed in clashes with police in Ilave", "en", 3, "Ilave"),
        ("Clashes with riot police leave four dead in Macusani", "en", 4, "Macusani"),
        ("Five people died in clashes with security forces in Huanta", "en", 5, "Huanta"),
    ],
)
def test_clashes_with_the_forces_and_their_dead_are_a_violent_demonstration(
    mentions: Run, text: str, language: str, killed: int, place: str
) -> None:
    events = mentions(text, language)
    assert _types(events) == [RIOT]
    assert events[0].killed is not None and events[0].killed.value == killed
    assert _places(events) == [place]
    assert events[0].actor1 is not None and events[0].actor1.name == "Rioters (Peru)"
    assert events[0].actor2 is not None and events[0].actor2.name == "Police Forces of Peru"


def test_clashes_with_the_forces_told_by_a_source_are_reported(mentions: Run) -> None:
    events = mentions("Six killed in clashes with police in Huanta, officials say", "en")
    assert _types(events) == [("Violent demonstration", "reported")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # one firefight, the criminals' ("un enfrentamiento", "a shootout"): no crowd
        ("Dos asaltantes murieron en un enfrentamiento con la policía en Comas", "es"),
        ("Two robbers died in a clash with police in Comas", "en"),
        ("Two suspected robbers were killed in a shootout with police in Comas", "en"),
        # another side named before the clash word: the rules on parties
        ("Gang clashes with police leave three dead in Trujillo", "en"),
        # no dead or wounded: no event of its own
        ("Nuevos enfrentamientos con la policía en Ilave", "es"),
    ],
)
def test_near_misses_of_clashes_with_the_forces(mentions: Run, text: str, language: str) -> None:
    assert [e for e in mentions(text, language) if e.event_type == "Riots"] == []


def test_clashes_with_troops_and_rebels_stay_a_battle(mentions: Run) -> None:
    events = mentions(
        "Dos senderistas murieron en enfrentamientos con militares en Llochegua", "es"
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_text_that_names_an_armed_group_has_no_crowd_clash(mentions: Run) -> None:
    text = (
        "Dos personas murieron en enfrentamientos con la policía en Llochegua. "
        "La zona es un bastión de Sendero Luminoso."
    )
    assert [e for e in mentions(text, "es") if e.event_type == "Riots"] == []


# --- headlines in capitals ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "killed", "place"),
    [
        ("SIX KILLED IN HUANTA CLASHES", "en", 6, "Huanta"),
        ("CLASHES WITH POLICE LEAVE FOUR DEAD IN MACUSANI", "en", 4, "Macusani"),
        ("ENFRENTAMIENTOS DEJAN CINCO MUERTOS EN ILAVE", "es", 5, "Ilave"),
        ("TRES MUERTOS EN ENFRENTAMIENTOS CON LA POLICÍA EN AZÁNGARO", "es", 3, "Azángaro"),
    ],
)
def test_a_headline_in_capitals_codes_its_clash(
    mentions: Run, text: str, language: str, killed: int, place: str
) -> None:
    events = mentions(text, language)
    assert _types(events) == [RIOT]
    assert events[0].killed is not None and events[0].killed.value == killed
    assert _places(events) == [place]


@pytest.mark.parametrize(
    ("text", "language", "sub", "factuality", "place"),
    [
        (
            "HUELGA DE DOCENTES EN CUSCO: CIERRAN COLEGIOS",
            "es",
            "Peaceful protest",
            "asserted",
            "Cusco",
        ),
        ("CONVOCAN PARO REGIONAL EN TACNA", "es", "Peaceful protest", "called_for", "Tacna"),
        (
            "MARCHAS EN AREQUIPA CONTRA EL CONGRESO",
            "es",
            "Peaceful protest",
            "asserted",
            "Arequipa",
        ),
        (
            "NURSES' STRIKE ENTERS THIRD DAY IN AREQUIPA",
            "en",
            "Peaceful protest",
            "asserted",
            "Arequipa",
        ),
    ],
)
def test_a_headline_in_capitals_codes_what_it_names(
    mentions: Run, text: str, language: str, sub: str, factuality: str, place: str
) -> None:
    events = mentions(text, language)
    assert _types(events) == [(sub, factuality)]
    assert _places(events) == [place]


# --- menus and labels ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Portada | Regiones | Protestas | Cultura\n\nEl ministro habló con la prensa.", "es"),
        ("Noticias · Perú · Huelgas\n\nEl ministro habló con la prensa.", "es"),
        ("Home › News › Strikes › Americas\n\nThe minister spoke on Tuesday.", "en"),
        ("MARCHAS\n\nEl ministro habló con la prensa.", "es"),
        ("Las protestas\n\nEl ministro habló con la prensa.", "es"),
        ("Strikes\n\nThe minister spoke on Tuesday.", "en"),
    ],
)
def test_a_menu_or_a_section_label_is_no_event(mentions: Run, text: str, language: str) -> None:
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        # a kicker before its headline: two items, one long
        ("Tacna | Protestas dejan dos muertos en Tacna\n\nEl ministro habló.", "es", "Tacna"),
        # a headline says more than its event word
        ("Paro en Tacna\n\nEl ministro habló con la prensa.", "es", "Tacna"),
        # a named demonstration alone on its line names its town
        ("Marcha de los Cuatro Suyos.\n\nEl ministro habló con la prensa.", "es", None),
    ],
)
def test_a_headline_or_a_named_event_on_its_line_stays(
    mentions: Run, text: str, language: str, place: str | None
) -> None:
    events = mentions(text, language)
    assert len(events) == 1
    if place is not None:
        assert _places(events) == [place]


# --- a second figure of dead in another town ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "towns", "killed"),
    [
        (
            "Dos manifestantes murieron en Ilave y tres más en la provincia de Azángaro",
            "es",
            ["Ilave", "Azángaro"],
            [2, 3],
        ),
        (
            "Two protesters died in Ilave and three more in the district of Macusani",
            "en",
            ["Ilave", "Macusani"],
            [2, 3],
        ),
        (
            "Four protesters died in Huanta and two more in the province of Azangaro",
            "en",
            ["Huanta", "Azángaro"],
            [4, 2],
        ),
        (
            "Un manifestante murió en el distrito de Ilave y otro más murió en el distrito de Macusani",
            "es",
            ["Ilave", "Macusani"],
            [1, 1],
        ),
    ],
)
def test_a_second_figure_in_a_town_named_with_its_kind_is_placed_there(
    mentions: Run, text: str, language: str, towns: list[str], killed: list[int]
) -> None:
    events = mentions(text, language)
    assert _places(events) == towns
    assert [e.killed.value if e.killed else None for e in events] == killed


def test_a_second_figure_of_wounded_is_no_second_incident_of_dead(mentions: Run) -> None:
    events = mentions("Two protesters died in Ilave and three more were hurt in Macusani", "en")
    assert _places(events) == ["Ilave"]


def test_a_second_figure_at_a_site_of_the_town_is_no_town_of_its_own(mentions: Run) -> None:
    events = mentions("Two protesters died in Ilave and three more at the bridge of Macusani", "en")
    assert _places(events) == ["Ilave"]


# --- a clash told as deadly, its dead not counted ------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Deadly clashes in Macusani", "en", "Macusani"),
        ("DEADLY CLASHES IN MACUSANI", "en", "Macusani"),
        ("Bloody clashes with police in Huanta", "en", "Huanta"),
        ("Enfrentamientos mortales en Ilave", "es", "Ilave"),
        ("Sangrientos enfrentamientos con la policía en Azángaro", "es", "Azángaro"),
    ],
)
def test_a_clash_told_as_deadly_is_a_violent_demonstration(
    mentions: Run, text: str, language: str, place: str
) -> None:
    events = mentions(text, language)
    assert _types(events) == [RIOT]
    assert _places(events) == [place]
    assert events[0].killed is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Clashes in Macusani", "en"),  # no dead told
        ("Deadly gang clashes in Trujillo", "en"),  # another side named
        ("A deadly clash with police in Comas", "en"),  # one firefight
        ("Enfrentamientos en Ilave", "es"),
    ],
)
def test_near_misses_of_a_deadly_clash(mentions: Run, text: str, language: str) -> None:
    assert [e for e in mentions(text, language) if e.event_type == "Riots"] == []


# --- an English headline's "to": a future --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nurses to strike in Arequipa",
        "Miners in Puno to march on Lima",
        "Truckers to block the Panamericana Sur from Monday",
    ],
)
def test_an_english_headline_to_is_planned(mentions: Run, text: str) -> None:
    assert [e.factuality for e in mentions(text, "en")] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        # a verb before "to": told as done now
        "Nurses continue to strike in Arequipa",
        "Police use tear gas to disperse nurses in Arequipa",
        # a sentence, not a headline: the full stop, or a line after the first
        "Nurses to strike in Arequipa.",
        "The union met on Monday.\nNurses to strike in Arequipa",
    ],
)
def test_near_misses_of_a_headline_to(mentions: Run, text: str) -> None:
    assert "planned" not in [e.factuality for e in mentions(text, "en")]


# --- a headline that names the end of a protest -------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nurses' strike ends in Arequipa", "en"),
        ("End of the blockade in Macusani", "en"),
        ("Fin del paro en Ilave", "es"),
        ("Termina la huelga de enfermeras en Arequipa", "es"),
        ("Tregua en Ilave: suspenden bloqueos", "es"),
    ],
)
def test_a_headline_naming_the_end_is_a_change_of_activity(
    mentions: Run, text: str, language: str
) -> None:
    assert [e.sub_event_type for e in mentions(text, language)] == ["Change to group/activity"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Clinics will stay shut until the strike ends in Arequipa", "en"),
        ("El Gobierno exige el fin del paro en Ilave", "es"),
    ],
)
def test_an_end_waited_for_or_demanded_is_no_change(
    mentions: Run, text: str, language: str
) -> None:
    assert [
        e
        for e in mentions(text, language)
        if e.sub_event_type == "Change to group/activity" and e.factuality == "asserted"
    ] == []
