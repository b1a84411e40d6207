"""Twentieth session (coding8): the forces who break in intervene in Spanish too; an armed group
that attacks a police post fights the forces; a threat's condition tells no event; questions,
refusals to lift a measure, clashing accounts, the items of a list of demands and a court's
verdict are no incidents of their own."""

from __future__ import annotations

import pytest


def _coded(mentions, text, language, **kw):
    return [(m.event_type, m.sub_event_type) for m in mentions(text, language, **kw)]


# -- the forces who break in --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Los agentes irrumpieron en el local de la federación tras derribar la puerta con un ariete"
        " y detuvieron a treinta dirigentes campesinos.",
        "Decenas de policías irrumpieron en el campus de la universidad y detuvieron a los"
        " estudiantes que lo ocupaban.",
        "La Policía entró por la fuerza en la casa comunal donde se alojaban los manifestantes.",
    ],
)
def test_forces_breaking_in_are_no_riot_es(mentions, text):
    events = mentions(text, "es")
    assert events
    assert all(m.event_type != "Riots" for m in events)
    assert events[0].actor1 is not None and events[0].actor1.inter == 1


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a crowd that breaks in is violent
        "Un grupo de manifestantes irrumpió en la sede de la prefectura y destrozó los muebles.",
        "Los pobladores irrumpieron en el local municipal y le prendieron fuego.",
    ],
)
def test_crowd_breaking_in_is_a_riot_es(mentions, text):
    assert ("Riots", "Violent demonstration") in _coded(mentions, text, "es")


# -- an armed group attacks the forces ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armed separatists attacked the police station in the border town overnight, the governor said.",
            "en",
        ),
        (
            "According to the ministry, armed militants attacked the police station and three officers"
            " died in the exchange of fire.",
            "en",
        ),
        ("Separatistas armados atacaron la comisaría del pueblo durante la madrugada.", "es"),
    ],
)
def test_armed_group_attacking_the_forces_is_no_riot(mentions, text, language):
    coded = _coded(mentions, text, language)
    assert ("Riots", "Violent demonstration") not in coded
    assert ("Battles", "Armed clash") in coded


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: demonstrators who attack the police station riot
        ("Demonstrators attacked the police station with stones on Tuesday.", "en"),
        ("Los manifestantes atacaron la comisaría con piedras.", "es"),
    ],
)
def test_demonstrators_attacking_the_police_station_riot(mentions, text, language):
    assert ("Riots", "Violent demonstration") in _coded(mentions, text, language)


# -- a threat and its condition -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Los ronderos advirtieron que tomarán el puente Chacanto si la fiscalía no identifica al"
            " policía que disparó contra el joven.",
            "es",
        ),
        (
            "Dock workers warned they would block the port if the officer who shot the student is not"
            " suspended.",
            "en",
        ),
    ],
)
def test_condition_of_a_threat_tells_no_force(mentions, text, language):
    events = mentions(text, language)
    assert events
    assert all(m.sub_event_type != "Excessive force against protesters" for m in events)
    assert all(m.factuality != "asserted" for m in events)


def test_force_in_the_main_clause_stays(mentions):
    # near miss: the shooting is told, the "if" opens another sentence's question
    text = "La policía disparó contra los manifestantes en Anta. Nadie sabe qué pasará si vuelven."
    assert ("Protests", "Excessive force against protesters") in _coded(mentions, text, "es")


# -- questions, explainers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("¿Sigue vigente el toque de queda en Puno?", "es"),
        ("¿Hubo detenidos durante la marcha?", "es"),
        ("¿Es la primera huelga de los mineros?", "es"),
        ("Is the curfew still in force?", "en"),
        ("Did soldiers fire on the crowd?", "en"),
        ("Bangladesh's student protests: what you need to know", "en"),
    ],
)
def test_questions_and_explainer_titles_tell_no_event(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: a question in the future is a plan asked about; a statement tells
        ("¿Declarará el Gobierno el toque de queda en Puno?", "es"),
        ("Soldiers fired on the crowd in Puno on Monday.", "en"),
    ],
)
def test_plans_asked_and_statements_stay(mentions, text, language):
    assert mentions(text, language)


# -- refusals to lift, accounts that clash -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La ministra se negó a levantar el toque de queda en Juliaca.", "es"),
        ("El Ejecutivo descartó derogar el estado de emergencia en Cusco.", "es"),
        ("The interior minister refused to lift the curfew in Quito.", "en"),
    ],
)
def test_refusing_to_lift_a_measure_declares_nothing(mentions, text, language):
    assert mentions(text, language) == []


def test_a_measure_declared_stays(mentions):
    # near miss: the declaration itself
    coded = _coded(mentions, "El Ejecutivo declaró el estado de emergencia en Cusco.", "es")
    assert ("Strategic developments", "Other") in coded


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Las cifras chocan.", "es"),
        ("Los relatos chocan desde el primer día.", "es"),
        ("The two accounts clash.", "en"),
    ],
)
def test_accounts_that_clash_are_no_clash(mentions, text, language):
    assert mentions(text, language) == []


def test_people_who_clash_still_clash(mentions):
    # near miss: the people who clash, beside the accounts of it
    text = (
        "Cientos de manifestantes chocaron con la policía en el centro de Puno el lunes."
        " Las versiones chocan."
    )
    assert _coded(mentions, text, "es") == [("Riots", "Violent demonstration")]


# -- lists of demands ---------------------------------------------------------------------


def test_items_of_a_list_of_demands_are_no_events(mentions):
    text = (
        "El comité de lucha emitió un comunicado.\n\n"
        "Por ello, demandamos:\n"
        "1. La renuncia del prefecto.\n"
        "2. La liberación de los detenidos.\n"
        "3. El cese del estado de emergencia.\n"
    )
    assert mentions(text, "es") == []


