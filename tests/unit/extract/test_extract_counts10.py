"""Counts of the nineteenth session (extract-counts10).

- "drown" and "drowns", the headline present of a death by water, count the dead ("Five police
  officers drown in the Ramis River"); "drown out" stays noise.
- A bare "another" after a figure's verb, with no verb of its own ("Un comunero murió en Juli y
  otro más en Ilave", "one protester was killed on the spot and another in hospital"), is one
  more of that figure.
- A toll that names one incident ("The number of people killed in clashes ... on Tuesday rose
  to 7") keeps that incident even when a later clause of the sentence names a period ("..., the
  worst day since the strike began"); a period inside the toll's own phrase keeps the tally.
"""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.extract.counts import compile_counts, find_counts
from veeduria.extract.numbers import compile_numbers
from veeduria.models import Document


@pytest.fixture(scope="module")
def rules():
    return {lang: (compile_counts(lang), compile_numbers(lang)) for lang in ("es", "en")}


def _found(rules, lang: str, text: str) -> list[tuple[str, int]]:
    count_rules, number_rules = rules[lang]
    return [
        (m.category, m.count.value)
        for m in find_counts(text, 0, len(text), count_rules, number_rules)
    ]


def _run(resources: Resources, text: str, language: str, published: dt.date):
    doc = Document(id="t", text=text, language=language, published=published)
    return extract(doc, resources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five police officers drown in the Ramis River while running from protesters", 5),
        ("A fisherman drowns in the lake after the blockade stops the rescuers", 1),
    ],
)
def test_counts_drown_counts_the_dead(rules, text: str, expected: int) -> None:
    assert ("killed", expected) in _found(rules, "en", text)


@pytest.mark.parametrize(
    "text",
    [
        "Drums and whistles drown out the mayor's speech in the plaza",
        "Two hundred drummers drown out the speeches",
    ],
)
def test_counts_drown_out_is_no_death(rules, text: str) -> None:
    assert not [c for c in _found(rules, "en", text) if c[0] == "killed"]


@pytest.mark.parametrize(
    ("lang", "text", "killed"),
    [
        # one in each of two towns is one dead in each incident (twentieth session, counts11)
        ("es", "Un comunero murió en Juli y otro más en Ilave.", 1),
        ("es", "Un manifestante murió en el acto y otro más en el hospital.", 2),
        ("en", "One protester was killed on the spot and another in hospital.", 2),
        ("en", "One farmer was shot dead in Juli and another in Ilave.", 1),
    ],
)
def test_counts_another_without_verb_is_one_more(
    resources: Resources, lang: str, text: str, killed: int
) -> None:
    lead = (
        "La policía disparó contra los comuneros que bloqueaban la vía cerca de Juli. "
        if lang == "es"
        else "Soldiers opened fire on the crowd at the bridge in Ilave. "
    )
    x = _run(resources, lead + text, lang, dt.date(2023, 3, 2))
    values = [e.killed.value for e in x.events if e.killed]
    assert killed in values


@pytest.mark.parametrize(
    ("lang", "text", "what"),
    [
        # another figure of its own, or another category's verb: no bare "one more"
        ("en", "One protester was killed and another three in Juli.", "killed"),
        ("en", "One protester was killed and another was wounded.", "killed"),
        ("es", "Un comunero murió en Juli y otro resultó herido.", "killed"),
        ("en", "One protester was killed and another march was called.", "killed"),
    ],
)
def test_counts_another_near_misses(resources: Resources, lang: str, text: str, what: str) -> None:
    lead = (
        "La policía disparó contra los comuneros que bloqueaban la vía cerca de Juli. "
        if lang == "es"
        else "Soldiers opened fire on the crowd at the bridge in Ilave. "
    )
    x = _run(resources, lead + text, lang, dt.date(2023, 3, 2))
    values = [e.count(what).value for e in x.events if e.count(what)]
    assert values and max(values) == 1


def test_counts_another_with_its_verb_keeps_its_own_event(resources: Resources) -> None:
    text = (
        "Police fired on farmers who were blocking the road near Juli. "
        "One farmer was killed in Juli and another died in Ilave."
    )
    x = _run(resources, text, "en", dt.date(2023, 3, 2))
    at = {(e.location.name if e.location else None, e.killed.value) for e in x.events if e.killed}
    assert ("Ilave", 1) in at


