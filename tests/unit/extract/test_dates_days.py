"""The day of each incident in stories that tell incidents on several days: weekdays counted
from the publication day, parts of the day, the night or day before, a story that goes back
to an earlier incident and forward again, and background paragraphs with days of their own.

Every story is invented for these tests; each row gives the story, its publication day and,
for the first event word that starts with each key, the day the incident happened.
"""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract.dates import compile_dates, day_headers, entry_stamp

D = dt.date
FRI = D(2024, 3, 15)  # a Friday
SAT = D(2024, 3, 16)
MON = D(2024, 3, 18)
TUE = D(2024, 3, 19)


@pytest.fixture(scope="module")
def rules():
    return {lang: compile_dates(lang) for lang in ("es", "en")}


def _days(mentions, text, lang, published):
    """The day of each event word (the first event that starts with it keeps its day)."""
    out: dict[str, dt.date | None] = {}
    for m in mentions(text, lang, published):
        out.setdefault(m.trigger.text.lower(), m.date.value if m.date else None)
    return out


def _check(mentions, text, lang, published, expected):
    got = _days(mentions, text, lang, published)
    for word, day in expected.items():
        hits = [v for k, v in got.items() if k.startswith(word.lower())]
        assert hits, f"no event word {word!r} in {sorted(got)}"
        assert hits[0] == day, f"{word!r}: {hits[0]} (expected {day}); all: {got}"


# --- weekdays counted from the publication day -----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (  # "on Wednesday" and "Wednesday's" in a Friday story; "last Monday" of this week
            "en",
            FRI,
            "Police fired tear gas at teachers marching in Bogotá on Wednesday. "
            "Wednesday's clashes left nine officers injured, the police said.\n\n"
            "Last Monday, nurses blocked the main avenue of Cali for six hours.",
            {"tear gas": D(2024, 3, 13), "clashes": D(2024, 3, 13), "blocked": D(2024, 3, 11)},
        ),
        (  # a Monday story: the weekdays of the week before
            "en",
            MON,
            "Farmers blocked roads in three provinces on Friday.\n\n"
            "On Sunday, riot police dispersed a sit-in outside the governor's office.",
            {"blocked": D(2024, 3, 15), "dispersed": D(2024, 3, 17)},
        ),
        (  # the weekday that is today
            "en",
            FRI,
            "Thousands of students marched through Quito on Friday to demand a bigger budget.",
            {"marched": FRI},
        ),
        (
            "en",
            MON,
            "Rioters looted shops late on Friday in the port. Early Sunday, soldiers shot "
            "dead two men at a checkpoint on the coastal road.",
            {"rioters": D(2024, 3, 15), "shot": D(2024, 3, 17)},
        ),
        (
            "es",
            TUE,
            "Cientos de transportistas bloquearon este lunes la carretera Panamericana "
            "a la altura de Ica.\n\n"
            "El pasado jueves, los mototaxistas habían marchado hasta la municipalidad.",
            {"bloquearon": D(2024, 3, 18), "marchado": D(2024, 3, 14)},
        ),
        (
            "es",
            FRI,
            "En la madrugada de este jueves, desconocidos incendiaron una comisaría en Juliaca. "
            "El miércoles por la noche, la policía detuvo a catorce comuneros en la plaza.",
            {"incendiaron": D(2024, 3, 14), "detuvo": D(2024, 3, 13)},
        ),
        (  # a Monday story: "el pasado lunes" is the Monday before
            "es",
            MON,
            "Los mineros informales marcharon el pasado lunes por el centro de Arequipa, y el "
            "sábado volvieron a bloquear el puente sobre el río Chili.",
            {"marcharon": D(2024, 3, 11), "bloquear": D(2024, 3, 16)},
        ),
    ],
)
def test_weekdays_count_from_the_publication_day(mentions, lang, published, text, expected):
    _check(mentions, text, lang, published, expected)


