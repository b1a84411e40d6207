"""Countries not carried over (actors7): in a round-up with country headings, a section's
"nationwide" and its ambiguous names are the heading's country, not the whole story's nor the
dateline's; a union centre named a "Labour Congress" is no parliament; a country named across a
border ("el paso fronterizo con Bolivia") is not where the blockade is, and a town's heading
places its paragraph."""

from __future__ import annotations

import datetime as dt


def _by_word(mentions, text: str, language: str, word: str, published=dt.date(2024, 7, 19)):
    found = [m for m in mentions(text, language, published) if word in m.trigger.text]
    assert found, [m.trigger.text for m in mentions(text, language, published)]
    return found[0]


def test_nationwide_in_a_section_is_the_headings_country(mentions) -> None:
    text = (
        "Protest briefs\n\n"
        "CHILE - Students clashed with police in Santiago on Monday, and 12 were arrested across "
        "Chile.\n\n"
        "GHANA - The Ghana Trades Union Congress threatened a nationwide strike over fuel prices."
    )
    strike = _by_word(mentions, text, "en", "strike")
    assert strike.location is not None and strike.location.country == "Ghana"
    assert strike.actor1 is not None and strike.actor1.name.endswith("(Ghana)")


def test_nationwide_without_headings_is_the_storys_country(mentions) -> None:
    text = (
        "Students clashed with police in Santiago on Monday, as in Ghana last year. "
        "Unions threatened a nationwide strike."
    )
    strike = _by_word(mentions, text, "en", "strike")
    assert strike.location is not None and strike.location.country == "Chile"


def test_an_ambiguous_name_under_a_country_heading(mentions) -> None:
    text = (
        "Resumen regional\n\n"
        "LA PAZ / LIMA, 3 de enero (Agencia Sur).– Las noticias del día.\n\n"
        "BOLIVIA. Cientos de jóvenes marcharon ayer en Santa Cruz de la Sierra. Los cívicos de "
        "Santa Cruz anunciaron un paro de 48 horas desde el lunes.\n\n"
        "PERÚ. La CGTP convocó a una marcha en Lima para el jueves."
    )
    strike = _by_word(mentions, text, "es", "paro", dt.date(2023, 1, 3))
    assert strike.location is not None and strike.location.country == "Bolivia"
    assert strike.actor1 is not None and strike.actor1.name == "Protesters (Bolivia)"
    march = [m for m in mentions(text, "es", dt.date(2023, 1, 3)) if m.trigger.text == "marcha"][0]
    assert march.location is not None and march.location.country == "Peru"


def test_a_labour_congress_is_no_parliament(mentions) -> None:
    text = "The Nigeria Labour Congress called a general strike in Lagos on Monday."
    strike = _by_word(mentions, text, "en", "strike")
    assert strike.actor1 is not None and strike.actor1.name == "Labour Group (Nigeria)"


def test_a_country_across_the_border_is_no_place_of_the_blockade(mentions) -> None:
    text = (
        "Boletín semanal\n\n"
        "ILAVE. Los comuneros mantienen el bloqueo de la carretera a la altura de Ilave.\n\n"
        "DESAGUADERO. El paso fronterizo con Bolivia sigue cerrado: desde el martes, "
        "transportistas bloquean el puente internacional."
    )
    blockade = _by_word(mentions, text, "es", "bloquean", dt.date(2023, 1, 14))
    assert blockade.location is not None and blockade.location.name == "Desaguadero"
    assert blockade.location.country == "Peru"
    assert blockade.actor1 is not None and blockade.actor1.name == "Protesters (Peru)"


def test_a_country_named_in_its_own_right_stays(mentions) -> None:
    text = "Transportistas bolivianos bloquearon la carretera en Bolivia el martes."
    blockade = _by_word(mentions, text, "es", "bloquearon", dt.date(2023, 1, 14))
    assert blockade.location is not None and blockade.location.country == "Bolivia"


def test_carabineros_are_the_police(mentions) -> None:
    text = (
        "Soldiers were deployed in Santiago on Saturday. On Sunday a student was hit by "
        "pellets fired by Carabineros near Plaza Italia in Santiago."
    )
    pellets = _by_word(mentions, text, "en", "pellets", dt.date(2019, 11, 10))
    assert pellets.actor1 is not None and pellets.actor1.name == "Police Forces of Chile"
