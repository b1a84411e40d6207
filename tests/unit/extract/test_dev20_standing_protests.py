"""Two events in one sentence (fifteenth session, extract-dev20): a blockade, an occupation or a
strike told beside the day's clearing, shooting or clash as having gone on before it ("for six
days", "since Friday", "desde hacía una semana", "en el sexto día del paro") is a peaceful protest
of its own, dated from the day it began with a window up to the incident's day. The crowd the
forces act on that day ("fired tear gas at thousands who marched to Congress") stays one event."""

from __future__ import annotations

import datetime as dt

import pytest


def _types(mentions, text, language):
    return sorted((m.sub_event_type, m.mode) for m in mentions(text, language))


@pytest.mark.parametrize(
    ("text", "language", "incident", "mode"),
    [
        (
            "Riot police cleared the bridge at dawn on Monday, where miners had held a blockade "
            "for six days.",
            "en",
            "Protest with intervention",
            "blockade",
        ),
        (
            "Soldiers opened fire on Tuesday near the refinery, which villagers had besieged since "
            "Friday.",
            "en",
            "Excessive force against protesters",
            "blockade",
        ),
        (
            "La Policía desalojó el lunes a los comuneros que mantenían tomado el puente desde hacía "
            "una semana.",
            "es",
            "Protest with intervention",
            "blockade",
        ),
        (
            "Un manifestante murió el jueves durante los enfrentamientos con la Policía, en el sexto "
            "día del paro regional.",
            "es",
            "Violent demonstration",
            "strike",
        ),
    ],
)
def test_a_protest_gone_on_before_the_incident_is_an_event_of_its_own(
    mentions, text, language, incident, mode
):
    found = _types(mentions, text, language)
    assert ("Peaceful protest", mode) in found
    assert any(sub == incident for sub, _ in found)
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the crowd the forces act on that day is the incident's own demonstration
        ("Police fired tear gas at thousands who marched to Congress on Thursday.", "en"),
        ("La Policía dispersó con gases a cientos de manifestantes que bloqueaban la vía.", "es"),
        ("Police cleared the blockade on Friday morning.", "en"),
        ("Soldiers shot dead two protesters during a march in Ayacucho on Friday.", "en"),
        ("Los agentes desbloquearon el puente el martes por la mañana.", "es"),
    ],
)
def test_the_demonstration_acted_on_that_day_stays_one_event(mentions, text, language):
    assert len(mentions(text, language)) == 1


def test_the_protest_gone_on_is_dated_from_the_day_it_began(mentions):
    text = (
        "El viernes 20 de enero, agentes de la Policía desbloquearon la carretera en Chala, donde "
        "los pobladores mantenían cortada la vía desde hacía cinco días."
    )
    found = mentions(text, "es", published=dt.date(2023, 1, 21))
    standing = [m for m in found if "protest.standing" in m.rules]
    assert len(standing) == 1
    date = standing[0].date
    assert date is not None
    assert date.value == dt.date(2023, 1, 15)
    assert (date.start, date.end) == (dt.date(2023, 1, 15), dt.date(2023, 1, 20))
    cleared = [m for m in found if m.sub_event_type == "Protest with intervention"]
    assert cleared and cleared[0].date is not None
    assert cleared[0].date.value == dt.date(2023, 1, 20)


def test_the_incident_keeps_its_own_figures(mentions):
    text = (
        "Two farm workers were shot dead on Thursday when police tried to reopen the highway, "
        "blocked by protesters since Monday."
    )
    found = mentions(text, "en", published=dt.date(2023, 1, 13))
    standing = [m for m in found if "protest.standing" in m.rules]
    others = [m for m in found if "protest.standing" not in m.rules]
    assert len(standing) == 1 and standing[0].killed is None
    assert others and others[0].killed is not None and others[0].killed.value == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police dispersed demonstrators who were still blocking the bridge on Monday.", "en"),
        ("La Policía dispersó a los comuneros que todavía bloqueaban el puente el lunes.", "es"),
    ],
)
def test_a_crowd_still_at_it_is_the_days_demonstration(mentions, text, language):
    assert len(mentions(text, language)) == 1


def test_a_blockade_of_some_days_told_by_a_lasted_cue(mentions):
    text = "Los agentes desalojaron el jueves a los pobladores que mantenían tomada la vía desde hacía días."
    found = mentions(text, "es")
    assert sorted(m.sub_event_type for m in found) == [
        "Peaceful protest",
        "Protest with intervention",
    ]
