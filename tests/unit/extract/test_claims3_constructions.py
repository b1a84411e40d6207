"""Claims and tallies read by construction (extract-claims3): a warning that a strike will be
called threatens the strike; a strike weighed is not called yet; what a demand asks not to be
done as a later item of its list is a demand of its own, and the items after a restraint are
asked too; a parliament dissolved is the closure of Congress and a chief justice no call for
justice; thousands grouped with a space ("1 301"); counts kept over a whole crisis."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.extract.numbers import compile_numbers, find_numbers
from veeduria.models import Document

_LEAD = {"en": "Protesters blocked roads across the region. ", "es": "Hubo bloqueos en la región. "}


def _run(resources: Resources, text: str, language: str):
    doc = Document(
        id="t", text=_LEAD[language] + text, language=language, published=dt.date(2024, 3, 9)
    )
    return extract(doc, resources)


def _claims(resources: Resources, text: str, language: str) -> set[tuple[str, str]]:
    return {(c.kind, c.topic) for c in _run(resources, text, language).claims}


def _tallies(resources: Resources, text: str, language: str) -> set[tuple[str, int]]:
    return {(t.what, t.value) for t in _run(resources, text, language).tallies}


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        (
            "Los mineros advirtieron que convocarán a un paro indefinido si no se paga la deuda.",
            "es",
            "strike",
        ),
        ("Los comuneros amenazaron con convocar un bloqueo de la carretera.", "es", "blockade"),
        ("El sindicato amenaza con convocar una marcha nacional.", "es", "march"),
        (
            "The dockers threatened to call an indefinite strike if wages were not paid.",
            "en",
            "strike",
        ),
        ("Farmers have threatened to call fresh road blockades next week.", "en", "blockade"),
    ],
)
def test_a_warning_that_an_action_will_be_called_threatens_it(
    resources: Resources, text: str, language: str, topic: str
) -> None:
    got = _claims(resources, text, language)
    assert ("threat", topic) in got
    assert ("call_to_action", topic) not in got


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the call told on its own, or after a comma that closes the warning, stays a call
        ("Los mineros, que advirtieron al Gobierno, convocaron a un paro indefinido.", "es"),
        ("The dockers called an indefinite strike for Monday.", "en"),
    ],
)
def test_a_call_with_no_warning_just_before_it_stays_a_call(
    resources: Resources, text: str, language: str
) -> None:
    got = _claims(resources, text, language)
    assert any(kind == "call_to_action" for kind, _ in got)
    assert not any(kind == "threat" for kind, _ in got)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La central obrera evalúa convocar un paro general para mayo.", "es"),
        ("Los gremios analizan una marcha nacional para la próxima semana.", "es"),
        ("The union said it would decide next week whether to call a general strike.", "en"),
        ("Teachers are considering a national strike over pay.", "en"),
        ("Truckers are weighing fresh blockades of the port.", "en"),
    ],
)
def test_an_action_weighed_is_not_called(resources: Resources, text: str, language: str) -> None:
    assert _claims(resources, text, language) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a comma closes the weighing: the call after it is made
        ("Tras analizar la propuesta, los gremios convocaron un paro de 48 horas.", "es"),
        ("After considering the offer for a week, the union called a general strike.", "en"),
    ],
)
def test_a_call_after_a_weighing_clause_is_made(
    resources: Resources, text: str, language: str
) -> None:
    assert ("call_to_action", "strike") in _claims(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The rights group urged the government to free the detainees, to stop using live "
            "ammunition and to open investigations into the deaths.",
            "en",
            {
                ("demand", "release_of_prisoner"),
                ("demand", "other"),
                ("demand", "justice_for_victims"),
            },
        ),
        (
            "The bishops asked the authorities to lift the state of emergency, to end the use of tear gas in "
            "schools and to hold talks with the teachers.",
            "en",
            {("demand", "end_state_of_emergency"), ("demand", "other"), ("demand", "dialogue")},
        ),
        (
            "La Defensoría pidió liberar a los detenidos, dejar de usar perdigones y abrir "
            "investigaciones sobre las muertes.",
            "es",
            {
                ("demand", "release_of_prisoner"),
                ("demand", "other"),
                ("demand", "justice_for_victims"),
            },
        ),
        (
            "We urge the army to suspend the use of rubber bullets and to let an independent "
            "panel investigate the killings.",
            "en",
            {("demand", "other"), ("demand", "justice_for_victims")},
        ),
    ],
)
def test_each_item_of_a_demand_list_is_asked(
    resources: Resources, text: str, language: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _claims(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # what is asked not to be done keeps the topics inside it from being asked
        (
            "La Defensoría pidió a la Policía dejar de usar perdigones en el control de las protestas.",
            "es",
        ),
        ("The ombudsman asked the police to stop using pellets to break up the marches.", "en"),
    ],
)
def test_a_topic_inside_a_restraint_is_not_asked(
    resources: Resources, text: str, language: str
) -> None:
    assert _claims(resources, text, language) == {("demand", "other")}


@pytest.mark.parametrize(
    "text",
    [
        "Student leaders demanded that parliament be dissolved within a week.",
        "The opposition called for the dissolution of parliament.",
        "Protesters want the president to dissolve the National Assembly.",
    ],
)
def test_a_parliament_dissolved_is_the_closure_of_congress(resources: Resources, text: str) -> None:
    assert ("demand", "closure_of_congress") in _claims(resources, text, "en")


def test_a_chief_justice_is_no_call_for_justice(resources: Resources) -> None:
    text = "The movement demanded that a former chief justice lead the interim cabinet."
    assert ("demand", "justice_for_victims") not in _claims(resources, text, "en")


def test_a_demand_to_investigate_asks_for_justice(resources: Resources) -> None:
    text = "The families demanded that prosecutors investigate the shootings at the bridge."
    assert ("demand", "justice_for_victims") in _claims(resources, text, "en")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("se contabilizan 1 301 personas heridas", 1301),
        ("desplegará 11 800 agentes", 11800),
        ("sus 2 500 000 habitantes", 2500000),
    ],
)
def test_spanish_thousands_grouped_with_a_space(text: str, value: int) -> None:
    found = find_numbers(text, 0, len(text), compile_numbers("es"))
    assert [n.value for n in found] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a year and a figure, or two figures that are no group of three, stay apart
        ("en 2023 150 personas fueron detenidas", [2023, 150]),
        ("murieron 18 personas y 300 resultaron heridas", [18, 300]),
        ("entre 12 y 1500 manifestantes", [12, 1500]),
    ],
)
def test_no_space_grouping_across_two_figures(text: str, values: list[int]) -> None:
    found = find_numbers(text, 0, len(text), compile_numbers("es"))
    assert [n.value for n in found] == values


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Según la Defensoría, se contabilizan 2 140 personas heridas desde el inicio de las protestas.",
            "es",
            ("injured", 2140),
        ),
        (
            "Según el Instituto, al menos 26 personas murieron en el contexto del estallido.",
            "es",
            ("killed", 26),
        ),
        ("La ONG contabiliza más de 300 personas con lesiones oculares.", "es", ("injured", 300)),
        (
            "He was one of more than 150 people who have suffered eye injuries since the protests began.",
            "en",
            ("injured", 150),
        ),
        (
            "More than 800 people have been treated in hospitals since the unrest began.",
            "en",
            ("injured", 800),
        ),
    ],
)
def test_counts_kept_over_a_crisis_are_tallies(
    resources: Resources, text: str, language: str, expected: tuple[str, int]
) -> None:
    assert expected in _tallies(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # one incident's figure, with no count over the crisis
        ("Dos jóvenes murieron el martes en un choque con la Policía en Juliaca.", "es"),
        ("Two students suffered eye injuries on Friday near the square.", "en"),
    ],
)
def test_an_incident_figure_is_no_tally(resources: Resources, text: str, language: str) -> None:
    assert _tallies(resources, text, language) == set()


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        (
            '"If there is no answer, we will block the bridge again," said the head of the union.',
            "en",
            "blockade",
        ),
        (
            '"Unless they listen to us, we will march on the capital," the leader said.',
            "en",
            "march",
        ),
        (
            '"Si no hay respuesta, volveremos a bloquear la carretera", dijo el dirigente.',
            "es",
            "blockade",
        ),
        ("Si el ministro no renuncia, bloquearemos todas las vías de la región.", "es", "blockade"),
    ],
)
def test_an_action_promised_if_a_condition_is_not_met_is_a_threat(
    resources: Resources, text: str, language: str, topic: str
) -> None:
    assert ("threat", topic) in _claims(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a condition met, or a future that is no action, threatens nothing
        ("If it rains, we will march to the stadium instead.", "en"),
        ("If they do not come, we will keep waiting at the gate.", "en"),
        ("Si llueve, la marcha se trasladará al coliseo.", "es"),
        ("Si no llegan a tiempo, esperaremos en la plaza.", "es"),
    ],
)
def test_no_threat_from_a_condition_met_or_no_action(
    resources: Resources, text: str, language: str
) -> None:
    assert not any(kind == "threat" for kind, _ in _claims(resources, text, language))
