"""Place mentions found in sentences and resolved: levels, aliases, landmarks, context."""

from __future__ import annotations

import pytest

from veeduria.extract.places import choose
from veeduria.extract.terms import fold


def _find(finder, text, lang="es"):
    return finder.find(text, fold(text), 0, len(text), lang)


def _one(finder, text, surface, lang="es"):
    found = [loc for loc in _find(finder, text, lang) if surface in loc.text]
    assert found, f"{surface!r} not found in {text!r}: {_find(finder, text, lang)}"
    return found[0]


# (sentence, mention, name, admin1, admin2, admin3, iso, geo_precision)
SPANISH = [
    (
        "Los enfrentamientos en Juliaca dejaron 17 muertos.",
        "Juliaca",
        "Juliaca",
        "Puno",
        "San Román",
        "Juliaca",
        "PE",
        1,
    ),
    (
        "Miles marcharon en Puno contra el Gobierno.",
        "Puno",
        "Puno",
        "Puno",
        "Puno",
        "Puno",
        "PE",
        1,
    ),
    (
        "El paro indefinido paralizó la región Puno.",
        "región Puno",
        "Puno",
        "Puno",
        None,
        None,
        "PE",
        3,
    ),
    (
        "Se declaró el estado de emergencia en el departamento de Puno.",
        "departamento de Puno",
        "Puno",
        "Puno",
        None,
        None,
        "PE",
        3,
    ),
    (
        "Bloquearon las vías de la provincia de Andahuaylas.",
        "provincia de Andahuaylas",
        "Andahuaylas",
        "Apurímac",
        "Andahuaylas",
        None,
        "PE",
        2,
    ),
    (
        "Dos muertos en Andahuaylas tras la marcha al aeropuerto.",
        "Andahuaylas",
        "Andahuaylas",
        "Apurímac",
        "Andahuaylas",
        "Andahuaylas",
        "PE",
        1,
    ),
    (
        "La policía intervino en el distrito de Vizcatán del Ene.",
        "Vizcatán del Ene",
        "Vizcatán del Ene",
        "Junín",
        "Satipo",
        "Vizcatán del Ene",
        "PE",
        1,
    ),
    (
        "Un comunero murió en Macusani, Carabaya.",
        "Macusani",
        "Macusani",
        "Puno",
        "Carabaya",
        "Macusani",
        "PE",
        1,
    ),
    (
        "Enfrentamientos en Cuzco dejan un muerto.",
        "Cuzco",
        "Cusco",
        "Cusco",
        "Cusco",
        "Cusco",
        "PE",
        1,
    ),
    (
        "Diez muertos en Huamanga tras los disparos.",
        "Huamanga",
        "Ayacucho",
        "Ayacucho",
        "Huamanga",
        "Ayacucho",
        "PE",
        1,
    ),
    (
        "Los soldados dispararon en el aeropuerto Alfredo Mendívil Duarte.",
        "Mendívil",
        "Ayacucho",
        "Ayacucho",
        "Huamanga",
        "Ayacucho",
        "PE",
        1,
    ),
    (
        "Hubo choques en el aeropuerto de Juliaca.",
        "aeropuerto de Juliaca",
        "Juliaca",
        "Puno",
        "San Román",
        "Juliaca",
        "PE",
        1,
    ),
    (
        "Manifestantes tomaron el aeropuerto de Andahuaylas.",
        "aeropuerto de Andahuaylas",
        "Andahuaylas",
        "Apurímac",
        "Andahuaylas",
        "Andahuaylas",
        "PE",
        1,
    ),
    (
        "La marcha llegó a la plaza San Martín.",
        "San Martín",
        "Lima",
        "Lima",
        "Lima",
        "Lima",
        "PE",
        1,
    ),
    (
        "La CGTP se concentró en la plaza Dos de Mayo.",
        "Dos de Mayo",
        "Lima",
        "Lima",
        "Lima",
        "Lima",
        "PE",
        1,
    ),
    (
        "La policía ingresó a la Universidad de San Marcos.",
        "San Marcos",
        "Lima",
        "Lima",
        "Lima",
        "Lima",
        "PE",
        1,
    ),
    (
        "Bloquearon el kilómetro 287 de la Panamericana Sur.",
        "Panamericana Sur",
        "Salas",
        "Ica",
        "Ica",
        "Salas",
        "PE",
        2,
    ),
    (
        "Comuneros bloquearon el acceso a Las Bambas.",
        "Las Bambas",
        "Challhuahuacho",
        "Apurímac",
        "Cotabambas",
        "Challhuahuacho",
        "PE",
        2,
    ),
    (
        "Manifestantes bloquearon el puente Añashuayco.",
        "Añashuayco",
        "Cerro Colorado",
        "Arequipa",
        "Arequipa",
        "Cerro Colorado",
        "PE",
        1,
    ),
    (
        "Una emboscada en el VRAEM dejó siete policías muertos.",
        "VRAEM",
        "VRAEM",
        None,
        None,
        None,
        "PE",
        3,
    ),
    (
        "Las protestas se extendieron por el sur andino.",
        "sur andino",
        "Sur andino",
        None,
        None,
        None,
        "PE",
        3,
    ),
    (
        "Paro agrario en la selva central.",
        "selva central",
        "Selva central",
        "Junín",
        None,
        None,
        "PE",
        3,
    ),
    (
        "Miles marcharon en la capital contra el Congreso.",
        "la capital",
        "Lima",
        "Lima",
        "Lima",
        "Lima",
        "PE",
        1,
    ),
    (
        "Se dictó estado de emergencia en todo el territorio nacional.",
        "territorio nacional",
        "Peru",
        None,
        None,
        None,
        "PE",
        3,
    ),
    (
        "Hubo enfrentamientos cerca de Juliaca.",
        "Juliaca",
        "Juliaca",
        "Puno",
        "San Román",
        "Juliaca",
        "PE",
        2,
    ),
    (
        "Un policía murió en las afueras de Ilave.",
        "Ilave",
        "Ilave",
        "Puno",
        "El Collao",
        "Ilave",
        "PE",
        2,
    ),
    ("El paro llegó a Junín.", "Junín", "Junín", "Junín", None, None, "PE", 3),
    (
        "Marcha en Lima Metropolitana.",
        "Lima Metropolitana",
        "Lima",
        "Lima",
        "Lima",
        "Lima",
        "PE",
        1,
    ),
    (
        "Bloqueos en Pucallpa.",
        "Pucallpa",
        "Pucallpa",
        "Ucayali",
        "Coronel Portillo",
        "Callería",
        "PE",
        1,
    ),
    ("Paro en Salas, Ica.", "Salas", "Salas", "Ica", "Ica", "Salas", "PE", 1),
    (
        "Vigilia en Lucanamarca.",
        "Lucanamarca",
        "Santiago de Lucanamarca",
        "Ayacucho",
        "Huanca Sancos",
        "Santiago de Lucanamarca",
        "PE",
        1,
    ),
]

