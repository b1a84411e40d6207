"""Claims read by construction (extract-claims2): what a demand verb asks with no topic of the
lexicon, words that hold a topic's word in another sense, a verb negated or refused, the
speaker's own resignation announced, an action told as ended, where people went to join, and
a topic that another speaker's clause holds."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.models import Document


def _claims(resources, text: str, language: str) -> set[tuple[str, str]]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 10))
    return {(c.kind, c.topic) for c in extract(doc, resources).claims}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dock workers demand better pensions and shorter shifts.", "en"),
        ("The nurses' union demanded a full audit of the hospital budget.", "en"),
        ("The federation demands that the new mining code be withdrawn.", "en"),
        ("Farmers blocked the highway to demand that the ministry buy their harvest.", "en"),
        ("The Ombudsman calls for the suspension of the commanders in charge.", "en"),
        ("Los cocaleros exigen la derogatoria inmediata del Decreto 1520.", "es"),
        ("Los maestros reclaman un aumento salarial del 20 %.", "es"),
        ("Los vecinos marcharon para exigir que la planta de residuos no se construya allí.", "es"),
        ("El colegio profesional pide la auditoría de los contratos de la obra.", "es"),
    ],
)
def test_a_demand_verb_asks_what_follows_it(resources, text: str, language: str) -> None:
    assert ("demand", "other") in _claims(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the addressee, a pronoun, an adverb or a time is not what is asked, nor the speaker
        # told after its verb
        ('El entrenador pidió a la afición "no abandonar al equipo".', "es"),
        ("Mientras no haya respuesta, reclaman los manifestantes, seguirán en la plaza.", "es"),
        ("The mayor demanded it on Monday.", "en"),
        ("Residents have long demanded answers.", "en"),
        # a demand negated or refused asks nothing
        ("The union did not demand a recount of the votes.", "en"),
        ("El comandante se negó a pedir la rendición de sus hombres.", "es"),
        ("Los gremios no exigen la renuncia del ministro.", "es"),
        ("Union leaders have never called for a general strike.", "en"),
    ],
)
def test_no_demand_without_its_object_or_when_negated(resources, text: str, language: str) -> None:
    assert _claims(resources, text, language) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La CGTP no solo exige la renuncia del ministro.", "es", ("demand", "resignation")),
        ("Protesters not only demanded his resignation.", "en", ("demand", "resignation")),
        # a condition is set on a negation
        ("We will not go home until there is justice.", "en", ("demand", "justice_for_victims")),
    ],
)
def test_not_only_and_conditions_still_ask(resources, text, language, expected) -> None:
    assert expected in _claims(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        # a building, a right, who leads a protest
        (
            "Relatives plan to travel to the capital for a vigil at the Palace of Justice.",
            "en",
            "justice_for_victims",
        ),
        (
            "Los deudos anunciaron un plantón frente al Palacio de Justicia el jueves.",
            "es",
            "justice_for_victims",
        ),
        ("The minister urged protest leaders to sit down for talks.", "en", "march"),
        (
            "La Defensoría exhorta a la población a ejercer su derecho a la protesta con calma.",
            "es",
            "march",
        ),
        ("We urge the authorities to respect the right to protest.", "en", "march"),
        ("El Gobierno pidió al Comité Nacional de Paro volver al diálogo.", "es", "strike"),
    ],
)
def test_words_in_another_sense_are_no_topic(resources, text, language, absent) -> None:
    assert all(topic != absent for _, topic in _claims(resources, text, language))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the words still name their topic where they are asked
        (
            "Relatives demanded justice outside the courthouse.",
            "en",
            ("demand", "justice_for_victims"),
        ),
        (
            "Los deudos anunciaron un plantón frente al Palacio de Justicia.",
            "es",
            ("announcement", "march"),
        ),
        (
            "The union urged workers to join the protest on Friday.",
            "en",
            ("call_to_action", "march"),
        ),
    ],
)
def test_near_misses_keep_their_topic(resources, text, language, expected) -> None:
    assert expected in _claims(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tras perder el apoyo de su bancada, el ministro anunció su renuncia.", "es"),
        ("The governor announced his resignation in a televised address.", "en"),
        ("The federation announced that the strike was suspended on Sunday night.", "en"),
        ("El frente anunció que el paro fue levantado esta mañana.", "es"),
    ],
)
def test_an_end_or_an_own_resignation_announced_is_no_claim(resources, text, language) -> None:
    assert _claims(resources, text, language) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Los dirigentes anunciaron que exigirán su renuncia.", "es", ("demand", "resignation")),
        ("Students demanded that the blockade be lifted.", "en", ("demand", "other")),
        ("The federation announced a strike for Monday.", "en", ("announcement", "strike")),
    ],
)
def test_near_misses_of_ends_and_own_resignations(resources, text, language, expected) -> None:
    assert expected in _claims(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        (
            "Many of the detained had come from Cusco to join the protests in the capital.",
            "en",
            "march",
        ),
        (
            "Hundreds of farmers travelled overnight from the valleys to join the strike.",
            "en",
            "strike",
        ),
        # another speaker's clause, or a time clause, holds the topic
        (
            "The committee called for a march on Friday, and some delegates spoke of a general "
            "strike.",
            "en",
            "strike",
        ),
        (
            "The front called for new rallies on Monday, the second day of action since the "
            "strike began.",
            "en",
            "strike",
        ),
        (
            "La federación convocó a una marcha el viernes, y algunos dirigentes hablan de un paro.",
            "es",
            "strike",
        ),
        # a verb in the past joined to the call is what was done
        (
            "The federation called a general strike on Monday and marched to the legislature.",
            "en",
            "march",
        ),
        ("The unions called a general strike in March.", "en", "march"),
    ],
)
def test_topics_not_governed_by_the_cue(resources, text, language, absent) -> None:
    assert all(topic != absent for _, topic in _claims(resources, text, language))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The union urged its members to join the strike.", "en", ("call_to_action", "strike")),
        (
            "Unions said the roads would stay blocked until the governor resigns.",
            "en",
            ("demand", "resignation"),
        ),
        (
            "Leaders are threatening an indefinite strike until he goes.",
            "en",
            ("demand", "resignation"),
        ),
        (
            "Organisers called on traders to close for the day on Thursday.",
            "en",
            ("call_to_action", "strike"),
        ),
        (
            "The front has called on residents to gather in the main square at noon.",
            "en",
            ("call_to_action", "march"),
        ),
        (
            "The president said lawmakers should approve elections for this year.",
            "en",
            ("demand", "early_elections"),
        ),
        (
            "The association wants the officers to be prosecuted.",
            "en",
            ("demand", "justice_for_victims"),
        ),
        (
            "Las madres marcharon para exigir la presentación con vida de sus hijos.",
            "es",
            ("demand", "justice_for_victims"),
        ),
        (
            "Los deudos piden que se juzgue a los mandos que dieron la orden.",
            "es",
            ("demand", "justice_for_victims"),
        ),
        (
            "La confederación exige el fin del estado de excepción en tres provincias.",
            "es",
            ("demand", "end_state_of_emergency"),
        ),
        ("Exigimos la derogatoria de la Ley 31000.", "es", ("demand", "other")),
        ("Exigimos su derogatoria inmediata.", "es", ("demand", "end_state_of_emergency")),
    ],
)
def test_topics_of_the_lexicon(resources, text, language, expected) -> None:
    assert expected in _claims(resources, text, language)


def _claim_texts(resources, text: str, language: str) -> list[tuple[str, str, str]]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 10))
    return [(c.kind, c.topic, c.text) for c in extract(doc, resources).claims]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los comuneros exigieron al Gobierno que retire la concesión minera.", "es"),
        ("El alcalde pidió al Ministerio de Transportes el asfaltado urgente de la vía.", "es"),
        ("Los agricultores exigieron al Ejecutivo declarar en emergencia el valle.", "es"),
        ("La Defensoría instó a las autoridades a garantizar la atención de los heridos.", "es"),
        ("The rights office urged the authorities to use force only as a last resort.", "en"),
        ("The bishops appealed to the government to return the seized buses.", "en"),
    ],
)
def test_an_addressee_urged_is_asked_something(resources, text: str, language: str) -> None:
    assert ("demand", "other") in _claims(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Defensoría exhorta a la Policía a usar la fuerza con proporcionalidad y a los "
            "manifestantes a no atacar los hospitales.",
            "es",
        ),
        (
            "El colegio pide a la Fiscalía que identifique a los agresores y al Ministerio que "
            "refuerce la seguridad del local.",
            "es",
        ),
        (
            "The Ombudsman urged the police to respect the right of assembly and the marchers "
            "to keep ambulances moving.",
            "en",
        ),
    ],
)
def test_each_joined_addressee_is_asked_on_its_own(resources, text: str, language: str) -> None:
    demands = [c for c in _claim_texts(resources, text, language) if c[0] == "demand"]
    assert len(demands) >= 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an addressee with a quotation, and a call with nothing urged
        ('El técnico pidió a los hinchas "llenar el estadio" el domingo.', "es"),
        # (calm asked is a claim of its own since extract-claims5: "urged calm", "llamó a la calma")
        ("The coach urged caution after the match.", "en"),
        ("El presidente llamó a la reflexión.", "es"),
    ],
)
def test_no_addressee_urged(resources, text: str, language: str) -> None:
    assert ("demand", "other") not in _claims(resources, text, language)


@pytest.mark.parametrize(
    "text",
    [
        "El Ministerio del Interior anunció que enviará trescientos policías a la provincia.",
        "La asociación de deudos anunció esta mañana que acudirá a la Corte Interamericana.",
        "El Gobierno anunció que el Ejecutivo ampliará el toque de queda.",
    ],
)
def test_an_announced_action_with_no_topic_is_announced(resources, text: str) -> None:
    assert ("announcement", "other") in _claims(resources, text, "es")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the demand it announces says it; a past told is no announcement; nor is a plan
        (
            "Los gremios anunciaron que exigirán la renuncia del gobernador.",
            "es",
            {("demand", "resignation")},
        ),
        ("El alcalde anunció que la obra quedó concluida.", "es", set()),
        ("The president announced he would dissolve the legislature.", "en", set()),
        (
            "La familia anunció que presentará una querella contra los agentes.",
            "es",
            {("announcement", "justice_for_victims")},
        ),
    ],
)
def test_announcements_near_misses(resources, text, language, expected) -> None:
    assert _claims(resources, text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        # leave to act is asked, not the action
        ("We call on the police to let the students march peacefully.", "en", "march"),
        ("Piden a las autoridades permitir la marcha hasta la plaza.", "es", "march"),
        # a time told by an action
        ("The minister should sign the decree before the next march.", "en", "march"),
        ("Exigen una reunión con el ministro antes del paro.", "es", "strike"),
        # an action inside a relative clause that describes what is asked
        (
            "The governor asked Congress to pass a decree, which would allow troops to break up "
            "the roadblocks.",
            "en",
            "blockade",
        ),
        # the end of an action announced, or asked
        ("Union leaders said they would lift the blockade on Friday.", "en", "blockade"),
        ("They urged the army to clear the roadblocks.", "en", "blockade"),
    ],
)
def test_an_action_named_but_not_asked(resources, text, language, absent) -> None:
    assert all(topic != absent for _, topic in _claims(resources, text, language))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The federation called for a march after the funeral.", "en", ("call_to_action", "march")),
        (
            "Families demanded the release of the leader, who was arrested on Monday, as well as "
            "new elections.",
            "en",
            ("demand", "early_elections"),
        ),
        ("The unions announced a blockade of the bridge.", "en", ("announcement", "blockade")),
    ],
)
def test_actions_still_asked(resources, text, language, expected) -> None:
    assert expected in _claims(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the answer to a question about demands asks what it names
        (
            "What do the miners want? The resignation of the energy minister.",
            "en",
            {("demand", "resignation")},
        ),
        (
            "What are the teachers demanding?\n\nNew elections this year and a pay rise.",
            "en",
            {("demand", "early_elections")},
        ),
        (
            "¿Qué exigen los transportistas? La liberación de sus dirigentes.",
            "es",
            {("demand", "release_of_prisoner")},
        ),
        # another question, and a question itself, claim nothing
        ("What happens next? The resignation was accepted on Friday.", "en", set()),
        ("Will the unions call a new strike?", "en", set()),
        ("¿Convocará la CGTP a un paro nacional?", "es", set()),
        # what someone is owed is asked for
        ("The families of the dead deserve justice.", "en", {("demand", "justice_for_victims")}),
        ("Los deudos merecen justicia.", "es", {("demand", "justice_for_victims")}),
    ],
)
def test_answers_questions_and_what_is_owed(resources, text, language, expected) -> None:
    assert _claims(resources, text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a gathering called, a call joined, the addressee right after "called"
        (
            "Los colectivos convocaron a una concentración frente al Palacio de Gobierno.",
            "es",
            ("call_to_action", "march"),
        ),
        (
            "Llamamos a los vecinos a concentrarse el sábado en la plaza principal.",
            "es",
            ("call_to_action", "march"),
        ),
        (
            "The teachers' union joins the call of student groups for a national day of marches.",
            "en",
            ("call_to_action", "march"),
        ),
        (
            "The former candidate called supporters to gather outside the electoral court.",
            "en",
            ("call_to_action", "march"),
        ),
    ],
)
def test_gatherings_and_calls_joined(resources, text, language, expected) -> None:
    assert expected in _claims(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He called supporters of the government traitors.", "en"),
        ("La concentración de tierras en pocas manos es un problema antiguo.", "es"),
    ],
)
def test_gatherings_near_misses(resources, text, language) -> None:
    assert _claims(resources, text, language) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "La Defensoría solicita a la Policía abstenerse de detener a menores.",
            "es",
            ("demand", "other"),
        ),
        (
            "La Prefectura invita a la población a no difundir rumores.",
            "es",
            ("demand", "other"),
        ),
        (
            "We call for the officers to be identified and prosecuted.",
            "en",
            ("demand", "justice_for_victims"),
        ),
        (
            "Exigen que los agentes sean investigados y sancionados.",
            "es",
            ("demand", "justice_for_victims"),
        ),
        (
            "The federation will talk if the government lifts the state of emergency.",
            "en",
            ("demand", "end_state_of_emergency"),
        ),
    ],
)
def test_more_ways_to_ask(resources, text, language, expected) -> None:
    assert expected in _claims(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        # an action that names who or what the claim is about
        (
            "Los deudos exigieron justicia para las víctimas de las protestas.",
            "es",
            "march",
        ),
        (
            "Families demanded the release of those detained in the protests.",
            "en",
            "march",
        ),
        # an action guarded or policed
        (
            "El Gobierno anunció el despliegue de dos mil policías para resguardar la marcha.",
            "es",
            "march",
        ),
        # a refusal
        ("Los dirigentes advirtieron que no aceptarán mesas de diálogo.", "es", "dialogue"),
        ("The strikers rejected any talks with the minister.", "en", "dialogue"),
        # what is expected, and a fact insisted on
        ("Para mañana se prevé que los comuneros marchen hasta la plaza.", "es", "march"),
        ("Organisers insist the march will be peaceful.", "en", "march"),
    ],
)
def test_actions_that_are_not_what_is_asked(resources, text, language, absent) -> None:
    assert all(topic != absent for _, topic in _claims(resources, text, language))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Llamamos a la ciudadanía a participar de manera pacífica en la marcha del sábado.",
            "es",
            ("call_to_action", "march"),
        ),
        ("The union urged members to take part in the strike.", "en", ("call_to_action", "strike")),
        ("Protesters insist on a new march next week.", "en", ("call_to_action", "march")),
        ("The unions are seeking talks with the minister.", "en", ("demand", "dialogue")),
    ],
)
def test_actions_still_asked_near_those(resources, text, language, expected) -> None:
    assert expected in _claims(resources, text, language)


def test_calls_rejected_are_still_told(resources) -> None:
    text = "The president has rejected calls to bring forward the elections."
    assert ("demand", "early_elections") in _claims(resources, text, "en")


def test_a_communique_tells_an_announced_march_once(resources) -> None:
    text = (
        "Relatives of the dead have announced that they will travel to the capital for a march "
        "next week, and we call on the police to let them protest in peace."
    )
    doc = Document(id="t", text=text, language="en", published=dt.date(2023, 1, 10))
    marches = [c for c in extract(doc, resources).claims if c.topic == "march"]
    assert len(marches) == 1


def test_a_demand_reaches_along_its_list(resources) -> None:
    text = (
        "Exigimos la derogatoria inmediata del Decreto 555, que recortó el presupuesto de las "
        "universidades públicas del país, la reincorporación de los docentes despedidos en "
        "las tres sedes regionales, y el fin del estado de excepción en las provincias del norte."
    )
    assert ("demand", "end_state_of_emergency") in _claims(resources, text, "es")


@pytest.mark.parametrize(
    "text",
    [
        # a demand does not reach past a sentence break, nor a far topic that opens no list item
        "Exigimos la derogatoria del Decreto 555. Meses después el Gobierno decretó el estado "
        "de excepción y anunció el fin del estado de excepción en el norte.",
        # the noun of an announcement announces nothing of its own; the action it names right
        # after it ("el anuncio de nuevas marchas") is announced (extract-claims6)
        "Tras el anuncio del ministro sobre las marchas, la Policía reforzó la seguridad del centro.",
    ],
)
def test_list_reach_and_announcement_nouns_near_misses(resources, text) -> None:
    claims = _claims(resources, text, "es")
    assert ("demand", "end_state_of_emergency") not in claims
    assert ("announcement", "march") not in claims
