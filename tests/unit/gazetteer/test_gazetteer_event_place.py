"""The place an event gets: its sentence's own place first, then the story around it."""

from __future__ import annotations

import pytest

from veeduria.extract.places import choose, event_place, weak
from veeduria.extract.terms import fold


def _find(finder, text, lang="es"):
    return finder.find(text, fold(text), 0, len(text), lang)


def _event_place(finder, text, sentence, trigger_word, *, dateline_end=0, last=None, lang="es"):
    start = text.index(sentence)
    end = start + len(sentence)
    places = finder.find(text, fold(text), start, end, lang)
    at = text.index(trigger_word, start)
    return event_place(
        places,
        text,
        (at, at + len(trigger_word)),
        sentence=(start, end),
        dateline_end=dateline_end,
        last=last,
        finder=finder,
        folded=fold(text),
        language=lang,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the district and the department only say where the hamlet lies
        (
            "Los comuneros fueron atacados en el anexo Unión Mantaro, distrito de Vizcatán del "
            "Ene, provincia de Satipo.",
            "atacados",
            "Unión Mantaro",
        ),
        (
            "Residents of Ilave, also in Puno, lynched their mayor in 2004.",
            "lynched",
            "Ilave",
        ),
        ("Police fired tear gas in the Puno region and in Juliaca.", "fired", "Juliaca"),
        # two towns side by side: the nearest one
        ("Hubo marchas en Juliaca y un paro en Ilave.", "paro", "Ilave"),
    ],
)
def test_choose_leaves_out_a_coarser_place_beside_a_finer_one(finder, text, trigger, expected):
    at = text.index(trigger)
    assert choose(_find(finder, text), text, (at, at + len(trigger))).text.endswith(expected)


@pytest.mark.parametrize(
    ("text", "origins", "place"),
    [
        (
            "Los estudiantes albergan a comuneros procedentes de Puno, Cusco y Ayacucho en Lima.",
            ["Puno", "Cusco", "Ayacucho"],
            "Lima",
        ),
        (
            "Delegations who came from Puno, Cusco and Apurímac marched in Lima.",
            ["Puno", "Cusco", "Apurímac"],
            "Lima",
        ),
    ],
)
def test_finder_a_list_of_origins_is_all_origins(finder, text, origins, place):
    found = [loc.text for loc in _find(finder, text)]
    assert place in found
    assert not set(origins) & set(found)


@pytest.mark.parametrize(
    ("text", "surface", "admin1", "precision"),
    [
        ("Residents of Ilave, also in Puno, lynched their mayor.", "Puno", "Puno", 3),
        ("Seis soldados murieron en Pomata (Puno).", "Puno", "Puno", 3),
        # a list of cities: Puno stays the city
        ("Hubo marchas en Juliaca y Puno.", "Puno", "Puno", 1),
        ("Hubo marchas en Juliaca, Puno y Arequipa.", "Puno", "Puno", 1),
    ],
)
def test_finder_a_department_after_its_own_town_is_the_department(
    finder, text, surface, admin1, precision
):
    loc = [loc for loc in _find(finder, text) if loc.text == surface][-1]
    assert (loc.admin1, loc.geo_precision) == (admin1, precision)


def test_event_place_country_gives_way_to_the_next_sentence(finder):
    text = (
        "LIMA, Peru — Seven police officers were killed in an ambush in a remote valley of "
        "southern Peru, officials said. The officers were shot as their patrol passed through "
        "Natividad, a village in the Pichari district of the Cusco region."
    )
    first = text[: text.index(". ") + 1]
    loc = _event_place(finder, text, first, "ambush", dateline_end=12, lang="en")
    assert (loc.name, loc.admin3) == ("Natividad", "Pichari")


def test_event_place_vague_village_takes_the_next_sentence(finder):
    text = (
        "Sixteen people were shot dead on Sunday in a remote village, the army said. "
        "The victims were killed at two bars in San Miguel del Ene, in the district of "
        "Vizcatán del Ene, Junín region."
    )
    first = text[: text.index(". ") + 1]
    loc = _event_place(finder, text, first, "shot dead", lang="en")
    assert loc.name == "San Miguel del Ene"


def test_event_place_dateline_is_the_last_resort(finder):
    text = "PUNO.– Los docentes acataron un paro de 48 horas. La huelga sigue."
    second = "La huelga sigue."
    loc = _event_place(finder, text, second, "huelga", dateline_end=6)
    assert (loc.text, loc.admin1) == ("PUNO", "Puno")
    # the incident told before comes first
    last = _find(finder, "Marcha en Juliaca.")[0]
    assert _event_place(finder, text, second, "huelga", dateline_end=6, last=last) is last


