"""The people of Bolivia's departments ("cruceños", "paceños") tell a Bolivian story that never
names Bolivia (blind16: ``words.demonyms.bo`` in gazetteer/data/words.yaml). A Santa Cruz daily
got Peru's actors and no place.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2022, 11, 8)

BOLIVIAN = [
    (
        "SANTA CRUZ.– Los cívicos cruceños que cumplen el paro bloquearon el lunes la avenida "
        "principal del barrio con llantas y troncos.\n\nLa policía dispersó a los "
        "manifestantes con gases lacrimógenos.\n",
        "dispersó",
    ),
    (
        "Los maestros paceños marcharon el lunes por el centro de La Paz contra la reforma.\n",
        "marcharon",
    ),
]


@pytest.mark.parametrize(("text", "trigger"), BOLIVIAN)
def test_regional_demonym_tells_bolivia(mentions, text, trigger):
    found = [m for m in mentions(text, "es", PUBLISHED) if trigger in m.trigger.text]
    assert found
    assert found[0].location is not None and found[0].location.iso == "BO"
    assert found[0].actor1 is not None and "Bolivia" in found[0].actor1.name


def test_no_demonym_no_bolivia(mentions):
    # near miss: a Peruvian story with a Santa Cruz of its own stays Peru's
    text = "Comuneros de Santa Cruz, en Cajamarca, bloquearon el lunes la carretera a Chota.\n"
    found = [m for m in mentions(text, "es", PUBLISHED) if "bloquearon" in m.trigger.text]
    assert found
    assert found[0].actor1 is not None and "Peru" in found[0].actor1.name