ENGLISH = [
    (
        "Clashes in Juliaca left 17 dead.",
        "Juliaca",
        "Juliaca",
        "Puno",
        "San Román",
        "Juliaca",
        "PE",
        1,
    ),
    (
        "A curfew was imposed in the Puno region.",
        "Puno region",
        "Puno",
        "Puno",
        None,
        None,
        "PE",
        3,
    ),
    (
        "Protesters tried to take Juliaca airport.",
        "Juliaca airport",
        "Juliaca",
        "Puno",
        "San Román",
        "Juliaca",
        "PE",
        1,
    ),
    (
        "Police raided San Marcos University on Saturday.",
        "San Marcos University",
        "Lima",
        "Lima",
        "Lima",
        "Lima",
        "PE",
        1,
    ),
    (
        "Soldiers fired at protesters in Huamanga.",
        "Huamanga",
        "Ayacucho",
        "Ayacucho",
        "Huamanga",
        "Ayacucho",
        "PE",
        1,
    ),
    (
        "Unrest spread across the southern highlands.",
        "southern highlands",
        "Sur andino",
        None,
        None,
        None,
        "PE",
        3,
    ),
    ("Thousands marched in the capital.", "the capital", "Lima", "Lima", "Lima", "Lima", "PE", 1),
    (
        "A bus plunged off the road near El Alto in the northern region of Piura.",
        "El Alto",
        "El Alto",
        "Piura",
        "Talara",
        "El Alto",
        "PE",
        2,
    ),
    (
        "Protests erupted in Chumbivilcas province.",
        "Chumbivilcas province",
        "Chumbivilcas",
        "Cusco",
        "Chumbivilcas",
        None,
        "PE",
        2,
    ),
    (
        "A nationwide state of emergency was declared.",
        "nationwide",
        "Peru",
        None,
        None,
        None,
        "PE",
        3,
    ),
]

