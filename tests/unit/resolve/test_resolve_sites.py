"""Sites inside a town: two squares of one city on one day are two incidents."""

from __future__ import annotations

import dataclasses

import pytest
from resolve_factory import PLACES, mention, ref

from veeduria.resolve import resolve
from veeduria.resolve.sites import site, sites_contradict


def at(text: str):
    return dataclasses.replace(PLACES["Lima"], text=text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("plaza San Martín", {"san", "martin"}),
        ("San Martin Square", {"san", "martin"}),
        ("Abancay Avenue", {"abancay"}),
        ("la avenida Abancay", {"abancay"}),
        ("Lima", set()),
        ("the city centre", set()),
        ("the Peruvian capital", set()),
        ("el aeropuerto", set()),
    ],
)
def test_site_keeps_the_proper_names_below_the_town(text, words):
    assert site(at(text)) == frozenset(words)


def test_site_is_the_same_in_both_languages():
    spanish, english = site(at("plaza San Martín")), site(at("San Martín square"))
    assert spanish == english
    assert not sites_contradict(frozenset({spanish}), frozenset({english}))


def test_sites_contradict_only_when_neither_holds_the_other():
    square, avenue = frozenset({"san", "martin"}), frozenset({"abancay"})
    assert sites_contradict(frozenset({square}), frozenset({avenue}))
    assert not sites_contradict(frozenset({square}), frozenset({frozenset({"martin"})}))
    assert not sites_contradict(frozenset(), frozenset({avenue}))


def _at(doc: str, text: str, n: int = 0):
    m = mention("march", at=n, when="2023-01-19", where="Lima")
    return ref(doc, dataclasses.replace(m, location=at(text)))


def test_two_squares_of_one_day_are_two_events_and_a_bare_mention_joins_one():
    refs = [
        _at("one", "plaza San Martín"),
        _at("two", "avenida Abancay"),
        _at("three", "San Martin Square"),
        _at("four", "Lima"),
    ]
    events = resolve(refs)
    assert len(events) == 2
    groups = sorted(sorted(e.doc_ids) for e in events)
    assert ["one", "three"] in groups or ["four", "one", "three"] in groups


def test_sites_within_one_document():
    refs = [_at("one", "plaza San Martín"), _at("one", "avenida Abancay", n=200)]
    assert len(resolve(refs)) == 2


def test_a_strike_and_a_march_of_one_day_and_place_are_two_events():
    strike = mention("march", when="2023-01-19", where="Lima", mode="strike")
    march = mention("march", when="2023-01-19", where="Lima", mode="march")
    assert len(resolve([ref("one", strike), ref("two", march)])) == 2
    # a mention giving no mode could be either: it stays on its own
    bare = mention("march", when="2023-01-19", where="Lima")
    assert len(resolve([ref("one", strike), ref("two", march), ref("three", bare)])) == 3
    assert len(resolve([ref("one", strike), ref("three", bare)])) == 1


def test_a_recollection_dated_like_its_report_does_not_join_the_incident():
    # "the Cuatro Suyos march" told as history, dated by the report's story (the date's
    # words lie outside the recollection's sentence)
    incident = mention("march", when="2023-01-09", where="Juliaca")
    recalled = mention("march", at=200, when="2023-01-09", where="Juliaca", factuality="historical")
    events = resolve(
        [ref("one", incident, published="2023-01-10"), ref("two", recalled, published="2023-01-10")]
    )
    assert len(events) == 2
    # a recollection that gives the day in its own words keeps it ("the shooting on
    # January 9"), however recent
    own = mention("march", when="2023-01-09", where="Juliaca", factuality="historical")
    events = resolve(
        [ref("one", incident, published="2023-01-10"), ref("two", own, published="2023-01-10")]
    )
    assert len(events) == 1
    # the anniversary story recalls it months later: then it is the incident
    events = resolve(
        [ref("one", incident, published="2023-01-10"), ref("two", recalled, published="2023-07-19")]
    )
    assert len(events) == 1


