"""The keys the compatibility graph judges partners by (``across.compatibility_key`` and
``across.contradiction_key``) hold everything ``compatible`` and ``contradict`` read: two
summaries that differ only outside a key are judged alike, against anything."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from veeduria.resolve.across import compatibility_key, contradiction_key
from veeduria.resolve.compat import LASTING, Summary, compatible, contradict, leading_family

TYPES = (
    ("Protests", "Peaceful protest", None),
    ("Protests", "Protest with intervention", None),
    ("Protests", "Excessive force against protesters", None),
    ("Riots", "Violent demonstration", None),
    ("Riots", "Mob violence", None),
    ("Violence against civilians", "Attack", None),
    ("Strategic developments", "Other", "curfew"),
    ("Strategic developments", "Other", "state_of_emergency"),
)
DAY = dt.date(2023, 1, 9)
WINDOWS = (
    None,
    (DAY, DAY),
    (DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=1)),
    (DAY, DAY + dt.timedelta(days=6)),
    (dt.date(2023, 1, 1), dt.date(2023, 1, 31)),
    (dt.date(2022, 12, 1), dt.date(2022, 12, 31)),
)
PLACES = (
    (None, None, None, None),
    ("PE", None, None, None),
    ("PE", "puno", None, None),
    ("PE", "puno", "san roman", "juliaca"),
    ("PE", "puno", "puno", "puno"),
    ("PE", "puno", "san roman", None),
    ("PE", "cusco", None, None),
    ("BO", "cochabamba", None, "sacaba"),
    ("BO", "cochabamba", None, "quillacollo"),
)
MODES = ("strike", "march", "looting", "firearms", "tear_gas", "blockade")
ACTORS = (
    ("protesters (peru)", 6, "peru"),
    ("police forces of peru", 1, "peru"),
    ("police forces of bolivia", 1, "bolivia"),
    ("military forces of peru", 1, "peru"),
    ("sendero luminoso", 2, None),
    ("mrta", 2, None),
)
SITES = (frozenset({"san", "martin"}), frozenset({"abancay"}), frozenset({"plaza", "armas"}))
FAMILIES = ("occurred", "prospective", "possible", "negated", "historical")


#: the fields of each key, in groups that only change together (a window and whether it is
#: a day's; the leading family and the families)
_KEY_GROUPS = (
    ("family", "families"),
    ("types",),
    ("start", "end", "day"),
    ("place",),
    ("modes",),
    ("actors",),
    ("sites",),
)
_CONTRADICTION_GROUPS = (("types",), ("start", "end", "day"), ("place",), ("modes",), ("actors",))


@st.composite
def summaries(draw: st.DrawFn, docs: tuple[str, ...] = ("d1",)) -> Summary:
    families = frozenset(draw(st.lists(st.sampled_from(FAMILIES), min_size=1, max_size=2)))
    window = draw(st.sampled_from(WINDOWS))
    place = draw(st.sampled_from(PLACES))
    modes = frozenset(draw(st.lists(st.sampled_from(MODES), max_size=2)))
    return Summary(
        family=leading_family(families),
        families=families,
        types=frozenset(draw(st.lists(st.sampled_from(TYPES), min_size=1, max_size=2))),
        modes=modes,
        start=None if window is None else window[0],
        end=None if window is None else window[1],
        day=window is not None and window[0] == window[1] and draw(st.booleans()),
        place=place,
        sites=frozenset(draw(st.lists(st.sampled_from(SITES), max_size=2))),
        actors=frozenset(draw(st.lists(st.sampled_from(ACTORS), max_size=3))),
        docs=frozenset(docs),
        dups=frozenset(draw(st.lists(st.sampled_from(("g1", "g2")), max_size=2))),
        key=draw(st.sampled_from(("m1", "m2", "m3"))),
        ongoing=False,
        territories=frozenset((m, place) for m in modes & LASTING)
        if draw(st.booleans())
        else frozenset(),
        names=frozenset(draw(st.lists(st.sampled_from(("event:toma de lima",)), max_size=1))),
    )


def _with(base: Summary, values: Summary, groups: Iterable[tuple[str, ...]]) -> Summary:
    """``base`` with ``values``' fields of ``groups``."""
    return dataclasses.replace(base, **{f: getattr(values, f) for g in groups for f in g})


@settings(max_examples=1500, deadline=None)
@given(
    summaries(("d1",)),
    summaries(("d3",)),
    summaries(("d2",)),
    st.sampled_from((None, *_KEY_GROUPS)),
    st.sets(st.sampled_from(_KEY_GROUPS)),
)
def test_keys_compatible_reads_nothing_outside_its_key(
    a: Summary,
    noise: Summary,
    other: Summary,
    left: tuple[str, ...] | None,
    shared: set[tuple[str, ...]],
) -> None:
    """Equal keys, the same verdict. The twin of ``a`` takes its key's fields but
    ``left`` from another summary: its key may still be equal only where ``compatible``
    does not read those fields. The third side shares some of ``a``'s fields, so that
    verdicts turn on a few of them."""
    twin = _with(noise, a, (g for g in _KEY_GROUPS if g != left))
    b = _with(other, a, shared)
    if left is None:
        assert compatibility_key(twin) == compatibility_key(a)
    if compatibility_key(twin) == compatibility_key(a):
        assert compatible(a, b, same_doc=False) == compatible(twin, b, same_doc=False)
        assert compatible(b, a, same_doc=False) == compatible(b, twin, same_doc=False)


@settings(max_examples=1500, deadline=None)
@given(
    summaries(("d1",)),
    summaries(("d1",)),
    summaries(("d2",)),
    st.sampled_from((None, *_CONTRADICTION_GROUPS)),
    st.sets(st.sampled_from(_KEY_GROUPS)),
)
def test_keys_contradict_reads_nothing_outside_its_key(
    a: Summary,
    noise: Summary,
    other: Summary,
    left: tuple[str, ...] | None,
    shared: set[tuple[str, ...]],
) -> None:
    twin = _with(noise, a, (g for g in _CONTRADICTION_GROUPS if g != left))
    b = _with(other, a, shared)
    if left is None:
        assert contradiction_key(twin) == contradiction_key(a)
    if contradiction_key(twin) == contradiction_key(a):
        assert contradict(a, b) == contradict(twin, b)
        assert contradict(b, a) == contradict(b, twin)


def test_keys_a_day_precision_date_is_part_of_the_key() -> None:
    """The march and the riot of one day and province are one event when both give that
    day, not when one only falls in it (``compatible``): the key tells them apart."""
    day = Summary(
        family="occurred",
        families=frozenset({"occurred"}),
        types=frozenset({TYPES[0]}),
        modes=frozenset(),
        start=DAY,
        end=DAY,
        day=True,
        place=PLACES[3],
        sites=frozenset(),
        actors=frozenset(),
        docs=frozenset({"d1"}),
        dups=frozenset(),
        key="m1",
    )
    riot = dataclasses.replace(day, types=frozenset({TYPES[3]}), docs=frozenset({"d2"}), key="m2")
    within = dataclasses.replace(day, day=False)
    assert compatible(day, riot, same_doc=False)
    assert not compatible(within, riot, same_doc=False)
    assert compatibility_key(day) != compatibility_key(within)
