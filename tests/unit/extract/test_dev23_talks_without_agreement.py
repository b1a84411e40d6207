"""Sixteenth session (extract-dev23): talks that ended with no agreement ("ended without an
agreement", "terminó sin acuerdo", "no deal was reached") tell an agreement that was not
reached: an Agreement, negated by its own "without"/"sin"/"no"."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2021, 5, 11)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The talks between the government and the unions ended without an agreement.", "en"),
        ("After six hours of talks, no deal was reached with the truckers.", "en"),
        ("La reunión entre el Gobierno y el Comité de Paro terminó sin acuerdo.", "es"),
        ("El diálogo en Juliaca concluyó sin llegar a un acuerdo.", "es"),
    ],
)
def test_talks_without_agreement_are_a_negated_agreement(mentions, text, language):
    found = {(m.sub_event_type, m.factuality) for m in mentions(text, language, PUBLISHED)}
    assert ("Agreement", "negated") in found, found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The government and the unions signed an agreement on Monday.", "en"),
        ("El Gobierno y los gremios firmaron un acuerdo sin mayores problemas.", "es"),
    ],
)
def test_agreements_reached_stay_asserted(mentions, text, language):
    found = {(m.sub_event_type, m.factuality) for m in mentions(text, language, PUBLISHED)}
    assert ("Agreement", "asserted") in found, found
