"""Days of recalled events (sixteenth session, extract-dates8): a day and month told back to
last year takes the year the story named; "that day" opening a paragraph; a shift that opens
its sentence over a place between commas; a date of another coordinate clause."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

DEC7 = dt.date(2025, 12, 7)
OCT18 = dt.date(2024, 10, 18)


def _by_trigger(found: list[Mention], word: str) -> Mention:
    hits = [m for m in found if word in m.trigger.text]
    assert hits, f"no event on {word!r}: {[m.trigger.text for m in found]}"
    return hits[0]


def _day(found: list[Mention], word: str) -> dt.date | None:
    date = _by_trigger(found, word).date
    return date.value if date is not None else None


@pytest.mark.parametrize(
    ("text", "language", "published", "trigger", "day"),
    [
        (
            "The worst day came on March 3, 2021, when police killed four people in Mandalay.\n\n"
            "Then the unrest spread to the south. On December 20, thousands marched in Dawei.",
            "en",
            DEC7,
            "marched",
            dt.date(2021, 12, 20),
        ),
        (
            "The first strike began on 2 February 2019 in the mining towns.\n\n"
            "On 12 December, dockworkers marched through the port.",
            "en",
            DEC7,
            "marched",
            dt.date(2019, 12, 12),
        ),
        (
            "Las protestas comenzaron el 14 de octubre de 2019 con la evasión en el metro.\n\n"
            "El 4 de noviembre, miles de personas marcharon por la Alameda.",
            "es",
            OCT18,
            "marcharon",
            dt.date(2019, 11, 4),
        ),
    ],
)
def test_a_day_told_back_takes_the_year_the_story_named(
    mentions: Callable[..., list[Mention]],
    text: str,
    language: str,
    published: dt.date,
    trigger: str,
    day: dt.date,
) -> None:
    assert _day(mentions(text, language, published), trigger) == day


def test_a_day_told_back_with_no_year_named_is_last_years(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = "On December 20, thousands of people marched through the port city."
    assert _day(mentions(text, "en", DEC7), "marched") == dt.date(2024, 12, 20)


def test_a_planned_day_keeps_the_coming_year(mentions: Callable[..., list[Mention]]) -> None:
    text = (
        "The worst day came on March 3, 2021, when police killed four people in Mandalay.\n\n"
        "Relatives will march through the city on December 20 to demand a trial."
    )
    assert _day(mentions(text, "en", DEC7), "march") == dt.date(2025, 12, 20)


@pytest.mark.parametrize(
    ("text", "language", "trigger", "day"),
    [
        (
            "On March 3, 2021, a teacher was shot dead by a soldier in Mandalay.\n\n"
            "Seven people died in the city that day, when troops fired on crowds.",
            "en",
            "fired",
            dt.date(2021, 3, 3),
        ),
        (
            "El 3 de marzo de 2021, un maestro murió por un disparo en Mandalay.\n\n"
            "Aquel día los soldados dispararon contra la multitud en el mercado.",
            "es",
            "dispararon",
            dt.date(2021, 3, 3),
        ),
    ],
)
def test_that_day_opening_a_paragraph_is_the_day_named_before(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str, day: dt.date
) -> None:
    assert _day(mentions(text, language, DEC7), trigger) == day


@pytest.mark.parametrize(
    ("text", "language", "trigger", "day"),
    [
        (
            "On March 10, 2021, thousands marched in Yangon. "
            "Four days earlier, in Mandalay, police killed two students.",
            "en",
            "killed",
            dt.date(2021, 3, 6),
        ),
        (
            "El 10 de marzo de 2021, miles de personas marcharon en Yangón. "
            "Dos días después, en Mandalay, la policía detuvo a veinte estudiantes.",
            "es",
            "detuvo",
            dt.date(2021, 3, 12),
        ),
    ],
)
def test_a_shift_reaches_over_a_place_between_commas(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str, day: dt.date
) -> None:
    assert _day(mentions(text, language, DEC7), trigger) == day


@pytest.mark.parametrize(
    ("text", "language", "trigger", "day"),
    [
        (
            "Relatives are planning a week of commemorations. On December 15, relatives of the "
            "students from the southern provinces will hold a vigil, and a march follows on "
            "January 9.",
            "en",
            "vigil",
            dt.date(2025, 12, 15),
        ),
        (
            "Los deudos preparan una semana de actos. El 15 de diciembre los familiares de los "
            "estudiantes de las provincias del sur realizarán una vigilia, y habrá una marcha "
            "el 9 de enero.",
            "es",
            "vigilia",
            dt.date(2025, 12, 15),
        ),
    ],
)
def test_a_date_of_another_coordinate_clause_counts_as_farther(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str, day: dt.date
) -> None:
    assert _day(mentions(text, language, DEC7), trigger) == day


def test_a_date_only_in_the_next_clause_still_dates_the_event(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: with no date of its own, the event keeps the sentence's only date
    text = "Police fired tear gas at the crowd, and dozens were detained on December 1."
    assert _day(mentions(text, "en", DEC7), "tear gas") == dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Los familiares de los estudiantes harán una vigilia el 15 de diciembre en la plaza.",
        "El 15 de diciembre saldrán a marchar los gremios de docentes de la región.",
    ],
)
def test_an_irregular_spanish_future_keeps_the_coming_day(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = [m for m in mentions(text, "es", DEC7) if m.date is not None]
    assert found
    assert found[0].factuality == "planned"
    assert found[0].date is not None and found[0].date.value == dt.date(2025, 12, 15)


def test_a_past_spanish_verb_keeps_last_years_day(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: "hicieron" is no future
    text = "Los familiares de los estudiantes hicieron una vigilia el 15 de diciembre en la plaza."
    found = [m for m in mentions(text, "es", DEC7) if m.date is not None]
    assert found and found[0].date is not None
    assert found[0].date.value == dt.date(2024, 12, 15)


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "La fiscalía acusó a tres oficiales por las muertes ocurridas el 3 de marzo de 2021 "
            "en Mandalay, cuando los soldados dispararon contra una marcha.\n\n"
            "Según la acusación, los oficiales ordenaron abrir fuego. La defensa sostuvo que los "
            "agentes repelieron un ataque contra el cuartel.",
            "es",
            "repelieron",
        ),
        (
            "Prosecutors charged three officers over the deaths of March 3, 2021 in Mandalay, "
            "when soldiers fired on a march.\n\n"
            "The defence said the officers had repelled an attack on the barracks.",
            "en",
            "attack",
        ),
    ],
)
def test_an_undated_account_after_a_recalled_incident_is_of_its_day(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    assert _day(mentions(text, language, DEC7), trigger) == dt.date(2021, 3, 3)


def test_a_day_told_between_stops_the_recalled_day(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the text went on to another day before the undated event
    text = (
        "La fiscalía acusó a tres oficiales por las muertes ocurridas el 3 de marzo de 2021 "
        "en Mandalay, cuando los soldados dispararon contra una marcha.\n\n"
        "Ayer, en el aniversario, los familiares se reunieron frente a la fiscalía.\n\n"
        "En Yangón, un grupo de deudos realizó un plantón frente al Palacio de Justicia."
    )
    day = _day(mentions(text, "es", DEC7), "plantón")
    assert day != dt.date(2021, 3, 3)


def test_a_date_in_an_abbreviated_month_stays_in_its_after_clause(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Thousands marched in Uruapan on Saturday. The march was called on social media after "
        "the Nov. 1 killing of the town's mayor."
    )
    date = _by_trigger(mentions(text, "en", dt.date(2025, 11, 16)), "killing").date
    assert date is not None and date.value == dt.date(2025, 11, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Organisers have floated a second march on Nov. 20 in the capital.",
        "Student unions mooted a national strike on Nov. 20 over the budget.",
    ],
)
def test_a_plan_put_forward_keeps_the_coming_day(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = [m for m in mentions(text, "en", dt.date(2025, 11, 16)) if m.date is not None]
    assert found and found[0].date is not None
    assert found[0].date.value == dt.date(2025, 11, 20)


def test_a_denial_said_later_is_of_the_story_day(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "About 50 people were injured on Saturday when protesters clashed with police outside "
        "the palace. The president said on Monday that the march had been paid for by the "
        "opposition, and denied that police had repressed anyone."
    )
    found = mentions(text, "en", dt.date(2025, 11, 17))
    denied = [m for m in found if m.factuality == "negated"]
    assert denied and denied[0].date is not None
    assert denied[0].date.value == dt.date(2025, 11, 15)


def test_a_denial_with_no_day_told_before_keeps_its_own(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: no day of the story before it, the statement's day is all there is
    text = (
        "The president said on Monday that the march had been paid for by the opposition, and "
        "denied that police had repressed anyone."
    )
    found = mentions(text, "en", dt.date(2025, 11, 17))
    denied = [m for m in found if m.factuality == "negated"]
    assert denied and denied[0].date is not None
    assert denied[0].date.value == dt.date(2025, 11, 17)


@pytest.mark.parametrize(
    ("text", "language", "trigger", "day"),
    [
        (
            "La oposición denunció fraude en las elecciones del domingo 3 de marzo. Desde la "
            "mañana del lunes 4, miles de vecinos marcharon hacia el centro de la ciudad. La "
            "Guardia Nacional los dispersó con bombas lacrimógenas.",
            "es",
            "dispersó",
            dt.date(2024, 3, 4),
        ),
        (
            "The opposition denounced fraud in the elections of Sunday, March 3. Since Monday "
            "morning, thousands of residents have marched towards the city centre. Riot police "
            "dispersed them with tear gas.",
            "en",
            "dispersed",
            dt.date(2024, 3, 4),
        ),
    ],
)
def test_what_began_on_a_later_day_moves_the_story(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str, day: dt.date
) -> None:
    assert _day(mentions(text, language, dt.date(2024, 3, 7)), trigger) == day


def test_what_began_before_the_story_day_leaves_it(
    mentions: Callable[..., list[Mention]],
) -> None:
    # near miss: the blockade going on since an earlier day does not take the story back
    text = (
        "Riot police cleared the main square on Wednesday. Truckers have blocked the highway "
        "since Monday. Police fired tear gas at the drivers."
    )
    assert _day(mentions(text, "en", dt.date(2024, 3, 7)), "tear gas") == dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        (
            "Prosecutors summoned the former minister to testify on Nov. 16 about the deaths of "
            "protesters. Relatives of the victims said they would rally outside the court that "
            "day.",
            "en",
            "rally",
        ),
        (
            "La fiscalía citó al exministro a declarar el 16 de noviembre por las muertes de "
            "manifestantes. Los familiares de las víctimas anunciaron un plantón frente al "
            "Palacio de Justicia ese mismo día.",
            "es",
            "plantón",
        ),
    ],
)
def test_that_day_after_a_coming_day_is_that_day(
    mentions: Callable[..., list[Mention]], text: str, language: str, trigger: str
) -> None:
    assert _day(mentions(text, language, dt.date(2023, 11, 7)), trigger) == dt.date(2023, 11, 16)


def test_a_start_told_as_done_is_the_past_day_in_a_plan(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Los maestros marcharon ayer en Lima. El gremio anunció además que el paro indefinido "
        "iniciado el lunes continuará hasta que renuncie el ministro."
    )
    found = mentions(text, "es", dt.date(2022, 12, 16))
    assert _day(found, "paro") == dt.date(2022, 12, 12)


def test_a_start_to_come_is_the_coming_day(mentions: Callable[..., list[Mention]]) -> None:
    # near miss: no participle of a start, the plan's Monday is the next one
    text = (
        "Los maestros marcharon ayer en Lima. El gremio anunció que la huelga indefinida "
        "comenzará el lunes en todo el país."
    )
    found = mentions(text, "es", dt.date(2022, 12, 16))
    assert _day(found, "huelga") == dt.date(2022, 12, 19)