def test_event_place_none_when_the_text_names_none(finder):
    text = "Los docentes acataron un paro de 48 horas. La huelga sigue."
    assert _event_place(finder, text, "La huelga sigue.", "huelga") is None


def test_event_place_own_place_beats_the_story(finder):
    text = "JULIACA.– Marcha en Juliaca. Luego hubo un paro en Ilave."
    last = _find(finder, "Marcha en Juliaca.")[0]
    loc = _event_place(
        finder, text, "Luego hubo un paro en Ilave.", "paro", dateline_end=9, last=last
    )
    assert loc.name == "Ilave"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's name with a Peruvian hamlet for namesake is the country
        (
            "Las Fuerzas Armadas de Ucrania denunciaron el ataque. Rusia lo negó. La OPAQ "
            "enviará a Ucrania un equipo técnico.",
            [("Ucrania", "UA"), ("Rusia", "RU"), ("Ucrania", "UA")],
        ),
        # "la Convención" with a lower-case article is a treaty, not the province
        ("Su empleo lo prohíbe la Convención sobre Armas Químicas.", []),
        ("Hubo un paro en la provincia de La Convención.", [("provincia de La Convención", "PE")]),
        # "llegadas de" is an origin
        (
            "Miles de personas llegadas de Puno y Cusco marcharon por el centro de Lima.",
            [("Lima", "PE")],
        ),
    ],
)
def test_finder_countries_treaties_and_arrivals(finder, text, expected):
    assert [(loc.text, loc.iso) for loc in _find(finder, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where someone was taken is not where the event happened
        ("Camacho was detained near his home and flown to La Paz.", []),
        ("Los detenidos fueron trasladados a Lima.", []),
        # a country's name before an institution is the institution's
        (
            "Cusco's unions called a strike, and the U.S. State Department advised caution.",
            ["Cusco"],
        ),
        ("Protests also took place in the United States.", ["United States"]),
    ],
)
def test_finder_destinations_and_institutions_are_no_places(finder, text, expected):
    assert [loc.text for loc in _find(finder, text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Colombian troops entered El Plateado, a coca-growing town in the southwestern "
            "department of Cauca, on Saturday.",
            "El Plateado",
            ("El Plateado", "Cauca", None, 2),
        ),
        (
            "Irrumpieron en el anexo de Cerro Rico, distrito de Atico, provincia de Caravelí.",
            "anexo de Cerro Rico",
            ("Cerro Rico", "Arequipa", "Atico", 2),
        ),
        (
            "La base está en el distrito de Vizcatán del Ene. Otra se instaló en el centro "
            "poblado de Nueva Esperanza, cerca del río.",
            "centro poblado de Nueva Esperanza",
            ("Nueva Esperanza", "Junín", "Vizcatán del Ene", 2),
        ),
        (
            "Iza was arrested by soldiers in Pastocalle, in Cotopaxi province, on June 14.",
            "Pastocalle",
            ("Pastocalle", "Cotopaxi", None, 2),
        ),
    ],
)
def test_finder_unlisted_hamlet_takes_the_place_named_with_it(finder, text, surface, expected):
    found = [loc for loc in _find(finder, text) if loc.text == surface]
    assert found, _find(finder, text)
    loc = found[0]
    assert (loc.name, loc.admin1, loc.admin3, loc.geo_precision) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vecinos del caserío Pampa Verde bloquearon la vía.",
        "Hubo un paro en Diciembre, en la región Puno.",
    ],
)
def test_finder_unlisted_hamlet_needs_a_known_place_beside_it(finder, text):
    # (and "a town councillor" is no town: see test_finder_unlisted_needs_a_kind_noun)
    assert all(loc.name in ("Puno",) for loc in _find(finder, text))


