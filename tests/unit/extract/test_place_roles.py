"""Regional reports name many towns that are not where the event happened: where people come
from or belong, who governs a town, where a leader lives, where a road leads or lies between,
what a protest is about or is compared with, where the wounded were taken. Such a town gives
way to a town the sentence places the event in, then to the story's town (the incident told
before, else the dateline's)."""

from __future__ import annotations

import pytest

from veeduria.extract.places import (
    _list_head,
    about,
    belongs,
    came_elsewhere,
    lives_in,
    on_road,
    strike_scope,
    taken_to,
    weak,
)
from veeduria.extract.terms import fold
from veeduria.models import Location


def _at(text: str, name: str, nth: int = 0) -> Location:
    """A mention of ``name`` in ``text`` (its ``nth`` occurrence), unresolved."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Location(text=name, span=(start, start + len(name)))


def _town(mentions, text, language, word):
    """The town (``name``) of the event whose trigger sentence holds ``word``."""
    found = [m for m in mentions(text, language) if word in text[m.sentence[0] : m.sentence[1]]]
    assert found, f"no event in the sentence with {word!r}"
    loc = found[0].location
    assert loc is not None
    return loc.name


# ---------------------------------------------------------------------------- lists of names


@pytest.mark.parametrize(
    ("text", "name", "head"),
    [
        ("comuneros de Azángaro, Huancané y Moho llegaron", "Moho", "Azángaro"),
        ("comuneros de Azángaro, Huancané y Moho llegaron", "Huancané", "Azángaro"),
        ("farmers from Santa Rosa, Nuñoa and Orurillo marched", "Orurillo", "Santa Rosa"),
        ("el tramo entre Ilave y Juli", "Juli", "Ilave"),
        ("marcharon en Juliaca el lunes", "Juliaca", "Juliaca"),
    ],
)
def test_list_head_finds_the_first_name_of_a_list(text, name, head):
    assert _list_head(text, text.index(name)) == text.index(head)


# ---------------------------------------------------------------------------- belonging


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Miles de comuneros de Azángaro, Huancané y Moho llegaron a la ciudad", "Moho"),
        ("Unos tres mil pobladores de los distritos de Santa Rosa y Nuñoa marcharon", "Nuñoa"),
        ("Cientos de campesinos de las provincias altas de Espinar y Canas llegaron", "Espinar"),
        ("Transportistas y mineros artesanales de Atico y Yauca bloquearon la vía", "Yauca"),
        ("Delegaciones de Ilave, Juli y Pomata se sumaron a la movilización", "Pomata"),
        ("El alcalde de Ayaviri encabezó la protesta", "Ayaviri"),
        ("Más de 5 mil personas de las provincias de Azángaro, Melgar y Carabaya", "Carabaya"),
        ("la marcha, encabezada por el alcalde provincial de Lampa, llegó a la plaza", "Lampa"),
        ("The march, led by the mayor of Santa Rosa, ended in the square", "Santa Rosa"),
        ("Hundreds of residents of Juliaca gathered outside the hospital", "Juliaca"),
        ("Juliaca's mayor asked the government for calm", "Juliaca"),
        ("A leader who lives in Orurillo said the strike would end", "Orurillo"),
    ],
)
def test_people_named_by_their_town_make_it_weak(text, name):
    loc = _at(text, name)
    assert belongs(loc, text)
    assert weak(loc, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Los manifestantes marcharon por las calles de Azángaro", "Azángaro"),
        ("Protesters gathered in Juliaca on Monday", "Juliaca"),
        ("La marcha llegó hasta la plaza de armas de Andahuaylas", "Andahuaylas"),
    ],
)
def test_a_town_where_people_act_is_not_theirs_only(text, name):
    assert not belongs(_at(text, name), text)


@pytest.mark.parametrize(
    ("text", "name", "elsewhere"),
    [
        # they came to the story's town
        (
            "Miles de comuneros de Azángaro llegaron la mañana de este martes a la ciudad",
            "Azángaro",
            True,
        ),
        ("Un dirigente de Espinar que viajó con su delegación denunció abusos", "Espinar", True),
        ("Farmers from Huancané had travelled through the night to join them", "Huancané", True),
        # a leader of the event, or one who only speaks of it
        (
            "La movilización, encabezada por el alcalde de Santa Rosa, recorrió el centro",
            "Santa Rosa",
            True,
        ),
        ("Un dirigente de Pomata dijo que la medida continuará", "Pomata", True),
        # they acted at home
        ("En 2004, residents of Ilave lynched their mayor", "Ilave", False),
        ("Los comuneros de Talavera bloquearon desde el lunes la carretera", "Talavera", False),
    ],
)
def test_came_elsewhere_tells_visitors_from_locals(text, name, elsewhere):
    loc = _at(text, name)
    assert belongs(loc, text)
    assert came_elsewhere(loc, text, (0, len(text))) is elsewhere


@pytest.mark.parametrize(
    ("text", "language", "word", "town"),
    [
        (
            "JULIACA.– Miles de comuneros de Azángaro, Huancané y Moho llegaron este martes a "
            "la ciudad y marcharon por el jirón San Román para exigir la renuncia de la "
            "presidenta.",
            "es",
            "marcharon",
            "Juliaca",
        ),
        (
            "CUSCO.– Cientos de campesinos de las provincias altas de Espinar, Chumbivilcas y "
            "Canas llegaron el martes a la ciudad y marcharon este miércoles hasta la plaza de "
            "Armas.",
            "es",
            "marcharon",
            "Cusco",
        ),
        (
            "SICUANI.– Los manifestantes bloquearon la vía desde la madrugada. Un dirigente de "
            "Espinar que viajó con su delegación denunció que los policías detuvieron a tres "
            "comuneros.",
            "es",
            "detuvieron",
            "Sicuani",
        ),
        (
            "AYAVIRI, Peru — Thousands of people marched through the town on Thursday. Farmers "
            "from the districts of Santa Rosa, Nuñoa and Orurillo had walked for hours to join "
            "the march.",
            "en",
            "join",
            "Ayaviri",
        ),
        (
            "PUNO, Peru — Students marched to the prefecture on Monday. Residents of Juliaca "
            "who came by bus joined the protest in the afternoon.",
            "en",
            "joined",
            "Puno",
        ),
    ],
)
def test_people_from_other_towns_act_in_the_story_town(mentions, text, language, word, town):
    assert _town(mentions, text, language, word) == town


@pytest.mark.parametrize(
    ("text", "language", "word", "town"),
    [
        (
            "PUNO, Peru — The Aymara have a long tradition of protest. In 2011 they paralysed "
            "Puno for weeks in a strike, and in 2004 residents of Ilave lynched their mayor.",
            "en",
            "lynched",
            "Ilave",
        ),
        (
            "PUNO.– Los comuneros de Huancané bloquearon este lunes la carretera con piedras.",
            "es",
            "bloquearon",
            "Huancané",
        ),
    ],
)
def test_people_acting_at_home_keep_their_town(mentions, text, language, word, town):
    assert _town(mentions, text, language, word) == town


# ---------------------------------------------------------------------------- roads


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("un grupo de jóvenes tomó la carretera hacia Cusco", "Cusco"),
        ("bloquearon la vía a Arequipa con piedras", "Arequipa"),
        ("El tramo entre Sicuani y Combapata permaneció bloqueado", "Combapata"),
        ("El tramo entre Sicuani y Combapata permaneció bloqueado", "Sicuani"),
        ("la carretera que une Ilave con Juli", "Juli"),
        ("El bloqueo de la vía, que une la selva central con la costa", "selva central"),
        ("young men blocked the road to Cusco with rocks", "Cusco"),
        ("the highway linking Juliaca and Puno was closed", "Puno"),
        ("stranding dozens of trucks bound for Juliaca and Arequipa", "Arequipa"),
        ("camiones con destino a Arequipa quedaron varados", "Arequipa"),
        ("Protesters blocked the railway to Machu Picchu on Monday", "Machu Picchu"),
        ("bloquearon el ferrocarril a Machu Picchu", "Machu Picchu"),
    ],
)
def test_where_a_road_leads_is_on_the_road(text, name):
    loc = _at(text, name)
    assert on_road(loc, text)
    assert weak(loc, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bloquearon la carretera en Ilave", "Ilave"),
        ("the road was blocked in Azángaro", "Azángaro"),
    ],
)
def test_a_road_blocked_in_a_town_is_in_it(text, name):
    assert not on_road(_at(text, name), text)


@pytest.mark.parametrize(
    ("text", "language", "word", "town"),
    [
        (
            "AYAVIRI.– Unos tres mil pobladores marcharon este jueves por las calles. Por la "
            "tarde, un grupo de jóvenes tomó la carretera hacia Cusco y bloqueó el tránsito con "
            "piedras.",
            "es",
            "bloqueó",
            "Ayaviri",
        ),
        (
            "SICUANI.– Los manifestantes bloquearon la vía desde la madrugada. El tramo entre "
            "Sicuani y Combapata permaneció bloqueado con piedras durante toda la jornada.",
            "es",
            "permaneció",
            "Sicuani",
        ),
        (
            "JULIACA.– Cientos de manifestantes marcharon este martes por el centro. Luego "
            "bloquearon la vía Juliaca–Puno a la altura del puente Maravillas.",
            "es",
            "Luego",
            "Juliaca",
        ),
        (
            "AYAVIRI, Peru — Thousands of farmers marched through this highland town on "
            "Thursday. Later in the day, young men blocked the road to Cusco with rocks.",
            "en",
            "blocked",
            "Ayaviri",
        ),
    ],
)
def test_a_blockade_on_a_road_to_a_town_is_in_the_story_town(mentions, text, language, word, town):
    assert _town(mentions, text, language, word) == town


# ---------------------------------------------------------------------------- what it is about


@pytest.mark.parametrize(
    ("text", "name", "trigger", "expected"),
    [
        ("marcharon en rechazo a las muertes de Juliaca", "Juliaca", "marcharon", True),
        ("rindieron homenaje a los fallecidos de Juliaca", "Juliaca", "homenaje", True),
        ("marcharon en respaldo a los detenidos de Chala", "Chala", "marcharon", True),
        ("farmers marched to protest the killings in Juliaca", "Juliaca", "marched", True),
        ("pidieron evitar disturbios como ocurrió en Ilave", "Ilave", "disturbios", True),
        ("the march was peaceful, as it happened in Cusco", "Cusco", "march", True),
        # the event's own word: its town
        ("la masacre de Juliaca dejó 17 muertos", "Juliaca", "masacre", False),
        ("the killings in Juliaca shocked the country", "Juliaca", "killings", False),
        # where the wounded were when they were hurt
        (
            "dispararon contra personas que auxiliaban a heridos en Ayacucho",
            "Ayacucho",
            "dispararon",
            False,
        ),
    ],
)
def test_about_tells_the_incident_a_protest_is_about(text, name, trigger, expected):
    a = text.index(trigger)
    assert about(_at(text, name), text, (a, a + len(trigger))) is expected


@pytest.mark.parametrize(
    ("text", "language", "word", "town"),
    [
        (
            "AYAVIRI.– Unos tres mil pobladores marcharon este jueves por las calles de la "
            "ciudad en rechazo a las muertes de Juliaca.",
            "es",
            "marcharon",
            "Ayaviri",
        ),
        (
            "ILAVE.– Pobladores aimaras marcharon este miércoles por el centro. Durante la "
            "marcha, los dirigentes rindieron homenaje a los fallecidos de Juliaca.",
            "es",
            "Durante",
            "Ilave",
        ),
        (
            "AREQUIPA, Peru — About two thousand people marched downtown on Friday to protest "
            "the killings in Juliaca.",
            "en",
            "marched",
            "Arequipa",
        ),
    ],
)
def test_a_protest_about_another_town_is_in_the_story_town(mentions, text, language, word, town):
    assert _town(mentions, text, language, word) == town


# ---------------------------------------------------------------------------- residence


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("A leader of the federation, who lives in Orurillo, said", "Orurillo", True),
        ("un dirigente que vive en Macusani dijo", "Macusani", True),
        ("los vecinos que residen en el distrito de Juli denunciaron", "Juli", True),
        ("los vecinos marcharon en Juli", "Juli", False),
    ],
)
def test_lives_in_tells_where_someone_lives(text, name, expected):
    assert lives_in(_at(text, name), text) is expected


# ---------------------------------------------------------------------------- taken elsewhere


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Otros doce heridos fueron trasladados al hospital Carlos Monge Medrano y dos de "
            "ellos, por su gravedad, a Arequipa.",
            "Arequipa",
            True,
        ),
        ("Five wounded were taken to a local clinic and two of them to Lima.", "Lima", True),
        (
            "La Policía detuvo a cinco personas, a quienes trasladó a la comisaría de Abancay.",
            "Abancay",
            True,
        ),
        ("Los manifestantes llegaron a Juliaca y marcharon al aeropuerto.", "Juliaca", False),
    ],
)
def test_taken_to_follows_the_verb_to_a_second_destination(text, name, expected):
    assert taken_to(text, text.index(name)) is expected


@pytest.mark.parametrize(
    ("text", "language", "word", "town"),
    [
        (
            "ANDAHUAYLAS.– Dos jóvenes murieron este domingo en los enfrentamientos. La Policía "
            "detuvo a cinco personas, a quienes trasladó a la comisaría de Abancay.",
            "es",
            "detuvo",
            "Andahuaylas",
        ),
        (
            "CHALA.– Transportistas de Atico y Yauca bloquearon este viernes la Panamericana Sur "
            "a la salida de la ciudad. La Policía desbloqueó la vía al mediodía y detuvo a ocho "
            "manifestantes, que fueron llevados a la comisaría de Camaná.",
            "es",
            "bloquearon",
            "Chala",
        ),
    ],
)
def test_where_people_were_taken_is_not_where_it_happened(mentions, text, language, word, town):
    assert _town(mentions, text, language, word) == town


# ---------------------------------------------------------------------------- institutions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("convocados por el Frente de Defensa de los Intereses de Puno", "Puno"),
        ("según la Federación de Mineros Artesanales de Arequipa", "Arequipa"),
        ("The Puno regional health directorate said 68 people were wounded", "Puno"),
        ("A leader of the Melgar peasant federation said", "Melgar"),
        ("según informó Radio Juliaca", "Juliaca"),
    ],
)
def test_a_town_in_an_institutions_name_is_weak(text, name):
    assert weak(_at(text, name), text)


# ---------------------------------------------------------------------------- the lead


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        (
            "ANDAHUAYLAS, Peru — Two young men were killed on Sunday as police clashed with "
            "protesters at the airport of this Andean town in the Apurímac region.",
            "en",
            "Andahuaylas",
        ),
        (
            "AYAVIRI, Peru — Thousands of farmers marched through this town on Thursday, in one "
            "of the largest demonstrations the province of Melgar has seen.",
            "en",
            "Ayaviri",
        ),
        (
            "SICUANI.– Miles de pobladores marcharon este lunes por las calles de la capital de "
            "la provincia de Canchis.",
            "es",
            "Sicuani",
        ),
    ],
)
def test_a_lead_naming_the_division_around_the_dateline_is_the_datelines_town(
    mentions, text, language, town
):
    events = mentions(text, language)
    assert events
    assert events[0].location is not None
    assert events[0].location.name == town


# ---------------------------------------------------------------------------- the gazetteer


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        ("Many of the demonstrators had come from Azángaro, Huancané and Ilave.", "en", "Ilave"),
        ("Among the dead was a medical student from Puno.", "en", "Puno"),
        ("Farmers from the districts of Santa Rosa, Nuñoa and Orurillo marched.", "en", "Orurillo"),
    ],
)
def test_the_finder_leaves_out_where_people_came_from(resources, text, language, absent):
    found = resources.places.find(text, fold(text), 0, len(text), language)
    assert absent not in [p.text for p in found]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # a square named after a national hero is in every town: the story's
        ("JULIACA.– Miles marcharon hasta la plaza Bolognesi.", "plaza Bolognesi", None),
        (
            "AYACUCHO.– Los estudiantes se reunieron en la plaza San Martín.",
            "plaza San Martín",
            None,
        ),
        # in a story that names no other department, or names Lima, the capital's
        ("Miles de personas marcharon hasta la plaza San Martín.", "plaza San Martín", "Lima"),
        ("LIMA.– Miles marcharon hasta la plaza Bolognesi.", "plaza Bolognesi", "Lima"),
    ],
)
def test_a_square_with_a_common_name_belongs_to_the_story(resources, text, name, admin1):
    found = {p.text: p.admin1 for p in resources.places.find(text, fold(text), 0, len(text), "es")}
    assert found.get(name) == admin1


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("bloquearon la vía Juliaca–Puno a la altura del puente", "Juliaca", "Puno"),
        ("blocked the Cusco-Puno highway near the border", "Cusco", "Puno"),
    ],
)
def test_a_road_named_by_its_ends_keeps_both_towns(resources, text, first, second):
    found = resources.places.find(text, fold(text), 0, len(text), "es")
    names = {p.text: p.name for p in found}
    assert names.get(first) == first
    assert names.get(second) == second


# ---------------------------------------------------------------------------- strikes


@pytest.mark.parametrize(
    ("text", "trigger", "scope"),
    [
        ("said the 48-hour strike in the province would end on Friday", "strike", 2),
        ("el paro en toda la provincia continuará", "paro", 2),
        ("the strike in Juliaca went on", "strike", None),
    ],
)
def test_strike_scope_reads_the_province_after_the_strike(text, trigger, scope):
    a = text.index(trigger)
    assert strike_scope(text, (a, a + len(trigger))) == scope


# ---------------------------------------------------------------------------- more roles


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("marcharon en solidaridad con los pobladores de Ilave", "Ilave", "marcharon"),
        ("exigieron justicia para los 18 fallecidos de Juliaca", "Juliaca", "exigieron"),
        ("se movilizaron en rechazo a la muerte de un joven en Juliaca", "Juliaca", "movilizaron"),
        (
            "students marched to protest the shooting of two farmers in Ayaviri",
            "Ayaviri",
            "marched",
        ),
        ("hundreds rallied in solidarity with Puno", "Puno", "rallied"),
    ],
)
def test_a_grievance_about_another_town_makes_it_about(text, name, trigger):
    a = text.index(trigger)
    assert about(_at(text, name), text, (a, a + len(trigger)))


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        # the grievance's phrase ends before the town: the town is the event's
        ("en rechazo a las muertes, miles marcharon en Puno", "Puno", "marcharon"),
        ("to protest the killings, students marched in Cusco", "Cusco", "marched"),
    ],
)
def test_a_town_after_the_grievance_is_the_events(text, name, trigger):
    a = text.index(trigger)
    assert not about(_at(text, name), text, (a, a + len(trigger)))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bloquearon el puente Maravillas, en la salida a Puno", "Puno"),
        ("levantaron barricadas en la salida hacia Arequipa", "Arequipa"),
        ("burned tyres on the road out to Cusco", "Cusco"),
        ("los buses que viajaban en dirección a Desaguadero", "Desaguadero"),
    ],
)
def test_the_way_out_to_a_town_is_on_the_road(text, name):
    assert on_road(_at(text, name), text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Los manifestantes, en su mayoría de Azángaro, tomaron el puente", "Azángaro"),
        ("The protesters, mostly from Ilave, blocked the bridge", "Ilave"),
        ("Cientos de aimaras de Chucuito y Yunguyo marcharon", "Yunguyo"),
    ],
)
def test_people_mostly_from_a_town_belong_to_it(text, name):
    assert belongs(_at(text, name), text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Los manifestantes salieron de Ilave a las cinco de la mañana.", "Ilave"),
        ("Las delegaciones partieron de Juli y Pomata el domingo.", "Pomata"),
        ("Cientos arribaron desde Azángaro en camiones.", "Azángaro"),
    ],
)
def test_the_finder_leaves_out_where_people_set_off_from(resources, text, absent):
    found = resources.places.find(text, fold(text), 0, len(text), "es")
    assert absent not in [p.text for p in found]


# ---------------------------------------------------------------------------- the story's town


@pytest.mark.parametrize(
    ("text", "language", "word", "town"),
    [
        # a scene set aside in its own sentence; a later paragraph with no place returns to
        # the dateline's story
        (
            "JULIACA.– Cientos de manifestantes marcharon este lunes por el centro.\n\n"
            "Mientras tanto, en Desaguadero, los transportistas bloquearon el puente.\n\n"
            "Por la tarde, la policía lanzó bombas lacrimógenas contra los manifestantes.",
            "es",
            "lacrimógenas",
            "Juliaca",
        ),
        (
            "AYAVIRI, Peru — Thousands of farmers marched through the town on Thursday.\n\n"
            "In Puno, students rallied outside the prefecture.\n\n"
            "Later, police fired tear gas at the marchers.",
            "en",
            "tear gas",
            "Ayaviri",
        ),
        # within the paragraph, the scene goes on
        (
            "JULIACA.– Cientos de manifestantes marcharon este lunes por el centro. Mientras "
            "tanto, en Desaguadero, los transportistas bloquearon el puente. Allí, la policía "
            "lanzó bombas lacrimógenas contra los transportistas.",
            "es",
            "lacrimógenas",
            "Desaguadero",
        ),
    ],
)
def test_a_later_paragraph_returns_to_the_datelines_story(mentions, text, language, word, town):
    assert _town(mentions, text, language, word) == town


@pytest.mark.parametrize(
    ("text", "language", "word", "town"),
    [
        (
            "JULIACA.– Cientos de manifestantes marcharon este lunes por el centro. Los "
            "dirigentes anunciaron una marcha hacia Lima para el jueves. Por la tarde, la "
            "policía lanzó bombas lacrimógenas contra los manifestantes.",
            "es",
            "lacrimógenas",
            "Juliaca",
        ),
        (
            "CUSCO, Peru — Hundreds of people marched to the main square on Monday. Union "
            "leaders called for a march in Lima on Thursday. In the evening, police fired tear "
            "gas at the protesters.",
            "en",
            "tear gas",
            "Cusco",
        ),
    ],
)
def test_the_place_of_a_planned_event_is_not_carried_on(mentions, text, language, word, town):
    assert _town(mentions, text, language, word) == town


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("PUNO | Cientos de estudiantes marcharon este lunes por el centro.", "es", "Puno"),
        (
            "Juliaca.- Miles de comuneros de Azángaro llegaron a la ciudad y marcharon.",
            "es",
            "Juliaca",
        ),
        (
            "Por Ana Quispe\nAYAVIRI.– Los comuneros de Orurillo llegaron a la ciudad y marcharon "
            "este jueves.",
            "es",
            "Ayaviri",
        ),
        ("ILAVE: Pobladores de Juli llegaron a la ciudad y bloquearon la vía.", "es", "Ilave"),
    ],
)
def test_a_town_set_off_at_the_head_is_the_dateline(mentions, text, language, town):
    events = mentions(text, language)
    assert events
    assert events[0].location is not None
    assert events[0].location.name == town


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        (
            "AYAVIRI.– Unos tres mil pobladores de los distritos de Santa Rosa, Nuñoa y Orurillo "
            "marcharon este jueves por las calles de la capital de la provincia de Melgar.",
            "es",
            "Ayaviri",
        ),
        (
            "PUNO, Peru — In 2004, residents of Ilave, also in Puno, lynched their mayor.",
            "en",
            "Ilave",
        ),
    ],
)
def test_a_peoples_town_qualifies_only_a_place_beside_it(mentions, text, language, town):
    events = mentions(text, language)
    assert events
    assert events[0].location is not None
    assert events[0].location.name == town


# ---------------------------------------------------------------------------- strikes


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "ANDAHUAYLAS.– Dos jóvenes murieron este domingo en los enfrentamientos con la "
            "policía. El Frente de Defensa de los Intereses de Chincheros anunció que el paro "
            "en esa provincia continuará de manera indefinida.",
            "es",
            ("Chincheros", "Apurímac"),
        ),
        (
            "ANDAHUAYLAS, Peru — Two young men were killed on Sunday in clashes with police. "
            "The Chincheros Defense Front said it would keep its strike going.",
            "en",
            ("Chincheros", "Apurímac"),
        ),
        (
            "JULIACA.– Miles de manifestantes marcharon este martes por el centro. La "
            "Federación Departamental de Trabajadores de Puno anunció que el paro indefinido "
            "continuará en toda la región.",
            "es",
            ("Puno", "Puno"),
        ),
    ],
)
def test_a_strike_is_held_by_the_territory_its_body_is_named_after(
    mentions, text, language, expected
):
    strikes = [m for m in mentions(text, language) if m.mode == "strike"]
    assert strikes
    loc = strikes[0].location
    assert loc is not None
    assert (loc.name, loc.admin1) == expected


# ---------------------------------------------------------------------------- before and after


@pytest.mark.parametrize(
    ("text", "name", "trigger", "expected"),
    [
        # a clause that opens the sentence with what came before the event
        (
            "PUNO.– Tras la muerte de 17 personas en Juliaca, miles marcharon",
            "Juliaca",
            "marcharon",
            True,
        ),
        (
            "Two days after the killings in Juliaca, thousands marched in silence",
            "Juliaca",
            "marched",
            True,
        ),
        ("Following clashes in Ilave, hundreds rallied downtown", "Ilave", "rallied", True),
        # the event's own clause
        (
            "Tras la marcha, la policía detuvo a diez personas en Juliaca",
            "Juliaca",
            "detuvo",
            False,
        ),
        ("After the march, police detained ten people in Juliaca", "Juliaca", "detained", False),
        # where people went after the event
        (
            "se concentraron en la plaza y luego partieron en buses hacia Juliaca",
            "Juliaca",
            "concentraron",
            True,
        ),
        ("they rallied at dawn and then headed for Puno", "Puno", "rallied", True),
        # where they went to hold it
        ("viajaron hacia Lima para sumarse a la marcha", "Lima", "marcha", False),
    ],
)
def test_about_tells_what_came_before_or_after(text, name, trigger, expected):
    a = text.index(trigger)
    assert about(_at(text, name), text, (a, a + len(trigger))) is expected


@pytest.mark.parametrize(
    ("text", "language", "word", "town"),
    [
        (
            "PUNO.– Tras la muerte de 17 personas en Juliaca, miles de personas marcharon este "
            "martes por las calles de la ciudad.",
            "es",
            "marcharon",
            "Puno",
        ),
        (
            "AZÁNGARO.– Cientos de pobladores se concentraron en la plaza de Armas y luego "
            "partieron en buses hacia Juliaca.",
            "es",
            "concentraron",
            "Azángaro",
        ),
        (
            "JULIACA.– Un grupo de manifestantes que retornaba de Puno fue atacado con perdigones "
            "por agentes policiales en el puente Maravillas.",
            "es",
            "atacado",
            "Juliaca",
        ),
    ],
)
def test_the_datelines_town_when_the_sentence_names_only_others(
    mentions, text, language, word, town
):
    assert _town(mentions, text, language, word) == town


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Un grupo de manifestantes que retornaba de Puno fue atacado.", "Puno"),
        ("Los heridos regresaban desde Juliaca cuando ocurrió el accidente.", "Juliaca"),
        ("Protesters returning from Ilave were stopped by police.", "Ilave"),
    ],
)
def test_the_finder_leaves_out_where_people_were_returning_from(resources, text, absent):
    lang = "en" if text.startswith("Protesters") else "es"
    found = resources.places.find(text, fold(text), 0, len(text), lang)
    assert absent not in [p.text for p in found]


@pytest.mark.parametrize(
    ("text", "language", "word", "town"),
    [
        (
            "JULIACA.– Los comuneros de Azángaro y Huancané cumplen hoy una semana en la "
            "ciudad. Desde temprano, cientos de manifestantes marcharon por el centro.",
            "es",
            "marcharon",
            "Juliaca",
        ),
        (
            "AYAVIRI, Peru — Farmers from Nuñoa and Orurillo have camped in the square for a "
            "week. On Thursday, thousands of people marched through the streets.",
            "en",
            "marched",
            "Ayaviri",
        ),
    ],
)
def test_a_town_named_earlier_for_its_people_is_not_the_story_town(
    mentions, text, language, word, town
):
    assert _town(mentions, text, language, word) == town


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "PUNO.– El paro indefinido se acató este lunes en Juliaca, Puno, Ilave, Azángaro y "
            "Ayaviri, donde los mercados permanecieron cerrados.",
            "es",
            ("Puno", 3),
        ),
        (
            "CUSCO.– La huelga se cumplió este martes en Sicuani, Espinar, Urcos y Quillabamba.",
            "es",
            ("Cusco", 3),
        ),
        (
            "PUNO, Peru — The strike was observed on Monday in Juliaca, Ilave, Azángaro and "
            "Ayaviri.",
            "en",
            ("Puno", 3),
        ),
        # one town, or towns of one province: the town
        (
            "JULIACA.– Los comerciantes de Juliaca acataron este lunes el paro de 48 horas.",
            "es",
            ("Juliaca", 1),
        ),
        (
            "AYAVIRI.– El paro se acató este lunes en Santa Rosa, Nuñoa y Orurillo.",
            "es",
            ("Santa Rosa", 1),
        ),
    ],
)
def test_a_strike_observed_across_a_departments_towns_is_the_departments(
    mentions, text, language, expected
):
    strikes = [m for m in mentions(text, language) if m.mode == "strike"]
    assert strikes
    loc = strikes[0].location
    assert loc is not None
    assert (loc.name, loc.geo_precision) == expected


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        # a town of a name of its own: its story is there
        (
            "ILAVE.– Cientos de manifestantes marcharon este lunes por el centro. Por la noche, "
            "desconocidos atacaron la comisaría de Juli.",
            "es",
            "Ilave",
        ),
        (
            "AYAVIRI, Peru — Hundreds of people marched downtown on Monday. At night, unknown "
            "attackers set fire to the police station in Nuñoa.",
            "en",
            "Ayaviri",
        ),
        # a dateline that bears its department's name ranges over the region: the town the
        # next sentence names in it
        (
            "PUNO.– Cientos de manifestantes se enfrentaron este lunes con la policía. Los "
            "choques se produjeron en el puente de acceso a Ilave.",
            "es",
            "Ilave",
        ),
    ],
)
def test_a_lead_with_only_a_dateline_keeps_a_towns_dateline(mentions, text, language, town):
    events = mentions(text, language)
    assert events
    assert events[0].location is not None
    assert events[0].location.name == town


@pytest.mark.parametrize(
    ("text", "name", "trigger", "expected"),
    [
        (
            "los manifestantes, que el lunes bloquearon la vía en Ilave, marcharon hoy por la ciudad",
            "Ilave",
            "marcharon",
            True,
        ),
        (
            "The protesters, who had blocked the road in Ilave on Monday, marched on Tuesday",
            "Ilave",
            "marched",
            True,
        ),
        # the event of the clause itself
        (
            "los manifestantes, que el lunes bloquearon la vía en Ilave, marcharon hoy",
            "Ilave",
            "bloquearon",
            False,
        ),
        # a clause that does not close: no aside
        ("los manifestantes que marcharon en Ilave fueron detenidos", "Ilave", "detenidos", False),
    ],
)
def test_a_relative_clause_set_off_by_commas_is_an_aside(text, name, trigger, expected):
    a = text.index(trigger)
    assert about(_at(text, name), text, (a, a + len(trigger))) is expected