def test_items_of_another_list_stay(mentions):
    # near miss: a list of what happened
    text = (
        "Balance de la jornada:\n"
        "a) La policía detuvo a doce manifestantes en la plaza.\n"
        "b) Los comerciantes cerraron sus tiendas.\n"
    )
    assert mentions(text, "es")


# -- a court's verdict --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The judge declared the arrests unlawful and ordered the students freed.", "en"),
        ("A military court convicted a sergeant of shooting two farmers.", "en"),
        ("La jueza declaró arbitrarias las detenciones de los comuneros.", "es"),
        ("El tribunal condenó al suboficial por la muerte de un manifestante.", "es"),
    ],
)
def test_a_verdict_is_no_event_of_what_it_judges(mentions, text, language):
    assert mentions(text, language) == []


def test_a_courts_finding_of_fact_tells(mentions):
    # near miss: "found that" tells the facts
    text = "The court found that officers had fired on the marchers."
    assert ("Protests", "Excessive force against protesters") in _coded(mentions, text, "en")


# -- the forces who confront a crowd ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los militares enfrentaron a los pobladores en el puente y tres de ellos murieron.", "es"),
        ("Two students died after riot police confronted the marchers near the ministry.", "en"),
    ],
)
def test_forces_confronting_a_crowd_with_dead_use_force(mentions, text, language):
    coded = _coded(mentions, text, language)
    assert ("Protests", "Excessive force against protesters") in coded
    assert ("Riots", "Violent demonstration") not in coded


def test_forces_confronting_a_crowd_without_dead_intervene(mentions):
    text = "La policía enfrentó a los estudiantes frente al rectorado."
    assert _coded(mentions, text, "es") == [("Protests", "Protest with intervention")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: the crowd confronts the forces, or the two sides clash
        ("Los comuneros enfrentaron a la policía con piedras y hondas.", "es"),
        ("Protesters clashed with riot police near the ministry.", "en"),
    ],
)
def test_a_crowd_confronting_the_forces_riots(mentions, text, language):
    assert ("Riots", "Violent demonstration") in _coded(mentions, text, language)


# -- a toll told again --------------------------------------------------------------------


def test_a_toll_told_again_is_the_deadly_incidents(mentions):
    text = (
        "Seis personas murieron ayer cuando soldados dispararon contra los manifestantes en el"
        " aeropuerto de Andahuaylas. Por la noche, un grupo de manifestantes prendió fuego a la"
        " puerta de la fiscalía. El Ministerio de Salud, en cambio, consignó anoche siete fallecidos"
        " en su reporte, cifra que incluye a un herido que murió en el hospital."
    )
    events = mentions(text, "es")
    toll = next(m for m in events if m.killed is not None and m.killed.value == 7)
    assert toll.sub_event_type == "Excessive force against protesters"


def test_dead_of_the_last_incident_stay_its_own(mentions):
    # near miss: the last incident told was the deadly one
    text = (
        "Por la noche, un grupo de manifestantes incendió la comisaría. Luego, cuatro personas"
        " murieron en los enfrentamientos con la policía. El Ministerio de Salud, en cambio,"
        " consignó anoche cinco fallecidos en su reporte, cifra que incluye a un herido que murió"
        " en el hospital."
    )
    events = mentions(text, "es")
    toll = next(m for m in events if m.killed is not None and m.killed.value == 5)
    assert toll.event_type == "Riots"


# -- proceedings against people, lists after a blank line ---------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Prosecutors opened an investigation into the governor and two police chiefs for homicide"
            " and serious injury.",
            "en",
        ),
        ("The attorney general approved charges of murder against three constables.", "en"),
        (
            "La Fiscalía abrió una investigación preliminar contra el ministro del Interior por los"
            " presuntos delitos de homicidio calificado y lesiones graves.",
            "es",
        ),
        ("Un juez le impuso nueve meses de prisión preventiva.", "es"),
    ],
)
def test_a_proceeding_against_people_is_no_event_of_its_crimes(mentions, text, language):
    assert mentions(text, language) == []


def test_a_proceeding_that_tells_its_incident_keeps_it(mentions):
    # near miss: the investigation is opened on an incident the sentence tells
    text = (
        "La Fiscalía abrió una investigación por la muerte de un comunero, baleado anoche por la"
        " policía durante el desbloqueo de la carretera en Ilave."
    )
    assert mentions(text, "es")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Por todo ello, exigimos:\n\n- La renuncia del ministro del Interior.\n"
            "- La liberación de los detenidos en las protestas.\n",
            "es",
        ),
        (
            "Write to the minister, urging him to:\n- Free everyone detained at the protests;\n"
            "- Reveal where the abducted activists are held;\n",
            "en",
        ),
    ],
)
def test_items_of_a_list_after_its_opener_are_no_events(mentions, text, language):
    assert mentions(text, language) == []


# -- words for a whole wave of protest ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("How a fuel price rise became a revolt", "en"),
        ("Two years on, the mining towns are still in revolt.", "en"),
        ("A dos años del estallido: lo que queda de las asambleas", "es"),
    ],
)
def test_a_wave_of_protest_named_is_no_event(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: the wave told with its toll, a protest told by its own word
        ("The uprising left 17 people dead in Juliaca on Monday.", "en"),
        ("El estallido dejó diecisiete muertos en Juliaca el lunes.", "es"),
        ("Miles de personas protestaron frente al Congreso.", "es"),
    ],
)
def test_a_wave_with_its_toll_or_a_protest_stays(mentions, text, language):
    assert mentions(text, language)