def test_event_place_without_an_incident_before_takes_the_story_place(finder):
    text = (
        "BOGOTÁ — Troops entered El Plateado, a town in the department of Cauca, on Saturday. "
        "The army would build a permanent base in the town."
    )
    second = "The army would build a permanent base in the town."
    loc = _event_place(finder, text, second, "base", dateline_end=9, lang="en")
    assert (loc.name, loc.admin1) == ("El Plateado", "Cauca")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("La Dirección Regional de Salud de Puno reportó 70 heridos.", "Puno", True),
        ("La Defensoría del Pueblo de Ayacucho informó.", "Ayacucho", True),
        ("The Cusco Regional Government declared mourning.", "Cusco", True),
        ("Bloquean la carretera Puno–Desaguadero.", "Puno", True),
        ("Bloquean la carretera Puno–Desaguadero.", "Desaguadero", True),
        ("Marcharon por la plaza de Armas de Puno.", "Puno", False),
        ("Convocaron a la Tercera Toma de Lima.", "Lima", False),
        ("Miles marcharon en Puno.", "Puno", False),
        ("Police arrested four leaders of the Puno protests in Lima.", "Puno", True),
        ("Officials in Lima attributed the attack to the rebels.", "Lima", True),
        ("Protests in Puno continued.", "Puno", False),
        (
            "El fallecido, presidente de una comunidad campesina de la provincia de Anta, "
            "presentaba una herida de bala.",
            "provincia de Anta",
            True,
        ),
    ],
)
def test_weak_place_inside_another_name(finder, text, surface, expected):
    loc = next(loc for loc in _find(finder, text) if loc.text == surface)
    assert weak(loc, text) is expected


def test_choose_prefers_a_place_that_is_not_part_of_a_name(finder):
    text = "Los manifestantes bloquean la carretera Puno–Desaguadero a la altura de Ilave."
    at = text.index("bloquean")
    assert choose(_find(finder, text), text, (at, at + 8)).text == "Ilave"


def test_choose_prefers_a_place_inside_the_country_named(finder):
    text = "Mantienen tomado el puente que une Perú y Bolivia, en la frontera de Desaguadero."
    at = text.index("tomado")
    assert choose(_find(finder, text), text, (at, at + 6)).name == "Desaguadero"


def test_event_place_weak_place_gives_way_to_the_incident_town(finder):
    text = "Hubo 17 muertos en Juliaca. La Dirección Regional de Salud de Puno reportó 70 heridos."
    last = _find(finder, "Hubo 17 muertos en Juliaca.")[0]
    second = "La Dirección Regional de Salud de Puno reportó 70 heridos."
    loc = _event_place(finder, text, second, "heridos", last=last)
    assert loc.name == "Juliaca"


@pytest.mark.parametrize(
    ("text", "trigger", "dateline_end", "expected"),
    [
        # a lead that names the region: the next sentence names the town
        (
            "PUNO, Peru — A man was beaten to death by villagers in Peru's southern Puno region "
            "last Monday. The killing took place in the district of Pomata, near Lake Titicaca.",
            "beaten",
            11,
            "Pomata",
        ),
        # a lead with only a dateline: a place of the dateline's department named next
        (
            "AYACUCHO, Peru — Troops have retaken a stretch of ridges, the army said. Soldiers "
            "clashed with rebels in the Llochegua district of Huanta province.",
            "retaken",
            14,
            "Llochegua",
        ),
        # ... but not one in another department
        (
            "LIMA — Congress removed the president on Wednesday. Protests broke out in Puno.",
            "removed",
            4,
            "Lima",
        ),
        # ... nor one that opens a scene of its own
        (
            "PUNO, Peru — Protests paralysed Peru's southern Puno region on Monday. In Juliaca, "
            "police fired tear gas at a crowd.",
            "paralysed",
            11,
            "Puno",
        ),
    ],
)
def test_event_place_lead_takes_the_next_sentence_town(
    finder, text, trigger, dateline_end, expected
):
    first = text[: text.index(". ") + 1]
    loc = _event_place(finder, text, first, trigger, dateline_end=dateline_end, lang="en")
    assert loc.name == expected


def test_finder_a_level_word_after_a_name_is_that_name_s(finder):
    text = "The officers stationed in Macusani, in the Carabaya province of the Puno region, fled."
    found = [(loc.text, loc.name, loc.geo_precision) for loc in _find(finder, text, "en")]
    assert found == [
        ("Macusani", "Macusani", 1),
        ("Carabaya province", "Carabaya", 2),
        ("Puno region", "Puno", 3),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops fought for hours on the outskirts of Morales, in Cauca.", "Morales"),
        ("A group of mothers from Juliaca and Ayacucho began a hunger strike in Lima.", "Lima"),
    ],
)
def test_finder_outskirts_and_origins_of_groups(finder, text, expected):
    at = text.index(" ", 10)
    assert choose(_find(finder, text, "en"), text, (at, at + 1)).text == expected


