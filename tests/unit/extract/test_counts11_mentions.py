"""Missed mentions and counts of the twentieth session (counts11): people "intervenidos" told
by a plain copula ("los intervenidos fueron 193") are the operation's detained, not a rising
toll; "caer" of people under fire is to die, only with a person noun ("cayeron otros dos
jóvenes", never "cayeron otros dos goles"); more wounded a source's balance adds to a shooting
told before ("Otras 37 personas resultaron heridas, según el balance de la Diresa") are that
shooting's; two sources' figures for one incident named by its day and town ("On the night of
3 May, police opened fire on residents of Siloé, in Cali; at least three people died, and
neighbourhood groups speak of five") are its count, not a toll."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _run(resources: Resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 22))
    return extract(doc, resources)


def _counts(x, what: str) -> list[int]:
    return sorted(c.value for e in x.events if (c := e.count(what)) is not None)


def _tallies(x, what: str) -> list[int]:
    return sorted(t.value for t in x.tallies if t.what == what)


_RAID = "La policía desalojó el sábado el local de la federación en Arequipa. "


@pytest.mark.parametrize(
    ("text", "detained"),
    [
        ("Según la Prefectura, los intervenidos fueron 47.", 47),
        ("De acuerdo con la Fiscalía, las intervenidas fueron doce, todas estudiantes.", 12),
        ("Los detenidos fueron 31, según el abogado de la federación.", 31),
    ],
)
def test_a_copula_figure_is_the_operations_detained(
    resources: Resources, text: str, detained: int
) -> None:
    x = _run(resources, _RAID + text, "es")
    assert detained in _counts(x, "detained")
    assert _tallies(x, "detained") == []


@pytest.mark.parametrize(
    "text",
    [
        # a rising toll keeps its verb of growth
        "Según la Defensoría, los detenidos desde el inicio de las protestas ascienden a 329.",
        # a period makes the copula's figure a toll too
        "Según la Defensoría, los detenidos desde el inicio de las protestas fueron 329.",
    ],
)
def test_a_rising_or_period_figure_stays_a_toll(resources: Resources, text: str) -> None:
    x = _run(resources, text, "es")
    assert _tallies(x, "detained") == [329]


def test_the_copula_without_a_figure_counts_nothing(resources: Resources) -> None:
    x = _run(resources, _RAID + "Los intervenidos fueron trasladados a la comisaría.", "es")
    assert 47 not in _counts(x, "detained")
    assert _tallies(x, "detained") == []


def test_a_corrected_figure_is_no_toll(resources: Resources) -> None:
    x = _run(
        resources,
        "¿Murieron cuatro mineros en el tiroteo de Pataz? No: las víctimas fueron dos",
        "es",
    )
    assert _tallies(x, "killed") == []


_SHOTS = "Los soldados dispararon contra los manifestantes que marchaban al puente de Ilave. "


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Esa misma tarde, junto al puente, cayeron otros tres comuneros.", 3),
        ("Minutos después cayeron otras dos personas en la avenida principal.", 2),
        ("Al caer la noche cayó muerto un rondero de 35 años.", 1),
        ("Cerca del mercado cayeron baleados dos estudiantes.", 2),
    ],
)
def test_falling_under_fire_is_dying(resources: Resources, text: str, killed: int) -> None:
    x = _run(resources, _SHOTS + text, "es")
    assert killed in _counts(x, "killed")


@pytest.mark.parametrize(
    "text",
    [
        "En la bolsa de Lima cayeron otros dos puntos las acciones mineras.",
        "Por la tarde cayeron otros dos aguaceros sobre la ciudad.",
        "En el segundo tiempo del partido cayeron otros dos goles.",
    ],
)
def test_falling_things_are_no_dead(resources: Resources, text: str) -> None:
    x = _run(resources, _SHOTS + text, "es")
    assert _counts(x, "killed") == []


def test_falling_detainees_are_arrests(resources: Resources) -> None:
    x = _run(resources, _SHOTS + "Por la noche cayeron otros dos detenidos en la plaza.", "es")
    assert _counts(x, "killed") == []
    assert 2 in _counts(x, "detained")


_SHOT_DEAD = (
    "Un dirigente murió el martes en Sicuani cuando la policía disparó contra los manifestantes "
    "que bloqueaban el puente. Era padre de tres hijos.\n\n"
)


def test_more_wounded_in_a_sources_balance_are_the_shootings(resources: Resources) -> None:
    x = _run(
        resources,
        _SHOT_DEAD + "Otras 22 personas resultaron heridas, según el balance de la Red de Salud.",
        "es",
    )
    assert 22 in _counts(x, "injured")
    assert _tallies(x, "injured") == []


def test_a_balance_since_a_day_stays_a_toll(resources: Resources) -> None:
    x = _run(
        resources,
        _SHOT_DEAD
        + "Otras 220 personas resultaron heridas desde el inicio del paro, según el balance de "
        "la Red de Salud.",
        "es",
    )
    assert 220 not in _counts(x, "injured")


def test_two_sources_for_one_named_incident_count_it(resources: Resources) -> None:
    x = _run(
        resources,
        "On the night of 9 January, soldiers opened fire on residents of Juliaca near the "
        "airport; at least six people died, and local groups speak of nine.",
        "en",
    )
    assert _tallies(x, "killed") == []
    assert _counts(x, "killed") and _counts(x, "killed")[0] == 6


def test_a_toll_that_later_rose_is_no_incident_of_the_day(resources: Resources) -> None:
    x = _run(
        resources,
        "The roof of the market in Huancayo collapsed on 3 March, killing 11 people, a toll "
        "that later rose to 12.",
        "en",
    )
    assert _counts(x, "killed") == []


def test_wounded_a_source_gives_after_an_attack_are_its_despite_a_rival(
    resources: Resources,
) -> None:
    x = _run(
        resources,
        "Cientos de manifestantes marcharon el martes en Ilave. Un grupo de manifestantes "
        "incendió la comisaría de Ilave. Cuatro agentes resultaron "
        "heridos, según la Policía; otras fuentes hablan de once.",
        "es",
    )
    assert _tallies(x, "injured") == []
    assert 4 in _counts(x, "injured")


def test_a_disputed_toll_without_an_incident_stays_a_toll(resources: Resources) -> None:
    x = _run(
        resources,
        "Un observatorio dijo que al menos 11 personas murieron en las protestas; otro grupo "
        "habla de 14.",
        "es",
    )
    assert _counts(x, "killed") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Lo enterraron ayer en Abancay, tras un cortejo de miles de personas que cruzó la "
            "plaza de Armas.",
            "es",
        ),
        ("En Cusco, un cortejo de cientos de comuneros acompañó el ataúd.", "es"),
        ("In Cusco a cortege of thousands followed the coffin to the cemetery.", "en"),
        ("At the burial in Puno, hundreds of mourners chanted against the president.", "en"),
        (
            "Durante el entierro en Juliaca, los deudos corearon consignas contra la presidenta.",
            "es",
        ),
    ],
)
def test_corteges_and_chants_are_protests(resources: Resources, text: str, language: str) -> None:
    x = _run(resources, text, language)
    assert any(e.event_type == "Protests" for e in x.events)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La fiesta de la Candelaria en Puno cerró con un cortejo de danzantes.", "es"),
        ("At the stadium in Lima, thousands of fans chanted the name of their striker.", "en"),
        ("The choir in Cusco chanted hymns at the cathedral.", "en"),
    ],
)
def test_festive_corteges_and_chants_are_not(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert not any(e.event_type == "Protests" for e in x.events)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La policía disparó contra los manifestantes el lunes en Puno: un comunero murió en "
            "Juli y otro más en Ilave.",
            "es",
        ),
        (
            "Police opened fire on protesters in Puno on Monday: one man died in Juli and "
            "another in Ilave.",
            "en",
        ),
    ],
)
def test_one_dead_in_each_of_two_towns_is_two_incidents(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    assert _counts(x, "killed") == [1, 1]
    assert "Ilave" in {e.location.name for e in x.events if e.location is not None}


def test_another_one_in_the_same_town_stays_one_incident(resources: Resources) -> None:
    x = _run(
        resources,
        "La policía disparó contra los manifestantes en Juli: un comunero murió en el acto y "
        "otro más en el hospital.",
        "es",
    )
    assert _counts(x, "killed") == [2]


@pytest.mark.parametrize(
    ("text", "language", "injured"),
    [
        (
            "Los soldados dispararon contra los manifestantes en Ilave. Los heridos superan los "
            "sesenta.",
            "es",
            60,
        ),
        (
            "La policía disparó contra los manifestantes en Juliaca. Los heridos superan los 80, "
            "según la Diresa.",
            "es",
            80,
        ),
        ("Soldiers fired on protesters in Juliaca. The injured exceeded 70.", "en", 70),
    ],
)
def test_wounded_after_force_on_protesters_are_its(
    resources: Resources, text: str, language: str, injured: int
) -> None:
    x = _run(resources, text, language)
    assert injured in _counts(x, "injured")


def test_wounded_after_an_attack_on_a_bus_are_no_protest(resources: Resources) -> None:
    x = _run(
        resources,
        "Unos sicarios dispararon contra un bus de la empresa El Dorado en Trujillo. Los heridos "
        "superan los diez.",
        "es",
    )
    assert not any(e.event_type == "Protests" for e in x.events)


_FIRED = "La policía disparó contra los manifestantes en Juliaca el lunes. "


@pytest.mark.parametrize(
    ("text", "what", "value"),
    [
        ("Según los dirigentes, los arrestados pasan de cien.", "detained", 100),
        ("Los heridos pasaban de 40, según el hospital.", "injured", 40),
        ("Al menos doce personas perdieron la visión de un ojo.", "injured", 12),
        ("El dirigente cayó por un disparo de los militares.", "killed", 1),
        ("Un rondero cayó con un balazo en el pecho junto al puente.", "killed", 1),
    ],
)
def test_more_ways_to_tell_a_figure(resources: Resources, text: str, what: str, value: int) -> None:
    x = _run(resources, _FIRED + text, "es")
    assert value in _counts(x, what)


def test_falling_wounded_is_no_death(resources: Resources) -> None:
    x = _run(resources, _FIRED + "Un comunero cayó herido por un disparo en la pierna.", "es")
    assert _counts(x, "killed") == []
    assert 1 in _counts(x, "injured")


def test_sales_that_pass_a_figure_count_nobody(resources: Resources) -> None:
    x = _run(resources, "Las ventas del comercio en Juliaca pasan de cien millones.", "es")
    assert _counts(x, "detained") == [] and _counts(x, "injured") == []


_MARCH = "Thousands marched in Ilave on Monday. "


def test_the_dead_after_fire_told_in_a_second_clause_are_the_fires(resources: Resources) -> None:
    x = _run(
        resources,
        _MARCH + "In the evening, demonstrators burned a police post, and soldiers responded "
        "with live fire; three people died there.",
        "en",
    )
    # the fire told as the forces' answer is a mention of the riot (twenty-sixth session,
    # types3); its dead stay with the fire's clause, not with the burning told first
    riot = [e for e in x.events if e.sub_event_type == "Violent demonstration"]
    assert [e.killed.value if e.killed else None for e in riot] == [None, 3]
    assert "fire" in riot[1].trigger.text


def test_an_arrest_after_the_fire_stays_out_of_its_clause(resources: Resources) -> None:
    x = _run(
        resources,
        _MARCH + "In the evening, demonstrators burned a police post, and soldiers responded "
        "with live fire; police later arrested twelve people.",
        "en",
    )
    force = [e for e in x.events if e.sub_event_type == "Excessive force against protesters"]
    assert not force or force[0].detained is None


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        (
            "On Monday soldiers opened fire on protesters in Ilave. A rights group has counted at "
            "least 12 dead; local priests put the toll above 20.",
            "en",
            [12, 20],
        ),
        (
            "On Monday soldiers opened fire on protesters in Ilave; at least four people died, "
            "and neighbourhood groups speak of seven.",
            "en",
            [4, 7],
        ),
        (
            "El lunes los soldados dispararon contra los manifestantes en Ilave; al menos cuatro "
            "personas murieron, y los vecinos hablan de siete.",
            "es",
            [4, 7],
        ),
    ],
)
def test_another_sources_figure_is_its_own_mention(
    resources: Resources, text: str, language: str, values: list[int]
) -> None:
    x = _run(resources, text, language)
    assert _counts(x, "killed") == values
    assert _tallies(x, "killed") == []
    facts = [e.factuality for e in x.events if e.killed is not None]
    assert "reported" in facts


@pytest.mark.parametrize(
    "text",
    [
        # the same figure from a second source adds no mention
        "On Monday soldiers opened fire on protesters in Ilave; at least four people died, and "
        "neighbourhood groups speak of four.",
        # a figure of another kind is no rival
        "On Monday soldiers opened fire on protesters in Ilave; at least four people died, and "
        "police said 30 people were arrested.",
    ],
)
def test_no_rival_no_second_mention(resources: Resources, text: str) -> None:
    x = _run(resources, text, "en")
    assert _counts(x, "killed") == [4]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 3 March in Cusco, a student was stabbed by unidentified men while he was dancing "
            "at a peaceful sit-in outside the university.",
            "en",
        ),
        (
            "El 3 de marzo, en Cusco, unos desconocidos apuñalaron a un estudiante mientras "
            "participaba en un plantón frente a la universidad.",
            "es",
        ),
    ],
)
def test_the_protest_someone_was_attacked_at_is_told_too(
    resources: Resources, text: str, language: str
) -> None:
    x = _run(resources, text, language)
    subs = {e.sub_event_type for e in x.events}
    assert "Peaceful protest" in subs and len(x.events) >= 2


def test_custody_is_no_protest_of_its_own(resources: Resources) -> None:
    x = _run(
        resources,
        "In Cusco, a woman said officers had beaten her while she was in custody at the "
        "police station.",
        "en",
    )
    assert "Peaceful protest" not in {e.sub_event_type for e in x.events}


@pytest.mark.parametrize(
    "text",
    [
        "En Arequipa, cientos de manifestantes avanzan por la avenida Ejército hacia la plaza.",
        # a polysemous word needs a protest reading: here the protest named before
        "Tras el entierro del dirigente en Cusco, miles de personas recorrían las calles con "
        "velas y fotos de las víctimas para exigir justicia.",
    ],
)
def test_a_crowd_moving_through_the_streets_is_a_march(resources: Resources, text: str) -> None:
    x = _run(resources, text, "es")
    assert any(e.mode == "march" for e in x.events)


@pytest.mark.parametrize(
    "text",
    [
        "El camión de la basura avanza por la avenida Grau en Lima.",
        "En Lima, los turistas recorren las calles del centro histórico.",
    ],
)
def test_traffic_and_tourists_are_no_march(resources: Resources, text: str) -> None:
    x = _run(resources, text, "es")
    assert not any(e.event_type == "Protests" for e in x.events)


def test_a_rally_that_moves_on_is_one_protest(resources: Resources) -> None:
    x = _run(
        resources,
        "En Lima, miles de manifestantes se concentran en la plaza Dos de Mayo y avanzan por la "
        "avenida Piérola.",
        "es",
    )
    assert len([e for e in x.events if e.event_type == "Protests"]) == 1
