"""An undated incident of a town when the story's date is only a month (session extract-dev13).

A retrospective ("A year ago today, 17 people were shot dead in Juliaca ... Relatives held a
vigil on the anniversary last month ... X was shot in the back near the airport fence in
Juliaca") tells its incidents as history; a sentence with no date of its own that tells an
incident of a town takes the day the text gave that town's incident of its kind, not the month
a later aside named.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN9_2024 = dt.date(2024, 1, 9)

_EN = (
    "JULIACA — A year ago today, 17 people were shot dead in and around this city's airport.\n\n"
    "In Ayacucho, soldiers killed ten people near the airport on 15 December 2022. Relatives "
    "held a vigil in {town} on the anniversary last month.\n\n"
    "Edwin Apaza, 24, a medical intern, was shot in the back while tending to a wounded man "
    "near the airport fence in {town}, according to his classmates."
)
_ES = (
    "JULIACA — El 9 de enero de 2023, 17 personas murieron baleadas en los alrededores del "
    "aeropuerto de esta ciudad.\n\n"
    "En Ayacucho, los soldados mataron a diez personas cerca del aeropuerto el 15 de diciembre "
    "de 2022. Los familiares realizaron una vigilia en {town} en el aniversario, el mes pasado.\n\n"
    "Edwin Apaza, de 24 años, interno de medicina, recibió un disparo en la espalda cuando "
    "auxiliaba a un herido junto al cerco del aeropuerto en {town}, según sus compañeros."
)


def _last_force(found: list[Mention]) -> Mention:
    force = [m for m in found if m.sub_event_type == "Excessive force against protesters"]
    assert force
    return force[-1]


@pytest.mark.parametrize(("template", "language"), [(_EN, "en"), (_ES, "es")])
def test_an_undated_incident_of_a_town_takes_its_day_over_a_month(
    mentions: Callable[..., list[Mention]], template: str, language: str
) -> None:
    shot = _last_force(mentions(template.format(town="Juliaca"), language, JAN9_2024))
    assert shot.date is not None
    assert (shot.date.value, shot.date.precision) == (dt.date(2023, 1, 9), "day")


@pytest.mark.parametrize(("template", "language"), [(_EN, "en"), (_ES, "es")])
def test_a_town_with_no_incident_of_its_kind_keeps_the_story_date(
    mentions: Callable[..., list[Mention]], template: str, language: str
) -> None:
    shot = _last_force(mentions(template.format(town="Ilave"), language, JAN9_2024))
    assert shot.location is not None and shot.location.name == "Ilave"
    assert shot.date is None or shot.date.value != dt.date(2023, 1, 9)