def test_event_place_speaker_place_gives_way_to_the_incident(finder):
    text = "Gunmen ambushed a patrol in Pichari. Officials in Lima attributed the attack to rebels."
    last = _find(finder, "Gunmen ambushed a patrol in Pichari.", "en")[0]
    second = "Officials in Lima attributed the attack to rebels."
    assert _event_place(finder, text, second, "attack", last=last, lang="en") is last


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes broke out near the airport.", [("airport", "site")]),
        ("Los exteriores del aeropuerto quedaron cerrados.", [("aeropuerto", "site")]),
        ("Families will march to the city's cathedral.", [("cathedral", "site")]),
        ("No hubo bloqueos en la región.", [("la región", "region")]),
        ("El paro continuará en toda la región.", [("toda la región", "region")]),
        ("They marched through the town.", [("town", "town")]),
        # a noun without a determiner is no anaphor ("building barricades")
        ("Protesters were building barricades.", []),
    ],
)
def test_finder_anaphora(finder, text, expected):
    found = [(text[a:b], kind) for a, b, kind in finder.anaphora(text, fold(text), 0, len(text))]
    assert found == expected


def test_event_place_story_place_under_the_sentence_phrase(finder):
    text = "ANDAHUAYLAS — Two men were killed in Andahuaylas. Protesters stormed the airport."
    last = _find(finder, "Two men were killed in Andahuaylas.", "en")[0]
    second = "Protesters stormed the airport."
    loc = _event_place(finder, text, second, "stormed", dateline_end=14, last=last, lang="en")
    assert (loc.text, loc.name, loc.geo_precision) == ("airport", "Andahuaylas", 1)
    assert text[loc.span[0] : loc.span[1]] == "airport"


def test_event_place_region_phrase_is_the_department(finder):
    text = "PUNO.– Los docentes marcharon en Juliaca. No hubo bloqueos de vías en la región."
    last = _find(finder, "Los docentes marcharon en Juliaca.")[0]
    second = "No hubo bloqueos de vías en la región."
    loc = _event_place(finder, text, second, "bloqueos", dateline_end=6, last=last)
    assert (loc.text, loc.name, loc.admin1, loc.admin2, loc.geo_precision) == (
        "la región",
        "Puno",
        "Puno",
        None,
        3,
    )


def test_finder_hamlet_takes_the_nearest_district_named(finder):
    text = (
        "HUANCAVELICA.– Un hombre murió linchado por comuneros del anexo de Pampachacra, en el "
        "distrito de Acoria."
    )
    loc = next(loc for loc in _find(finder, text) if "Pampachacra" in loc.text)
    assert (loc.name, loc.admin3) == ("Pampachacra", "Acoria")


def test_finder_cusco_airport_is_in_wanchaq(finder):
    text = "A man was killed during clashes near Cusco's airport."
    loc = _find(finder, text, "en")[0]
    assert (loc.admin2, loc.admin3, loc.geo_precision) == ("Cusco", "Wánchaq", 2)


def test_finder_unlisted_needs_a_kind_noun(finder):
    text = "Juan Pérez, a town councillor in Cusco, said the march would go ahead."
    assert [loc.text for loc in _find(finder, text, "en")] == ["Cusco"]


def test_event_place_national_scope_by_the_event_word_is_kept(finder):
    text = (
        "LIMA.– El Gobierno declaró el estado de emergencia en todo el país. El anuncio se hizo "
        "en Palacio de Gobierno."
    )
    first = text[: text.index(". ") + 1]
    loc = _event_place(finder, text, first, "estado de emergencia", dateline_end=6)
    assert (loc.text, loc.name, loc.geo_precision) == ("todo el país", "Peru", 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where people were removed from is where it happened
        ("Police evicted dozens of protesters from Plaza San Martín.", ["Plaza San Martín"]),
        # ... but an origin stays an origin
        ("Police removed students who came from Puno from the campus in Lima.", ["Lima"]),
        ("La policía desalojó a comuneros procedentes de Puno en Lima.", ["Lima"]),
    ],
)
def test_finder_removed_from_is_no_origin(finder, text, expected):
    assert [loc.text for loc in _find(finder, text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the level word of a list's first name holds for the names after it
        (
            "Estado de emergencia en las provincias de Huamanga, Huanta y La Mar.",
            [("Huamanga", 2), ("Huanta", 2), ("La Mar", 2)],
        ),
        (
            "El toque de queda rige en quince provincias del país, entre ellas Huamanga y Huanta.",
            [("Huamanga", 2), ("Huanta", 2)],
        ),
        # without a level word, Huamanga is the city of Ayacucho and Huanta its town
        ("Hubo marchas en Huanta y Huamanga.", [("Huanta", 1), ("Ayacucho", 1)]),
    ],
)
def test_finder_level_word_for_a_list(finder, text, expected):
    assert [(loc.name, loc.geo_precision) for loc in _find(finder, text)] == expected
