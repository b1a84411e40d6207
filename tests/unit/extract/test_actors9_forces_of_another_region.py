"""Twenty-sixth session (actors9): a force named only for another region is not handed on.

A story that names a force with no region (a country-wide figure, "Peruvian security forces
used lethal force", or an incident placed in no region) and another force for one region
("soldiers fired on crowds in Ayacucho") leaves an incident of a third region, whose sentence
names no force, with the force named with no region, not the one named for Ayacucho
(``actors.forces_by_place``). When the force with no region is the one handed on, it stays.
The stories are built as mentions, with varied regions, forces and orders.
"""

from __future__ import annotations

import itertools

import pytest

from veeduria.extract.actors import forces_by_place, generic
from veeduria.models import Actor, Location, Mention, TextRef

EF = "Excessive force against protesters"
POLICE = ("Police Forces of Peru", "COP")
MILITARY = ("Military Forces of Peru", "MIL")
REGIONS = ("Ayacucho", "Puno", "Apurímac", "Cusco")


def _force(force: tuple[str, str], named: bool) -> Actor:
    actor = generic(force[0], 1, "State forces", force[1], "Peru")
    return Actor(actor.name, actor.type, actor.inter, actor.sector, "x", (5, 9)) if named else actor


def _mention(i: int, admin1: str | None, actor1: Actor) -> Mention:
    return Mention(
        event_type="Protests",
        sub_event_type=EF,
        mode=None,
        plover=None,
        cameo=None,
        factuality="asserted",
        trigger=TextRef(text="killed", span=(100 * i, 100 * i + 6)),
        sentence=(100 * i, 100 * i + 90),
        location=Location(text="", span=(0, 0), country="Peru", admin1=admin1),
        actor1=actor1,
    )


CASES = [
    (loose, other, a, b, loose_first)
    for (loose, other), (a, b), loose_first in itertools.product(
        ((POLICE, MILITARY), (MILITARY, POLICE)),
        itertools.permutations(REGIONS[:3], 2),
        (True, False),
    )
]


@pytest.mark.parametrize(("loose", "other", "region", "third", "loose_first"), CASES)
def test_the_force_named_with_no_region_not_the_other_regions(
    loose, other, region, third, loose_first
):
    unplaced = _mention(0, None, _force(loose, named=True))
    elsewhere = _mention(1, region, _force(other, named=True))
    # the incident's sentence named no force: the one handed on is the other region's
    incident = _mention(2, third, _force(other, named=False))
    story = [unplaced, elsewhere, incident] if loose_first else [elsewhere, unplaced, incident]
    out = forces_by_place(story)
    assert out[-1].actor1 is not None and out[-1].actor1.name == loose[0]


@pytest.mark.parametrize(
    ("loose", "region", "third"),
    [(f, a, b) for f in (POLICE, MILITARY) for a, b in itertools.permutations(REGIONS, 2)],
)
def test_the_force_handed_on_with_no_region_stays(loose, region, third):
    other = MILITARY if loose is POLICE else POLICE
    story = [
        _mention(0, region, _force(other, named=True)),
        _mention(1, None, _force(loose, named=True)),
        _mention(2, third, _force(loose, named=False)),
    ]
    out = forces_by_place(story)
    assert out[-1].actor1 is not None and out[-1].actor1.name == loose[0]
