"""Sub-event types that keep one incident's mentions together: words whose sense is not the
event they look like (a squad called a picket, being somewhere called a find, a trade in
explosives, the protests an arrest set off), agreements named apart from their verb, and the
dead of an attack whose bodies were burned (docs/vocabulary.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.models import Document


def _subs(resources, text, language):
    doc = Document(id="t", text=text, language=language, published=dt.date(2024, 3, 12))
    return [m.sub_event_type for m in extract(doc, resources).events]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un piquete de Carabineros disparó escopetas antidisturbios contra los estudiantes que "
            "se encontraban frente al liceo.",
            "es",
        ),
        (
            "Según vecinos, un piquete policial disparó sus escopetas contra los comerciantes que se "
            "encontraban en la feria.",
            "es",
        ),
    ],
)
def test_a_squad_is_no_picket_and_being_somewhere_is_no_find(resources, text, language):
    subs = _subs(resources, text, language)
    assert subs
    assert "Disrupted weapons use" not in subs
    assert "Peaceful protest" not in subs


def test_a_find_is_still_a_find(resources):
    found = _subs(
        resources,
        "Los agentes detuvieron a tres hombres en la vivienda, donde se encontraron dos fusiles y "
        "municiones.",
        "es",
    )
    assert "Disrupted weapons use" in found
    present = _subs(
        resources,
        "Los agentes detuvieron a tres hombres que se encontraban en la vivienda con dos fusiles.",
        "es",
    )
    assert present == ["Arrests"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A suicide bomber drove a car into the police academy in Bogotá on Thursday. "
            "Prosecutors named the driver, an explosives expert who died in the explosion.",
            "en",
        ),
        (
            "Un terrorista suicida estrelló una camioneta contra la academia de policía. "
            "La Fiscalía identificó al conductor, un experto en explosivos que murió en la "
            "explosión.",
            "es",
        ),
    ],
)
def test_a_trade_in_explosives_is_no_blast(resources, text, language):
    # the blast told after a suicide bombing, with a definite article, is that bombing
    assert set(_subs(resources, text, language)) == {"Suicide bomb"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Two farmers were arrested by soldiers at a checkpoint on Monday, a detention that "
            "fuelled the protests.",
            "en",
        ),
        (
            "Dos comuneros fueron detenidos por soldados en un control el lunes, una detención que "
            "desató las protestas.",
            "es",
        ),
    ],
)
def test_the_protests_an_arrest_set_off_are_not_its_setting(resources, text, language):
    assert _subs(resources, text, language) == ["Arrests"]


def test_protests_told_as_such_stay(resources):
    subs = _subs(resources, "Thousands joined the protests in Quito on Monday.", "en")
    assert subs == ["Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El Gobierno y los transportistas firmaron anoche en Lima un acuerdo que pone fin a "
            "cinco días de paro.",
            "es",
        ),
        (
            "Farmers' leaders and the ministry reached on Friday an agreement to end the strike "
            "in the valley.",
            "en",
        ),
    ],
)
def test_an_agreement_that_ends_a_strike_is_the_agreement(resources, text, language):
    assert _subs(resources, text, language)[0] == "Agreement"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen killed eight people in a village on Saturday. The victims were killed in two "
            "houses and some of the bodies were burned, the army said.",
            "en",
        ),
        (
            "Desconocidos asesinaron a cinco mineros el domingo. Los cuerpos de las víctimas "
            "fueron quemados junto al socavón, informó la Policía.",
            "es",
        ),
    ],
)
def test_burned_bodies_are_the_attack_not_property_destruction(resources, text, language):
    subs = _subs(resources, text, language)
    assert subs
    assert "Looting/property destruction" not in subs
    assert set(subs) == {"Attack"}


def test_burned_property_with_no_dead_stays_destruction(resources):
    subs = _subs(
        resources,
        "Unknown men set fire to the offices of the mining company on Sunday night.",
        "en",
    )
    assert subs == ["Looting/property destruction"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("El Frente de Defensa ratificó la marcha a La Merced del lunes.", dt.date(2022, 12, 19)),
        ("Los transportistas confirmaron el paro del miércoles en Juliaca.", dt.date(2022, 12, 21)),
    ],
)
def test_a_confirmed_plan_points_forward(resources, text, day):
    doc = Document(id="t", text=text, language="es", published=dt.date(2022, 12, 17))
    events = extract(doc, resources).events
    assert [(m.factuality, m.date.value if m.date else None) for m in events] == [("planned", day)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Residents said soldiers shot down a drone over the town on Sunday.", "en"),
        ("Los soldados derribaron un dron sobre el cuartel el domingo.", "es"),
    ],
)
def test_a_drone_brought_down_is_disrupted_weapons_use(resources, text, language):
    assert _subs(resources, text, language) == ["Disrupted weapons use"]


def test_a_person_shot_down_is_still_shot(resources):
    subs = _subs(resources, "Two protesters were shot down by police in the square.", "en")
    assert subs == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police rescued two suspected thieves who had been beaten by a mob in the market.", "en"),
        ("Dos presuntos ladrones fueron golpeados por una turba en la plaza del pueblo.", "es"),
    ],
)
def test_beaten_by_a_mob_is_mob_violence(resources, text, language):
    assert _subs(resources, text, language) == ["Mob violence"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officers found 40 sticks of dynamite and a box of detonators in a parked truck.", "en"),
        ("Los agentes hallaron cuarenta cartuchos de dinamita y detonadores en un camión.", "es"),
    ],
)
def test_explosives_found_are_a_seizure(resources, text, language):
    assert _subs(resources, text, language) == ["Disrupted weapons use"]


def test_dynamite_thrown_at_a_police_station_is_a_riot(resources):
    subs = _subs(resources, "Protesters threw sticks of dynamite at the police station.", "en")
    assert subs == ["Violent demonstration"]


def test_a_transfer_demanded_is_no_transfer(resources):
    subs = _subs(
        resources,
        "Los mineros anunciaron un plantón frente a la Prefectura para exigir que el Ejército "
        "asuma el control de la zona.",
        "es",
    )
    assert "Non-violent transfer of territory" not in subs
    assert "Peaceful protest" in subs
    done = _subs(
        resources, "Los militares entregaron el control de la zona a la policía el lunes.", "es"
    )
    assert done == ["Non-violent transfer of territory"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Protesters blocked the highway for a third day. Police arrested the mayor of "
            "Juliaca on Monday.",
            "en",
        ),
        (
            "Los manifestantes bloquearon la carretera por tercer día. La Policía detuvo el lunes "
            "al alcalde de Juliaca.",
            "es",
        ),
    ],
)
def test_an_office_holder_arrested_is_a_targeted_arrest(resources, text, language):
    assert "Arrests" in _subs(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Miles de pobladores marcharon hacia la pista de aterrizaje, que terminaron ocupando "
            "pese a la resistencia de los agentes.",
            "es",
        ),
        ("Los manifestantes rompieron el cerco policial y tomaron el aeropuerto.", "es"),
        ("Thousands of protesters broke through police lines and occupied the runway.", "en"),
        ("Demonstrators overpowered police and took over the terminal.", "en"),
    ],
)
def test_a_crowd_forcing_its_way_past_the_police_is_a_violent_demonstration(
    resources, text, language
):
    # forcing a way through the police is not a peaceful march or occupation
    subs = _subs(resources, text, language)
    assert "Violent demonstration" in subs
    assert "Peaceful protest" not in subs


def test_a_march_the_police_let_through_stays_peaceful(resources):
    text = "Miles de pobladores marcharon hacia la plaza sin encontrar resistencia policial."
    assert _subs(resources, text, "es") == ["Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cuando un grupo intentó romper el cerco policial, los agentes lanzaron bombas "
            "lacrimógenas para dispersarlo.",
            "es",
        ),
        ("When a group tried to break through police lines, officers fired tear gas.", "en"),
    ],
)
def test_a_crowd_that_only_tried_to_force_its_way_is_the_polices_dispersal(
    resources, text, language
):
    assert _subs(resources, text, language) == ["Protest with intervention"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La crisis estalló en el año 2000, cuando Fujimori buscó un tercer mandato.", "es"),
        ("Estalló el escándalo cuando se conocieron los audios del ministro.", "es"),
        ("The scandal exploded in November, weeks before the vote.", "en"),
    ],
)
def test_a_crisis_that_bursts_out_is_no_explosion(resources, text, language):
    assert "Remote explosive/landmine/IED" not in _subs(resources, text, language)


def test_a_device_that_bursts_is_one(resources):
    text = "Un artefacto explosivo estalló al paso de la patrulla en Pichari."
    assert _subs(resources, text, "es") == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Los agentes se defendieron de un ataque con piedras y dinamita frente a la comisaría.",
            "es",
        ),
        ("Officers were attacked with stones and dynamite outside the police station.", "en"),
    ],
)
def test_dynamite_among_a_crowds_stones_is_the_riot(resources, text, language):
    subs = _subs(resources, text, language)
    assert "Violent demonstration" in subs
    assert "Remote explosive/landmine/IED" not in subs


def test_explosions_heard_during_clashes_are_no_bombing(resources):
    text = "Durante los enfrentamientos en la plaza se escucharon fuertes explosiones."
    assert "Remote explosive/landmine/IED" not in _subs(resources, text, "es")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Esa noche, una turba rodeó a un teniente gobernador en la plaza, lo golpeó y lo dejó "
            "inconsciente.",
            "es",
        ),
        ("Last year, an angry crowd in Juli beat a suspected thief outside the market.", "en"),
    ],
)
def test_a_beating_by_a_mob_is_mob_violence(resources, text, language):
    assert _subs(resources, text, language) == ["Mob violence"]


def test_a_beating_by_police_before_a_crowd_stays_force(resources):
    subs = _subs(resources, "Police beat a protester in front of the crowd on Monday.", "en")
    assert subs == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Thousands of farmers are expected to converge on Cusco on Friday for what they call "
            '"the taking of Cusco", a march to demand land titles.',
            "en",
        ),
        (
            "Miles de agricultores se concentrarán en Cusco el viernes en lo que llaman «la toma "
            "del Cusco», una marcha para exigir títulos de propiedad.",
            "es",
        ),
    ],
)
def test_a_noun_in_apposition_describes_the_event_named_before(resources, text, language):
    assert len(_subs(resources, text, language)) == 1


def test_a_march_and_a_strike_named_apart_stay_two(resources):
    text = "Miles marcharon el jueves en Puno, mientras el paro regional cumplía su quinto día."
    assert len(_subs(resources, text, "es")) == 2


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        ("Last year, an angry crowd in Juli beat a suspected thief to death.", "en", 1),
        ("En 2004, una turba en Ilave golpeó al alcalde hasta matarlo.", "es", 1),
    ],
)
def test_a_mob_beating_to_death_counts_its_dead(resources, text, language, killed):
    doc = Document(id="t", text=text, language=language, published=dt.date(2024, 3, 12))
    found = [m for m in extract(doc, resources).events if m.sub_event_type == "Mob violence"]
    assert found and found[0].killed is not None and found[0].killed.value == killed


def test_a_mob_beating_several_to_death_is_not_one_dead(resources):
    text = "Last year, an angry crowd in Juli beat two suspected thieves to death."
    doc = Document(id="t", text=text, language="en", published=dt.date(2024, 3, 12))
    found = [m for m in extract(doc, resources).events if m.sub_event_type == "Mob violence"]
    assert found and (found[0].killed is None or found[0].killed.value != 1)
