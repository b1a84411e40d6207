"""The pipeline words of ``lexicons/<lang>/pipeline.yaml`` (moved out of
``veeduria.extract.pipeline`` in the datalists3 session), the stem form of word lists, and the
patterns built from them, on sentences of our own, with near misses."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from veeduria.extract import pipeline, wordlists
from veeduria.extract.wordlists import alternation
from veeduria.resources import load_lexicon
from veeduria.resources.schemas.pipeline import Entry

LANGUAGES = ("es", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_holds_a_word_of_its_entry(lang):
    for entry in load_lexicon(lang, "pipeline").entries:
        assert entry.examples, f"{entry.id} has no example"
        for example in entry.examples:
            assert any(
                re.search(wordlists._escaped(w), example, re.IGNORECASE) for w in entry.words
            ), (entry.id, example)


def test_every_role_has_words():
    roles = {e.role for lang in LANGUAGES for e in load_lexicon(lang, "pipeline").entries}
    assert roles == set(Entry.model_fields["role"].annotation.__args__)


def test_schema_rejects_unknown_roles():
    with pytest.raises(ValidationError):
        Entry.model_validate({"id": "en.pipeline.x", "role": "ordinals", "words": ["third"]})


def test_a_trailing_star_is_a_stem():
    stems = re.compile(rf"\b(?:{alternation('pipeline', 'died_stem')})\b", re.IGNORECASE)
    assert stems.fullmatch("fallecieron") and stems.fullmatch("murió")
    assert stems.fullmatch("falleci") and not stems.fullmatch("fallece")
    words = alternation("pipeline", "ordinal")
    assert r"vigésimo\w*" in words and r"decimo\w*" in words and r"\*" not in words
    # a star inside a word, or alone, is a literal star
    assert wordlists._escaped("a*b") == r"a\*b" and wordlists._escaped("*") == r"\*"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A third protester wounded in the clashes died on Friday", True),
        ("Una vigésima víctima falleció en Juliaca", True),
        ("La decimoctava víctima murió anoche", True),
        ("Un tercer herido perdió la vida", True),
        # near misses: no ordinal, or no verb of death
        ("A protester wounded in the clashes died on Friday", False),
        ("A third protester was wounded in the clashes", False),
        ("Una tercera marcha llegó a Lima", False),
    ],
)
def test_ordinal_death(text, expected):
    assert (pipeline._ORDINAL_DEATH.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was the first confirmed death of the strike", True),
        ("the first recorded fatality in Puno", True),
        ("el primer fallecido de la jornada", True),
        ("Es la primera víctima mortal del paro", True),
        # near misses: an anniversary, a toll
        ("on the first death anniversary of the massacre", False),
        ("the first death toll was revised", False),
        ("la primera marcha del año", False),
        ("the first wounded protester", False),
    ],
)
def test_first_death(text, expected):
    assert (pipeline._FIRST_DEATH.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un herido de la víspera murió en la madrugada", True),
        ("El comunero falleció a consecuencia de las heridas", True),
        ("A teenager has died from his injuries", True),
        ("A farmer wounded on Monday died overnight", True),
        ("La cifra de fallecidos se elevó el martes con la muerte de un joven", True),
        ("The toll climbed on Friday with the death of a second man", True),
        ("He succumbed to his injuries on Sunday", True),
        # near misses: a wound with no death, a death with no wound, a toll with no new death
        ("Un herido fue trasladado a Lima", False),
        ("A farmer died on Monday", False),
        ("The toll climbed on Friday to 18", False),
        ("He succumbed to pressure", False),
    ],
)
def test_later_death(text, expected):
    assert (pipeline._LATER_DEATH.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("the deadliest toll ", True),
        ("la cifra más alta ", True),
        ("las peores cifras ", True),
        # near misses: no superlative, or too far from the cue
        ("the official toll ", False),
        ("the highest of all the many figures ", False),
    ],
)
def test_superlative_before(before, expected):
    assert (pipeline._SUPERLATIVE_BEFORE.search(before) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("weeks of unrest", True),
        ("años de violencia", True),
        ("during the protests", True),
        # near misses: a verb of the toll, a word that only begins with a unit
        ("has risen to", False),
        ("asciende a", False),
        ("weekslong", False),
    ],
)
def test_period_phrase(text, expected):
    assert (pipeline._PERIOD_PHRASE.match(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("; rights groups put the death toll above 90", True),
        (", and neighbourhood organisations speak of five", True),
        (", mientras que la parroquia cifró en nueve", True),
        ("; los vecinos contabilizaron veinte", True),
        # near misses: no clause of its own, or no verb that gives a figure
        (" and rights groups put the death toll above 90", False),
        ("; rights groups condemned the killings", False),
        ("; los vecinos marcharon en silencio", False),
    ],
)
def test_source_clause(text, expected):
    assert (pipeline._SOURCE_CLAUSE.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" more in the district of ", True),
        (" más en el centro poblado de ", True),
        (" en la provincia de ", True),
        # near misses: a kind of place the pattern does not take, no "of"
        (" more in the region of ", False),
        (" más en la provincia ", False),
    ],
)
def test_town_noun_after(text, expected):
    assert (pipeline._TOWN_NOUN_AFTER.fullmatch(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is unclear whether ", True),
        ("The statement did not specify whether ", True),
        ("No se sabe si ", True),
        ("El parte no precisó si ", True),
        # near misses: a question asked, "si bien"
        ("They asked whether ", False),
        ("Preguntaron si ", False),
    ],
)
def test_open_question(text, expected):
    m = pipeline._CONDITION.search(text)
    assert (m is not None and m.group("open") is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a decree that allows troops to ", True),
        ("un decreto que habilita a las Fuerzas Armadas a ", True),
        ("que exime de responsabilidad penal a los militares que ", True),
        ("a bill to ban rubber bullets in ", True),
        ("un proyecto que prohíbe el uso de perdigones en ", True),
        # near misses: what a decision orders, a ban told as done
        ("a decree that orders troops to ", False),
        ("un decreto que ordena a las Fuerzas Armadas ", False),
    ],
)
def test_permits(text, expected):
    assert (pipeline._PERMITS.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("ruled out lifting the ", True),
        ("refused to rescind its ", True),
        ("se negó a derogar el ", True),
        # near misses: a finite verb, a word between
        ("lifted the ", False),
        ("levantó el ", False),
        ("se negó a levantar pronto el ", False),
    ],
)
def test_lifting(before, expected):
    assert (pipeline._LIFTING.search(before) is not None) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The court declared the ", True),
        ("El tribunal condenó al excapitán por los ", True),
        ("La jueza absolvió a los ", True),
        # near misses: a court that finds facts, no court
        ("The court found that police fired ", False),
        ("El ministro condenó los ", False),
    ],
)
def test_verdict(before, expected):
    assert (pipeline._VERDICT.search(before) is not None) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("opened an investigation into the minister for ", True),
        ("launched a probe against six officers for ", True),
        ("abrió una investigación preliminar contra la presidenta por ", True),
        ("presentó una denuncia penal contra el jefe policial por ", True),
        ("abrió investigaciones sobre esas ", True),
        ("six officers were charged with ", True),
        ("the general was indicted on ", True),
        ("opened an inquiry into the killings of ", True),
        # near misses: a proceeding on an incident it tells, a noun of the wrong language
        ("abrió una investigación por el ", False),
        ("opened an investigation for ", False),
        ("six officers were charged at ", False),
        ("opened an inquiry into the roadblocks ", False),
        ("opened an investigación into the minister for ", False),
    ],
)
def test_proceeding(before, expected):
    assert (pipeline._PROCEEDING.search(before) is not None) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("El Comité Nacional de ", True),
        ("el Comando Unitario de ", True),
        ("the Union of ", True),
        # near misses: no capital, a head the pattern does not take
        ("el comité nacional de ", False),
        ("la Marcha Nacional de ", False),
    ],
)
def test_body_head(before, expected):
    assert (pipeline._BODY_HEAD.search(before) is not None) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [(" front called", True), (" Committee said", True), (" fronts", False), (" MOVEMENT", False)],
)
def test_body_after(after, expected):
    assert (pipeline._BODY_AFTER.match(after) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el miércoles", True),
        ("desde anoche", True),
        ("on Saturday", True),
        ("until tonight", True),
        # near misses: a month, a word that holds a day's name
        ("en enero", False),
        ("todays", False),
    ],
)
def test_day_word(text, expected):
    assert (pipeline._DAY_WORD.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("police responded with tear gas", True),
        ("troops repelled the crowd with batons", True),
        ("guards repelled with stones", True),
        ("los agentes respondieron con perdigones", True),
        ("la policía repelió el ataque", True),
        # near misses: a response in words, repelled with no means
        ("the minister responded to questions", False),
        ("troops repelled the attack", False),
        ("el ministro respondió a la prensa", False),
    ],
)
def test_response(text, expected):
    assert (pipeline._RESPONSE.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PRIMERO.– Convocamos a un paro regional", True),
        ("Hacemos un llamamiento a la población", True),
        ("We call on all workers to stop", True),
        # near misses: a call told of others, "we call it"
        ("La CGTP convocó a un paro", False),
        ("We call it a massacre", False),
    ],
)
def test_first_person_call(text, expected):
    assert (pipeline._FIRST_PERSON_CALL.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("several villagers", True), ("a varios dirigentes", True), ("al alcalde", False)],
)
def test_plural_object(text, expected):
    assert (pipeline._PLURAL_OBJECT.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" further unlawful ", True),
        (" nuevas ", True),
        ("", True),
        # near misses: a word the gap does not take, three modifiers
        (" peaceful ", False),
        (" further new illegal ", False),
    ],
)
def test_generic_gap(text, expected):
    assert (pipeline._GENERIC_GAP.fullmatch(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pellet shotguns are cheap.", True),
        ("Bloqueos son frecuentes.", True),
        ("Los bloqueos son frecuentes.", False),  # with an article, the story's
        # near misses: a figure or quantifier opens it, a state of people follows
        ("Thousands are gathered.", False),
        ("Miles son convocados.", False),
        ("Farmers are still missing.", False),
        ("Comuneros son aún buscados.", False),
    ],
)
def test_generic_subject(text, expected):
    assert (pipeline._GENERIC_SUBJECT.match(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("los heridos de esa misma jornada", True),
        ("aquel día llegaron", True),
        ("on that same day", True),
        # near misses: a day not named before, another noun
        ("this day", False),
        ("esa misma noche", False),
        ("that same dayshift", False),
    ],
)
def test_that_day(text, expected):
    assert (pipeline._THAT_DAY.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("restraint in the use of force", True),
        ("moderación en el uso de la fuerza", True),
        ("stop shooting", True),
        # near misses: restraint asked of words, a word that only holds the verb
        ("restraint in their language", False),
        ("useless", False),
    ],
)
def test_restraint_use(text, expected):
    assert (pipeline._RESTRAINT_USE.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [(" at them", True), (" to drive them back", True), (" to arrest them", False)],
)
def test_pronoun_after(after, expected):
    assert (pipeline._PRONOUN_AFTER.match(after) is not None) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("the death toll", True),
        ("el saldo", True),
        ("ese balance", True),
        # near misses: a count kept, not a result
        ("the count", False),
        ("la cifra", False),
    ],
)
def test_result_noun(before, expected):
    assert (pipeline._RESULT_NOUN.search(before) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("so far, six", True),
        ("as of now", True),
        ("hasta el momento", True),
        # near misses: a period, not a count up to the entry
        ("so many", False),
        ("hasta el lunes", False),
    ],
)
def test_so_far(text, expected):
    assert (pipeline._SO_FAR.match(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18 dead, including a teenager", True),
        ("18 dead, among them two officers", True),
        ("18 muertos, entre ellos un menor", True),
        ("18 muertos, incluidas dos mujeres", True),
        # near misses: no comma, another aside
        ("18 dead including a teenager", False),
        ("18 muertos, según la Defensoría", False),
    ],
)
def test_toll_aside(text, expected):
    assert (pipeline._TOLL_ASIDE.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" the town's mayor to death", True),
        (" hasta matarlo", True),
        (" a un comunero hasta la muerte", True),
        # near misses: a beating that is not carried to death
        (" the town's mayor badly", False),
        (" hasta dejarlo inconsciente", False),
    ],
)
def test_to_death(after, expected):
    assert (pipeline._TO_DEATH.match(after) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they threatened to occupy the mine", True),
        ("amenazaron con tomar el puente", True),
        ("they would block the road", True),
        # near misses: a threat told as a noun, a past act
        ("a threat of new blockades", False),
        ("las amenazas de los dirigentes", False),
        ("they blocked the road", False),
    ],
)
def test_threat_modal(text, expected):
    assert (pipeline._THREAT_MODAL.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the first anniversary of the killings", True),
        ("en el segundo aniversario de la masacre", True),
        ("al cumplirse un año de la masacre", True),
        # near misses: an anniversary not named as the day, another date
        ("an anniversary march", False),
        ("en la víspera del aniversario", False),
    ],
)
def test_anniversary(text, expected):
    assert (pipeline._ANNIVERSARY.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("gap", "expected"),
    [
        (" above ", True),
        (" at least ", True),
        (" más de ", True),
        (" at ", False),
        (" unos ", False),
    ],
)
def test_at_least(gap, expected):
    assert (pipeline._AT_LEAST.search(gap) is not None) is expected


@pytest.mark.parametrize(
    ("guard", "roles", "uncovered"),
    [
        (pipeline._DYING_WORDS, ("dying",), set()),
        (pipeline._FIRST_WORDS, ("first",), set()),
        (pipeline._THAT_DAY_WORDS, ("day_noun",), set()),
        (pipeline._PERMIT_WORDS, ("permits", "bans"), set()),
        # "Convocan nuestras" is found only where another call word stands in the text too
        (pipeline._CALL_WORDS, ("first_person_call",), {"convocan nuestras"}),
    ],
)
def test_every_word_holds_its_pattern_guard(guard, roles, uncovered):
    """A pattern run only when the text holds one of its guard's words (``holds_any``) misses
    a word added to the lexicon that holds none of them: each word must hold one."""
    words = {
        w.lower().replace("*", "")
        for lang in LANGUAGES
        for e in load_lexicon(lang, "pipeline").entries
        if e.role in roles
        for w in e.words
    }
    assert {w for w in words if not any(g in w for g in guard)} == uncovered
