"""Tallies become series per scope, compared with the coded incidents."""

from __future__ import annotations

import datetime as dt

from resolve_factory import mention, ref

from veeduria.models import Tally
from veeduria.resolve import resolve, tally_series


def _tally(
    value: int,
    as_of: str | None,
    scope: str | None = "Peru",
    since: str | None = "2022-12-07",
    what: str = "killed",
    attribution: str | None = "Defensoría del Pueblo",
) -> Tally:
    return Tally(
        what=what,
        value=value,
        qualifier="exact",
        text=f"la cifra de fallecidos asciende a {value}",
        span=(0, 10),
        scope=scope,
        since=dt.date.fromisoformat(since) if since else None,
        as_of=dt.date.fromisoformat(as_of) if as_of else None,
        attribution=attribution,
    )


def _events():
    return resolve(
        [
            ref("a", mention("riot", when="2022-12-11", where="Andahuaylas", killed=2)),
            ref("b", mention("force", when="2022-12-15", where="Puno", killed=10)),
            ref("c", mention("force", when="2023-01-09", where="Juliaca", killed=17)),
            ref("d", mention("force", when="2023-01-09", where="Juliaca", killed=18)),
            ref(
                "e",
                mention("force", when="2023-01-09", where="Cusco", killed=4, factuality="possible"),
            ),
            ref("f", mention("force", when="2022-11-14", where="Lima", killed=2)),
        ]
    )


def test_tallies_series_per_scope_with_gap():
    tallies = [
        ("doc-46", "Sur Andino", _tally(46, "2023-01-10")),
        ("doc-28", "Crónica Nacional", _tally(28, "2022-12-22")),
        ("doc-puno", "Radio Altiplano Sur", _tally(18, "2023-01-10", scope="Puno", since=None)),
        ("doc-undated", None, _tally(50, None)),
    ]
    series = tally_series(tallies, _events())
    assert [(s.what, s.scope) for s in series] == [("killed", "Peru"), ("killed", "Puno")]
    peru = series[0]
    assert peru.since == dt.date(2022, 12, 7)
    assert [(p.as_of, p.value, p.incidents, p.gap) for p in peru.points] == [
        (dt.date(2022, 12, 22), 28, 12, 16),  # Andahuaylas 2 + Puno 10
        (dt.date(2023, 1, 10), 46, 29, 17),  # + Juliaca 17 (lowest figure; Cusco only possible)
        (None, 50, None, None),
    ]
    assert peru.points[0].attribution == "Defensoría del Pueblo"
    assert peru.points[0].source == "Crónica Nacional" and peru.points[0].doc_id == "doc-28"
    assert len(peru.points[1].incident_events) == 3
    puno = series[1]
    # the Puno tally gives no start: every Puno incident up to its date counts
    assert [(p.value, p.incidents, p.gap) for p in puno.points] == [(18, 27, -9)]


def test_tallies_are_independent_of_input_order():
    tallies = [
        ("x", "A", _tally(48, "2023-01-17")),
        ("y", "B", _tally(46, "2023-01-10")),
        ("z", "C", _tally(48, "2023-01-17", attribution=None)),
    ]
    events = _events()
    assert tally_series(tallies, events) == tally_series(
        list(reversed(tallies)), list(reversed(events))
    )
