"""Headlines read alone (a news-search feed item, a headline that is its own paragraph).

Our own headlines, Spanish and English, in the forms feeds carry: "X: Y", "Y, dice Z", the
present tense, an opening infinitive, no article. Each gives what a coder would write from the
headline alone, or nothing when it names no event (a debate, an opinion).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

Run = Callable[..., list[Mention]]


def _types(events: list[Mention]) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.factuality) for e in events]


RIOT = ("Violent demonstration", "asserted")


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        ("Enfrentamientos dejan 12 muertos en Ilave.", "es", 12),
        ("Huancané: enfrentamientos dejan cuatro fallecidos cerca del puente", "es", 4),
        ("Seis muertos en choques en Azángaro", "es", 6),
        ("Choques en Macusani: nueve muertos", "es", 9),
        ("Clashes leave 11 dead in Ilave.", "en", 11),
        ("Nine people were killed in clashes in Azángaro.", "en", 9),
        ("Six killed in Macusani clashes", "en", 6),
        ("Bolivia: clashes kill 14 near the refinery", "en", 14),
    ],
)
def test_a_bare_clash_with_its_dead_is_a_violent_demonstration(
    mentions: Run, text: str, language: str, killed: int
) -> None:
    events = mentions(text, language)
    assert _types(events) == [RIOT]
    assert events[0].killed is not None and events[0].killed.value == killed


def test_a_bare_clash_told_by_a_source_is_reported(mentions: Run) -> None:
    events = mentions("Clashes in Ilave leave five dead, officials say", "en")
    assert _types(events) == [("Violent demonstration", "reported")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # who fought is named: the rules on parties decide, and gangs are no crowd
        ("Enfrentamientos entre bandas dejan tres muertos en Chiclayo", "es"),
        ("Gang clashes leave three dead in Chiclayo", "en"),
        # a clash with no dead or wounded is no headline event of its own
        ("Enfrentamientos en Ilave", "es"),
        ("Analysis: what the clashes in Ilave mean for the government", "en"),
    ],
)
def test_a_clash_with_its_parties_or_without_dead_is_not_a_riot(
    mentions: Run, text: str, language: str
) -> None:
    assert RIOT not in _types(mentions(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Enfrentamientos con narcoterroristas dejan dos soldados muertos en el Vraem", "es"),
        ("Soldiers and rebels clash in the jungle, two dead", "en"),
        ("Clashes with Shining Path remnants leave four soldiers dead", "en"),
    ],
)
def test_a_clash_in_armed_conflict_stays_a_battle(mentions: Run, text: str, language: str) -> None:
    assert [e.sub_event_type for e in mentions(text, language)] == ["Armed clash"]


def test_an_armed_group_elsewhere_in_the_text_keeps_a_bare_clash_off_the_riots(
    mentions: Run,
) -> None:
    text = (
        "Remanentes de Sendero Luminoso emboscaron a una patrulla.\n\n"
        "Enfrentamientos dejan dos muertos en el valle."
    )
    assert RIOT not in _types(mentions(text, "es"))


@pytest.mark.parametrize(
    ("text", "language", "sub"),
    [
        ("Detienen a 15 estudiantes en el centro de Arequipa", "es", "Arrests"),
        ("Policía detiene a un dirigente cocalero en Quillabamba", "es", "Arrests"),
        ("Renuncia el ministro de Defensa tras las muertes", "es", "Other"),
        ("Police arrest 25 students in Cusco", "en", "Arrests"),
        ("Government imposes curfew in Juliaca", "en", "Other"),
        ("Policía dispersa plantón frente al Congreso", "es", "Protest with intervention"),
    ],
)
def test_a_present_tense_headline_tells_a_past_event(
    mentions: Run, text: str, language: str, sub: str
) -> None:
    assert (sub, "asserted") in _types(mentions(text, language))


@pytest.mark.parametrize(
    ("text", "language", "category", "value"),
    [
        ("Detienen a 15 estudiantes en el centro", "es", "detained", 15),
        ("Matan a tres mineros en Pataz", "es", "killed", 3),
        ("Police kill two demonstrators in Ayacucho", "en", "killed", 2),
        ("Police arrest 25 students in Cusco", "en", "detained", 25),
    ],
)
def test_a_present_tense_verb_counts_its_figure(
    mentions: Run, text: str, language: str, category: str, value: int
) -> None:
    events = mentions(text, language)
    counts = [getattr(e, category) for e in events]
    assert any(c is not None and c.value == value for c in counts)


def test_a_reflexive_stop_is_no_arrest(mentions: Run) -> None:
    events = mentions("El comercio se detiene cuando cierran las carreteras.", "es")
    assert "Arrests" not in [e.sub_event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Detener a los responsables de las muertes, exige la Defensoría",
        "Capturar a los autores del ataque, ordena la fiscal",
    ],
)
def test_an_opening_infinitive_urges_what_it_names(mentions: Run, text: str) -> None:
    events = mentions(text, "es")
    assert events
    assert {e.factuality for e in events} == {"called_for"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Manifestantes toman aeropuerto de Jauja, dice la policía", "es"),
        ("Protesters storm airport in Jauja, police say", "en"),
    ],
)
def test_an_airport_taken_without_an_article_is_a_riot(
    mentions: Run, text: str, language: str
) -> None:
    assert ("Violent demonstration", "reported") in _types(mentions(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Congreso debate adelanto de elecciones", "es"),
        ("Opinión: ¿por qué el Congreso no adelanta las elecciones?", "es"),
        ("Debate: should the country hold early elections?", "en"),
        ("Editorial: the deaths in Ilave demand answers", "en"),
        ("Exigen la renuncia a la presidenta", "es"),
    ],
)
def test_a_debate_or_an_opinion_is_no_event(mentions: Run, text: str, language: str) -> None:
    assert [e for e in mentions(text, language) if e.factuality == "asserted"] == []


def test_a_headline_with_a_place_before_the_colon_has_no_day(mentions: Run) -> None:
    events = mentions("Ilave: enfrentamientos dejan cuatro muertos", "es")
    assert _types(events) == [RIOT]
    assert events[0].date is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Protestas dejan cuatro muertos en Ilave", "es"),
        ("Movilizaciones en Azángaro dejan dos muertos y 15 heridos", "es"),
        ("Protests leave five dead in the south", "en"),
        ("Protests kill 4 in Ilave", "en"),
    ],
)
def test_the_dead_a_demonstration_leaves_are_no_peaceful_protest(
    mentions: Run, text: str, language: str
) -> None:
    assert [e.sub_event_type for e in mentions(text, language)] == [
        "Excessive force against protesters"
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Marcha por los tres muertos de Ilave deja la plaza llena", "es"),
        ("Protest over the killing of 4 farmers leaves the square full", "en"),
    ],
)
def test_the_dead_a_demonstration_is_about_are_not_its_toll(
    mentions: Run, text: str, language: str
) -> None:
    assert "Excessive force against protesters" not in [
        e.sub_event_type for e in mentions(text, language)
    ]


@pytest.mark.parametrize(
    ("text", "language", "fact"),
    [
        ("Docentes anuncian huelga indefinida desde el lunes", "es", "planned"),
        ("Transportistas anuncian paro para el jueves", "es", "planned"),
        ("Teachers' union calls nationwide strike for Friday", "en", "called_for"),
        ("Miners announce general strike for Monday", "en", "planned"),
    ],
)
def test_a_headline_that_announces_or_calls_is_no_past_event(
    mentions: Run, text: str, language: str, fact: str
) -> None:
    events = mentions(text, language)
    assert [e.factuality for e in events] == [fact]
    assert events[0].date is not None and events[0].date.value > dt.date(2023, 1, 10)


def test_a_present_tense_vote_is_told(mentions: Run) -> None:
    events = mentions("Congreso aprueba adelanto de elecciones para abril", "es")
    assert [(e.sub_event_type, e.factuality) for e in events] == [("Other", "asserted")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Defensoría: 12 muertos en enfrentamientos en Ilave", "es"),
        ("Ombudsman's office: 12 killed in clashes in Ilave", "en"),
        ("Police: 30 arrested after protest in Cusco", "en"),
    ],
)
def test_a_body_before_the_colon_reports_the_headline(
    mentions: Run, text: str, language: str
) -> None:
    events = mentions(text, language)
    assert events
    assert {e.factuality for e in events} == {"reported"}


def test_a_place_before_the_colon_reports_nothing(mentions: Run) -> None:
    events = mentions("Ilave: enfrentamientos dejan cuatro muertos", "es")
    assert [e.factuality for e in events] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Levantan paro en Ilave tras acuerdo con el Gobierno", "es"),
        ("Transportistas suspenden huelga en Arequipa", "es"),
        ("Strike lifted in Ilave after deal with government", "en"),
        ("Truckers call off strike in Arequipa", "en"),
    ],
)
def test_a_strike_lifted_without_an_article_is_a_change_of_activity(
    mentions: Run, text: str, language: str
) -> None:
    assert "Change to group/activity" in [e.sub_event_type for e in mentions(text, language)]


def test_injured_as_clashes_erupt_is_a_riot(mentions: Run) -> None:
    events = mentions("At least 30 injured as clashes erupt in Ilave", "en")
    assert _types(events) == [RIOT]


@pytest.mark.parametrize(
    "text",
    ["Boluarte renuncia a la presidencia", "La gobernadora renuncia al cargo tras las muertes"],
)
def test_a_present_tense_resignation_from_an_office(mentions: Run, text: str) -> None:
    assert ("Other", "asserted") in _types(mentions(text, "es"))


@pytest.mark.parametrize(
    "text",
    [
        "El Gobierno no renuncia al diálogo con las regiones",
        "El alcalde renuncia a la reelección del gremio",
        "Exigieron su renuncia a la presidencia",
    ],
)
def test_giving_up_something_else_or_a_demanded_resignation_is_none(
    mentions: Run, text: str
) -> None:
    assert ("Other", "asserted") not in _types(mentions(text, "es"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bloquear las carreteras no es la solución, dice el premier", "es"),
        ("Tomar locales es un delito, advierte el ministro", "es"),
        ("Blocking highways is not the answer, minister says", "en"),
        ("Striking is a right, says the ombudsman", "en"),
    ],
)
def test_an_activity_judged_in_the_subject_is_no_event(
    mentions: Run, text: str, language: str
) -> None:
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Protesting farmers are blocking roads in Ica", "en"),
        ("Marchar por la paz: miles salen a las calles en Arequipa", "es"),
    ],
)
def test_an_activity_told_is_still_an_event(mentions: Run, text: str, language: str) -> None:
    assert _types(mentions(text, language)) == [("Peaceful protest", "asserted")]
