"""Dates resolved against the publication date, in Spanish and English."""

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veeduria.extract.dates import compile_dates, find_dates
from veeduria.extract.numbers import normalize
from veeduria.resources import load_lexicon

D = dt.date
WED = D(2023, 1, 11)  # a Wednesday
MON = D(2023, 1, 9)  # a Monday


@pytest.fixture(scope="module")
def rules():
    return {"es": compile_dates("es"), "en": compile_dates("en")}


def _one(rules, lang, text, published, prefer="past"):
    found = find_dates(text, 0, len(text), published, rules[lang], prefer=prefer)
    assert len(found) == 1, found
    return found[0]


# (lang, text, published, matched text, value, precision, start, end)
DAY_CASES = [
    ("es", "el lunes", WED, "el lunes", D(2023, 1, 9)),
    ("es", "El lunes hubo choques.", MON, "El lunes", MON),  # published that weekday: same day
    ("es", "el pasado lunes", WED, "el pasado lunes", D(2023, 1, 9)),
    ("es", "el pasado lunes", MON, "el pasado lunes", D(2023, 1, 2)),  # strictly before
    ("es", "el lunes pasado", MON, "el lunes pasado", D(2023, 1, 2)),
    ("es", "este lunes", MON, "este lunes", MON),
    ("es", "este miércoles", WED, "este miércoles", WED),
    ("es", "el jueves", WED, "el jueves", D(2023, 1, 5)),
    ("es", "el lunes 9 de enero", D(2023, 1, 10), "el lunes 9 de enero", MON),
    ("es", "el pasado 9 de enero", D(2023, 1, 10), "el pasado 9 de enero", MON),
    ("es", "9 de enero", D(2023, 1, 10), "9 de enero", MON),
    ("es", "el 15 de diciembre", D(2023, 1, 10), "el 15 de diciembre", D(2022, 12, 15)),
    ("es", "el 15 de diciembre de 2022", WED, "el 15 de diciembre de 2022", D(2022, 12, 15)),
    ("es", "el 15 de diciembre del 2022", WED, "el 15 de diciembre del 2022", D(2022, 12, 15)),
    ("es", "15/12/2022", WED, "15/12/2022", D(2022, 12, 15)),
    ("es", "2022-12-15", WED, "2022-12-15", D(2022, 12, 15)),
    ("es", "el 1.º de mayo", WED, "el 1.º de mayo", D(2022, 5, 1)),
    ("es", "el primero de mayo", WED, "el primero de mayo", D(2022, 5, 1)),
    ("es", "hace tres días", WED, "hace tres días", D(2023, 1, 8)),
    ("es", "hace 3 días", WED, "hace 3 días", D(2023, 1, 8)),
    ("es", "tres días atrás", WED, "tres días atrás", D(2023, 1, 8)),
    ("es", "la madrugada del martes", WED, "la madrugada del martes", D(2023, 1, 10)),
    ("es", "la madrugada de este martes", WED, "la madrugada de este martes", D(2023, 1, 10)),
    ("es", "la noche del domingo", WED, "la noche del domingo", D(2023, 1, 8)),
    ("es", "la noche del 9 de enero", WED, "la noche del 9 de enero", MON),
    ("es", "el martes por la noche", WED, "el martes por la noche", D(2023, 1, 10)),
    ("es", "ayer", WED, "ayer", D(2023, 1, 10)),
    ("es", "Anoche", WED, "Anoche", D(2023, 1, 10)),
    ("es", "anteayer", WED, "anteayer", D(2023, 1, 9)),
    ("es", "hoy", WED, "hoy", WED),
    ("es", "esta mañana", WED, "esta mañana", WED),
    ("es", "desde el lunes", WED, "desde el lunes", MON),
    ("en", "on Monday", WED, "on Monday", MON),
    ("en", "on Monday", MON, "on Monday", MON),
    ("en", "last Monday", WED, "last Monday", MON),
    ("en", "last Monday", MON, "last Monday", D(2023, 1, 2)),
    ("en", "this Monday", MON, "this Monday", MON),
    ("en", "Monday's clashes", WED, "Monday's", MON),
    ("en", "Monday’s clashes", WED, "Monday’s", MON),
    ("en", "on Dec. 15", D(2023, 1, 10), "on Dec. 15", D(2022, 12, 15)),
    ("en", "Dec 15, 2022", WED, "Dec 15, 2022", D(2022, 12, 15)),
    ("en", "December 15", D(2023, 1, 10), "December 15", D(2022, 12, 15)),
    ("en", "December 15th", D(2023, 1, 10), "December 15th", D(2022, 12, 15)),
    ("en", "15 December 2022", WED, "15 December 2022", D(2022, 12, 15)),
    ("en", "Jan. 9", WED, "Jan. 9", MON),
    ("en", "on the 9th of January", WED, "on the 9th of January", MON),
    ("en", "on Monday, Jan. 9, 2023", WED, "on Monday, Jan. 9, 2023", MON),
    ("en", "12/15/2022", WED, "12/15/2022", D(2022, 12, 15)),
    ("en", "15/12/2022", WED, "15/12/2022", D(2022, 12, 15)),
    ("en", "three days ago", WED, "three days ago", D(2023, 1, 8)),
    ("en", "early Tuesday", WED, "early Tuesday", D(2023, 1, 10)),
    ("en", "late Sunday", WED, "late Sunday", D(2023, 1, 8)),
    ("en", "Tuesday night", WED, "Tuesday night", D(2023, 1, 10)),
    ("en", "in the early hours of Monday", WED, "in the early hours of Monday", MON),
    ("en", "yesterday", WED, "yesterday", D(2023, 1, 10)),
    ("en", "last night", WED, "last night", D(2023, 1, 10)),
    ("en", "the day before yesterday", WED, "the day before yesterday", MON),
    ("en", "today", WED, "today", WED),
    ("en", "this morning", WED, "this morning", WED),
]


