"""Twenty-sixth session (actors9): "cierre de vía", Central America's word for a road blockade.

A "cierre de vía" (or "de vías", "en la vía", "de calles") is a blockade (events.yaml
``es.ev.blockade``), and the people an attack struck while they held one were demonstrating:
"un hombre disparó contra quienes mantenían un cierre en la vía Panamericana" is an attack on
protesters, not on civilians (``actors.assign``, Violence against civilians at a protest).
Built from closure words, victims and verbs; the closure of a mine or of Congress demanded is
no blockade.
"""

import datetime as dt
import itertools

import pytest

CLOSURES = ("un cierre de vía", "un cierre en la vía", "los cierres de vías", "un cierre de calles")
VICTIMS = ("Dos educadores", "Tres comerciantes", "Dos jóvenes")
VERBS = (
    "fueron asesinados a tiros por un hombre que disparó contra quienes mantenían {c}",
    "murieron baleados por desconocidos mientras sostenían {c}",
)
PUBLISHED = dt.date(2023, 11, 9)


@pytest.mark.parametrize(
    ("closure", "victims", "verb"), list(itertools.product(CLOSURES, VICTIMS, VERBS))
)
def test_an_attack_on_a_road_closure_struck_protesters(mentions, closure, victims, verb):
    text = f"{victims} {verb.format(c=closure)} en Chame, Panamá, el martes."
    attacks = [m for m in mentions(text, "es", PUBLISHED) if m.sub_event_type == "Attack"]
    assert attacks, text
    assert all(m.actor2 is not None and m.actor2.name == "Protesters (Panama)" for m in attacks)


@pytest.mark.parametrize(
    "closure", ["Los cierres de vías continúan", "Los cierres de calles siguen"]
)
@pytest.mark.parametrize("place", ["en Chiriquí, Panamá", "en Veraguas, Panamá"])
def test_a_road_closure_is_a_blockade(mentions, closure, place):
    found = mentions(f"{closure} {place} este miércoles.", "es", PUBLISHED)
    assert any(m.sub_event_type == "Peaceful protest" and m.mode == "blockade" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Miles de personas marcharon en Panamá para exigir el cierre de la mina.",
        "Los manifestantes exigieron el cierre del Congreso en Lima.",
    ],
)
def test_a_closure_demanded_is_no_blockade(mentions, text):
    found = mentions(text, "es", PUBLISHED)
    assert not any(m.mode == "blockade" for m in found)