# --- the night or day before -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (
            "en",
            FRI,
            "On Thursday, police arrested 40 people in the capital. The night before, "
            "hundreds of protesters clashed with police near the bus terminal.",
            {"arrested": D(2024, 3, 14), "clashed": D(2024, 3, 13)},
        ),
        (
            "en",
            FRI,
            "Riot police cleared the bridge on Wednesday. The day before, truckers had "
            "blocked it with burning tyres.",
            {"cleared": D(2024, 3, 13), "blocked": D(2024, 3, 12)},
        ),
        (  # closing its sentence
            "en",
            FRI,
            "Riot police stormed the campus on Wednesday. Students had occupied it the day before.",
            {"stormed": D(2024, 3, 13), "occupied": D(2024, 3, 12)},
        ),
        (  # "before" governs "the vote": no day of its own, the story's day stays
            "en",
            FRI,
            "Police fired tear gas at farmers on Thursday. Farmers blocked the road again the "
            "day before the vote, officials said.",
            {"tear gas": D(2024, 3, 14), "blocked": D(2024, 3, 14)},
        ),
        (
            "es",
            FRI,
            "Los vecinos bloquearon el jueves la avenida principal. La noche anterior, "
            "encapuchados saquearon dos tiendas.",
            {"bloquearon": D(2024, 3, 14), "saquearon": D(2024, 3, 13)},
        ),
        (
            "es",
            FRI,
            "El jueves, la policía detuvo a veinte manifestantes en Cusco. La víspera, cientos "
            "de estudiantes habían marchado hacia la plaza de Armas.",
            {"detuvo": D(2024, 3, 14), "marchado": D(2024, 3, 13)},
        ),
        (
            "es",
            FRI,
            "Los agricultores bloquearon el miércoles la vía de Evitamiento. El día anterior, "
            "la policía había desalojado a los comerciantes del mercado.",
            {"bloquearon": D(2024, 3, 13), "desalojado": D(2024, 3, 12)},
        ),
    ],
)
def test_the_night_or_day_before_is_the_day_before_the_last_day_told(
    mentions, lang, published, text, expected
):
    _check(mentions, text, lang, published, expected)


# --- going back to an earlier incident and forward again -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (
            "en",
            FRI,
            "On Thursday, miners clashed with police in Potosí, leaving one dead.\n\n"
            "Two days earlier, the miners had blocked the highway to Oruro.\n\n"
            "On Thursday evening, police detained 12 miners in the city centre.",
            {"clashed": D(2024, 3, 14), "blocked": D(2024, 3, 12), "detained": D(2024, 3, 14)},
        ),
        (
            "es",
            FRI,
            "El jueves, los cocaleros se enfrentaron con la policía en Sacaba.\n\n"
            "Tres días antes, los cocaleros habían bloqueado la carretera al oriente.\n\n"
            "El jueves por la tarde, la policía detuvo a doce dirigentes.",
            {
                "se enfrentaron": D(2024, 3, 14),
                "bloqueado": D(2024, 3, 11),
                "detuvo": D(2024, 3, 14),
            },
        ),
        (  # a lead about today, a paragraph about yesterday
            "en",
            FRI,
            "Thousands of health workers marched in Lima today to demand higher pay.\n\n"
            "Yesterday, police used water cannon against a smaller group of nurses outside "
            "the ministry.",
            {"marched": FRI, "water cannon": D(2024, 3, 14)},
        ),
        (
            "es",
            FRI,
            "Miles de docentes marcharon hoy en Lima para exigir un aumento.\n\n"
            "Ayer, la policía lanzó gases lacrimógenos contra un grupo de enfermeras frente "
            "al ministerio.",
            {"marcharon": FRI, "gases": D(2024, 3, 14)},
        ),
    ],
)
def test_a_story_goes_back_and_forward(mentions, lang, published, text, expected):
    _check(mentions, text, lang, published, expected)


# --- a background paragraph with its own day does not carry into the next paragraph --------------


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (
            "en",
            FRI,
            "Riot police cleared the blockade on the Pan-American Highway on Thursday.\n\n"
            "On January 12, the same groups had occupied the regional airport for a week.\n\n"
            "Police arrested 15 people during the operation and seized machetes.",
            {"cleared": D(2024, 3, 14), "occupied": D(2024, 1, 12), "arrested": D(2024, 3, 14)},
        ),
        (
            "es",
            FRI,
            "La policía desbloqueó el jueves la carretera Central en La Oroya.\n\n"
            "El 20 de febrero, los mismos gremios habían tomado el aeropuerto regional.\n\n"
            "Durante el operativo fueron detenidas quince personas.",
            {"desbloque": D(2024, 3, 14), "tomado": D(2024, 2, 20), "operativo": D(2024, 3, 14)},
        ),
    ],
)
def test_a_background_day_does_not_carry_into_the_next_paragraph(
    mentions, lang, published, text, expected
):
    _check(mentions, text, lang, published, expected)


