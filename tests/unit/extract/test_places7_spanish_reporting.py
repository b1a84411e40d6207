"""Spanish event places in the manner of Peruvian regional and national reporting (places7).

Short passages written for these tests in the style of regional dailies, radio and wire copy
in Spanish: datelines, provinces, districts and regions, kilometres of a road, bridges,
airports, squares, the hospitals the wounded were taken to, where marchers came from, a
victim's hometown, institutions speaking from Lima about a southern event, several towns in
one sentence, a headline's town against the body's. Each passage gives the place of one
event. The rules this branch added are tested with their near misses below them:

* where a source said what it said ("la Defensoría denunció en Lima que ..."): the town is the
  source's, the clause after "que" tells the event (``places.speaker``, ``said_in`` words);
* the town people came to told before the town they came from ("llegaron a Lima desde
  Puno"): the second is an origin (the gazetteer finder's origin pattern);
* where the wounded were attended ("atendidos en el hospital de Puno"): not where it
  happened (``taken`` words);
* "Abancay, capital de la región Apurímac": the region only says where the town lies
  (``apposition_capital`` words);
* "por las calles de Abancay": the plural before "de" is the streets of a town, not a
  street's name (the gazetteer finder's street words);
* a named street of the story's town ("por la avenida El Sol") places there the people named
  by the town they belong to (``places.came_elsewhere``, ``street`` words);
* "se trasladaron a Lima": people who moved themselves went there to act (the finder);
* "el puente Ilave, en Puno": a bridge named by a town of a department the story names;
* a dateline first on its line under a headline gives way to the sentence's own town
  (``places.line_dateline``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN10 = dt.date(2023, 1, 10)


def _town(mentions: Callable[..., list[Mention]], text: str, trigger: str, lang: str) -> str | None:
    found = mentions(text, lang, JAN10)
    hits = [m for m in found if trigger.lower() in m.trigger.text.lower()]
    assert hits, f"no event on {trigger!r}: {[m.trigger.text for m in found]}"
    m = hits[-1]
    return m.location.name if m.location is not None else None


# ------------------------------------------------------------------ the passages
PASSAGES = [
    # datelines
    (
        "JULIACA (Puno).- Un grupo de manifestantes bloqueó ayer la vía de acceso al "
        "aeropuerto Inca Manco Cápac.",
        "bloqueó",
        "Juliaca",
    ),
    (
        "Ayacucho, 15 dic. (ANDINA). Cientos de pobladores marcharon esta mañana por las "
        "calles del centro histórico.",
        "marcharon",
        "Ayacucho",
    ),
    (
        "ANDAHUAYLAS (Apurímac). Dos comuneros murieron el domingo durante los "
        "enfrentamientos entre manifestantes y policías.",
        "enfrentamientos",
        "Andahuaylas",
    ),
    (
        "Cusco, 12 de enero (EFE).- Agricultores de las provincias altas bloquearon la "
        "carretera Cusco-Arequipa.",
        "bloquearon",
        "Cusco",
    ),
    (
        "ILAVE | Cientos de comuneros aimaras se movilizaron este lunes hacia la plaza de armas.",
        "movilizaron",
        "Ilave",
    ),
    (
        "Lima, 20 ene. (EFE).- La Policía detuvo a 15 personas en Puno durante el desalojo "
        "de un bloqueo.",
        "detuvo",
        "Puno",
    ),
    (
        "Ayacucho, 16 dic. (AFP).- Ocho personas murieron ayer en los enfrentamientos con "
        "militares en los alrededores del aeropuerto de Huamanga.",
        "enfrentamientos",
        "Ayacucho",
    ),
    (
        "HUANCAYO.- Trabajadores de construcción civil llegaron desde Jauja y Concepción "
        "para marchar por la calle Real.",
        "marchar",
        "Huancayo",
    ),
    (
        "Arequipa, 13 ene. (ANDINA). Un policía resultó herido en un ataque contra la "
        "comisaría de Chala.",
        "ataque",
        "Chala",
    ),
    # provinces, districts, regions
    (
        "Los manifestantes bloquearon la carretera en el distrito de Chala, en la provincia "
        "de Caravelí.",
        "bloquearon",
        "Chala",
    ),
    (
        "Un grupo de mineros informales quemó la comisaría del distrito de Macusani, en la "
        "región Puno.",
        "quemó",
        "Macusani",
    ),
    (
        "En la región Arequipa, los transportistas paralizaron sus actividades este jueves.",
        "paralizaron",
        "Arequipa",
    ),
    ("PUNO.- En la región Puno, los comuneros acataron un paro de 72 horas.", "paro", "Puno"),
    (
        "Los agricultores bloquearon la Panamericana Sur en el distrito de Chala, provincia "
        "de Caravelí.",
        "bloquearon",
        "Chala",
    ),
    (
        "Dos personas murieron durante el bloqueo en la comunidad de Chila, en el distrito "
        "de Ilave.",
        "bloqueo",
        "Ilave",
    ),
    (
        "En el centro poblado de Tintaya Marquiri, en Espinar, los comuneros tomaron las "
        "instalaciones de la minera.",
        "tomaron",
        "Tintaya Marquiri",
    ),
    ("Los pobladores del distrito de Ocoña bloquearon la Panamericana Sur.", "bloquearon", "Ocoña"),
    # kilometres of a road
    (
        "PUNO.- Los huelguistas bloquearon la vía a la altura del km 20 de la carretera "
        "Puno-Desaguadero.",
        "bloquearon",
        "Puno",
    ),
    (
        "Los pobladores bloquearon la vía a la altura del kilómetro 80 de la carretera "
        "Andahuaylas-Ayacucho, en el distrito de Chincheros.",
        "bloquearon",
        "Chincheros",
    ),
    (
        "Los pobladores bloquearon la vía a la altura del km 20 de la carretera Juliaca-Puno, "
        "en el distrito de Caracoto.",
        "bloquearon",
        "Caracoto",
    ),
    (
        "En el kilómetro 45 de la carretera Panamericana Sur, en Ica, agricultores "
        "bloquearon la vía.",
        "bloquearon",
        "Ica",
    ),
    # bridges, airports, surroundings
    (
        "Decenas de comuneros tomaron el puente Montalvo, en Moquegua, y cerraron el paso "
        "de vehículos.",
        "tomaron",
        "Moquegua",
    ),
    (
        "La Policía desbloqueó el puente Añashuayco, en Arequipa, tras varias horas de "
        "enfrentamientos.",
        "enfrentamientos",
        "Cerro Colorado",
    ),
    (
        "Enfrentamientos entre manifestantes y policías se registraron en las inmediaciones "
        "del aeropuerto de Juliaca.",
        "enfrentamientos",
        "Juliaca",
    ),
    (
        "Un joven murió en los exteriores del aeropuerto Alfredo Rodríguez Ballón de "
        "Arequipa durante la protesta.",
        "protesta",
        "Cerro Colorado",
    ),
    (
        "Los manifestantes intentaron tomar el aeropuerto de Andahuaylas; la Policía "
        "respondió con gases lacrimógenos.",
        "intentaron tomar",
        "Andahuaylas",
    ),
    (
        "Agentes de la Dinoes desalojaron a los manifestantes que bloqueaban el puente "
        "Inambari, en Madre de Dios.",
        "desalojaron",
        "Inambari",
    ),
    # squares
    (
        "Miles de personas se concentraron en la plaza de armas de Juliaca para rendir "
        "homenaje a los fallecidos.",
        "se concentraron",
        "Juliaca",
    ),
    ("Una vigilia se realizó anoche en la plaza de Armas de Ayacucho.", "vigilia", "Ayacucho"),
    # hospitals the wounded were taken to
    (
        "Cinco heridos de los enfrentamientos en Ilave fueron trasladados al hospital Carlos "
        "Monge Medrano de Juliaca.",
        "enfrentamientos",
        "Ilave",
    ),
    (
        "Un manifestante herido de bala en Andahuaylas falleció en un hospital de Lima.",
        "herido de bala",
        "Andahuaylas",
    ),
    (
        "Juliaca, 9 de enero.- La Policía disparó contra los manifestantes. Los heridos "
        "fueron atendidos en el hospital de Puno.\n\nLa víctima, natural de Ilave, falleció "
        "durante el enfrentamiento en la avenida Independencia.",
        "enfrentamiento",
        "Juliaca",
    ),
    # where marchers came from
    (
        "Delegaciones llegaron desde Puno a Lima para participar en la marcha contra el Gobierno.",
        "marcha",
        "Lima",
    ),
    (
        "Cientos de aimaras que viajaron desde Puno marcharon el jueves por el centro de Lima.",
        "marcharon",
        "Lima",
    ),
    (
        "Los manifestantes, procedentes de Cusco y Apurímac, se enfrentaron con la Policía "
        "en la avenida Abancay, en Lima.",
        "se enfrentaron",
        "Lima",
    ),
    (
        "Miles de manifestantes llegaron a Lima desde Puno, Cusco y Ayacucho y marcharon "
        "hacia el Congreso.",
        "marcharon",
        "Lima",
    ),
    (
        "Los manifestantes arribaron a la capital desde Juliaca y protestaron frente al Congreso.",
        "protestaron",
        "Lima",
    ),
    (
        "La marcha de los puneños en Lima fue dispersada con bombas lacrimógenas.",
        "dispersada",
        "Lima",
    ),
    # a victim's hometown
    (
        "El joven, natural de Chumbivilcas, murió baleado durante la protesta en Cusco.",
        "baleado",
        "Cusco",
    ),
    (
        "Un comunero oriundo de Azángaro murió en los enfrentamientos entre manifestantes y "
        "policías en Juliaca.",
        "enfrentamientos",
        "Juliaca",
    ),
    # institutions speaking from Lima
    (
        "La Defensoría del Pueblo informó desde Lima que un manifestante murió en Chala.",
        "murió",
        "Chala",
    ),
    (
        "Desde Lima, el Ministerio del Interior confirmó que la Policía despejó la carretera "
        "en Ilave.",
        "despejó",
        "Ilave",
    ),
    (
        "La Coordinadora Nacional de Derechos Humanos denunció en Lima que la Policía "
        "disparó contra manifestantes en Juliaca.",
        "disparó",
        "Juliaca",
    ),
    (
        "La Defensoría del Pueblo denunció en Lima que militares dispararon contra "
        "manifestantes en Huamanga.",
        "dispararon",
        "Ayacucho",
    ),
    (
        "El ministro del Interior sostuvo en Lima que los policías no dispararon contra los "
        "manifestantes en Ilave.",
        "dispararon",
        "Ilave",
    ),
    (
        "Desde Lima, la CNDDHH informó que la Policía reprimió una marcha en Cusco.",
        "reprimió",
        "Cusco",
    ),
    # several towns in one sentence
    ("Se registraron bloqueos en Ilave, Juli y Pomata.", "bloqueos", "Ilave"),
    (
        "Los bloqueos continúan en las provincias de Azángaro, Huancané y Melgar, informó la "
        "Sutran.",
        "bloqueos",
        "Azángaro",
    ),
    (
        "Tras la muerte de un joven en Juliaca, cientos de personas marcharon en Puno.",
        "marcharon",
        "Puno",
    ),
    (
        "Tras los hechos en Juliaca, los pobladores de Ilave bloquearon la carretera.",
        "bloquearon",
        "Ilave",
    ),
    # a headline's town against the body's
    (
        "Juliaca: un muerto en nuevos enfrentamientos\n\nUn manifestante murió este lunes en "
        "Macusani durante un enfrentamiento con la Policía.",
        "enfrentamiento",
        "Macusani",
    ),
    # the town itself, named in other words
    (
        "Un grupo de vecinos marchó por las principales calles de Abancay, capital de la "
        "región Apurímac.",
        "marchó",
        "Abancay",
    ),
    (
        "Un grupo de encapuchados incendió la sede del Poder Judicial en la ciudad de Puno.",
        "incendió",
        "Puno",
    ),
    (
        "Los manifestantes se enfrentaron a la Policía en la zona de Salcedo, en Puno.",
        "se enfrentaron",
        "Puno",
    ),
    (
        "En Huancavelica, rondas campesinas marcharon hasta la sede de la prefectura.",
        "marcharon",
        "Huancavelica",
    ),
    (
        "Según RPP, los transportistas de Huancayo acataron un paro de 48 horas.",
        "paro",
        "Huancayo",
    ),
    (
        "En Desaguadero, frontera con Bolivia, los manifestantes cerraron el paso.",
        "cerraron",
        "Desaguadero",
    ),
    (
        "Alrededor de 2.000 personas se movilizaron en Tacna, según la Prefectura.",
        "movilizaron",
        "Tacna",
    ),
    (
        "Los manifestantes fueron trasladados a la comisaría de Juliaca tras ser detenidos en "
        "Caracoto.",
        "trasladados",
        "Caracoto",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "town"), PASSAGES)
def test_spanish_reporting_places_its_events(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, town: str
) -> None:
    assert _town(mentions, text, trigger, "es") == town


def test_there_are_forty_passages_or_more() -> None:
    assert len(PASSAGES) >= 40


# ------------------------------------------------------------------ where a source said it
@pytest.mark.parametrize(
    ("text", "trigger", "town", "lang"),
    [
        (
            "El gobernador regional declaró ayer en Lima, tras reunirse con el premier, que "
            "la Policía atacó a los comuneros en Espinar.",
            "atacó",
            "Espinar",
            "es",
        ),
        (
            "The ombudsman's office said in Lima on Monday that police fired on protesters "
            "in Juliaca.",
            "fired",
            "Juliaca",
            "en",
        ),
        (
            "El Ministerio Público informó desde su sede de Lima que investigará los "
            "enfrentamientos entre policías y manifestantes en Macusani.",
            "enfrentamientos",
            "Macusani",
            "es",
        ),
        # near misses: the town after "que" is the event's; no reporting verb before the town;
        # no "que" after it
        (
            "La Defensoría informó que en Juliaca la Policía disparó contra los manifestantes.",
            "disparó",
            "Juliaca",
            "es",
        ),
        (
            "Los deudos protestaron en Lima frente al Congreso para exigir justicia.",
            "protestaron",
            "Lima",
            "es",
        ),
        (
            "El dirigente denunció en Juliaca la represión policial durante la marcha del lunes.",
            "represión",
            "Juliaca",
            "es",
        ),
        (
            "Relatives of the dead rallied in Lima on Monday, saying that nobody had been charged.",
            "rallied",
            "Lima",
            "en",
        ),
    ],
)
def test_where_a_source_said_it(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, town: str, lang: str
) -> None:
    assert _town(mentions, text, trigger, lang) == town


# ------------------------------------------------------------------ where they came from
@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            "Unas 300 personas viajaron a Lima desde Ayacucho y protestaron frente al Palacio "
            "de Justicia.",
            "protestaron",
            "Lima",
        ),
        # near misses: no town they came from; the town they set off from
        (
            "Los manifestantes llegaron a Juliaca el lunes y bloquearon la vía de Evitamiento.",
            "bloquearon",
            "Juliaca",
        ),
        (
            "Los comuneros llegaron hasta la plaza de armas de Ilave y quemaron llantas.",
            "quemaron",
            "Ilave",
        ),
    ],
)
def test_the_town_they_came_from_after_the_town_they_came_to(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, town: str
) -> None:
    assert _town(mentions, text, trigger, "es") == town


# ------------------------------------------------------------------ where the wounded were seen
@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            "AYAVIRI.- La Policía reprimió la marcha con perdigones. Los heridos fueron "
            "atendidos en el hospital regional de Puno.\n\nOtro enfrentamiento se produjo "
            "por la tarde entre manifestantes y policías.",
            "enfrentamiento",
            "Ayaviri",
        ),
        (
            "CUSCO.- Durante la intervención se produjeron enfrentamientos entre policías y "
            "comuneros en Espinar. La Defensoría tomó conocimiento de 14 heridos, atendidos en "
            "el centro de salud de Yauri; dos de ellos fueron referidos al hospital de Sicuani.",
            "heridos",
            "Espinar",
        ),
        # near miss: a protest at a hospital, where nobody was attended
        (
            "Trabajadores de salud protestaron frente al hospital regional de Puno.",
            "protestaron",
            "Puno",
        ),
    ],
)
def test_where_the_wounded_were_attended(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, town: str
) -> None:
    assert _town(mentions, text, trigger, "es") == town


# ------------------------------------------------------------------ a capital and its region
@pytest.mark.parametrize(
    ("text", "trigger", "town", "lang"),
    [
        (
            "Cientos de estudiantes marcharon en Puno, capital de la región del mismo nombre.",
            "marcharon",
            "Puno",
            "es",
        ),
        (
            "Students marched in Abancay, the capital of the Apurímac region, on Monday.",
            "marched",
            "Abancay",
            "en",
        ),
        # near misses: a region named alone; the capital of no place named before it
        (
            "Los transportistas bloquearon las vías de acceso en Apurímac.",
            "bloquearon",
            "Apurímac",
            "es",
        ),
        (
            "Los comuneros marcharon hacia la capital regional, en Apurímac.",
            "marcharon",
            "Apurímac",
            "es",
        ),
    ],
)
def test_a_capital_apposed_to_its_region(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, town: str, lang: str
) -> None:
    assert _town(mentions, text, trigger, lang) == town


# ------------------------------------------------------------------ the streets of a town
@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        ("Miles de personas marcharon por las calles de Juliaca.", "marcharon", "Juliaca"),
        (
            "Los manifestantes recorrieron las principales avenidas de Arequipa en una marcha "
            "pacífica.",
            "marcha",
            "Arequipa",
        ),
        # near misses: one street named after a town, in another town
        (
            "CUSCO.- Los manifestantes bloquearon la calle Puno, en el centro histórico.",
            "bloquearon",
            "Cusco",
        ),
        (
            "AREQUIPA.- Los trabajadores marcharon por la avenida Ejército y la calle Lima.",
            "marcharon",
            "Arequipa",
        ),
    ],
)
def test_the_streets_of_a_town(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, town: str
) -> None:
    assert _town(mentions, text, trigger, "es") == town


# ------------------------------------------------------------------ a named street of the story's town
@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            "CUSCO.- Manifestantes de las provincias de Espinar y Chumbivilcas marcharon por la "
            "avenida El Sol.",
            "marcharon",
            "Cusco",
        ),
        (
            "LIMA.- Delegaciones de Puno y Cusco realizaron un plantón en el jirón Lampa.",
            "plantón",
            "Lima",
        ),
        # near misses: every town has a plaza de Armas; a road is no street of the town; no
        # story's town to go back to
        (
            "PUNO.- Comuneros de Ilave marcharon por la plaza de Armas.",
            "marcharon",
            "Ilave",
        ),
        (
            "AREQUIPA.- Los pobladores del distrito de Ocoña bloquearon la Panamericana Sur.",
            "bloquearon",
            "Ocoña",
        ),
        (
            "AYACUCHO.- Estudiantes de Huanta realizaron una vigilia en la plaza Sucre de Huanta.",
            "vigilia",
            "Huanta",
        ),
        (
            "Pobladores de Juliaca marcharon por la avenida Circunvalación.",
            "marcharon",
            "Juliaca",
        ),
    ],
)
def test_a_named_street_is_in_the_story_town(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, town: str
) -> None:
    assert _town(mentions, text, trigger, "es") == town


# ------------------------------------------------------------------ people who moved themselves
@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            "Las protestas se trasladaron a Lima, donde miles de personas se movilizaron el "
            "jueves.",
            "protestas",
            "Lima",
        ),
        (
            "Los manifestantes se trasladaron a Juliaca para marchar contra el Gobierno.",
            "marchar",
            "Juliaca",
        ),
        # near miss: people taken somewhere by others
        (
            "La Policía detuvo a diez manifestantes en Ilave, que fueron trasladados a Puno.",
            "detuvo",
            "Ilave",
        ),
    ],
)
def test_people_who_moved_themselves_went_to_act(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, town: str
) -> None:
    assert _town(mentions, text, trigger, "es") == town


# ------------------------------------------------------------------ a bridge named by a town
@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            "Lima, 15 dic. (Infobae).- Manifestantes bloquearon el puente Ilave, en Puno, "
            "informó la Sutran.",
            "bloquearon",
            "Ilave",
        ),
        (
            "PUNO.- Los comuneros quemaron llantas en el puente Desaguadero.",
            "quemaron llantas",
            "Desaguadero",
        ),
        # near misses: a bridge named after a person, or after a town of another department;
        # a bridge "de" a place is read as before
        (
            "AREQUIPA.- Los manifestantes bloquearon el puente Bolognesi durante la tarde.",
            "bloquearon",
            "Arequipa",
        ),
        (
            "CUSCO.- Los manifestantes bloquearon el puente Grau, en el centro de la ciudad.",
            "bloquearon",
            "Cusco",
        ),
    ],
)
def test_a_bridge_named_by_a_town_of_the_story(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, town: str
) -> None:
    assert _town(mentions, text, trigger, "es") == town


# ------------------------------------------------------------------ a dateline under a headline
@pytest.mark.parametrize(
    ("text", "trigger", "town", "lang"),
    [
        (
            "Tensión en el sur\n\nLIMA.- La Policía disparó contra los manifestantes en Juliaca.",
            "disparó",
            "Juliaca",
            "es",
        ),
        (
            "Tensión en la vía\n\nJULIACA.- Efectivos policiales desbloquearon ayer la carretera "
            "Juliaca-Puno a la altura del distrito de Caracoto.",
            "desbloquearon",
            "Caracoto",
            "es",
        ),
        (
            "Protests in the south\n\nLIMA: Police fired tear gas at protesters in Juliaca.",
            "tear gas",
            "Juliaca",
            "en",
        ),
        # near misses: no other town; the region in brackets is the dateline's; a road's ends
        (
            "Protestas\n\nJULIACA (Puno).- Cientos de comuneros marcharon hoy en la ciudad.",
            "marcharon",
            "Juliaca",
            "es",
        ),
        (
            "Tensión en la vía\n\nJULIACA.- Efectivos policiales desbloquearon ayer la carretera "
            "Juliaca-Puno.",
            "desbloquearon",
            "Juliaca",
            "es",
        ),
    ],
)
def test_a_town_past_the_dateline_of_its_line(
    mentions: Callable[..., list[Mention]], text: str, trigger: str, town: str, lang: str
) -> None:
    assert _town(mentions, text, trigger, lang) == town
