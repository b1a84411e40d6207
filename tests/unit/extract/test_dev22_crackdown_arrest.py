"""A crackdown or a "represión" named as the policy of the days is no intervention at the place
of an arrest aimed at a politician (extract-dev22); a crackdown on a march that hurt people and
a crowd arrested stay an intervention."""

from __future__ import annotations

import pytest

_SETTING = {
    "en": "Thousands of students marched in Caracas on Monday. ",
    "es": "Miles de estudiantes marcharon en Caracas el lunes. ",
}


def _told(mentions, text: str, language: str):
    setting = _SETTING[language]
    return [m for m in mentions(setting + text, language) if m.trigger.span[0] >= len(setting)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Intelligence agents detained opposition politician Ana Rivas on Tuesday as the "
            "government widened its crackdown on dissent.",
            "en",
        ),
        ("Opposition lawmaker arrested amid crackdown on protests", "en"),
        (
            "Agentes de inteligencia detuvieron a la diputada opositora Ana Rivas en plena "
            "represión contra las protestas.",
            "es",
        ),
    ],
)
def test_politician_arrested_in_a_crackdown(mentions, text: str, language: str) -> None:
    events = _told(mentions, text, language)
    assert events and events[0].sub_event_type == "Arrests", [m.sub_event_type for m in events]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Riot police broke up the march and arrested forty students.", "en"),
        ("The crackdown on the march left dozens hurt and 40 people were arrested.", "en"),
        ("La policía dispersó la marcha y detuvo a cuarenta estudiantes.", "es"),
    ],
)
def test_crowd_arrests_stay_intervention(mentions, text: str, language: str) -> None:
    events = _told(mentions, text, language)
    assert events and all(m.sub_event_type != "Arrests" for m in events), [
        m.sub_event_type for m in events
    ]