@pytest.mark.parametrize(("lang", "text", "published", "matched", "value"), DAY_CASES)
def test_find_dates_resolves_days(rules, lang, text, published, matched, value):
    found = _one(rules, lang, text, published)
    assert (found.text, found.value, found.precision) == (matched, value, "day")
    assert text[found.span[0] : found.span[1]] == matched
    assert found.start is None and found.end is None


PERIOD_CASES = [
    ("es", "la semana pasada", WED, "week", D(2023, 1, 2), D(2023, 1, 2), D(2023, 1, 8)),
    ("es", "esta semana", WED, "week", D(2023, 1, 9), D(2023, 1, 9), D(2023, 1, 15)),
    ("es", "hace una semana", WED, "week", D(2023, 1, 4), D(2023, 1, 1), D(2023, 1, 7)),
    ("es", "el mes pasado", WED, "month", D(2022, 12, 1), D(2022, 12, 1), D(2022, 12, 31)),
    ("es", "hace un mes", WED, "month", D(2022, 12, 11), D(2022, 12, 1), D(2022, 12, 31)),
    ("es", "en diciembre", WED, "month", D(2022, 12, 1), D(2022, 12, 1), D(2022, 12, 31)),
    ("es", "en enero", WED, "month", D(2023, 1, 1), D(2023, 1, 1), D(2023, 1, 31)),
    ("es", "en diciembre de 2022", WED, "month", D(2022, 12, 1), D(2022, 12, 1), D(2022, 12, 31)),
    (
        "es",
        "el pasado mes de diciembre",
        WED,
        "month",
        D(2022, 12, 1),
        D(2022, 12, 1),
        D(2022, 12, 31),
    ),
    (
        "es",
        "las protestas de diciembre",
        WED,
        "month",
        D(2022, 12, 1),
        D(2022, 12, 1),
        D(2022, 12, 31),
    ),
    (
        "es",
        "a fines de enero",
        D(2023, 2, 3),
        "month",
        D(2023, 1, 21),
        D(2023, 1, 21),
        D(2023, 1, 31),
    ),
    ("es", "a fines de enero", WED, "month", D(2022, 1, 21), D(2022, 1, 21), D(2022, 1, 31)),
    (
        "es",
        "a mediados de diciembre",
        WED,
        "month",
        D(2022, 12, 11),
        D(2022, 12, 11),
        D(2022, 12, 20),
    ),
    ("es", "en el año 2000", WED, "year", D(2000, 1, 1), D(2000, 1, 1), D(2000, 12, 31)),
    ("es", "en 2000", WED, "year", D(2000, 1, 1), D(2000, 1, 1), D(2000, 12, 31)),
    ("es", "el año pasado", WED, "year", D(2022, 1, 1), D(2022, 1, 1), D(2022, 12, 31)),
    ("es", "hace dos años", WED, "year", D(2021, 1, 11), D(2021, 1, 1), D(2021, 12, 31)),
    ("en", "last week", WED, "week", D(2023, 1, 2), D(2023, 1, 2), D(2023, 1, 8)),
    ("en", "a week ago", WED, "week", D(2023, 1, 4), D(2023, 1, 1), D(2023, 1, 7)),
    ("en", "last month", WED, "month", D(2022, 12, 1), D(2022, 12, 1), D(2022, 12, 31)),
    ("en", "in December", WED, "month", D(2022, 12, 1), D(2022, 12, 1), D(2022, 12, 31)),
    ("en", "in December 2022", WED, "month", D(2022, 12, 1), D(2022, 12, 1), D(2022, 12, 31)),
    ("en", "in early January", WED, "month", D(2023, 1, 1), D(2023, 1, 1), D(2023, 1, 10)),
    ("en", "mid-December", WED, "month", D(2022, 12, 11), D(2022, 12, 11), D(2022, 12, 20)),
    ("en", "late December 2022", WED, "month", D(2022, 12, 21), D(2022, 12, 21), D(2022, 12, 31)),
    ("en", "in May", WED, "month", D(2022, 5, 1), D(2022, 5, 1), D(2022, 5, 31)),
    ("en", "in 2000", WED, "year", D(2000, 1, 1), D(2000, 1, 1), D(2000, 12, 31)),
    ("en", "last year", WED, "year", D(2022, 1, 1), D(2022, 1, 1), D(2022, 12, 31)),
]


