"""Claims read by construction (extract-claims5): the items of a list of demands opened by a
demand and a colon; the state's measures announced or promised; calm asked for; an English
addressee with no article; a circumstance after a demand is not what it asks; a call after a
condition. Every sentence is written for these tests. (A curfew or a deployment announced is
not read yet: the gold codes it as a planned event only.)"""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.extract.sentences import SentenceRules, split_sentences
from veeduria.models import Claim, Document


def _claims(resources: Resources, text: str, language: str) -> list[Claim]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2024, 5, 14))
    return list(extract(doc, resources).claims)


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "La Federación Agraria se pronunció el lunes. Por todo ello, exigimos:\n\n"
            "1. La renuncia inmediata de la presidenta.\n"
            "2. El cierre del Congreso.\n"
            "3. La liberación de los dirigentes detenidos.",
            "es",
            ["resignation", "closure_of_congress", "release_of_prisoner"],
        ),
        (
            "El comité difundió su plataforma de lucha:\n"
            "- Adelanto de elecciones generales.\n"
            "- Justicia para los fallecidos en Juliaca.\n"
            "- Un aumento del presupuesto para los hospitales.",
            "es",
            ["early_elections", "justice_for_victims", "other"],
        ),
        (
            "The miners' union closed its statement on Friday. Our demands are:\n"
            "1. The resignation of the president.\n"
            "2. Early elections this year.\n"
            "3. A fair price for copper concentrate.",
            "en",
            ["resignation", "early_elections", "other"],
        ),
        (
            "Student federations demand the following:\n"
            "a) Justice for the victims of the crackdown\n"
            "b) The release of the detained students",
            "en",
            ["justice_for_victims", "release_of_prisoner"],
        ),
    ],
)
def test_claims_each_item_of_a_list_of_demands(
    resources: Resources, text: str, language: str, want: list[str]
) -> None:
    got = _claims(resources, text, language)
    assert sorted(c.topic for c in got) == sorted(want)
    assert all(c.kind == "demand" for c in got)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a list that no demand opened: what happened, not what is asked
        (
            "Los hechos del día fueron los siguientes:\n"
            "- La Policía detuvo a diez personas.\n"
            "- La renuncia del ministro fue aceptada por la tarde.",
            "es",
        ),
        (
            "The day in brief:\n1. Police detained ten people.\n2. The resignation was accepted.",
            "en",
        ),
        # a demand negated before the colon opens no list
        (
            "Los dirigentes no exigieron nada más:\n- La renuncia ya fue aceptada.",
            "es",
        ),
    ],
)
def test_claims_no_claim_from_a_list_no_demand_opened(
    resources: Resources, text: str, language: str
) -> None:
    assert _claims(resources, text, language) == []


def test_claims_a_list_ends_at_a_line_that_is_no_item(resources: Resources) -> None:
    text = (
        "Exigimos:\n- La renuncia de la presidenta.\n\n"
        "La renuncia del ministro de Energía fue aceptada el viernes."
    )
    got = _claims(resources, text, "es")
    assert [c.topic for c in got] == ["resignation"]
    assert got[0].span[0] < text.index("\n\n")


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Piden:\na) La renuncia del alcalde\nb) Justicia",
            ["Piden:", "a) La renuncia", "b) Justicia"],
        ),
        ("Two items.\n1) Early elections\n2) Justice", ["Two items.", "1) Early", "2) Justice"]),
    ],
)
def test_sentences_a_lettered_or_numbered_line_opens_a_sentence(
    text: str, pieces: list[str]
) -> None:
    spans = split_sentences(text, SentenceRules(abbreviations=frozenset()))
    got = [text[s:e] for s, e in spans]
    assert len(got) == len(pieces)
    assert all(g.startswith(p) for g, p in zip(got, pieces, strict=True))


