"""Tolls of the fifteenth session (extract-counts5): an incident's figure before a toll of the
same kind keeps its own verb ("Two protesters died in Juliaca, and 18 people have died since
December"); a zero is never a toll ("No injuries reported so far"); the injured and the
detained of a live blog's entry are the day's, like its dead."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _run(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 2, 9))
    return extract(doc, resources)


def _tallies(x):
    return sorted((t.what, t.value) for t in x.tallies)


def _counts(x, what: str) -> list[int]:
    return sorted(c.value for e in x.events if (c := e.count(what)) is not None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three protesters died in Ilave on Friday, and 26 people have died since December.", "en"),
        ("Three protesters died in Ilave, and 26 people have died since December.", "en"),
        (
            "Three protesters were killed in Ilave and 26 people have been killed since January.",
            "en",
        ),
        (
            "Tres manifestantes murieron en Ilave el viernes, y 26 personas han muerto desde diciembre.",
            "es",
        ),
        ("Tres manifestantes murieron en Ilave, y 26 personas han muerto desde diciembre.", "es"),
        (
            "Tres manifestantes fallecieron en Ilave, con lo que ya son 26 las personas fallecidas "
            "desde diciembre.",
            "es",
        ),
    ],
)
def test_incident_before_a_toll_of_its_kind(resources: Resources, text: str, language: str) -> None:
    x = _run(resources, text, language)
    assert _tallies(x) == [("killed", 26)]
    assert _counts(x, "killed") == [3]


@pytest.mark.parametrize(
    ("text", "language", "tallies"),
    [
        # near misses: one figure with its period, or figures of another kind, stay tallies
        ("26 people have died since December.", "en", [("killed", 26)]),
        (
            "Health officials say 26 people have died and 300 have been injured since December.",
            "en",
            [("injured", 300), ("killed", 26)],
        ),
        (
            "Desde diciembre han muerto 26 personas y 300 resultaron heridas.",
            "es",
            [("injured", 300), ("killed", 26)],
        ),
    ],
)
def test_toll_alone_stays_a_tally(
    resources: Resources, text: str, language: str, tallies: list[tuple[str, int]]
) -> None:
    assert _tallies(_run(resources, text, language)) == tallies


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Heavy rain fell on the march. No injuries have been reported so far.", "en"),
        ("The rally ended at dusk; no arrests so far, police said.", "en"),
        ("La marcha terminó al anochecer. Hasta el momento no se reportaron heridos.", "es"),
    ],
)
def test_zero_is_no_toll(resources: Resources, text: str, language: str) -> None:
    assert _tallies(_run(resources, text, language)) == []


def test_live_blog_entry_counts_the_day_en(resources: Resources) -> None:
    text = (
        "Live: protests in the capital\n\n"
        "18:10 — Riot police push the crowd back from the square with tear gas.\n\n"
        "19:40 — A police spokesman says at least 14 officers have been injured so far.\n\n"
        "22:15 — The Interior Ministry says 23 people have been detained.\n"
    )
    x = _run(resources, text, "en")
    assert ("injured", 14) not in _tallies(x)
    assert ("detained", 23) not in _tallies(x)
    assert 14 in _counts(x, "injured")
    assert 23 in _counts(x, "detained")


def test_live_blog_entry_with_a_period_stays_a_tally_en(resources: Resources) -> None:
    text = (
        "Live: protests in the capital\n\n"
        "18:10 — Riot police push the crowd back from the square with tear gas.\n\n"
        "19:40 — Rights groups say 900 people have been detained since the protests began.\n"
    )
    assert ("detained", 900) in _tallies(_run(resources, text, "en"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen fired on a minibus near the market; the driver and six passengers were unharmed.",
            "en",
        ),
        ("A petrol bomb hit the mayor's office overnight, but the guard escaped unhurt.", "en"),
        (
            "Encapuchados balearon una combi en el paradero; el chofer y los pasajeros salieron ilesos.",
            "es",
        ),
        (
            "Lanzaron un explosivo contra la comisaría; los agentes de guardia resultaron ilesos.",
            "es",
        ),
    ],
)
def test_unharmed_gives_zero_hurt_and_dead(resources: Resources, text: str, language: str) -> None:
    x = _run(resources, text, language)
    assert _counts(x, "injured") == [0]
    assert _counts(x, "killed") == [0]
    assert _tallies(x) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a zero alone makes no event; a word of the same root with no verb is no figure
        ("The minister emerged unscathed from the vote in Congress.", "en"),
        ("El ministro salió ileso de la votación en el Congreso.", "es"),
        ("An unharmed hostage was later freed by the kidnappers.", "en"),
    ],
)
def test_unharmed_near_misses(resources: Resources, text: str, language: str) -> None:
    x = _run(resources, text, language)
    assert not any(e.count("killed") or e.count("injured") for e in x.events)


def test_unharmed_beside_a_death_keeps_the_dead(resources: Resources) -> None:
    x = _run(
        resources,
        "Police fired on marchers in Ilave; one man was killed and the others were unharmed.",
        "en",
    )
    assert _counts(x, "killed") == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The teachers' union has threatened to escalate with a march on the capital.", "en"),
        (
            "Los transportistas amenazaron con un paro indefinido si no se atienden sus pedidos.",
            "es",
        ),
    ],
)
def test_one_threat_for_a_threat_told_right_after_its_cue(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert [c.kind for c in x.claims] == ["threat"]


def test_a_threat_of_no_topic_stays(resources: Resources) -> None:
    x = _run(resources, "Vigilante groups threatened to burn the offices of the union.", "en")
    assert [(c.kind, c.topic) for c in x.claims] == [("threat", "other")]
