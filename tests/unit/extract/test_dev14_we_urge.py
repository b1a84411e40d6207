"""What a statement urges in the first person is a demand, not an event (extract-dev14): "We
urge the authorities to lift the state of emergency in Puno"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We urge the authorities to lift the state of emergency in Puno.", "en"),
        ("I urge the government to lift the curfew in Lima.", "en"),
    ],
)
def test_urged_measure_is_no_event(mentions, text: str, language: str) -> None:
    assert [m.sub_event_type for m in mentions(text, language)] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [("The government declared a state of emergency in Puno on Saturday.", "en")],
)
def test_declared_measure_stays(mentions, text: str, language: str) -> None:
    assert [m.sub_event_type for m in mentions(text, language)] == ["Other"]