@pytest.mark.parametrize(
    ("lang", "text", "published", "precision", "value", "start", "end"), PERIOD_CASES
)
def test_find_dates_resolves_weeks_months_years(
    rules, lang, text, published, precision, value, start, end
):
    found = _one(rules, lang, text, published)
    assert (found.precision, found.value, found.start, found.end) == (precision, value, start, end)


FUTURE_CASES = [
    ("es", "el lunes", WED, D(2023, 1, 16)),
    ("es", "el próximo lunes", MON, D(2023, 1, 16)),
    ("es", "el próximo miércoles", WED, D(2023, 1, 18)),
    ("es", "este viernes", WED, D(2023, 1, 13)),
    ("es", "el jueves 19 de enero", D(2023, 1, 14), D(2023, 1, 19)),
    ("es", "el 15 de diciembre", D(2023, 1, 10), D(2023, 12, 15)),
    ("es", "pasado mañana", WED, D(2023, 1, 13)),
    ("es", "el pasado lunes", WED, MON),  # "pasado" stays in the past
    ("es", "ayer", WED, D(2023, 1, 10)),
    ("en", "next Monday", WED, D(2023, 1, 16)),
    ("en", "on Friday", WED, D(2023, 1, 13)),
    ("en", "tomorrow", WED, D(2023, 1, 12)),
    ("en", "last Monday", WED, MON),
]


@pytest.mark.parametrize(("lang", "text", "published", "value"), FUTURE_CASES)
def test_find_dates_prefer_future(rules, lang, text, published, value):
    assert _one(rules, lang, text, published, prefer="future").value == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "el próximo lunes"),
        ("es", "la próxima semana"),
        ("es", "pasado mañana"),
        ("en", "next Monday"),
        ("en", "tomorrow"),
        ("en", "next week"),
    ],
)
def test_find_dates_past_skips_what_is_explicitly_future(rules, lang, text):
    assert find_dates(text, 0, len(text), WED, rules[lang], prefer="past") == []


