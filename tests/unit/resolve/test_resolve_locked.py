"""Reviewed values are never overwritten."""

from __future__ import annotations

import datetime as dt

import pytest
from resolve_factory import PLACES, mention, ref

from veeduria.resolve import CountValue, resolve


def _juliaca(doc: str, killed: int, published: str = "2023-01-10"):
    return ref(
        doc,
        mention("force", when="2023-01-09", where="Juliaca", killed=killed),
        published=published,
    )


def test_locked_values_replace_the_sources_and_are_noted():
    (event,) = resolve([_juliaca("a", 17), _juliaca("b", 18)])
    locks = {event.id: {"killed": 18, "sub_event_type": "Violent demonstration"}}
    (reviewed,) = resolve([_juliaca("a", 17), _juliaca("b", 18)], locked=locks)
    assert reviewed.killed is not None
    assert (reviewed.killed.value, reviewed.killed.reviewed) == (18, True)
    assert (reviewed.killed.low, reviewed.killed.high) == (17, 18)
    assert reviewed.sub_event_type == "Violent demonstration"
    assert reviewed.reviewed == ("killed", "sub_event_type")
    assert "killed: reviewed value 18 kept" in reviewed.notes
    assert len(reviewed.alternatives["killed"]) == 2  # the sources' figures stay visible


def test_locked_values_survive_new_reporting():
    (event,) = resolve([_juliaca("a", 17)])
    locks = {event.id: {"killed": 17, "location": PLACES["Juliaca"]}}
    (locked,) = resolve([_juliaca("a", 17)], locked=locks)
    (grown,) = resolve([_juliaca("b", 12), _juliaca("c", 20)], previous=[locked], locked=locks)
    assert grown.id == event.id
    assert grown.killed is not None and (grown.killed.value, grown.killed.reviewed) == (17, True)
    assert grown.killed.low == 12
    assert grown.notes.count("killed: reviewed value 17 kept") == 1


def test_locked_values_follow_an_event_whose_id_changed():
    (event,) = resolve([_juliaca("z", 17, published="2023-01-12")])
    locks = {event.id: {"killed": 17}}
    (grown,) = resolve([_juliaca("a", 5, published="2023-01-09")], previous=[event], locked=locks)
    assert grown.id != event.id and grown.previous_ids == (event.id,)
    assert grown.killed is not None and (grown.killed.value, grown.killed.reviewed) == (17, True)


def test_locked_untouched_events_take_new_locks():
    before = resolve([_juliaca("a", 17)])
    other = ref("b", mention("march", when="2023-01-20", where="Cusco"))
    locks = {before[0].id: {"date": dt.date(2023, 1, 10)}}
    after = resolve([other], previous=before, locked=locks)
    juliaca = next(e for e in after if e.id == before[0].id)
    assert juliaca.date is not None and juliaca.date.value == dt.date(2023, 1, 10)
    assert juliaca.reviewed == ("date",)


def test_locked_count_value_is_kept_as_given():
    (event,) = resolve([_juliaca("a", 17)])
    given = CountValue(16, 16, 16, "exact", "16 según la fiscalía", None, None, None, "Fiscalía")
    (reviewed,) = resolve([_juliaca("a", 17)], locked={event.id: {"killed": given}})
    assert reviewed.killed is not None
    assert (reviewed.killed.value, reviewed.killed.text, reviewed.killed.reviewed) == (
        16,
        "16 según la fiscalía",
        True,
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [("members", ()), ("killed", "17"), ("id", "x"), ("date", "2023-01-10"), ("actor1", "PNP")],
)
def test_locked_bad_field_or_value_raises(field, value):
    (event,) = resolve([_juliaca("a", 17)])
    with pytest.raises(ValueError):
        resolve([_juliaca("a", 17)], locked={event.id: {field: value}})
