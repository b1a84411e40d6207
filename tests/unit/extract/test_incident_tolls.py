"""Running tolls of one incident ("suman nueve los fallecidos de los enfrentamientos de ese
día", "the death toll in Puno has risen to nine", "now report nine dead, the highest figure so
far") are mentions of that incident with its dead; a toll over a period ("desde diciembre",
"since the protests began", "in the protests") stays a tally (docs/gold-format.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _run(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 12))
    return extract(doc, resources)


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        (
            "La policía disparó contra una marcha de comuneros en Ilave. Con la muerte de un joven, "
            "suman nueve los fallecidos de los enfrentamientos de ese día.",
            "es",
            9,
        ),
        (
            "Según el hospital regional, 11 personas murieron el domingo en la ciudad durante "
            "las protestas contra el alcalde.",
            "es",
            11,
        ),
        (
            "Soldiers opened fire on marchers near the bridge in Puno. Health officials: the "
            "death toll in Puno has risen to nine.",
            "en",
            9,
        ),
        (
            "Police fired on a march in Cusco on Monday. The death toll from Monday's clashes "
            "rose to 17.",
            "en",
            17,
        ),
        (
            "Police fired live rounds at a march in Cusco. Hospital sources in Cusco now report "
            "nine dead, the highest figure so far.",
            "en",
            9,
        ),
        (
            "Los militares dispararon contra la marcha de cocaleros en Sacaba. El saldo es de "
            "seis fallecidos.",
            "es",
            6,
        ),
        (
            "Troops opened fire on the march in Juliaca. The toll, according to the ombudsman, "
            "is nine dead.",
            "en",
            9,
        ),
        (
            "Police fired pellets at the march in Lima on Saturday. A third student has died, "
            "hospital sources say.",
            "en",
            1,
        ),
        (
            "16:40 — Militares dispararon contra los manifestantes que intentaban tomar el "
            "aeropuerto.\n\n17:05 — La cifra de muertos sube a ocho, según el hospital regional.",
            "es",
            8,
        ),
        (
            "09:10 | Riot police fired on marchers at the bridge.\n\n11:45 | Hospital sources "
            "say the death toll has climbed to five.",
            "en",
            5,
        ),
    ],
)
def test_toll_of_one_incident_is_its_mention(
    resources: Resources, text: str, language: str, killed: int
) -> None:
    out = _run(resources, text, language)
    assert not [t for t in out.tallies if t.what == "killed"]
    assert any(m.killed is not None and m.killed.value == killed for m in out.events)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Suman 22 los fallecidos desde diciembre en la región.", "es", 22),
        ("La cifra de muertos en las protestas sube a 30.", "es", 30),
        ("The death toll since the protests began has risen to 48.", "en", 48),
        ("Nine people have died so far in the unrest.", "en", 9),
        ("17:05 — La cifra de muertos en las protestas sube a 48.", "es", 48),
        ("09:30 | Officials say 31 people have died since the protests began.", "en", 31),
        (
            "Los militares dispararon contra la marcha en Sacaba. El saldo de las protestas "
            "desde diciembre es de 48 muertos.",
            "es",
            48,
        ),
    ],
)
def test_toll_over_a_period_stays_a_tally(
    resources: Resources, text: str, language: str, value: int
) -> None:
    out = _run(resources, text, language)
    assert [t.value for t in out.tallies if t.what == "killed"] == [value]
    assert not any(m.killed is not None and m.killed.value == value for m in out.events)
