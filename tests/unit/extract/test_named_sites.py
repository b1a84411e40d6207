"""A sentence that names no town but names the site by what stands there ("frente a la
Dirincri", "outside the Interior Ministry") keeps the story's town under that site's name, so
resolution can tell two gatherings of one day in one town apart."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.extract.places import _named_site, taken_to
from veeduria.models import Document


def _last_event(resources, text, language):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 22))
    events = extract(doc, resources).events
    assert events, "no event found"
    return events[-1]


@pytest.mark.parametrize(
    ("text", "language", "site"),
    [
        (
            "LIMA — Police evicted students from San Marcos University on Saturday. Later that "
            "day, dozens of relatives gathered outside the Interior Ministry to demand their "
            "release.",
            "en",
            "Interior Ministry",
        ),
        (
            "LIMA.— La Policía desalojó el sábado la Universidad de San Marcos. Por la tarde, "
            "decenas de familiares realizaron un plantón frente a la Dirincri para exigir la "
            "liberación de los detenidos.",
            "es",
            "Dirincri",
        ),
        (
            "CUSCO.— Cientos de comuneros marcharon el lunes por el centro de la ciudad. Luego "
            "se concentraron en los exteriores del Gobierno Regional para exigir diálogo.",
            "es",
            "Gobierno Regional",
        ),
        # a description in lower case that ends in the body's acronym
        (
            "LIMA — Officers detained 40 people in a raid on Saturday. By evening, hundreds had "
            "gathered outside the offices of the national elections board, JNE, in protest.",
            "en",
            "offices of the national elections board, JNE",
        ),
    ],
)
def test_a_named_site_keeps_the_story_town_under_its_name(resources, text, language, site):
    m = _last_event(resources, text, language)
    assert m.location is not None
    assert m.location.text == site
    assert m.location.admin1 in ("Lima", "Cusco")


@pytest.mark.parametrize(
    "sentence",
    [
        "Los manifestantes se enfrentaron frente a la Policía durante horas.",
        "Los gremios endurecieron su postura frente al Gobierno y convocaron un paro.",
        "Protesters stood in front of the Police for hours.",
        # no preposition of place
        "La Fiscalía abrió una investigación por la marcha.",
        # a site in lower case names nothing
        "Hundreds of people gathered outside police headquarters on Saturday night.",
    ],
)
def test_facing_the_forces_or_the_government_is_no_site(sentence):
    at = sentence.index(" ") + 1
    assert _named_site(sentence, (at, at + 3), (0, len(sentence))) is None


def test_a_named_site_far_from_the_event_word_is_not_its_site():
    sentence = (
        "The march set off at noon from the Plaza Dos de Mayo and crossed most of the old town, "
        "along streets lined with shuttered shops and onlookers, and by dusk its last stragglers "
        "were still standing outside the Justice Palace."
    )
    at = sentence.index("march")
    assert _named_site(sentence, (at, at + 5), (0, len(sentence))) is None


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Víctor Santisteban was taken to a hospital near Plaza Francia, where he died.", "Plaza"),
        ("Los heridos fueron trasladados al hospital regional de Puno.", "Puno"),
        ("One of the wounded was rushed to a clinic in Juliaca but died on the way.", "Juliaca"),
        ("Dos detenidos fueron llevados a la comisaría de Ilave esa noche.", "Ilave"),
        ("The injured were airlifted to the main hospital in the city of Cusco.", "Cusco"),
    ],
)
def test_where_people_were_taken_is_not_where_it_happened(sentence, place):
    assert taken_to(sentence, sentence.index(place))


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Protesters marched to the hospital in Juliaca to demand medicines.", "Juliaca"),
        ("Clashes broke out near the hospital in Andahuaylas.", "Andahuaylas"),
        ("Los heridos fueron atendidos en Ayacucho.", "Ayacucho"),
    ],
)
def test_a_place_near_a_hospital_is_still_a_place(sentence, place):
    assert not taken_to(sentence, sentence.index(place))


def test_the_victim_taken_elsewhere_keeps_the_incident_town(resources):
    text = (
        "CUSCO.— Un manifestante murió el sábado en Juliaca tras recibir un disparo durante una "
        "marcha. Fue trasladado al hospital regional de Puno, donde falleció horas después."
    )
    m = _last_event(resources, text, "es")
    assert m.location is not None and m.location.name == "Juliaca"