def test_sites_data_file_is_consistent():
    # every word folds to itself, and no word is both ignored and a kind of site
    import importlib.resources

    import yaml

    from veeduria.resolve import sites

    data = yaml.safe_load(
        (importlib.resources.files("veeduria.resolve") / "data" / "sites.yaml").read_text("utf-8")
    )
    assert data["resolve"] == "sites" and data["version"] == sites.version()
    ignore = [str(w) for w in data["ignore"]]
    kinds = [str(w) for variants in data["same"].values() for w in variants]
    names = [str(w) for k, variants in data["names"].items() for w in [k, *variants]]
    for word in ignore + kinds + names:
        assert sites._words(word) == [word], word
    assert not set(ignore) & set(kinds)
    assert not set(names) & (set(ignore) | set(kinds))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Lima Metropolitana", set()),
        ("Metropolitan Lima", set()),
        ("el Área Metropolitana de Lima", set()),
        ("el Cercado de Lima", set()),
        ("Cercado", set()),
        ("el Palacio de Justicia", {"justice"}),
        ("the Palace of Justice", {"justice"}),
        ("el Capitolio", {"capitol"}),
        ("the Capitol building", {"capitol"}),
        ("el Ángel de la Independencia", {"angel", "independence"}),
        ("the Angel of Independence", {"angel", "independence"}),
        ("Plaza de la Constitución", {"constitution"}),
        ("Constitution Square", {"constitution"}),
        ("el Obelisco", {"obelisk"}),
        ("the Obelisk", {"obelisk"}),
        ("Plaza de la Bandera", {"flag"}),
        ("Flag Square", {"flag"}),
    ],
)
def test_a_metropolitan_area_names_no_site_and_a_name_is_one_in_both_languages(text, words):
    assert site(at(text)) == frozenset(words)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("el Palacio de Justicia", "plaza San Martín"),
        ("Plaza de la Constitución", "Plaza de Mayo"),
        ("the Capitol", "Revolution Square"),
        ("Cercado de Lima", None),  # the town's own district names no site: nothing to contradict
    ],
)
def test_translated_names_still_tell_two_sites_apart(one, other):
    a = site(at(one))
    if other is None:
        assert not sites_contradict(
            frozenset({a}) if a else frozenset(), frozenset({site(at("avenida Abancay"))})
        )
    else:
        assert sites_contradict(frozenset({a}), frozenset({site(at(other))}))


def test_the_capitol_in_two_languages_is_one_incident():
    refs = [_at("one", "el Capitolio"), _at("two", "the Capitol"), _at("three", "plaza San Martín")]
    groups = sorted(sorted(e.doc_ids) for e in resolve(refs))
    assert groups == [["one", "two"], ["three"]]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the camp, some 75 km from the provincial capital of Huanta", set()),
        ("la planta minera Santa Rosa, a 20 kilómetros de Abancay", {"santa", "rosa"}),
        ("the Amazon city", set()),
        ("la selva central", set()),
        ("the southern highlands", set()),
    ],
)
def test_a_distance_and_a_natural_region_name_no_site(text, words):
    assert site(at(text)) == frozenset(words)


def test_a_reference_town_does_not_tell_one_eviction_from_another():
    # one report places the eviction at the mine, another at its grounds measured from a
    # town; a third tells it in "the Amazon city": one incident
    refs = [
        _at("one", "the Santa Rosa mine"),
        _at("two", "the mine's grounds, some 75 km from the provincial capital of Huanta"),
        _at("three", "the Amazon city"),
    ]
    assert len(resolve(refs)) == 1


@pytest.mark.parametrize(
    "text",
    ["the Guillermo Almenara hospital", "la morgue del hospital Viedma", "el centro de salud"],
)
def test_where_the_wounded_are_taken_names_no_site(text):
    assert site(at(text)) == frozenset()


def test_the_wounded_counted_at_a_hospital_join_the_clash_in_the_street():
    refs = [_at("one", "avenida Abancay"), _at("two", "the Guillermo Almenara hospital")]
    assert len(resolve(refs)) == 1


def _told(doc: str, texts: list[str], kind: str = "force") -> list:
    """One report telling one incident in Juliaca, a sentence per place text."""
    out = []
    for k, text in enumerate(texts):
        m = mention(kind, at=100 * k, when="2023-01-09", where="Juliaca")
        out.append(
            ref(
                doc,
                dataclasses.replace(m, location=dataclasses.replace(PLACES["Juliaca"], text=text)),
            )
        )
    return out


def test_a_site_one_later_sentence_names_does_not_place_the_report():
    # "police fired on the crowd in Juliaca ... three died ... protesters then set fire
    # to the court on the Plaza de Armas": the square is where one detail happened
    report = _told("one", ["Juliaca", "Juliaca", "la plaza de Armas", "Juliaca"])
    other = _told("two", ["the Inca Manco Cápac airport"])
    events = resolve([*report, *other])
    assert len(events) == 1


def test_a_site_the_first_sentence_names_places_the_report():
    # "Police fired tear gas at marchers on the plaza de Armas" leads the report: it is
    # the incident's site, and the airport of another report is another incident
    report = _told("one", ["la plaza de Armas", "Juliaca", "Juliaca"])
    other = _told("two", ["the Inca Manco Cápac airport"])
    assert len(resolve([*report, *other])) == 2


def test_a_site_two_sentences_name_places_the_report():
    report = _told("one", ["Juliaca", "Armas Square", "Juliaca", "la plaza de Armas"])
    other = _told("two", ["the Inca Manco Cápac airport"])
    assert len(resolve([*report, *other])) == 2


def test_a_short_report_keeps_its_one_site():
    # two sentences: "clashes outside the airport; two were wounded" has its site
    report = _told("one", ["Juliaca", "the Inca Manco Cápac airport"])
    other = _told("two", ["la plaza de Armas"])
    assert len(resolve([*report, *other])) == 2


def test_within_its_report_every_site_still_counts():
    refs = _told("one", ["Juliaca", "Juliaca", "la plaza de Armas", "el aeropuerto Manco Cápac"])
    assert len(resolve(refs)) == 2
