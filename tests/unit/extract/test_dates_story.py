"""Which day an event word gets from its sentence and from the story around it: days counted
from other days (shifts), live-blog entries under a head that names the day, ongoing events."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.extract.dates import (
    after_clauses,
    choose_event_date,
    compile_dates,
    read_dates,
    told_before,
)
from veeduria.models import Document

D = dt.date


@pytest.fixture(scope="module")
def rules():
    return {lang: compile_dates(lang) for lang in ("es", "en")}


def _trigger(text: str, word: str) -> tuple[int, int]:
    at = text.index(word)
    return at, at + len(word)


def _events(resources, text, language, published):
    doc = Document(id="t", text=text, language=language, published=published)
    return extract(doc, resources).events


# --- shifts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "texts", "days"),
    [
        (
            "es",
            "Doce días después de la balacera y ocho después del desbloqueo, nadie fue citado.",
            ["Doce días después de", "ocho después del"],
            [-12, -8],
        ),
        (
            "en",
            "Three weeks after the shooting and two after the funeral, the families marched.",
            ["Three weeks after", "two after"],
            [-21, -14],
        ),
        ("es", "Un mes antes de la marcha y dos antes del paro, hubo reuniones.", None, [1, 2]),
    ],
)
def test_a_second_amount_shares_the_unit_of_the_shift_before_it(rules, lang, text, texts, days):
    shifts = read_dates(text, 0, len(text), D(2023, 3, 1), rules[lang]).shifts
    if texts is not None:
        assert [s.text for s in shifts] == texts
    base = D(2023, 3, 1)
    got = [s.apply(base) for s in shifts]
    if lang == "es" and texts is None:  # months
        assert got == [D(2023, 4, 1), D(2023, 5, 1)]
    else:
        assert got == [base + dt.timedelta(days=d) for d in days]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The protesters left one after another."),
        ("es", "Los detenidos salieron uno después de otro."),
        ("en", "He spoke first; two after him were silent."),
    ],
)
def test_an_amount_without_unit_needs_a_shift_before_it(rules, lang, text):
    assert read_dates(text, 0, len(text), D(2023, 3, 1), rules[lang]).shifts == []


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        (
            "es",
            "Doce días después de la balacera en el puente, las preguntas siguen sin respuesta.",
            "balacera",
            D(2019, 11, 15),
        ),
        (
            "es",
            "Doce días después de la balacera y ocho después del desbloqueo de la planta, "
            "las familias piden justicia.",
            "desbloqueo",
            D(2019, 11, 19),
        ),
        (
            "en",
            "A week after police cleared the square, the city is calm again.",
            "cleared",
            D(2019, 11, 20),
        ),
    ],
)
def test_a_governing_shift_with_no_other_day_counts_from_publication(
    rules, lang, text, word, value
):
    published = D(2019, 11, 27)
    found = read_dates(text, 0, len(text), published, rules[lang])
    choice = choose_event_date(
        found.past, found.future, _trigger(text, word), text, published, shifts=found.shifts
    )
    assert choice.date is not None
    assert (choice.date.value, choice.source) == (value, "aside")
    assert choice.anchor is None  # the day of writing is not where the story is


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        ("es", "Dos días después del 2 de enero, miles marcharon.", "marcharon", D(2023, 1, 4)),
        ("en", "Two days after January 2, thousands marched.", "marched", D(2023, 1, 4)),
        ("es", "Tres días antes del 9 de enero, hubo un paro.", "paro", D(2023, 1, 6)),
    ],
)
def test_a_shift_before_a_named_day_counts_from_it_as_written(rules, lang, text, word, value):
    published = D(2023, 1, 11)
    found = read_dates(text, 0, len(text), published, rules[lang])
    choice = choose_event_date(
        found.past, found.future, _trigger(text, word), text, published, shifts=found.shifts
    )
    assert choice.date is not None and choice.date.value == value


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        (
            "en",
            "On Tuesday, a general strike paralysed the ports. "
            "The parties agreed early on Friday to hold a referendum. "
            "A week earlier, a student was blinded by police pellets in the capital.",
            "blinded",
            D(2019, 11, 8),
        ),
        (
            "es",
            "El martes, un paro nacional paralizó los puertos. "
            "Los partidos firmaron el viernes un acuerdo para convocar un plebiscito. "
            "Una semana antes, un estudiante fue cegado por perdigones de la policía.",
            "perdigones",
            D(2019, 11, 8),
        ),
    ],
)
def test_a_shift_counts_from_the_last_day_told_even_without_an_event(
    resources, lang, text, word, value
):
    events = _events(resources, text, lang, D(2019, 11, 16))
    dated = {m.trigger.text: m.date.value for m in events if m.date is not None}
    assert dated[next(t for t in dated if t.startswith(word))] == value


# --- days written in words -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El seis de diciembre hubo un paro en Quito.", [D(2019, 12, 6)]),
        ("Marcharon el veintiocho de julio.", [D(2019, 7, 28)]),
        ("Desde el treinta y uno de octubre rige el toque de queda.", [D(2019, 10, 31)]),
        # a street, avenue or square named after a day is a place
        ("Hubo detenidos en la avenida Seis de Diciembre y el parque El Arbolito.", []),
        ("Bloquearon la avenida Veintiocho de Julio.", []),
        ("Tres de los detenidos fueron liberados.", []),
    ],
)
def test_a_spanish_day_in_words(rules, text, expected):
    found = read_dates(text, 0, len(text), D(2019, 12, 20), rules["es"])
    assert [d.value for d in found.past] == expected


# --- live blogs --------------------------------------------------------------------------------


def test_live_entries_under_a_head_that_names_the_day_tell_of_that_day(resources):
    text = (
        "Minuto a minuto de lo ocurrido en la ciudad tras la jornada del viernes 28 de mayo.\n\n"
        "07:25 Según la Fiscalía, un hombre fue golpeado hasta la muerte por una turba.\n\n"
        "08:00 En el sur, hombres vestidos de civil dispararon contra manifestantes.\n\n"
        "09:40 La Policía detuvo hoy a otros diez manifestantes en el centro."
    )
    events = _events(resources, text, "es", D(2021, 5, 29))
    dated = {m.trigger.text: m.date.value for m in events if m.date is not None}
    assert dated["dispararon"] == D(2021, 5, 28)
    assert dated[next(t for t in dated if t.startswith("golpeado"))] == D(2021, 5, 28)
    assert dated["detuvo"] == D(2021, 5, 29)  # its own day


def test_live_entries_without_a_dated_head_tell_of_the_day_they_are_posted(resources):
    text = (
        "Follow our live coverage of the protests.\n\n"
        "18:05 - Police fired tear gas at protesters outside the university.\n\n"
        "20:10 - A man was beaten by a crowd at the intersection."
    )
    events = _events(resources, text, "en", D(2021, 5, 28))
    assert {m.date.value for m in events if m.date is not None} == {D(2021, 5, 28)}


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        (
            "es",
            "La capital amaneció este domingo bajo toque de queda, después de una jornada en "
            "la que encapuchados incendiaron el edificio de la Contraloría.",
            "incendiaron",
            D(2019, 10, 12),
        ),
        (
            "es",
            "Lima amaneció el martes en calma tras una noche de saqueos en el centro.",
            "saqueos",
            D(2019, 10, 7),
        ),
        (
            "en",
            "The city woke up calm on Sunday after a night of rioting in which protesters "
            "looted shops.",
            "looted",
            D(2019, 10, 12),
        ),
    ],
)
def test_what_a_day_or_night_before_tells_is_the_day_before(rules, lang, text, word, value):
    published = D(2019, 10, 13)
    found = read_dates(text, 0, len(text), published, rules[lang])
    choice = choose_event_date(
        found.past, found.future, _trigger(text, word), text, published, shifts=found.shifts
    )
    assert choice.date is not None and choice.date.value == value


# --- a source's account of an incident ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        (
            "es",
            "Diecisiete personas murieron el lunes en enfrentamientos con la Policía en Juliaca. "
            "Horas después, la madrugada del martes, un policía murió calcinado dentro de su "
            "patrullero. La Policía sostuvo que los manifestantes atacaron a los agentes con "
            "piedras y hondas.",
            "atacaron",
            D(2023, 1, 9),
        ),
        (
            "en",
            "A grenade exploded outside a bank in Trujillo on Tuesday night. On Wednesday, "
            "hundreds of people marched through the city centre. Police denied reports that a "
            "second grenade had been thrown at a school.",
            "grenade had",
            D(2023, 1, 10),
        ),
    ],
)
def test_an_account_of_an_incident_takes_the_day_of_the_last_incident_of_its_kind(
    resources, lang, text, word, value
):
    events = _events(resources, text, lang, D(2023, 1, 11))
    at = text.index(word)
    (m,) = [m for m in events if m.trigger.span[0] <= at < m.trigger.span[1] + 12]
    assert m.date is not None and m.date.value == value


def test_an_asserted_event_without_a_day_takes_the_day_the_story_is_at(resources):
    text = (
        "Protesters clashed with police in Juliaca on Monday. On Tuesday, a new clash broke "
        "out at the airport. Protesters hurled stones at officers."
    )
    events = _events(resources, text, "en", D(2023, 1, 11))
    dated = {m.trigger.text: m.date.value for m in events if m.date is not None}
    assert dated[next(t for t in dated if t.startswith("hurled"))] == D(2023, 1, 10)


# --- a clause that looks back ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        (
            "en",
            "Police raided the campus early Saturday and detained 193 people. The ministry said "
            "the operation had been ordered after students occupied the campus on Wednesday. "
            "Riot police fired tear gas at relatives outside the campus.",
            "tear gas",
            D(2023, 1, 21),
        ),
        (
            "es",
            "La Policía desalojó el sábado el campus y detuvo a 193 personas. El ministerio dijo "
            "que la intervención fue ordenada después de que los estudiantes tomaron el campus "
            "el miércoles. Los agentes lanzaron gases lacrimógenos contra los familiares.",
            "gases lacrimógenos",
            D(2023, 1, 21),
        ),
    ],
)
def test_a_day_told_after_after_does_not_take_the_story_back(resources, lang, text, word, value):
    events = _events(resources, text, lang, D(2023, 1, 22))
    at = text.index(word)
    dated = [m for m in events if m.trigger.span[0] <= at < m.trigger.span[1] + 3]
    assert dated and dated[0].date is not None and dated[0].date.value == value
    if lang == "en":  # the look back keeps its own day ("occupied" on Wednesday)
        assert any(m.date is not None and m.date.value == D(2023, 1, 18) for m in events)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # no earlier day told: the clause sets the story's day
        ("en", "After protesters blocked the bridge on Monday, police arrived.", True),
        # the date is not in the clause "after" opens
        ("en", "Police fired tear gas on Monday, after a long standoff.", False),
        ("es", "Los comuneros marcharon el lunes, luego de una asamblea.", False),
    ],
)
def test_told_before_needs_the_date_inside_the_clause(rules, lang, text, value):
    found = read_dates(text, 0, len(text), D(2023, 1, 11), rules[lang])
    (date,) = found.past
    word = {"en": "blocked" if "blocked" in text else "tear gas", "es": "marcharon"}[lang]
    clauses = after_clauses(text, 0, len(text), rules[lang])
    assert told_before(date, _trigger(text, word), clauses) is value


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        (
            "es",
            "La intervención fue ordenada por la Fiscalía después de que los estudiantes "
            "tomaron el campus el miércoles.",
            "intervención",
            (D(2023, 1, 11), "after"),
        ),
        (
            "en",
            "The raid was ordered by prosecutors after students occupied the campus on Wednesday.",
            "raid",
            (D(2023, 1, 11), "after"),
        ),
        (
            "en",
            "Police cleared the road on Friday after protesters blocked it on Wednesday.",
            "cleared",
            (D(2023, 1, 6), "own"),
        ),
    ],
)
def test_a_day_in_an_after_clause_is_not_the_main_event_day(rules, lang, text, word, value):
    published = D(2023, 1, 11)
    found = read_dates(text, 0, len(text), published, rules[lang])
    choice = choose_event_date(
        found.past,
        found.future,
        _trigger(text, word),
        text,
        published,
        after=after_clauses(text, 0, len(text), rules[lang]),
    )
    # the day of what came before bounds the event: on it or later (DateTrail takes the
    # story's day when that is not earlier)
    assert choice.date is not None and (choice.date.value, choice.source) == value