ABROAD = [
    (
        "Bloqueos de los cívicos en Santa Cruz, Bolivia.",
        "Santa Cruz",
        "Santa Cruz de la Sierra",
        "Santa Cruz",
        "Andrés Ibáñez",
        None,
        "BO",
        1,
    ),
    (
        "La policía boliviana dispersó una marcha en La Paz.",
        "La Paz",
        "La Paz",
        "La Paz",
        "Murillo",
        None,
        "BO",
        1,
    ),
    (
        "Carabineros dispersaron una marcha en Santiago de Chile.",
        "Santiago",
        "Santiago",
        "Región Metropolitana de Santiago",
        "Santiago",
        None,
        "CL",
        1,
    ),
    (
        "Carabineros dispersaron a los manifestantes en la capital chilena.",
        "capital chilena",
        "Santiago",
        "Región Metropolitana de Santiago",
        "Santiago",
        None,
        "CL",
        1,
    ),
    (
        "El paro de la CONAIE paralizó Quito, Ecuador.",
        "Quito",
        "Quito",
        "Pichincha",
        "Quito",
        None,
        "EC",
        1,
    ),
    (
        "Indigenous protesters blocked roads in Cotopaxi province, Ecuador.",
        "Cotopaxi",
        "Cotopaxi",
        "Cotopaxi",
        None,
        None,
        "EC",
        3,
    ),
    (
        "Un ataque con explosivos en Jamundí, Colombia.",
        "Jamundí",
        "Jamundí",
        "Valle del Cauca",
        "Jamundí",
        None,
        "CO",
        1,
    ),
    (
        "Disidencias de las FARC atacaron en el departamento del Cauca, Colombia.",
        "Cauca",
        "Cauca",
        "Cauca",
        None,
        None,
        "CO",
        3,
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "name", "admin1", "admin2", "admin3", "iso", "precision"),
    SPANISH + ENGLISH + ABROAD,
)
def test_finder_resolves_places(
    finder, text, mention, name, admin1, admin2, admin3, iso, precision
):
    loc = _one(finder, text, mention)
    assert (loc.name, loc.admin1, loc.admin2, loc.admin3, loc.iso, loc.geo_precision) == (
        name,
        admin1,
        admin2,
        admin3,
        iso,
        precision,
    )
    assert loc.latitude is not None and loc.longitude is not None
    assert loc.country and loc.place_id
    assert text[loc.span[0] : loc.span[1]] == loc.text


@pytest.mark.parametrize(
    ("text", "mention", "admin1"),
    [
        ("Protesta en Santa Rosa, en la provincia de Melgar (Puno).", "Santa Rosa", "Puno"),
        ("Protesta en Santa Rosa, Chanchamayo, en Junín.", "Santa Rosa", "Junín"),
        ("La marcha partió de San Juan Bautista, en Ayacucho.", "San Juan Bautista", "Ayacucho"),
        (
            "El alcalde de Puno viajó a Lima. En San Antonio de Putina hubo un bloqueo.",
            "San Antonio de Putina",
            "Puno",
        ),
        ("Ataque en San Martín de Pangoa, provincia de Satipo.", "San Martín de Pangoa", "Junín"),
        ("Bloqueo en San Marcos, Cajamarca.", "San Marcos", "Cajamarca"),
        ("Paro en la región San Martín.", "San Martín", "San Martín"),
    ],
)
def test_finder_repeated_names_follow_context(finder, text, mention, admin1):
    assert _one(finder, text, mention).admin1 == admin1


def test_finder_division_named_elsewhere_in_document(finder):
    text = "El paro se sintió en toda la provincia de Melgar. En Santa Rosa hubo un bloqueo."
    start = text.index("En Santa Rosa")
    locs = finder.find(text, fold(text), start, len(text), "es")
    assert [(loc.text, loc.admin1, loc.admin2) for loc in locs] == [
        ("Santa Rosa", "Puno", "Melgar")
    ]