# --- a statement today about yesterday's incident ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (
            "en",
            FRI,
            "Protesters torched two buses in Valparaíso on Wednesday.\n\n"
            "On Friday, the interior ministry said police had fired rubber bullets at "
            "protesters during the clashes of Wednesday.",
            {"torched": D(2024, 3, 13), "clashes": D(2024, 3, 13)},
        ),
        (
            "es",
            FRI,
            "Encapuchados quemaron dos buses en Valparaíso el miércoles.\n\n"
            "El ministerio del Interior informó este viernes que la policía disparó perdigones "
            "contra los manifestantes durante los enfrentamientos del miércoles.",
            {"quemaron": D(2024, 3, 13), "enfrentamientos": D(2024, 3, 13)},
        ),
    ],
)
def test_a_statement_today_keeps_the_day_of_the_incident(mentions, lang, published, text, expected):
    _check(mentions, text, lang, published, expected)


# --- the next morning, the following night ----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (
            "en",
            FRI,
            "Protesters marched to the governor's office in Cusco on Wednesday. The next "
            "morning, riot police cleared the square with tear gas.",
            {"marched": D(2024, 3, 13), "cleared": D(2024, 3, 14)},
        ),
        (
            "en",
            FRI,
            "Truckers blocked the highway on Tuesday. The following morning, police arrested "
            "12 drivers.",
            {"blocked": D(2024, 3, 12), "arrested": D(2024, 3, 13)},
        ),
        (
            "es",
            FRI,
            "Los comuneros tomaron el puente el martes. A la mañana siguiente, la policía los "
            "desalojó con gases lacrimógenos.",
            {"tomaron": D(2024, 3, 12), "desaloj": D(2024, 3, 13)},
        ),
        (
            "es",
            FRI,
            "Los mineros marcharon el miércoles en Nasca. A la noche siguiente, encapuchados "
            "saquearon tres tiendas.",
            {"marcharon": D(2024, 3, 13), "saquearon": D(2024, 3, 14)},
        ),
    ],
)
def test_the_next_morning_is_the_day_after_the_last_day_told(
    mentions, lang, published, text, expected
):
    _check(mentions, text, lang, published, expected)


# --- a weekday of a named week -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (
            "en",
            FRI,
            "Police fired tear gas at protesters on Wednesday last week, and on Thursday "
            "they arrested 20 students.",
            {"tear gas": D(2024, 3, 6)},
        ),
        (
            "es",
            FRI,
            "La policía lanzó gases lacrimógenos el miércoles de la semana pasada contra los "
            "estudiantes.",
            {"gases": D(2024, 3, 6)},
        ),
        (
            "en",
            MON,
            "Last week on Tuesday, farmers blocked the bridge over the Chili river.",
            {"blocked": D(2024, 3, 12)},
        ),
        (  # this week's Monday, not a week back
            "es",
            FRI,
            "Los docentes marcharon el lunes de esta semana hacia el ministerio.",
            {"marcharon": D(2024, 3, 11)},
        ),
    ],
)
def test_a_weekday_of_a_named_week_is_in_that_week(mentions, lang, published, text, expected):
    _check(mentions, text, lang, published, expected)


# --- a dateline's day ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (  # filed on Thursday, printed on Friday
            "en",
            FRI,
            "LIMA, March 14 (Andean Wire) - Police fired tear gas at protesters on Thursday. "
            "Yesterday, truckers blocked the bridge.",
            {"tear gas": D(2024, 3, 14), "blocked": D(2024, 3, 13)},
        ),
        (
            "es",
            FRI,
            "PUNO, 14 de marzo (Agencia Sur).– La policía detuvo ayer a diez comuneros. Hoy, "
            "los estudiantes marcharon por el centro.",
            {"detuvo": D(2024, 3, 13), "marcharon": D(2024, 3, 14)},
        ),
        (  # a dateline of the publication day changes nothing
            "en",
            FRI,
            "CUSCO, March 15 (Andean Wire) - Students marched through the city on Wednesday.",
            {"marched": D(2024, 3, 13)},
        ),
    ],
)
def test_relative_days_count_from_the_dateline_day(mentions, lang, published, text, expected):
    _check(mentions, text, lang, published, expected)