TOLL_OF_INCIDENT = (
    "AYAVIRI, Peru, March 2 (Wire) - The number of people killed in clashes between soldiers and "
    "farmers at the bridge in this Andean town on Tuesday rose to 7, the regional health office "
    "said, the worst day since the strike began in January."
)


def test_toll_of_named_incident_keeps_event_despite_later_since(resources: Resources) -> None:
    x = _run(resources, TOLL_OF_INCIDENT, "en", dt.date(2023, 3, 2))
    assert any(e.killed and e.killed.value == 7 for e in x.events)
    assert not any(t.what == "killed" and t.value == 7 for t in x.tallies)


@pytest.mark.parametrize(
    "text",
    [
        "AYAVIRI, Peru, March 2 (Wire) - The number of people killed since the strike began in "
        "January rose to 7, the regional health office said.",
    ],
)
def test_toll_with_its_own_period_stays_tally(resources: Resources, text: str) -> None:
    x = _run(resources, text, "en", dt.date(2023, 3, 2))
    assert any(t.what == "killed" and t.value == 7 for t in x.tallies)
    assert not any(e.killed and e.killed.value == 7 for e in x.events)


@pytest.mark.parametrize(
    ("lang", "text", "published", "scope"),
    [
        (
            "en",
            "NAIROBI, Kenya - Thousands of young people marched in Nairobi on Tuesday against the "
            "finance bill. Rights groups say 39 people have died since the protests began in June.",
            dt.date(2024, 7, 10),
            "Kenya",
        ),
        # near miss: a story set in Peru keeps Peru
        (
            "es",
            "Miles de manifestantes marcharon el martes en Juliaca. La Defensoría informó que 47 "
            "personas han fallecido desde el 7 de diciembre.",
            dt.date(2023, 1, 20),
            "Peru",
        ),
    ],
)
def test_tally_scope_is_the_story_country(
    resources: Resources, lang: str, text: str, published: dt.date, scope: str
) -> None:
    x = _run(resources, text, lang, published)
    assert [t.scope for t in x.tallies if t.what == "killed"] == [scope]


def test_source_count_after_incident_is_its_figure(resources: Resources) -> None:
    text = (
        "Feb 3 - Police fire on marchers near the bridge in Ilave. "
        "The regional health office counts six dead."
    )
    x = _run(resources, text, "en", dt.date(2023, 3, 7))
    assert any(e.killed and e.killed.value == 6 for e in x.events)
    assert not any(t.what == "killed" and t.value == 6 for t in x.tallies)


@pytest.mark.parametrize(
    "text",
    [
        # a period of its own, or an incident that gave its own figure: the source's tally
        "Feb 3 - Police fire on marchers near the bridge in Ilave. "
        "The regional health office counts 60 dead since December.",
        "Feb 3 - Police fire on marchers near the bridge in Ilave, killing two. "
        "The regional health office counts 60 dead.",
    ],
)
def test_source_count_near_misses_stay_tallies(resources: Resources, text: str) -> None:
    x = _run(resources, text, "en", dt.date(2023, 3, 7))
    assert any(t.what == "killed" and t.value == 60 for t in x.tallies)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "La Defensoría informó que desde el 7 de diciembre se registran 47 fallecidos en el "
            "contexto de las protestas.",
            47,
        ),
        (
            "Desde el 7 de diciembre, 52 personas han muerto en las protestas, según la Defensoría.",
            52,
        ),
    ],
)
def test_period_before_its_figure_is_a_tally(resources: Resources, text: str, value: int) -> None:
    x = _run(resources, text, "es", dt.date(2023, 1, 12))
    assert any(t.what == "killed" and t.value == value for t in x.tallies)
    assert not any(e.killed and e.killed.value == value for e in x.events)


def test_period_with_a_relative_dates_an_incident(resources: Resources) -> None:
    text = (
        "La comunidad recuerda que desde 2015, cuando tres comuneros murieron baleados en el "
        "puente, no hubo diálogo."
    )
    x = _run(resources, text, "es", dt.date(2023, 1, 12))
    assert not any(t.what == "killed" and t.value == 3 for t in x.tallies)