def test_find_dates_keeps_absolute_dates_after_publication(rules):
    text = "las elecciones de abril de 2024 y el 15 de diciembre de 2024"
    values = [d.value for d in find_dates(text, 0, len(text), WED, rules["es"])]
    assert values == [D(2024, 4, 1), D(2024, 12, 15)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "el 15 de diciembre de 2022", [D(2022, 12, 15)]),
        ("es", "15/12/2022", [D(2022, 12, 15)]),
        ("es", "en diciembre de 2022", [D(2022, 12, 1)]),
        ("es", "en 2000", [D(2000, 1, 1)]),
        ("es", "el lunes, ayer, hace tres días, el 9 de enero, en diciembre", []),
        ("en", "Dec 15, 2022 and on Monday and yesterday", [D(2022, 12, 15)]),
    ],
)
def test_find_dates_without_publication_date_keeps_only_dates_with_a_year(
    rules, lang, text, expected
):
    assert [d.value for d in find_dates(text, 0, len(text), None, rules[lang])] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "17 muertos y 30 heridos"),
        ("es", "a las 10 de la mañana"),
        ("es", "a las 10:30"),
        ("es", "el 17% de los votos"),
        ("es", "en el kilómetro 30"),
        ("es", "en la avenida 28 de julio"),
        ("es", "en el Jr. 28 de Julio"),
        ("es", "marcharon hacia la Plaza Dos de Mayo"),
        ("es", "Hoy en día la protesta es distinta."),
        ("es", "procesión del Viernes Santo"),
        ("es", "un joven de 17 años"),
        ("es", "mayo"),
        ("es", "2000 manifestantes"),
        ("es", "1.200 detenidos"),
        ("es", "30 de febrero de 2023"),
        ("en", "police may fire"),
        ("en", "on Good Friday"),
        ("en", "at 10 a.m."),
        ("en", "17 killed"),
        ("en", "may 9"),
        ("en", "a 17-year-old"),
        ("en", "about 2,000 protesters"),
    ],
)
def test_find_dates_does_not_read_counts_times_or_names_as_dates(rules, lang, text):
    assert find_dates(text, 0, len(text), WED, rules[lang]) == []


def test_find_dates_spans_are_absolute_and_inside_the_range(rules):
    text = "Ayer murieron 17. El lunes 9 de enero hubo choques. Hoy marcharon."
    start = text.index("El lunes")
    end = text.index("Hoy")
    found = find_dates(text, start, end, D(2023, 1, 10), rules["es"])
    assert [(d.text, d.value) for d in found] == [("El lunes 9 de enero", MON)]
    assert text[found[0].span[0] : found[0].span[1]] == "El lunes 9 de enero"


def test_find_dates_finds_several_in_order(rules):
    text = "Ayer, tras los choques del lunes 9 de enero y de la semana pasada, hoy hubo calma."
    found = find_dates(text, 0, len(text), WED, rules["es"])
    assert [d.text for d in found] == ["Ayer", "lunes 9 de enero", "la semana pasada", "hoy"]


def test_find_dates_rejects_a_bad_prefer(rules):
    with pytest.raises(ValueError):
        find_dates("ayer", 0, 4, WED, rules["es"], prefer="soon")  # type: ignore[arg-type]


def test_find_dates_handles_empty_and_reversed_ranges(rules):
    assert find_dates("", 0, 0, WED, rules["es"]) == []
    assert find_dates("ayer", 3, 1, WED, rules["es"]) == []
    assert find_dates("ayer", -5, 99, WED, rules["es"])[0].text == "ayer"


# --- the lexicon's own examples ----------------------------------------------------------------


def _future(entry):
    return (entry.offset or 0) > 0 or entry.direction == "future"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_date_words_examples_match_their_entry(rules, lang):
    for entry in load_lexicon(lang, "date_words").entries:
        assert entry.examples, f"{entry.id} has no example"
        prefer = "future" if _future(entry) else "past"
        for example in entry.examples:
            found = find_dates(example, 0, len(example), WED, rules[lang], prefer=prefer)
            if entry.role in ("ignore", "not_before"):
                assert found == [], f"{entry.id}: {example!r} gave {found}"
                continue
            assert found, f"{entry.id}: no date in {example!r}"
            if entry.role in ("format", "ordinal_suffix"):
                continue
            texts = " ".join(normalize(d.text) for d in found)
            assert any(normalize(p.rstrip("*")) in texts for p in entry.patterns), (
                f"{entry.id}: {example!r} gave {[d.text for d in found]}"
            )


def test_date_rules_record_lexicon_versions(rules):
    versions = rules["es"].versions
    assert any(v.startswith("es/date_words@") for v in versions)
    assert any(v.startswith("es/months@") for v in versions)


# --- properties --------------------------------------------------------------------------------

