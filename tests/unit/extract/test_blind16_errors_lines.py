"""``veeduria eval --errors``: each error is one JSON line, never wrapped by the console.

A wrapped line split "Police Forces of Peru" between two lines, and joining the pieces gave
"PoliceForces of Peru" (blind16).
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from veeduria.cli import main

_DOC = """\
id: test-en-1
language: en
published: 2024-03-08
title: "Police disperse a long march of teachers"
outlet: "Test Wire"
text: |
  Riot police in the southern Peruvian city of Cusco fired tear gas on Thursday at several hundred striking teachers who were marching towards the regional government's offices to demand higher pay, a union spokesman said.
events:
  - evidence: "Riot police in the southern Peruvian city of Cusco fired tear gas on Thursday at several hundred striking teachers who were marching towards the regional government's offices"
    event_type: Protests
    sub_event_type: Peaceful protest
    mode: march
    factuality: asserted
    date: {value: 2024-03-07, precision: day}
    place: null
    location: {name: Lima, admin1: Lima, admin2: Lima, admin3: Lima, geo_precision: 1}
    actor1: Teachers of a very long union name that goes on and on (Peru)
    actor2: Police Forces of Peru
    killed: null
    injured: null
    detained: null
    event_group: test-1
"""


def test_error_lines_are_whole_json(tmp_path: Path) -> None:
    gold = tmp_path / "en"
    gold.mkdir()
    (gold / "test-en-1.yaml").write_text(_DOC, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(tmp_path), "--errors", "--no-resolution"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("[en] {")]
    assert lines, result.output
    for line in lines:
        err = json.loads(line.removeprefix("[en] "))
        assert err["doc"] == "test-en-1"
    assert "PoliceForces" not in result.output.replace("\n", "")
