"""Twenty-third session (precision-en): what English reporting (and its Spanish counterpart)
says with an event word without telling an event that happened. Each construction has
sentences that must yield no event, or no event told as happened, and near misses that are
events (docs/vocabulary.md, Factuality; docs/gold-format.md, ``must_not``)."""

from __future__ import annotations

import pytest

_TOLD = frozenset({"asserted", "reported"})


def _told(mentions, text: str, language: str) -> list[str]:
    return [m.factuality for m in mentions(text, language) if m.factuality in _TOLD]


# --- metaphors of politics ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister faced a storm of criticism over the decree.", "en"),
        ("The premier's plan came under fire from the unions.", "en"),
        ("The finance minister came under fire over his handling of the budget.", "en"),
        ("The president's approval rating took a beating in January.", "en"),
        ("Lawmakers attacked the proposal as unconstitutional.", "en"),
        ("Opposition senators attack the reform in a joint letter.", "en"),
        ("Prices exploded after the roads were reopened.", "en"),
        ("The scandal shot down her hopes of a second term.", "en"),
        ("Workers have the right to strike under the constitution.", "en"),
        ("The union's strike fund ran out in March.", "en"),
        ("The president rallied support among regional governors.", "en"),
        ("La oposición atacó la propuesta del Ejecutivo.", "es"),
        ("Los trabajadores tienen derecho a la huelga según la Constitución.", "es"),
    ],
)
def test_metaphors_rights_and_support_are_no_events(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a patrol that comes under fire is an armed clash, not criticism
        ("A police patrol came under fire from gunmen near Pichari on Sunday.", "en"),
        ("Protesters attacked the police station in Juliaca on Monday.", "en"),
        ("Los manifestantes atacaron la comisaría de Ilave el lunes.", "es"),
        ("Teachers went on strike on Monday to demand the right to strike.", "en"),
    ],
)
def test_near_misses_of_metaphors_stay_events(mentions, text, language):
    assert _told(mentions, text, language)


# --- habits and rules ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Protests in Peru often turn deadly.", "en"),
        ("Police routinely use tear gas against students.", "en"),
        ("Strikes tend to hurt small farmers the most.", "en"),
        ("Every year, thousands march on Labour Day.", "en"),
        ("The ministry insists that officers use pellets only as a last resort.", "en"),
        ("Kenya's police have a long record of using lethal force at protests.", "en"),
        ("The army has a history of firing on unarmed crowds.", "en"),
        ("La policía suele usar gases lacrimógenos contra los estudiantes.", "es"),
        ("Las protestas en el sur suelen terminar en enfrentamientos.", "es"),
        ("Cada año, miles de personas marchan en Lima por el Día del Trabajo.", "es"),
        ("El ministerio sostiene que los agentes usan perdigones solo como último recurso.", "es"),
        ("Officers are prohibited from firing at protesters.", "en"),
        ("La policía tiene prohibido disparar contra los manifestantes.", "es"),
    ],
)
def test_what_happens_as_a_rule_is_no_event(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a day or a figure tells an incident; a past verb after the habit word tells what happened
        ("Police often fired tear gas at head height on 14 November.", "en"),
        ("Protests often turned violent that week in Puno.", "en"),
        ("Thousands marched through Lima on Tuesday, often chanting against Congress.", "en"),
        ("El lunes, como suele ocurrir, la marcha terminó en la plaza de Armas.", "es"),
        ("It was the bloodiest crackdown in the history of Puno, with 18 dead.", "en"),
        (
            "Officers prohibited from entering the campus fired tear gas at students on Monday.",
            "en",
        ),
    ],
)
def test_near_misses_of_habits_stay_events(mentions, text, language):
    assert _told(mentions, text, language)


def test_a_rule_does_not_reach_the_denial_after_it(mentions):
    """The habit word governs its own clause: the denial told after "and has denied that" is
    the denied incident it always was."""
    text = (
        "The ministry insists that officers use pellets only as a last resort and has denied "
        "that any of them aimed at protesters' heads."
    )
    got = [(m.sub_event_type, m.factuality) for m in mentions(text, "en")]
    assert got == [("Excessive force against protesters", "negated")]


# --- advisories and works about unrest -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Travellers should avoid demonstrations and large gatherings.", "en"),
        ("The embassy advised citizens to stay away from roadblocks in Puno.", "en"),
        ("Visitors may encounter road blockades and strikes without notice.", "en"),
        ("Her novel about a strike in a mining town won the prize.", "en"),
        ("An exhibition of photographs of the marches opened at the museum.", "en"),
        ("Se recomienda a los turistas evitar las manifestaciones y las aglomeraciones.", "es"),
        ("La embajada pidió a sus ciudadanos mantenerse alejados de los bloqueos.", "es"),
        ("Un documental sobre las protestas se estrenó el viernes en Lima.", "es"),
        ("Su novela sobre una huelga minera ganó el premio.", "es"),
    ],
)
def test_advisories_and_works_about_unrest_are_no_events(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police fired tear gas to avoid clashes between the two groups in Puno.", "en"),
        ("Police dispersed a march of film students in Lima on Friday.", "en"),
        ("Travellers encountered roadblocks on the Panamericana on Monday.", "en"),
    ],
)
def test_near_misses_of_advisories_stay_events(mentions, text, language):
    assert _told(mentions, text, language)


# --- plans, rumours and what failed to happen ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "factuality"),
    [
        ("The federation is preparing a new strike for February.", "en", "planned"),
        ("La federación prepara un nuevo paro para febrero.", "es", "planned"),
        (
            "Rumours spread on social media that soldiers had shot a child in Puno.",
            "en",
            "possible",
        ),
        ("Circulan rumores de que soldados dispararon contra un niño en Puno.", "es", "possible"),
        ("Authorities expect new blockades in Puno on Monday.", "en", "possible"),
        ("Residents fear that the protests will resume.", "en", "possible"),
        ("Se teme que las protestas se reanuden en Puno.", "es", "possible"),
        ("Police foiled a plan to block the airport road.", "en", "negated"),
        ("The last-minute deal averted a national strike.", "en", "negated"),
        ("La policía frustró un plan para bloquear la vía de Evitamiento.", "es", "negated"),
        ("The strike failed to materialise in Arequipa.", "en", "negated"),
        ("The march failed to get off the ground in Cusco.", "en", "negated"),
        ("El paro no llegó a concretarse en Arequipa.", "es", "negated"),
    ],
)
def test_plans_rumours_and_failures_are_not_told_as_happened(mentions, text, language, factuality):
    assert [m.factuality for m in mentions(text, language)] == [factuality]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Farmers preparing food for the marchers blocked the bridge in Ilave on Monday.", "en"),
        ("The strike went ahead in Arequipa despite the rain.", "en"),
        ("Police prevented a march from reaching Congress on Monday.", "en"),
        ("Los agricultores que preparaban la marcha bloquearon la vía el jueves.", "es"),
    ],
)
def test_near_misses_of_plans_and_failures_stay_events(mentions, text, language):
    assert _told(mentions, text, language)


# --- a question on what is coming -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Is Peru heading for another general strike?", "en"),
        ("Are the southern regions on the brink of a new wave of blockades?", "en"),
        ("¿Se avecina un nuevo paro nacional?", "es"),
    ],
)
def test_what_a_question_asks_is_coming_is_not_told(mentions, text, language):
    assert not _told(mentions, text, language)


def test_a_statement_of_where_a_strike_is_heading_stays_told(mentions):
    text = "Thousands of striking teachers marched in Cusco on Monday and are now heading for Lima."
    assert _told(mentions, text, "en")