RELATIVE = {
    "es": [
        "el lunes",
        "el pasado martes",
        "este miércoles",
        "el jueves pasado",
        "la noche del domingo",
        "ayer",
        "anoche",
        "anteayer",
        "hoy",
        "esta mañana",
        "hace tres días",
        "hace 2 semanas",
        "hace un mes",
        "hace dos años",
        "la semana pasada",
        "esta semana",
        "el mes pasado",
        "este mes",
        "el año pasado",
        "este año",
        "en diciembre",
        "a fines de enero",
        "a mediados de julio",
        "el 9 de enero",
        "el lunes 9 de enero",
        "el 29 de febrero",
        "el 31 de diciembre",
        "el 1 de enero",
        "el primero de mayo",
        "el próximo lunes",
        "la próxima semana",
        "pasado mañana",
    ],
    "en": [
        "on Monday",
        "last Tuesday",
        "this Wednesday",
        "Thursday night",
        "early Friday",
        "yesterday",
        "last night",
        "today",
        "this morning",
        "three days ago",
        "2 weeks ago",
        "a month ago",
        "two years ago",
        "last week",
        "this week",
        "last month",
        "this month",
        "last year",
        "this year",
        "in December",
        "in late January",
        "mid-July",
        "Jan. 9",
        "on Monday, Jan. 9",
        "Feb. 29",
        "December 31",
        "January 1st",
        "next Monday",
        "next week",
        "tomorrow",
    ],
}


@settings(max_examples=400, deadline=None)
@given(
    lang=st.sampled_from(["es", "en"]),
    published=st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)),
    picks=st.lists(st.integers(min_value=0, max_value=100), min_size=1, max_size=4),
    filler=st.sampled_from([" ", ", ", " y ", " and ", ". ", " — "]),
)
def test_relative_dates_never_after_publication_with_prefer_past(lang, published, picks, filler):
    phrases = RELATIVE[lang]
    text = filler.join(phrases[i % len(phrases)] for i in picks)
    for found in find_dates(text, 0, len(text), published, compile_dates(lang), prefer="past"):
        assert found.value <= published, (text, found)
        if found.start is not None:
            assert found.start <= found.value


@settings(max_examples=200, deadline=None)
@given(
    lang=st.sampled_from(["es", "en"]),
    published=st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)),
    pick=st.integers(min_value=0, max_value=100),
)
def test_prefer_future_never_lands_before_publication_for_bare_weekdays(lang, published, pick):
    text = (
        ["el lunes", "el martes", "el 9 de enero", "en diciembre"]
        if lang == "es"
        else ["on Monday", "on Tuesday", "Jan. 9", "in December"]
    )
    phrase = text[pick % len(text)]
    for found in find_dates(
        phrase, 0, len(phrase), published, compile_dates(lang), prefer="future"
    ):
        assert (found.end or found.value) >= published


NOISE = st.lists(
    st.sampled_from(
        list("0123456789 ,.-/:'’ºdeanlosyhacéíóúñ")
        + [
            "lunes ",
            "enero ",
            "Dec. ",
            "Monday ",
            "hace ",
            "ago ",
            "de ",
            "el ",
            "2022 ",
            "la noche del ",
            "a fines de ",
            "last ",
            "pasado ",
            "in ",
            "en ",
            "mid-",
            "th ",
            "'s ",
        ]
    ),
    max_size=120,
).map("".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None)
@given(
    text=NOISE,
    published=st.one_of(st.none(), st.dates()),
    prefer=st.sampled_from(["past", "future"]),
)
def test_find_dates_never_raises_and_stays_fast(text, published, prefer):
    for lang in ("es", "en"):
        started = time.perf_counter()
        for found in find_dates(text, 0, len(text), published, compile_dates(lang), prefer=prefer):
            assert text[found.span[0] : found.span[1]] == found.text
        assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize(
    "chunk",
    ["1/" * 2000, "lunes " * 2000, "de " * 3000, "9 de enero de " * 500, " " * 20000, "a" * 20000],
)
def test_find_dates_is_linear_on_pathological_text(rules, lang, chunk):
    started = time.perf_counter()
    find_dates(chunk, 0, len(chunk), WED, rules[lang])
    assert time.perf_counter() - started < 2.0
