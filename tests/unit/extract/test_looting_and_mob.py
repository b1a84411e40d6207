"""Typing after ACLED (docs/vocabulary.md): looting told as a sentence's own event, with no
demonstrators, forces or dead named, is Strategic developments / Looting/property destruction
even in a story of unrest; a crowd ("pobladores enardecidos", "angry villagers") beating
someone, or a police officer burned or beaten to death in unrest, is Riots / Mob violence."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document, Mention


def _events(resources: Resources, text: str, language: str) -> list[Mention]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 12))
    return list(extract(doc, resources).events)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Comuneros bloquearon la carretera en Ilave. Durante la noche fueron saqueadas cinco "
            "tiendas del mercado central.",
            "es",
        ),
        (
            "Farmers blocked the road into town. Overnight, several shops and a supermarket were "
            "looted in the market district.",
            "en",
        ),
        (
            "El paro regional cumplió su tercer día. Desconocidos saquearon dos farmacias en el "
            "centro de la ciudad.",
            "es",
        ),
    ],
)
def test_looting_as_the_main_event_is_property_destruction(
    resources: Resources, text: str, language: str
) -> None:
    subs = [m.sub_event_type for m in _events(resources, text, language)]
    assert "Looting/property destruction" in subs
    assert "Violent demonstration" not in subs


def test_looting_by_demonstrators_stays_a_riot(resources: Resources) -> None:
    text = "Los manifestantes saquearon varios comercios tras enfrentarse con la policía."
    subs = [m.sub_event_type for m in _events(resources, text, "es")]
    assert "Violent demonstration" in subs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "En Ilave, pobladores enardecidos golpearon a un policía que intentaba desbloquear "
            "la vía durante el paro.",
            "es",
        ),
        (
            "Angry villagers beat two police officers who tried to clear the road block near "
            "the protest.",
            "en",
        ),
        (
            "Los manifestantes bloquearon la vía. La fiscalía confirmó la muerte de un policía, "
            "quemado dentro de su camioneta.",
            "es",
        ),
        (
            "Protesters blocked the highway. Prosecutors are investigating the killing of a "
            "police officer whose body was found burned inside his patrol car.",
            "en",
        ),
    ],
)
def test_crowd_violence_against_a_person_is_mob_violence(
    resources: Resources, text: str, language: str
) -> None:
    events = _events(resources, text, language)
    assert any(m.event_type == "Riots" and m.sub_event_type == "Mob violence" for m in events)
    assert not any(m.sub_event_type == "Excessive force against protesters" for m in events)