def test_finder_two_namesakes_in_the_named_department_give_the_department(finder):
    # Puno has two districts called Santa Rosa (El Collao and Melgar)
    text = "El paro se sintió en toda la región de Puno. En Santa Rosa hubo un bloqueo."
    start = text.index("En Santa Rosa")
    locs = finder.find(text, fold(text), start, len(text), "es")
    assert [(loc.text, loc.name, loc.admin1, loc.geo_precision) for loc in locs] == [
        ("Santa Rosa", "Puno", "Puno", 3)
    ]


def test_finder_ambiguous_name_without_context_keeps_only_the_country(finder):
    loc = _one(finder, "Protesta en Santa Rosa.", "Santa Rosa")
    assert (loc.name, loc.admin1, loc.iso, loc.geo_precision) == ("Peru", None, "PE", 3)


@pytest.mark.parametrize(
    "text",
    [
        "Paz y justicia, exigieron los deudos.",
        "Central sindical convoca a un paro.",
        "Pedro Castillo fue vacado por el Congreso.",
        "Dina Boluarte juró como presidenta.",
        "Keiko Fujimori y Martín Vizcarra declararon.",
        "Morales dijo que no renunciará.",
        "El general Salas informó sobre los detenidos.",
        "Victoria Nakamura habló con la prensa.",
        "El 1 de Mayo hubo celebraciones.",
        "La Unión Europea pidió diálogo.",
        "la libertad de expresión está en riesgo",
        "Santa Rosa de Lima es la patrona.",
        "Un plantón en la avenida Venezuela.",
        "Según Leonidas Iza, el paro sigue.",
        "Cierran el paso, dijo Amparo Salas.",
        "El Congreso aprobó la vacancia.",
        "The Mantaro River flooded.",
        "Mala decisión del Gobierno.",
        "The protesters camped on the border with Bolivia.",
        "Sin novedades en la jornada.",
    ],
)
def test_finder_skips_words_that_are_not_places(finder, text):
    lang = "en" if text.startswith("The ") else "es"
    found = [loc.text for loc in _find(finder, text, lang) if loc.iso != "PE" or loc.name != "Lima"]
    if text.startswith("Santa Rosa de Lima"):
        found = [loc.text for loc in _find(finder, text, lang)]
    assert found == []


@pytest.mark.parametrize(
    ("text", "origin", "event"),
    [
        ("Las víctimas, naturales de Ilave, murieron en Juliaca.", "Ilave", "Juliaca"),
        ("The victims from Azángaro were killed in Juliaca.", "Azángaro", "Juliaca"),
        ("Comuneros provenientes de Azángaro marcharon en Puno.", "Azángaro", "Puno"),
        ("Delegations who came from Cusco marched in Lima.", "Cusco", "Lima"),
    ],
)
def test_finder_leaves_out_origins(finder, text, origin, event):
    found = [loc.text for loc in _find(finder, text, "en")]
    assert origin not in found
    assert event in found


def test_finder_country_beside_its_place_is_dropped(finder):
    found = [
        loc.text for loc in _find(finder, "Police in Juliaca, Peru, fired at protesters.", "en")
    ]
    assert found == ["Juliaca"]
    alone = _find(finder, "Peru declared a state of emergency.", "en")
    assert [(loc.name, loc.geo_precision) for loc in alone] == [("Peru", 3)]


def test_finder_dateline_place_is_a_plain_mention(finder):
    text = "LIMA, 8 dic (ASN).– En Puno hubo una marcha."
    locs = _find(finder, text)
    assert [loc.text for loc in locs] == ["LIMA", "Puno"]
    # the extractor picks the mention nearest the trigger: the dateline is only a default
    trigger = text.index("marcha")
    assert choose(locs, text, (trigger, trigger + 6)).text == "Puno"


def test_finder_searches_only_the_given_region(finder):
    text = "Marcha en Puno. Paro en Cusco."
    start = text.index("Paro")
    assert [loc.text for loc in finder.find(text, fold(text), start, len(text), "es")] == ["Cusco"]


def test_finder_spans_are_offsets_into_the_text(finder):
    text = "  Los enfrentamientos\nen  JULIACA y en la región\nPuno."
    for loc in _find(finder, text):
        assert text[loc.span[0] : loc.span[1]] == loc.text