@pytest.mark.parametrize(
    ("text", "language", "kind", "topic"),
    [
        (
            "Carabineros anunció un contingente especial para la jornada del viernes.",
            "es",
            "announcement",
            "other",
        ),
        (
            "El Ejecutivo anunció que declarará el estado de emergencia en Lima.",
            "es",
            "announcement",
            "other",
        ),
        (
            "La Policía prometió una investigación sobre la muerte del estudiante.",
            "es",
            "announcement",
            "justice_for_victims",
        ),
        (
            "El jefe policial anunció un sumario interno contra los agentes.",
            "es",
            "announcement",
            "justice_for_victims",
        ),
        (
            "The president announced on Sunday a federal intervention in the capital's security.",
            "en",
            "announcement",
            "other",
        ),
        (
            "The interior minister promised an investigation into the deaths.",
            "en",
            "announcement",
            "justice_for_victims",
        ),
        (
            "The government has promised to repeal the decree before Friday.",
            "en",
            "announcement",
            "other",
        ),
    ],
)
def test_claims_the_states_measure_announced_or_promised(
    resources: Resources, text: str, language: str, kind: str, topic: str
) -> None:
    got = _claims(resources, text, language)
    assert (kind, topic) in {(c.kind, c.topic) for c in got}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El alcalde provincial pidió calma a los transportistas.", "es"),
        ("El presidente llamó a la calma tras la segunda noche de saqueos.", "es"),
        ("El ministro pidió «serenidad» a las familias de la provincia.", "es"),
        ("Organisers have urged participants to stay calm.", "en"),
        ("The mayor called for calm after the second night of looting.", "en"),
        ("The president asked Panamanians to wait for the court's ruling.", "en"),
        ("We urge Parliament to summon the Inspector General.", "en"),
    ],
)
def test_claims_calm_asked_and_a_bare_addressee_urged(
    resources: Resources, text: str, language: str
) -> None:
    got = _claims(resources, text, language)
    assert [c.topic for c in got] == ["other"]


@pytest.mark.parametrize(
    ("text", "language", "topics"),
    [
        # the curfew is when they asked, not what they asked
        (
            "Los manifestantes exigieron la renuncia de Boluarte pese al toque de queda.",
            "es",
            ["resignation"],
        ),
        ("Protesters demanded early elections despite the curfew.", "en", ["early_elections"]),
        # the curfew is told, no one announces it
        ("The curfew kept the streets of Puno empty on Tuesday night.", "en", []),
        ("El toque de queda rige desde las 20:00 horas en Puno.", "es", []),
        # the infinitive after "asked" is no addressee
        ("A spokesman, who asked to remain anonymous, confirmed the figure.", "en", []),
        # news announced is no measure
        ("La Policía anunció la detención de doce personas en Juliaca.", "es", []),
    ],
)
def test_claims_near_misses_of_measures_and_calm(
    resources: Resources, text: str, language: str, topics: list[str]
) -> None:
    got = _claims(resources, text, language)
    assert [c.topic for c in got] == topics


@pytest.mark.parametrize(
    ("text", "language", "topics"),
    [
        (
            "Los gremios anunciaron que seguirán en Lima «hasta que se vaya el Congreso» y "
            "convocaron a una gran marcha nacional para el martes.",
            "es",
            ["closure_of_congress", "march"],
        ),
        # the action inside the condition is what the warning speaks of
        ("El ministro advirtió que si los bloqueos continúan habrá desabastecimiento.", "es", []),
    ],
)
def test_claims_a_call_after_a_condition_governs_its_action(
    resources: Resources, text: str, language: str, topics: list[str]
) -> None:
    got = _claims(resources, text, language)
    assert sorted(c.topic for c in got) == topics


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "La premier no descartó declarar el estado de emergencia en Lima si las protestas "
            "continúan.",
            "es",
            [("threat", "other")],
        ),
        # held out with no condition: possible, no threat
        ("El Gobierno no descarta declarar el estado de emergencia en la región.", "es", []),
        (
            "Convocan a un cacerolazo para esta noche en la plaza Italia.",
            "es",
            [("call_to_action", "march")],
        ),
        (
            "Vecinos llaman a un cabildo abierto el sábado en Ñuñoa.",
            "es",
            [("call_to_action", "march")],
        ),
        # the town council named is no assembly called
        ("El Cabildo de la ciudad aprobó el presupuesto del año.", "es", []),
    ],
)
def test_claims_a_measure_held_out_on_a_condition_and_assemblies_called(
    resources: Resources, text: str, language: str, want: list[tuple[str, str]]
) -> None:
    got = _claims(resources, text, language)
    assert [(c.kind, c.topic) for c in got] == want