# --- a step back of a day is the story, not background ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (  # the lead tells the morning after; the body tells the day before, and stays there
            "es",
            D(2024, 3, 17),
            "QUITO.– La ciudad amaneció este domingo bajo toque de queda.\n\n"
            "El sábado, encapuchados incendiaron dos patrulleros y saquearon comercios.\n\n"
            "Según la Policía, 40 personas fueron detenidas en el centro.",
            {"incendiaron": D(2024, 3, 16), "fueron detenidas": D(2024, 3, 16)},
        ),
        (  # a month back is background and is not carried at all
            "en",
            SAT,
            "Police fired tear gas at miners in Chala on Friday.\n\n"
            "Last October, the miners had blocked the Pan-American Highway for ten days.\n\n"
            "Police said 12 miners were arrested.",
            {"tear gas": D(2024, 3, 15), "blocked": D(2023, 10, 1), "arrested": D(2024, 3, 15)},
        ),
    ],
)
def test_a_recent_day_told_later_is_where_the_story_is(mentions, lang, published, text, expected):
    _check(mentions, text, lang, published, expected)


# --- a day that qualifies another noun -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (  # "del martes" dates the victims, the sentence's own day dates the funeral
            "es",
            FRI,
            "Cientos de vecinos despidieron este jueves a las víctimas del martes en un cortejo "
            "fúnebre por las calles de Ilave.",
            {"cortejo": D(2024, 3, 14)},
        ),
        (
            "es",
            FRI,
            "Los familiares de los heridos del lunes bloquearon este jueves la avenida frente "
            "al hospital.",
            {"bloquearon": D(2024, 3, 14)},
        ),
        (  # a noun phrase of time: the march's day is when the clause happened
            "es",
            FRI,
            "Un estudiante perdió un ojo por un perdigón durante la marcha del miércoles en el "
            "centro de Lima, denunció este viernes su familia.",
            {"marcha": D(2024, 3, 13)},
        ),
        (
            "en",
            FRI,
            "Relatives of those injured in Monday's shooting blocked the avenue outside the "
            "hospital on Thursday.",
            {"shooting": D(2024, 3, 11)},
        ),
        (
            "en",
            FRI,
            "Hundreds of mourners on Thursday joined a funeral march for the victims of Tuesday "
            "in Ilave.",
            {"funeral march": D(2024, 3, 14)},
        ),
    ],
)
def test_a_day_of_another_noun_is_not_the_event_day(mentions, lang, published, text, expected):
    _check(mentions, text, lang, published, expected)


# --- live blogs: an entry's time, however it is written ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("10:45 a.m. Police fired tear gas at the marchers", "10:45 a.m."),
        ("10.45am: Police fired tear gas at the marchers", "10.45am"),
        ("14:30 h | La policía lanzó gases lacrimógenos", "14:30 h"),
        ("14:30 horas | La policía lanzó gases lacrimógenos", "14:30 horas"),
        ("[21:10] Encapuchados atacaron la comisaría", "[21:10]"),
        ("12:30 horas de espera en la frontera", None),
        ("10:30 am los manifestantes llegaron", None),
    ],
)
def test_a_live_entry_time_may_carry_its_hour_word(text, stamp):
    found = entry_stamp(text, len(text) - 1, FRI)
    assert (found.text if found else None) == stamp
    if found is not None:
        assert found.value == FRI


