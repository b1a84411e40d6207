"""Factuality: which clause a source governs, and bare negators.

Each case names the event word and whether the source's attribution reaches it; the
sentences are constructions, not gold texts: a source introduces what follows it or closes
the clause before it, never a clause joined by "and" nor background after it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.extract.factuality import attribution_for, governing_roles, scoped_attributions
from veeduria.extract.lexical import Found
from veeduria.extract.terms import fold
from veeduria.models import Document


def _analyse(resources, lang: str, text: str):
    lex = resources.by_language[lang].lexical
    folded = fold(text)
    cues = lex.cues_in(folded, 0, len(text), text.lower())
    actors = lex.find(lex.actors, folded, 0, len(text))
    return cues, actors


def _word(text: str, word: str) -> Found:
    i = text.index(word)
    return Found(i, i + len(word), None)


ATTRIBUTED = [
    ("en", "Two protesters were killed in Juliaca on Monday, police said.", "killed", True),
    (
        "en",
        "Two protesters were killed in Juliaca, the regional health office said on Tuesday.",
        "killed",
        True,
    ),
    ("en", "Police said two protesters were killed in Juliaca.", "killed", True),
    (
        "en",
        "Local leaders said three people were hurt by pellets; police said nothing.",
        "hurt",
        True,
    ),
    (
        "en",
        "Roadblocks cut the highway, and the regional government said classes would be suspended.",
        "Roadblocks",
        False,
    ),
    (
        "en",
        "Seven people died near the airport, hospital officials said, the worst day since the removal of the "
        "president.",
        "removal",
        False,
    ),
    ("en", "According to the Ombudsman, four people were detained in Cusco.", "detained", True),
    (
        "en",
        "Four people were detained in Cusco, according to the student federation.",
        "detained",
        True,
    ),
    (
        "en",
        "On Friday alone, the office counted 73 road blockades in the south.",
        "blockades",
        True,
    ),
    (
        "es",
        "Según la Defensoría del Pueblo, cuatro personas murieron en Juliaca.",
        "murieron",
        True,
    ),
    (
        "es",
        "Entre 10 y 15 personas fueron detenidas durante la intervención, según la Defensoría del Pueblo.",
        "detenidas",
        True,
    ),
    (
        "es",
        "Según la organización, los militares dispararon contra personas que huían.",
        "dispararon",
        True,
    ),
    (
        "es",
        "Castillo fue detenido por la tarde, cuando su auto se dirigía, según fuentes policiales, a una "
        "embajada.",
        "detenido",
        False,
    ),
    (
        "es",
        "Los agentes lanzaron bombas lacrimógenas; la Defensoría del Pueblo reportó seis heridos.",
        "bombas lacrimógenas",
        False,
    ),
    (
        "es",
        "La Policía, que usó gases para despejar el puente, detuvo a cinco comuneros acusados de disturbios.",
        "detuvo",
        False,
    ),
    (
        "es",
        "Tres personas murieron en Ilave, informó la Dirección Regional de Salud.",
        "murieron",
        True,
    ),
    # a body that raises a toll reports it; an event that raises it is no source
    (
        "es",
        "La Defensoría del Pueblo elevó este jueves a cinco el número de muertos en el desalojo del lunes.",
        "desalojo",
        True,
    ),
    (
        "es",
        "La muerte de un comunero en el desalojo del lunes eleva a cinco la cifra de fallecidos.",
        "desalojo",
        False,
    ),
    (
        "en",
        "The Ombudsman's office raised the death toll from Monday's eviction to five.",
        "eviction",
        True,
    ),
    (
        "en",
        "The death of a protester in Monday's eviction raised the toll to five.",
        "eviction",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "text", "word", "attributed"), ATTRIBUTED)
def test_a_source_governs_its_own_clause(resources, lang, text, word, attributed):
    cues, actors = _analyse(resources, lang, text)
    scoped = scoped_attributions(cues, actors, text, (0, len(text)))
    got = attribution_for(_word(text, word), scoped)
    assert (got is not None) is attributed, (text, scoped)


NEGATED = [
    ("en", "No clashes were reported in Puno.", "clashes", True),
    ("en", "The march ended without clashes.", "clashes", True),
    ("es", "No obstante, miles marcharon hacia la plaza.", "marcharon", False),
    ("es", "No se registraron enfrentamientos en la ciudad.", "enfrentamientos", True),
    ("es", "La marcha terminó sin enfrentamientos.", "enfrentamientos", True),
    ("es", "No todos aceptaron la tregua y el bloqueo continuó.", "bloqueo", False),
]


@pytest.mark.parametrize(("lang", "text", "word", "negated"), NEGATED)
def test_a_bare_negator_reaches_two_words(resources, lang, text, word, negated):
    cues, _ = _analyse(resources, lang, text)
    roles = governing_roles(_word(text, word), cues, text)
    assert ("negated" in roles) is negated, (text, roles)


def test_a_passive_reporting_verb_names_no_source(resources):
    text = "No clashes have been reported so far in the region."
    cues, actors = _analyse(resources, "en", text)
    assert scoped_attributions(cues, actors, text, (0, len(text))) == []


FUTURE = [
    (
        "es",
        "Los dirigentes firmaron la noche del miércoles un acta que permitirá reabrir la vía.",
        "acta",
        False,
    ),
    (
        "en",
        "The two sides reached an agreement on Thursday that will allow the road to reopen.",
        "agreement",
        False,
    ),
    ("en", "The march will start at noon.", "march", True),
]


@pytest.mark.parametrize(("lang", "text", "word", "planned"), FUTURE)
def test_a_future_in_a_relative_clause_is_not_the_events(resources, lang, text, word, planned):
    cues, _ = _analyse(resources, lang, text)
    roles = governing_roles(_word(text, word), cues, text)
    assert ("planned" in roles) is planned, (text, roles)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Protesters blocked the highway, and we will be following events across the country.",
            "en",
        ),
        (
            "Organisers have called it an indefinite national strike, and we will be following "
            "events across the country.",
            "en",
        ),
        ("Los comuneros bloquearon la vía, y los dirigentes anunciarán nuevas medidas.", "es"),
    ],
)
def test_a_future_in_the_next_coordinated_clause_is_not_the_events(resources, text, language):
    # the clause after ", and we ..." has its own subject: its future is not the blockade's
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 4))
    facts = [m.factuality for m in extract(doc, resources).events]
    assert facts and facts[0] == "asserted"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "President Dina Boluarte said on Friday that she would not resign, a day after "
            "Congress shelved the proposals to bring elections forward.",
            "en",
        ),
        (
            "El ministro dijo que no renunciará, un día después de que el Congreso archivó el "
            "adelanto de elecciones.",
            "es",
        ),
    ],
)
def test_a_plan_or_a_denial_stops_at_the_subordinate_clause_after_it(resources, text, language):
    # "would not resign" is the minister's; what Congress did "a day after" happened
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 2, 4))
    votes = [m for m in extract(doc, resources).events if m.mode == "election_change"]
    assert votes
    assert votes[0].factuality in ("asserted", "reported")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        (
            "en",
            "President Boluarte, who has refused to step down, travelled to Cusco on Monday.",
            "step down",
        ),
        (
            "en",
            "The interior minister says the cabinet has no plans to declare a curfew.",
            "curfew",
        ),
        ("es", "El gobernador se negó a renunciar pese a las protestas del lunes.", "renunciar"),
        (
            "es",
            "El premier dijo que no tiene previsto declarar el toque de queda.",
            "toque de queda",
        ),
    ],
)
def test_a_refusal_or_a_plan_disowned_is_negated(resources, lang, text, word):
    assert _fact(resources, lang, text, word) == "negated"


@pytest.mark.parametrize(
    ("lang", "text", "word", "expected"),
    [
        (
            "es",
            "¿Decretará el Ejecutivo el toque de queda en Cusco? Nadie lo sabe.",
            "toque de queda",
            "possible",
        ),
        (
            "en",
            "Will the government send troops to Puno? Officials would not say.",
            "send troops",
            "possible",
        ),
        (
            "es",
            "El Ejecutivo decretará el toque de queda en Cusco, pero ¿quién lo hará cumplir?",
            "toque de queda",
            "planned",
        ),
    ],
)
def test_a_plan_asked_about_is_only_possible(resources, lang, text, word, expected):
    assert _fact(resources, lang, text, word) == expected


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "Our reporter says hundreds of students marched to the square at noon.", "marched"),
        (
            "es",
            "Nuestro enviado especial informó que cientos de comuneros bloquearon la vía.",
            "bloquearon",
        ),
    ],
)
def test_the_outlets_own_reporter_is_no_outside_source(resources, lang, text, word):
    assert _fact(resources, lang, text, word) == "asserted"


def _fact(
    resources, lang: str, text: str, word: str, published: dt.date = dt.date(2023, 1, 20)
) -> str:
    """The factuality of the event whose trigger lies in ``word``."""
    doc = Document(id="t", text=text, language=lang, published=published)
    at = text.index(word)
    found = [
        m.factuality
        for m in extract(doc, resources).events
        if m.trigger.span[0] < at + len(word) and at < m.trigger.span[1]
    ]
    assert found, (text, word)
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 20 May 2023, police cleared the bridge at Ilave.", "asserted"),
        ("Police cleared the bridge on May 20 after a week of blockades.", "asserted"),
        ("Police may have cleared the bridge on Tuesday.", "possible"),
    ],
)
def test_may_the_month_is_no_hedge(resources, text, expected):
    assert _fact(resources, "en", text, "cleared", dt.date(2023, 6, 1)) == expected
