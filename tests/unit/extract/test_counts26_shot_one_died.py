"""Twenty-sixth session (counts3): one person's shot told with no word of its end ("He was shot
in the back", "Recibió un impacto de bala en el tórax"), in the sentence next to the death of
one person in the same paragraph, is that death's event: it counts one dead, as ACLED codes the
dead on the event that killed them. Beside the death of several, or across a paragraph break,
the shot keeps no figure (the one shot may have lived)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document

_EN_DEATHS = [
    "A protester died in Juliaca on Monday.",
    "A protester was killed in Juliaca on Monday.",
    "One demonstrator died in Juliaca on Monday.",
]
_EN_SHOTS = [
    "He was shot in the back during clashes with police near the airport.",
    "He was shot in the chest during clashes with police near the airport.",
    "He was shot in the head during clashes with police near the airport.",
]
_ES_DEATHS = [
    "Un manifestante murió el lunes en Juliaca.",
    "Una manifestante murió el lunes en Juliaca.",
    "Un manifestante falleció el lunes en Juliaca.",
]
_ES_SHOTS = [
    "Recibió un impacto de bala en el tórax durante los enfrentamientos con la policía.",
    "Recibió un disparo en la cabeza durante los enfrentamientos con la policía.",
    "Recibió un balazo en el pecho durante los enfrentamientos con la policía.",
]


def _shot_killed(resources: Resources, language: str, text: str, shot: str) -> list[int | None]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 10))
    at = text.index(shot)
    return [
        e.killed.value if e.killed else None
        for e in extract(doc, resources).events
        if e.sentence[0] <= at < e.sentence[1]
    ]


def _cases():
    for death, shot in itertools.product(_EN_DEATHS, _EN_SHOTS):
        yield pytest.param("en", f"{death} {shot}", shot, id=f"en-after-{death[:12]}-{shot[:20]}")
        yield pytest.param("en", f"{shot} {death}", shot, id=f"en-before-{death[:12]}-{shot[:20]}")
    for death, shot in itertools.product(_ES_DEATHS, _ES_SHOTS):
        yield pytest.param("es", f"{death} {shot}", shot, id=f"es-after-{death[:12]}-{shot[:20]}")


@pytest.mark.parametrize(("language", "text", "shot"), list(_cases()))
def test_shot_beside_one_death_is_that_death(
    resources: Resources, language: str, text: str, shot: str
):
    assert _shot_killed(resources, language, text, shot) == [1]


@pytest.mark.parametrize("shot", _EN_SHOTS)
@pytest.mark.parametrize(
    "before",
    [
        "Ten protesters died in Juliaca on Monday.",  # a death of several: not this one's alone
        "A protester died in Juliaca on Monday.\n\n",  # another paragraph
    ],
)
def test_shot_keeps_no_figure(resources: Resources, before: str, shot: str):
    text = f"{before} {shot}"
    assert _shot_killed(resources, "en", text, shot) == [None]
