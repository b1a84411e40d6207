"""Factuality and things that are not events, left over from the last sessions (twenty-second
session, factual5).

- Counterfactuals: what would have happened is no event and its figures count nobody ("Had
  the police fired, there would have been a massacre", "De no ser por los bomberos, habría
  habido muertos"); what the sentence tells as fact beside it stays, unhedged ("The march could
  have ended in tragedy"). Near misses: an allegation in the conditional perfect ("Según
  testigos, habría habido tres muertos") stays possible, a plain pluperfect ("Police had fired
  tear gas") stays a fact.
- "The union struck on Monday": a workforce's past "struck" is a strike; "struck a deal",
  "struck by a car", "lightning struck", "struck on the head" are not.
- Spanish "cualquier" governs a kind of event, none in particular ("cualquier movilización será
  reprimida"); near misses where it governs no event word ("en cualquier punto del tramo") or
  follows a denial.
- Rejected calls: the one who rejects calls to resign refuses to resign (a negated
  resignation); the calls are a claim of whoever made them, never of the one who rejects
  them; the verb of rejecting is no vote.
- A toll updated later ("The toll later rose to ten", "La cifra luego subió a diez") right
  after an incident that gave its own figure is that incident's new figure, not a tally;
  near misses: "The toll now stands at 20", a toll since December.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document, Mention


def _run(resources: Resources, text: str, language: str):  # type: ignore[no-untyped-def]
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 10))
    return extract(doc, resources)


# -- counterfactuals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Had the police fired, there would have been a massacre.", "en"),
        ("If the soldiers had opened fire, there would have been a massacre.", "en"),
        ("There would have been a massacre if the soldiers had opened fire.", "en"),
        ("The standoff at the bridge could have ended in a bloodbath, the ombudsman said.", "en"),
        (
            "Had it not been for the firefighters, people would have died in the blaze at the"
            " police station.",
            "en",
        ),
        ("Si los policías hubieran disparado, habría habido una masacre.", "es"),
        ("El enfrentamiento en el puente pudo haber terminado en una masacre.", "es"),
        ("De no ser por los bomberos, habría habido muertos en el incendio.", "es"),
    ],
)
def test_factual5_counterfactual_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type"),
    [
        ("The march could have ended in tragedy.", "en", "Peaceful protest"),
        (
            "Police fired tear gas at the marchers in Juliaca; without the medics, dozens could"
            " have died.",
            "en",
            "Protest with intervention",
        ),
        ("La marcha pudo haber terminado en tragedia.", "es", "Peaceful protest"),
        (
            "De no ser por la mediación de la Iglesia, el desalojo habría terminado con decenas"
            " de heridos.",
            "es",
            "Protest with intervention",
        ),
    ],
)
def test_factual5_counterfactual_keeps_the_fact_uncounted(
    mentions: Callable[..., list[Mention]], text: str, language: str, sub_event_type: str
) -> None:
    found = mentions(text, language)
    assert [m.sub_event_type for m in found] == [sub_event_type]
    assert found[0].factuality == "asserted"
    assert found[0].killed is None and found[0].injured is None


@pytest.mark.parametrize(
    ("text", "language", "factuality"),
    [
        # an allegation in the conditional perfect, no unreal condition: still hedged, counted
        (
            "Según testigos, habría habido tres muertos en el desalojo de la plaza.",
            "es",
            "possible",
        ),
        # a plain pluperfect is a fact
        (
            "Police had fired tear gas at the marchers in Juliaca before the rally began.",
            "en",
            "asserted",
        ),
    ],
)
def test_factual5_counterfactual_near_misses(
    mentions: Callable[..., list[Mention]], text: str, language: str, factuality: str
) -> None:
    found = mentions(text, language)
    assert found
    assert found[0].factuality == factuality


def test_factual5_allegation_keeps_its_figure(mentions: Callable[..., list[Mention]]) -> None:
    found = mentions("Según testigos, habría habido tres muertos en el desalojo de la plaza.", "es")
    assert found[0].killed is not None and found[0].killed.value == 3


# -- "the union struck" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The union struck on Monday.",
        "Teachers struck for a third day on Wednesday.",
        "Dockworkers in Callao struck over pay, the port authority said.",
        "Health workers had struck again in Puno.",
    ],
)
def test_factual5_workforce_struck_is_a_strike(
    mentions: Callable[..., list[Mention]], text: str
) -> None:
    found = mentions(text, "en")
    assert [(m.sub_event_type, m.mode) for m in found] == [("Peaceful protest", "strike")]


@pytest.mark.parametrize(
    "text",
    [
        "Lightning struck on Monday near the camp.",
        "Two workers were struck on the head by rocks.",
        "The bus struck on Monday a wall near the toll booth.",
    ],
)
def test_factual5_struck_no_strike(mentions: Callable[..., list[Mention]], text: str) -> None:
    assert not [m for m in mentions(text, "en") if m.mode == "strike"]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("The government struck a deal with the unions.", "Agreement"),
        ("A man was struck by a car near the blockade.", "Peaceful protest"),
    ],
)
def test_factual5_struck_other_senses_keep_their_reading(
    mentions: Callable[..., list[Mention]], text: str, sub_event_type: str
) -> None:
    found = mentions(text, "en")
    assert [m.sub_event_type for m in found] == [sub_event_type]
    assert all(m.trigger.text != "struck on" for m in found)


# -- "cualquier" -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "El Gobierno advirtió que cualquier movilización será reprimida.",
        "La Policía actuará ante cualquier bloqueo de carreteras.",
        "Cualquier marcha que intente llegar al Congreso será dispersada.",
        "Advertimos que cualquier desalojo por la fuerza será responsabilidad del Gobierno.",
    ],
)
def test_factual5_cualquier_is_a_kind(mentions: Callable[..., list[Mention]], text: str) -> None:
    assert mentions(text, "es") == []


@pytest.mark.parametrize(
    ("text", "sub_event_type", "factuality"),
    [
        # "cualquier" governs no event word
        (
            "Los comuneros bloquearon la vía en cualquier punto del tramo entre Juliaca y Puno.",
            "Peaceful protest",
            "asserted",
        ),
        (
            "Los manifestantes bloquearon la carretera sin dejar pasar a cualquier vehículo.",
            "Peaceful protest",
            "asserted",
        ),
        # after a denial it counts what is denied
        ("El ministro negó que cualquier detención haya sido arbitraria.", "Arrests", "negated"),
    ],
)
def test_factual5_cualquier_near_misses(
    mentions: Callable[..., list[Mention]], text: str, sub_event_type: str, factuality: str
) -> None:
    found = mentions(text, "es")
    assert [(m.sub_event_type, m.factuality) for m in found] == [(sub_event_type, factuality)]


def test_factual5_any_still_a_kind(mentions: Callable[..., list[Mention]]) -> None:
    text = "The interior minister warned that any picket blocking a road would be removed by force."
    assert mentions(text, "en") == []
    denied = mentions("The ministry denied that any arrest had been arbitrary.", "en")
    assert [m.factuality for m in denied] == ["negated"]


# -- rejected calls --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("She has rejected calls to resign.", "en"),
        ("The president dismissed calls to step down and urged leaders to talk.", "en"),
        ("El primer ministro desestimó los llamados a renunciar.", "es"),
        ("La presidenta rechazó las presiones para renunciar al cargo.", "es"),
        ("La presidenta rechazó los pedidos de renuncia.", "es"),
        ("The prime minister rejected opposition calls for his resignation.", "en"),
    ],
)
def test_factual5_rejected_call_to_resign_is_refused(
    resources: Resources, text: str, language: str
) -> None:
    result = _run(resources, text, language)
    assert [(m.mode, m.factuality) for m in result.events] == [("resignation", "negated")]
    # the calls, when read as a claim, are not of the one who rejects them
    assert all(c.claimant is None for c in result.claims if c.topic == "resignation")


@pytest.mark.parametrize(
    ("text", "language", "claimant"),
    [
        (
            "Boluarte has rejected calls by the unions to bring forward the elections.",
            "en",
            "Labour Group (Peru)",
        ),
        (
            "La mandataria rechazó las exigencias de renuncia formuladas por los gremios.",
            "es",
            "Labour Group (Peru)",
        ),
    ],
)
def test_factual5_rejected_call_is_its_callers_claim(
    resources: Resources, text: str, language: str, claimant: str
) -> None:
    result = _run(resources, text, language)
    assert [c.claimant for c in result.claims] == [claimant]
    assert not [m for m in result.events if m.mode == "election_change"]  # "rejected": no vote


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("She has rejected calls to resign.", "en"),
        ("El primer ministro desestimó los llamados a renunciar.", "es"),
        ("La presidenta rechazó los pedidos de renuncia.", "es"),
    ],
)
def test_factual5_rejected_call_is_a_claim(resources: Resources, text: str, language: str) -> None:
    result = _run(resources, text, language)
    assert [(c.kind, c.topic, c.claimant) for c in result.claims] == [
        ("demand", "resignation", None)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a vote that rejects a bill is a vote
        ("Congress rejected a bill to bring forward the elections.", "en"),
        ("El Congreso rechazó el proyecto de adelanto de elecciones.", "es"),
    ],
)
def test_factual5_rejected_bill_is_a_vote(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert [m.mode for m in mentions(text, language)] == ["election_change"]


@pytest.mark.parametrize(
    ("text", "language", "factuality"),
    [
        # asked, not rejected: a claim only, no refusal
        ("Protesters called for the president to resign.", "en", None),
        # a call by others to act, rejected by a third party, stays called for
        (
            "La Defensoría rechaza los llamados de algunos dirigentes a tomar el aeropuerto.",
            "es",
            "called_for",
        ),
    ],
)
def test_factual5_rejected_call_near_misses(
    mentions: Callable[..., list[Mention]], text: str, language: str, factuality: str | None
) -> None:
    found = mentions(text, language)
    assert [m.factuality for m in found] == ([factuality] if factuality else [])


# -- a toll updated later ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "first", "updated"),
    [
        (
            "Soldiers opened fire on protesters near the airport in Ayacucho on Thursday. Eight"
            " people were killed, the ministry said. The toll later rose to ten.",
            "en",
            8,
            10,
        ),
        (
            "Police shot at marchers in Juliaca on Monday, killing two. Hours later, the death"
            " toll rose to four.",
            "en",
            2,
            4,
        ),
        (
            "La Policía disparó contra los manifestantes en Juliaca el lunes y mató a dos. La"
            " cifra luego subió a cuatro.",
            "es",
            2,
            4,
        ),
        (
            "La Policía disparó contra los manifestantes en Juliaca el lunes y mató a dos. Horas"
            " después, la cifra de fallecidos se elevó a cuatro.",
            "es",
            2,
            4,
        ),
    ],
)
def test_factual5_toll_updated_is_the_incidents(
    resources: Resources, text: str, language: str, first: int, updated: int
) -> None:
    result = _run(resources, text, language)
    killed = [m.killed.value for m in result.events if m.killed is not None]
    assert killed == [first, updated]
    assert not result.tallies


@pytest.mark.parametrize(
    ("text", "language", "tally"),
    [
        (
            "Police shot at marchers in Juliaca on Monday, killing two. The death toll now stands"
            " at 20.",
            "en",
            20,
        ),
        (
            "Police shot at marchers in Juliaca on Monday, killing two. The death toll since"
            " December later rose to 48.",
            "en",
            48,
        ),
        (
            "La Policía disparó contra los manifestantes en Juliaca el lunes y mató a dos. La"
            " cifra de muertos desde diciembre luego subió a 48.",
            "es",
            48,
        ),
    ],
)
def test_factual5_running_toll_stays_a_tally(
    resources: Resources, text: str, language: str, tally: int
) -> None:
    result = _run(resources, text, language)
    assert [t.value for t in result.tallies] == [tally]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # calls for a resignation nobody rejects: a claim, no event
        ("There are growing calls for his resignation.", "en"),
        ("Crecen los pedidos de renuncia de la presidenta.", "es"),
    ],
)
def test_factual5_calls_not_rejected_name_no_event(
    resources: Resources, text: str, language: str
) -> None:
    result = _run(resources, text, language)
    assert list(result.events) == []
    assert [c.topic for c in result.claims] == ["resignation"]


def test_factual5_callers_do_not_make_the_next_claim(resources: Resources) -> None:
    text = (
        "La presidenta rechazó los pedidos de renuncia formulados por la CGTP y convocó al diálogo."
    )
    claims = {c.topic: c.claimant for c in _run(resources, text, "es").claims}
    assert claims == {"resignation": "Labour Group (Peru)", "dialogue": "Government of Peru"}