def test_live_entries_with_am_pm_times_tell_the_day_they_are_posted(mentions):
    text = (
        "Follow our live coverage of the march on Congress.\n\n"
        "9:05 a.m. Riot police fired tear gas at protesters outside the court.\n\n"
        "11:40 a.m. Protesters threw stones at officers near the main square."
    )
    _check(mentions, text, "en", FRI, {"tear gas": FRI, "threw stones": FRI})


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Live: protests against the pension reform.\n\n"
            "Friday, March 15\n\n"
            "10:05 a.m. Riot police fired tear gas at protesters outside Congress.\n\n"
            "Thursday, March 14\n\n"
            "9:15 p.m. Hooded men looted two shops in the old town.\n\n"
            "6:30 p.m. Police detained 14 students at the university.",
            {"tear gas": FRI, "looted": D(2024, 3, 14), "detained": D(2024, 3, 14)},
        ),
        (
            "es",
            "En vivo: el paro nacional.\n\n"
            "Viernes 15 de marzo\n\n"
            "10:15 | La policía lanzó gases lacrimógenos contra los manifestantes.\n\n"
            "Jueves 14 de marzo\n\n"
            "21:15 | Encapuchados saquearon dos tiendas en el centro.\n\n"
            "18:30 | La policía detuvo a catorce estudiantes en la universidad.",
            {"gases": FRI, "saquearon": D(2024, 3, 14), "detuvo": D(2024, 3, 14)},
        ),
        (  # a head that names the day, then a header of the day before
            "es",
            "Minuto a minuto de la jornada de protestas del viernes 15 de marzo.\n\n"
            "Jueves 14\n\n"
            "22:40 | Encapuchados quemaron una garita de peaje en la carretera.",
            {"quemaron": D(2024, 3, 14)},
        ),
    ],
)
def test_live_entries_under_a_day_header_tell_of_that_day(mentions, lang, text, expected):
    _check(mentions, text, lang, FRI, expected)


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        ("en", "Intro\nThursday, March 14\n9:15 p.m. Police fired", [D(2024, 3, 14)]),
        ("en", "Intro\n  Wednesday  \n9:15 p.m. Police fired", [D(2024, 3, 13)]),
        ("es", "Intro\nJueves 14 de marzo:\n21:15 | Encapuchados", [D(2024, 3, 14)]),
        ("es", "Intro\n14/03/2024\n21:15 | Encapuchados", [D(2024, 3, 14)]),
        ("es", "Intro\nJueves 14\n21:15 | Encapuchados", [D(2024, 3, 14)]),
        ("es", "Intro\nJueves 12\n21:15 | Encapuchados", []),  # not that Thursday's day
        ("es", "LIMA, 14 de marzo\nLa policía detuvo a diez.", []),  # a dateline
        ("en", "Police fired on Thursday.\nStudents marched.", []),  # a sentence
        ("es", "Lunes 18 de marzo\nConvocan a un paro.", []),  # after publication
    ],
)
def test_day_headers_are_lines_that_are_only_a_day(rules, lang, text, days):
    assert [d.value for d in day_headers(text, FRI, rules[lang])] == days


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("Updates below.\n\n10:45 a.m.\nPolice fired tear gas at the marchers", "10:45 a.m."),
        ("Updates below.\n\n09:15 GMT\n\nPolice fired tear gas at the marchers", "09:15 GMT"),
        ("Minuto a minuto.\n\n21:10\nEncapuchados atacaron la comisaría", "21:10"),
        ("Prices rose to\n10.50\nsoles per gallon", None),  # no entry starts below it
        ("Minuto a minuto.\n\n21:10 hoy\nEncapuchados atacaron la comisaría", None),
    ],
)
def test_a_time_alone_on_its_line_stamps_the_entry_below(text, stamp):
    found = entry_stamp(text, len(text) - 3, FRI)
    assert (found.text if found else None) == stamp


def test_entries_stamped_on_the_line_above_tell_the_day_they_are_posted(mentions):
    text = (
        "Police fired tear gas at protesters outside Congress on Wednesday.\n\n"
        "Live updates\n\n"
        "10:05 a.m.\n"
        "Riot police fired rubber bullets at students near the court.\n\n"
        "11:20 a.m.\n"
        "Protesters threw stones at officers near the main square."
    )
    _check(
        mentions,
        text,
        "en",
        FRI,
        {"tear gas": D(2024, 3, 13), "rubber bullets": FRI, "threw stones": FRI},
    )
