"""Airports (extract-places4): a landmark named after a person keeps its given name ("the
Alejandro Velasco Astete airport"), "the airport in Cusco" and "el aeropuerto internacional ..."
name the landmark, and "the airport" of a story set in a town is the district of that town's
airport when it lies in the town's province but not in the town (Cusco's is in Wánchaq).
Lima's airport, in Callao, is not a Lima story's "aeropuerto"."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2023, 1, 12)


def _names(mentions, text: str, language: str) -> list[str | None]:
    return [m.location.name if m.location else None for m in mentions(text, language, DAY)]


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        (
            "A protester was killed in clashes near the Alejandro Velasco Astete airport on "
            "Wednesday.",
            "en",
            "Wánchaq",
        ),
        (
            "A protester was killed by a gunshot during clashes near the airport in Cusco on "
            "Wednesday.",
            "en",
            "Wánchaq",
        ),
        (
            "Un manifestante murió tras recibir un impacto de bala en las inmediaciones del "
            "aeropuerto internacional Alejandro Velasco Astete.",
            "es",
            "Wánchaq",
        ),
        (
            "Two protesters were shot dead on Monday near the airport of Juliaca.",
            "en",
            "Juliaca",
        ),
        # the story's town gives "the airport" of the sentence its district
        (
            "CUSCO.– La Policía detuvo ayer a nueve personas que intentaban ingresar a la pista "
            "del aeropuerto.",
            "es",
            "Wánchaq",
        ),
        (
            "CUSCO.– Una multitud intentó tomar el terminal aéreo y la Policía la repelió con "
            "gases lacrimógenos.",
            "es",
            "Wánchaq",
        ),
        (
            "CUSCO, Peru (Reuters) - Police detained nine people who tried to break into the "
            "airport on Wednesday.",
            "en",
            "Wánchaq",
        ),
    ],
)
def test_the_airport_is_its_district(mentions, text: str, language: str, town: str) -> None:
    names = _names(mentions, text, language)
    assert names and names[0] == town, names


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        # Juliaca's airport lies in Juliaca: nothing changes
        (
            "JULIACA, Peru (Reuters) - Police detained nine people who tried to break into the "
            "airport on Wednesday.",
            "en",
            "Juliaca",
        ),
        # Lima's airport is in Callao, another department: the story's Lima stays
        (
            "LIMA.– La Policía detuvo ayer a nueve personas que intentaban ingresar al aeropuerto.",
            "es",
            "Lima",
        ),
        # a site that is no airport keeps the town
        (
            "CUSCO.– La Policía detuvo ayer a nueve personas en la plaza de Armas.",
            "es",
            "Cusco",
        ),
        # a person's name is still no place ("Alejandro Toledo" is no Toledo)
        ("Alejandro Toledo was detained on Sunday in Lima.", "en", "Lima"),
    ],
)
def test_other_sites_keep_the_town(mentions, text: str, language: str, town: str) -> None:
    names = _names(mentions, text, language)
    assert names and names[0] == town, names
