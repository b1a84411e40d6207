"""Claims read by construction (claims9), in the kinds of reporting the gold has little of:
wire dispatches, a situation report or a communiqué in the present ("asks", "warns that",
"se advierte que"), live-blog lines ("calls a march"), a platform or a list of demands ("su
pliego de reclamos incluye ...", "Their demands also include ..."), the state's warning that
the roads will be cleared, and calls denied or asked about. Every sentence is written for
these tests, each kind with near misses that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Claim, Document


def _claims(resources: Resources, text: str, language: str) -> list[Claim]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 18))
    return list(extract(doc, resources).claims)


def _topics(resources: Resources, text: str, language: str) -> list[tuple[str, str]]:
    return [(c.kind, c.topic) for c in _claims(resources, text, language)]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # the present of a headline or a live blog's line
        ("09:10 | The teachers' federation calls a march on the ministry at noon.", "en", "march"),
        ("Dockers' union calls an indefinite strike from Monday", "en", "strike"),
        # the Spanish call with the article folded into "al"
        ("El arzobispo de Arequipa llamó al diálogo entre las partes.", "es", "dialogue"),
        ("Los rectores llaman al paro universitario del jueves.", "es", "strike"),
    ],
)
def test_a_call_in_the_present_or_to_al_is_read(
    resources: Resources, text: str, language: str, want: str
) -> None:
    assert want in [t for _, t in _topics(resources, text, language)]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a report's or a communiqué's present, and the request
        (
            "The Ombudsman's Office asks prosecutors to investigate the deaths in Ilave.",
            "en",
            ("demand", "justice_for_victims"),
        ),
        (
            "The mothers requested an independent inquiry into the shootings.",
            "en",
            ("demand", "justice_for_victims"),
        ),
        (
            "Neighbours asked for an inquiry into the beating.",
            "en",
            ("demand", "justice_for_victims"),
        ),
        ("La directora había solicitado el desalojo del local.", "es", ("demand", "other")),
        # an assembly's vote announces what it begins
        (
            "The farmers' federation voted to begin an indefinite strike on Monday.",
            "en",
            ("announcement", "strike"),
        ),
    ],
)
def test_a_request_or_a_vote_is_read(
    resources: Resources, text: str, language: str, want: tuple[str, str]
) -> None:
    assert want in _topics(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a question asked is no demand
        ("The column asks whether the strike was worth it.", "en"),
        ("A listener asked if the march would reach the square.", "en"),
        # a request for oneself or for nothing the contention is about
        ("The witness requested anonymity.", "en"),
        # a vote on something else, or Congress's own vote (an event, not a claim)
        ("Lawmakers voted to reject the bill on early elections.", "en"),
        ("Congress voted to bring forward the elections to April.", "en"),
    ],
)
def test_no_claim_from_a_question_or_another_vote(
    resources: Resources, text: str, language: str
) -> None:
    assert _claims(resources, text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Su pliego de reclamos incluye además la revisión de las tarifas eléctricas.", "es"),
        ("Entre sus exigencias está la reapertura del hospital regional.", "es"),
        ("Sus demandas son la reapertura del hospital y una carretera asfaltada.", "es"),
        ("Their demands also include a review of the electricity tariffs.", "en"),
        ("The platform calls for immediate care for the wounded.", "en"),
    ],
)
def test_what_a_list_of_demands_holds_is_a_demand(
    resources: Resources, text: str, language: str
) -> None:
    assert _topics(resources, text, language) == [("demand", "other")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # nothing named: the same as before
        ("Las exigencias son las mismas de siempre, dijo el dirigente.", "es"),
        ("Their demands are the same as last year's.", "en"),
        # the list presented, not what it holds
        ("El sindicato presentó su pliego de reclamos al ministerio.", "es"),
        # the noun's relative clause tells of the demand, it asks nothing
        ("La demanda que plantearon los gremios fue rechazada por el Ejecutivo.", "es"),
        ("Ya no piden la reposición del gerente, demanda que abandonaron en marzo.", "es"),
    ],
)
def test_no_demand_from_a_list_named_or_told(
    resources: Resources, text: str, language: str
) -> None:
    assert _claims(resources, text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # after a comma, the verb with its clause still asks
        (
            "El Frente, en un comunicado, demanda que se investigue a los responsables.",
            "es",
            "justice_for_victims",
        ),
        (
            "La exigencia de que renuncie el prefecto se repite en todas las provincias.",
            "es",
            "resignation",
        ),
    ],
)
def test_a_demand_verb_after_a_comma_or_de_que_still_asks(
    resources: Resources, text: str, language: str, want: str
) -> None:
    assert [t for _, t in _topics(resources, text, language)] == [want]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Exigen el levantamiento inmediato del estado de emergencia en Puno.",
            "es",
            "end_state_of_emergency",
        ),
        ("Los gremios piden el cierre inmediato del Congreso.", "es", "closure_of_congress"),
        (
            "El Frente advirtió que, si el Ejecutivo no envía una comisión de alto nivel, "
            "bloquearán el corredor.",
            "es",
            "dialogue",
        ),
    ],
)
def test_a_demand_with_its_adjective_or_the_envoys_asked(
    resources: Resources, text: str, language: str, want: str
) -> None:
    assert want in [t for _, t in _topics(resources, text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the state warns it will clear the roads: a threat against the blockades
        ("The defence minister warned that troops would clear the roads by force.", "en"),
        ("Police warn that the highway will be cleared before dawn.", "en"),
        ("El ministro advirtió que la policía despejará las carreteras.", "es"),
        ("Se advierte que toda obstrucción de vías será despejada conforme a ley.", "es"),
    ],
)
def test_the_roads_the_state_warns_it_will_clear_are_a_threat_on_the_blockades(
    resources: Resources, text: str, language: str
) -> None:
    assert _topics(resources, text, language) == [("threat", "blockade")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # roads cleared, told: no one warns
        ("Police cleared the roads on Monday.", "en"),
        ("La Policía despejó las carreteras el lunes.", "es"),
        # a warning of what may happen, in the present
        ("Police warn that the roads are icy.", "en"),
        ("La Defensoría advierte que la cifra de fallecidos podría aumentar.", "es"),
    ],
)
def test_no_threat_from_roads_cleared_or_a_risk(
    resources: Resources, text: str, language: str
) -> None:
    assert _claims(resources, text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Service warns that anyone planning further demonstrations will be dealt with.", "en"),
        ("The minister warned that those who block the roads will be arrested.", "en"),
        ("Se advierte que se procederá conforme a ley contra quienes bloqueen las vías.", "es"),
        ("El ministro advirtió que los que bloqueen las carreteras serán detenidos.", "es"),
    ],
)
def test_an_action_naming_whom_a_warning_is_aimed_at_is_not_threatened(
    resources: Resources, text: str, language: str
) -> None:
    assert _topics(resources, text, language) == [("threat", "other")]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # the threatener's own action stays threatened
        ("The union warned that it would block the roads on Monday.", "en", "blockade"),
        ("Los dirigentes advirtieron que bloquearán las vías el lunes.", "es", "blockade"),
    ],
)
def test_the_threateners_own_action_stays_threatened(
    resources: Resources, text: str, language: str, want: str
) -> None:
    assert _topics(resources, text, language) == [("threat", want)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The leaders denied having called for the takeover of the airport.", "en"),
        ("The union denied calling for a strike.", "en"),
        ("Los dirigentes negaron haber pedido la toma del aeropuerto.", "es"),
        ("El gremio negó haber convocado a un paro.", "es"),
    ],
)
def test_a_call_denied_is_no_claim(resources: Resources, text: str, language: str) -> None:
    assert _claims(resources, text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a demand refused by another keeps the demand it names
        (
            "The government rejected the protesters' demand for early elections.",
            "en",
            "early_elections",
        ),
    ],
)
def test_a_demand_rejected_by_another_is_still_told(
    resources: Resources, text: str, language: str, want: str
) -> None:
    assert [t for _, t in _topics(resources, text, language)] == [want]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # the time told after a comma is no call
        (
            "Unions demanded early elections this year, as protests entered their sixth week.",
            "en",
            ["early_elections"],
        ),
        (
            "Exigieron el adelanto de elecciones, en momentos en que las protestas entran en "
            "su sexta semana.",
            "es",
            ["early_elections"],
        ),
        # near misses: "as well as" joins a second call; no comma, no time
        (
            "Unions called for a national strike on Monday as well as a march on Lima.",
            "en",
            ["strike", "march"],
        ),
        ("Unions called for a strike as soon as possible.", "en", ["strike"]),
    ],
)
def test_a_time_after_a_comma_is_not_called(
    resources: Resources, text: str, language: str, want: list[str]
) -> None:
    assert [t for _, t in _topics(resources, text, language)] == want


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            'El Frente advierte que el plantón seguirá en la plaza "hasta que renuncie el '
            'gobernador".',
            "es",
        ),
        (
            "The front warned that the sit-in would stay in the square until the governor resigns.",
            "en",
        ),
    ],
)
def test_what_a_condition_names_is_its_demand_not_the_warnings(
    resources: Resources, text: str, language: str
) -> None:
    claims = _topics(resources, text, language)
    assert ("demand", "resignation") in claims
    assert ("threat", "resignation") not in claims


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # an urgent action's title in capitals, opening on an imperative after the country
        (
            "URGENT ACTION\nKENYA: RELEASE PROTESTERS, INVESTIGATE KILLINGS AT PARLIAMENT\n\nUA 9/24",
            "en",
            [("demand", "release_of_prisoner"), ("demand", "justice_for_victims")],
        ),
        ("PERÚ: LIBEREN A LOS DETENIDOS DE AYACUCHO", "es", [("demand", "release_of_prisoner")]),
    ],
)
def test_an_urgent_actions_title_asks_what_it_names(
    resources: Resources, text: str, language: str, want: list[tuple[str, str]]
) -> None:
    assert _topics(resources, text, language) == want


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an exclamation claims nothing by being one
        ("¡Qué gran marcha la de ayer!", "es"),
        ("What a march it was!", "en"),
        ("Police said the protest was over!", "en"),
        # a title in capitals that opens on no imperative
        ("END OF THE STRIKE IN PUNO", "en"),
        ("FIN DEL PARO EN PUNO", "es"),
    ],
)
def test_no_claim_from_an_exclamation_or_another_title(
    resources: Resources, text: str, language: str
) -> None:
    assert _claims(resources, text, language) == []
