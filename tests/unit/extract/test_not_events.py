"""What must never be coded as an event (docs/gold-format.md, ``must_not``): the strikes,
clashes and police operations of a sports story, and an event word that names a kind of event
(counted in cases, or what a place is known for) rather than an incident."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cienciano and Melgar played out a goalless draw in Cusco on Sunday.\n\n"
            "The league said the stadium would stay closed to away fans.\n\n"
            "Melgar had threatened to go on strike last month over unpaid wages.",
            "en",
        ),
        (
            "El clásico del sur entre Cienciano y Melgar se jugará el domingo en el estadio Garcilaso.\n"
            "Los hinchas agotaron las entradas en dos horas.\n"
            "La Prefectura dispuso un operativo con 500 policías para resguardar los accesos.",
            "es",
        ),
    ],
)
def test_sports_story_codes_no_strike_or_operation(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cienciano fans watched the derby on Sunday.\n\n"
            "In Puno, hundreds of protesters marched to the main square on Monday.",
            "en",
        ),
        (
            "Miles de manifestantes llenaron las calles de Juliaca el día de la final del campeonato.\n"
            "La Federación suspendió el torneo.\n"
            "Los manifestantes bloquearon también la vía hacia Puno.",
            "es",
        ),
    ],
)
def test_protest_story_naming_sport_keeps_its_events(mentions, text, language):
    """A story about sport only at its lead keeps the events of other sentences; a lead that
    names demonstrators is no sports story."""
    subs = [m.sub_event_type for m in mentions(text, language)]
    assert "Peaceful protest" in subs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The commission documented 538 cases of torture during the conflict.", "en"),
        ("La comisión registró 538 casos de tortura durante el conflicto armado interno.", "es"),
        (
            "Relatives gathered outside the barracks, a site linked to killings during the armed "
            "conflict, where they left flowers.",
            "en",
        ),
    ],
)
def test_kind_of_event_is_no_incident(mentions, text, language):
    subs = [m.sub_event_type for m in mentions(text, language, published=None)]
    assert "Attack" not in subs
    assert "Excessive force against protesters" not in subs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police arrested five men linked to the attack on a police station in Juliaca on Monday.",
            "en",
        ),
        ("Soldiers tortured three detainees at the barracks on Monday.", "en"),
    ],
)
def test_an_incident_stays_an_incident(mentions, text, language):
    assert mentions(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Traders warned that if the road blockades go on, prices will rise again.", "en"),
        ("If the strike lasts another week, the harvest could be lost.", "en"),
        ("El gremio advirtió que, si se prolongan los bloqueos, faltará combustible.", "es"),
        ("Si la huelga dura otra semana, se perderá la cosecha.", "es"),
    ],
)
def test_a_condition_is_no_event(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Los comuneros advirtieron que, si el Gobierno no responde, bloquearán la "
            "carretera el lunes.",
            "es",
            "Peaceful protest",
        ),
        ("Unions will march on Congress if the bill is not withdrawn.", "en", "Peaceful protest"),
        (
            "Se desconoce si hubo detenidos durante el desalojo de la plaza.",
            "es",
            "Protest with intervention",
        ),
    ],
)
def test_the_main_clause_after_a_condition_keeps_its_event(mentions, text, language, expected):
    assert expected in [m.sub_event_type for m in mentions(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "El Ejecutivo prorrogó el estado de emergencia en Cusco, lo que permite a las Fuerzas "
            "Armadas participar en el control del orden interno.",
            "es",
            ["Other"],
        ),
        (
            "Congress passed a law that allows police to use lethal force at roadblocks.",
            "en",
            [],
        ),
    ],
)
def test_what_a_decision_allows_is_no_event(mentions, text, language, expected):
    assert [m.sub_event_type for m in mentions(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Los comerciantes realizaron un plantón frente a la prefectura para exigir que se "
            "levante el paro.",
            "es",
        ),
        ("Traders held a rally on Monday to demand that the unions end the strike.", "en"),
    ],
)
def test_an_end_asked_for_is_the_claim_and_the_rally_the_event(mentions, text, language):
    assert [m.sub_event_type for m in mentions(text, language)] == ["Peaceful protest"]
