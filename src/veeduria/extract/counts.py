"""Casualty, detention and crowd counts: "al menos 17 muertos", "200 people were arrested".

``compile_counts(lang)`` reads ``count_words.yaml`` (and the month names, which are never
counts) once into an immutable :class:`CountRules`; ``find_counts`` is a pure function.

How a sentence is read:

1. *anchors*: words that name a category: heads ("muertos", "wounded"), verbs
   ("murieron", "were arrested"), event nouns ("la muerte de"), crowd nouns
   ("manifestantes"), tolls ("la cifra de fallecidos"); two participles that share an
   auxiliary read as one verb ("was beaten and burned to death").
2. *groups*: every number ("17", "diecisiete", "1.200", "un"), vague word ("decenas",
   "dozens") or zero word ("sin", "no one") with what is glued to it: a qualifier before
   ("al menos", "up to") or after ("o más"), a range ("entre 10 y 15"), the person noun
   after it, maybe past one adjective or a "de"/"of" ("dos jóvenes", "two young men",
   "cientos de manifestantes"), a second noun ("soldiers and police officers") or a
   partitive ("12 of them"), and an age ("de 17 años", "17-year-old"). Numbers that are
   times, places, ages, money, percentages, dates or years are dropped; groups inside an
   aside ("entre ellas un policía", "including a police officer") are marked.
3. *attach*, backwards first: a head right after a group ("17 muertos", "dozens of
   injured"), a verb after it, maybe past an aside in commas and filler words
   ("18 personas, entre ellas un policía, murieron", "las 17 personas que murieron") or a
   complement of the noun ("cinco dirigentes del Frente fueron detenidos"); then forwards:
   a verb or event noun before a group ("murieron 17 personas", "killing at least 10
   rebels", "the death of a protester") or before people named ("mató a Inti Sotelo y
   Bryan Pintado": 2). Coordinated groups share the verb ("17 civiles y un policía
   murieron": two matches; the caller decides).
4. A singular verb with no number ("Castillo fue detenido", "a man was killed" is already
   a group) counts one; figures that break down one before them are marked ``part``
   ("26 died: 20 in clashes ...", "47 of them", "Of those, 49 ..."); groups of crowd
   nouns nothing claimed are participants.

Values: ``value`` is what a coder records (the low end of a range), ``low``/``high`` the
range (``high`` is ``None`` unless a range), ``qualifier`` exact/at_least/at_most/about;
vague words take ACLED's conservative values from the lexicon (decenas 10, dozens 12,
cientos/hundreds 100, miles/thousands 1000). "uno de los heridos" is not a count.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from veeduria.extract.numbers import (
    NumberRules,
    PhraseTable,
    WordScanner,
    compile_numbers,
    compile_phrases,
    lower_slice,
    normalize,
    phrase_scan_regex,
    reversed_source,
    scan_numbers,
)
from veeduria.extract.terms import TermMatcher, hint_misses, phrase_hint
from veeduria.extract.wordlists import alternation, role_words
from veeduria.models import Count, Qualifier, TextRef
from veeduria.resources.loader import load_lexicon

_WINDOW = 48  # how far back a qualifier, blocker or aside opener is read
_MAX_GAP = 140  # longest stretch (an aside) between a group and its verb
_ASIDE = r",[^,;:.!?()]{1,120},|\([^()]{1,120}\)|\s[-–—][^-–—;.]{1,120}[-–—]"
#: a personal name: one to four capitalised words ("Inti Sotelo", "Pedro Castillo Terrones")
_NAME = re.compile(
    r"(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+)(?:[ \t]+[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+){0,3}(?!\w)"
)


#: a word of a title before a name ("opposition politician", "CONAIE's president,")
_TITLE_WORD = re.compile(r"(\w[\w'’-]*)(,?)[ \t]+")
_POSSESSIVE = re.compile(r"['’]s$")
_STOP = re.compile(r"[.;:!?]")
#: one person's full name right before a verb, maybe past an aside in commas
_NAMED_SUBJECT = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+){1,3})"
    r"(?:[ \t]*,[^,;:.!?()]{1,120},)?[ \t]*$"
)
_SUBJECT_REACH = 180
#: how far a toll's bare subject ("Fatalities", "Los fallecidos") reaches its verb, and what
#: ends its clause before it
_SUBJECT_GAP = 60
_CLAUSE_STOP = re.compile(r"[,;:.!?()\d]")
#: a full name of two to four capitalised words (group ``name``)
_FULL_NAME = (
    r"(?<![\w-])(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+){1,3})"
)
_LAST_WORD = re.compile(r"(\w+)\W*$")
_NEXT_WORD = re.compile(r" (\w+)")


def _role(role: str) -> str:
    """The words of ``role`` in ``lexicons/<lang>/counts.yaml`` as an alternation (a space
    matches any whitespace)."""
    return alternation("counts", role, any_space=True)


#: a figure reached, the object of "to", "at", "a" ("bringing to 18 the number of people who
#: have died", "rose to at least 20", "eleva a 18 la cifra"): a total, no breakdown of a figure
#: before it
_REACHED = re.compile(rf"\b(?:to|at|a)\s+(?:(?:{_role('reached_qualifier')})\s+)?$")

#: one person named by a definite article and a noun right before a verb ("the young man
#: died"): the noun is group ``noun``, after at most two other words
_DEFINITE_ONE = re.compile(
    r"(?<![\w-])(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+"
    rf"(?:(?:{_role('definite_one_adverb')})\s+)?$"
)
#: one person object of a verb: "al dirigente", "a la periodista", "the union leader", maybe
#: after a town ("en Caracas al dirigente"); the noun is group ``noun``, after at most one word
_DEFINITE_OBJECT = re.compile(
    r"\s+(?:en\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?\s+)?"
    r"(?:al|a\s+la|the)\s+(?P<noun>[a-záéíóúñ-]+)(?!\w)"
)
#: the same with one word before the noun: "the union leader"
_DEFINITE_OBJECT_2 = re.compile(
    r"\s+(?:en\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?\s+)?"
    r"(?:al|a\s+la|the)\s+[a-záéíóúñ-]+\s+(?P<noun>[a-záéíóúñ-]+)(?!\w)"
)
#: a verb in the plural: "were killed", "have died", "are hurt"
#: one person named by a definite article after an event noun's preposition: "la muerte *de la
#: estudiante*", "la detención *del dirigente*" (the article inside the anchor), "the death *of
#: the student*"; the noun is group ``noun``
_DEFINITE_OF = re.compile(r"\s+(?:la\s+|the\s+)?(?P<noun>[a-záéíóúñ-]+)(?!\w)")
_CONTRACTED = re.compile(r"(?:del|of\s+the)$")
_PLURAL_VERB = re.compile(rf"(?:{_role('plural_verb')})\b")

#: a plural event noun ("las muertes de", "the deaths of"): one name after it is no one person
_PLURAL_NOUN = re.compile(r"[^\W\d_]+s\s+(?:de|del|of|in|en)\b")


@dataclass(frozen=True)
class CountMatch:
    """A figure of one category, with the word that gave the category."""

    category: str  # killed | injured | detained | participants
    count: Count
    head: TextRef
    #: a part of a figure given before: "26 people have died: *20 in clashes* and six in
    #: accidents", "58 died, *47 of them* in clashes", "*Of those, 49 civilians died*"; it
    #: belongs to that figure (a tally's breakdown), never adds to an incident's count
    part: bool = False
    #: read as a cumulative figure: "la cifra de fallecidos asciende a 18", "the death toll
    #: rose to 20"
    toll: bool = False
    #: a toll read from a bare casualty noun as its subject ("*Los fallecidos* desde diciembre
    #: ya son 46", "*Fatalities* have reached 28"): the noun alone says no period
    bare: bool = False
    #: one more of the figure told before it, its subject a bare "another" ("un manifestante
    #: murió en Juliaca *y otro murió* en el hospital"): it adds to that figure
    another: bool = False
    #: a part that a later source gives for the same figure ("about 200 people had been
    #: detained; the attorney general's office *later* gave a figure of 211"): it replaces it
    revised: bool = False


@dataclass(frozen=True)
class _Role:
    role: str  # head | verb | event_noun | person
    category: str | None
    position: str | None = None
    singular: bool = False
    people: bool = False  # counts only a number with a person noun ("cayeron otros dos jóvenes")


@dataclass(frozen=True, eq=False)
class CountRules:
    """Compiled count words of one language. Build with :func:`compile_counts`.

    Every regex runs on lower-cased text (``numbers.lower_slice``); ``*_back`` ones run on
    the reversed text before a position and read the words just before it.
    """

    language: str
    anchors: PhraseTable[_Role]
    anchor_re: re.Pattern[str]
    anchor_scan: WordScanner  # ``anchor_re``'s matches, found faster
    #: "was beaten and burned to death": the rest of a verb after "aux word and"
    coord: PhraseTable[tuple[str, _Role]]
    coord_re: re.Pattern[str]
    #: the tail of ``coord_re`` from the space before its conjunction: where it cannot match,
    #: ``coord_re`` cannot either (and it begins with a space, so ``re`` scans it fast)
    coord_hint: re.Pattern[str]
    #: "was *then* beaten to death", "were *later* shot dead": an adverb between a verb's
    #: auxiliary and its rest; ``split_hint`` is its tail from the space before the adverb
    split_re: re.Pattern[str]
    split_hint: re.Pattern[str]
    persons: PhraseTable[str | None]
    person_re: re.Pattern[str]  # whitespace + a person noun (group ``x``)
    #: "70 soldiers *and police officers*": a second noun shares the number
    person_conj_re: re.Pattern[str]
    adjective_re: re.Pattern[str]  # whitespace + one word
    vague: PhraseTable[tuple[int, str]]
    vague_re: re.Pattern[str]
    zeros: PhraseTable[str | None]  # "nadie": the none also covers a category ("killed")
    zero_re: re.Pattern[str]
    qualifiers: PhraseTable[str]
    qualifier_after_re: re.Pattern[str]
    qualifier_back: re.Pattern[str]
    link_vague_re: re.Pattern[str]  # whitespace + "de"/"of"
    link_gap: re.Pattern[str]  # a whole gap that is " de "
    #: " los ", " las personas ", " los defensores ambientales ": number .. article .. head
    article_gap: re.Pattern[str]
    #: "cinco dirigentes *del Frente de Defensa* fueron detenidos": a complement of the
    #: person noun between the group and its verb
    complement_re: re.Pattern[str]
    #: "Of those, ..." / "De ellos, ...": a sentence that breaks down a figure given before
    part_opener_re: re.Pattern[str]
    #: a full name and its joiner right before another name, read back from it: "*Inti Sotelo
    #: y* Bryan Pintado", "*Jack Pintado, de 22 años, e* Inti Sotelo" (group ``name``)
    name_list_back: re.Pattern[str]
    #: the same with a comma alone for the joiner, for names before the coordinated last two
    name_series_back: re.Pattern[str]
    #: what joins two names: "Inti Sotelo *y* Bryan Pintado", "Pérez*, a* Quispe"
    name_joiner_re: re.Pattern[str]
    #: capitalised words that are no one's name: months, weekdays
    not_name_re: re.Pattern[str]
    age_re: re.Pattern[str]
    bare_age_re: re.Pattern[str]  # " de 35" after one person: an age whose noun is left out
    not_after_re: re.Pattern[str]
    not_before_back: re.Pattern[str]
    #: a month that already has its day before it, read back from a number after it: "el 9 de
    #: enero *17* civiles murieron", "on 9 January *17* people died": the number is no day
    dated_month_back: re.Pattern[str]
    #: "a las 10": a clock time, for a number that can be an hour and names no one
    hour_before_back: re.Pattern[str]
    #: a weekday right before a number: "el domingo 11 fallecieron dos jóvenes" (a day)
    weekday_back: re.Pattern[str]
    year_marker_back: re.Pattern[str]
    adjunct_back: re.Pattern[str]
    adjunct_re: re.Pattern[str]  # the same words, read forwards
    adverb_re: re.Pattern[str]  # "later", "luego": a figure told after one may revise it
    boundary_re: re.Pattern[str]
    #: gaps, matched whole: group .. verb, verb .. group, group .. group
    verb_after_gap: re.Pattern[str]
    verb_before_gap: re.Pattern[str]
    conj_gap: re.Pattern[str]
    #: "two teachers *who were taking part in a blockade* died", "dos manifestantes *que
    #: bloqueaban la vía* murieron": a restrictive relative clause between a group and its verb
    relative_gap: re.Pattern[str]
    #: what opens a clause of its own inside the relative one ("who alleged *that* police
    #: abused them *after* they were detained"): its verb is not the group's
    relative_break_re: re.Pattern[str]
    #: " en ", " in " before the place of one item of a breakdown ("18 en Puno")
    item_place_re: re.Pattern[str]
    #: range joiners: (gap regex, opener regex over reversed text or None)
    ranges: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]
    #: "la cifra de fallecidos ... asciende a" (a number follows), "elevó a" (before one)
    toll_after_re: re.Pattern[str]
    #: toll verbs that qualify their figure ("superan los", "exceeded": at least), and how
    toll_verb_qualifiers: dict[str, str]
    toll_before_back: re.Pattern[str]
    #: "el chofer y los pasajeros *resultaron ilesos*", "*were unharmed*": 0 hurt, 0 dead
    unharmed_re: re.Pattern[str] | None
    #: "*otras* diez personas", "ten *other* people": a group that is more of the incident
    #: just told (``more_back`` over the reversed text before the number)
    more_back: re.Pattern[str]
    #: "y otro", "and another" right before a verb: one more (read backwards)
    another_back: re.Pattern[str]
    #: "y otro más en Ilave", "and another in hospital": a bare "another" with no verb of its
    #: own, only the words that may close it (``another_end``) before a place or the clause end
    another_ellipsis_re: re.Pattern[str]
    more_after_re: re.Pattern[str]
    #: lexicon fingerprints, for provenance
    versions: tuple[str, ...]
    #: the last words of the ``unharmed`` phrases ("ilesos", "unhurt"), searched for first: a
    #: sentence with none of them holds no phrase (:func:`_unharmed_hint`)
    unharmed_hint: re.Pattern[str] | None = None
    #: a word of each anchor and of each rest of a coordinated verb, for the folded text
    #: (:func:`~veeduria.extract.terms.phrase_hint`): a sentence without one needs no scan
    anchor_words: TermMatcher | None = None
    coord_words: TermMatcher | None = None


def _toll_before_back(patterns: list[str]) -> str:
    """Reversed regex source of the verbs that put a figure before its toll ("elevó a 44 la
    cifra"), also with a few words between the verb and its preposition: "elevó *este
    miércoles* a ocho el número de fallecidos", "raised *on Tuesday* to 53 the number"."""
    verbs = [p.rsplit(maxsplit=1) for p in patterns if len(p.split()) > 1]
    return (
        rf"\s+(?:{reversed_source(patterns)}"
        rf"|(?:{reversed_source({v[1] for v in verbs})})(?:\s+[^\s,;:.]+){{1,3}}?\s+"
        rf"(?:{reversed_source({v[0] for v in verbs})}))"
    )


# --------------------------------------------------------------------------------------------
# compiling
# --------------------------------------------------------------------------------------------


_FIRST_WORD = re.compile(r"[\w-]+")


def _more_back(patterns: list[str]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!)")
    return re.compile(rf"\s+(?:{reversed_source(patterns)})(?!\w)")


def _more_after(patterns: list[str]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!)")
    return re.compile(rf"\s+(?:{_alt(patterns)})(?!\w)")


def more_of_told(text: str, count: Count, rules: CountRules) -> bool:
    """The counted group is more of the incident just told, not one of its own: "Un
    manifestante murió en Arequipa. *Otras diez personas* resultaron heridas", "*ten other
    people* were wounded", "*another five* were hurt"."""
    return _more_words(text, count, rules)


def more_of_told_by_verb(text: str, match: CountMatch, rules: CountRules) -> bool:
    """:func:`more_of_told`, for a figure told by a verb ("otras diez personas *resultaron
    heridas*", "ten other people *were wounded*"); a noun ("*otros doce heridos* fueron
    trasladados") makes the wounded the subject of a sentence of their own."""
    verb = any(r.role == "verb" for r in rules.anchors.lookup(match.head.text.lower()))
    return verb and _more_words(text, match.count, rules)


def _more_words(text: str, count: Count, rules: CountRules) -> bool:
    a = count.span[0]
    before = lower_slice(text, max(0, a - _WINDOW), a)[::-1]
    if rules.more_back.match(before):
        return True
    number = _FIRST_WORD.match(text, a)  # "ten *other* people": the word after the number
    b = number.end() if number is not None else count.span[1]
    after = lower_slice(text, b, min(len(text), b + 24))
    return rules.more_after_re.match(after) is not None


def _patterns(entries: Iterable[Any], role: str, **where: object) -> list[str]:
    return [
        p
        for e in entries
        if e.role == role and all(getattr(e, k) == v for k, v in where.items())
        for p in e.patterns
    ]


def _partitive(pattern: str, links: list[str]) -> bool:
    """Is a person pattern a partitive ("de ellos", "of them": a link word, then a pronoun)?"""
    parts = pattern.split()
    return len(parts) == 2 and parts[0] in links


def _alt(patterns: Iterable[str], *, dots: bool = False) -> str:
    """Lower-cased phrase alternation (matches nothing when empty)."""
    items = [(p, True) for p in patterns]
    return compile_phrases(items, optional_final_dot=dots).lowered_source if items else r"(?!x)x"


@functools.cache
def compile_counts(language: str) -> CountRules:
    """Compile ``lexicons/<language>/count_words.yaml`` into :class:`CountRules`.

    Raises:
        ResourceError: the lexicon (or the month or number words) is missing or invalid.
    """
    lex = load_lexicon(language, "count_words")
    months = load_lexicon(language, "months")
    numbers = compile_numbers(language)
    entries = lex.entries

    def words(role: str, **where: object) -> list[str]:
        return _patterns(entries, role, **where)

    anchor_items: list[tuple[str, _Role]] = []
    for e in entries:
        if e.role in ("head", "verb", "event_noun", "toll") or (e.role == "person" and e.category):
            role = _Role(
                e.role,
                e.category,
                e.position,
                bool(getattr(e, "singular", False)),
                bool(getattr(e, "people", False)),
            )
            anchor_items.extend((p, role) for p in e.patterns)
        elif e.role == "toll_subject":
            # "Los fallecidos desde diciembre ya son 46": a toll when its verb and figure
            # follow, else the head it also is ("ya son once los muertos")
            for subject in (
                _Role("toll", e.category, "subject"),
                _Role("head", e.category, "subject"),
            ):
                anchor_items.extend((p, subject) for p in e.patterns)
    anchors = compile_phrases(anchor_items)
    # "was beaten and burned to death", "fue golpeado y asesinado": the auxiliary of a verb
    # phrase shared by two participles
    coord_items = [
        (" ".join(words_[1:]), (normalize(words_[0]), role))
        for p, role in anchor_items
        if role.role == "verb" and len(words_ := p.split()) > 1
    ]
    coord = compile_phrases(coord_items)
    auxiliaries = sorted({aux for _, (aux, _) in coord_items})
    persons = compile_phrases(
        [(p, e.category) for e in entries if e.role == "person" for p in e.patterns]
    )
    vague = compile_phrases(
        [(p, (e.value, e.qualifier)) for e in entries if e.role == "vague" for p in e.patterns]
    )
    qualifiers = compile_phrases(
        [(p, e.qualifier) for e in entries if e.role == "qualifier" for p in e.patterns]
    )
    zeros = compile_phrases(
        [(p, e.category) for e in entries if e.role == "zero" for p in e.patterns]
    )
    month_names = [n for e in months.entries for n in e.names]
    dates = load_lexicon(language, "date_words")
    weekdays = [p for e in dates.entries if e.role == "weekday" for p in e.patterns]
    link = _alt(words("link", after="vague"))
    filler = _alt(words("filler"))
    amount = rf"(?:\d{{1,3}}|{numbers.words.lowered_source})"
    verb_after = rf"\s*(?:(?:{_ASIDE})\s*)?(?:(?:{filler})\s+){{0,3}}"
    conj_words = _alt(w for w in words("conjunction") if w[:1].isalpha())
    coord_re = re.compile(
        rf"(?P<aux>{_alt(auxiliaries)})\s+[^\W\d_]{{3,}}\s+(?:{conj_words})\s+"
        rf"(?P<rest>{coord.lowered_source})"
    )
    coord_hint = re.compile(rf"\s(?:{conj_words})\s+(?:{coord.lowered_source})")
    adverbs = _alt(words("adverb"))
    split_re = re.compile(
        rf"(?P<aux>{_alt(auxiliaries)})\s+(?:{adverbs})\s+(?P<rest>{coord.lowered_source})"
    )
    split_hint = re.compile(rf"\s(?:{adverbs})\s+(?:{coord.lowered_source})")
    links = words("link", after="vague")
    partitives = [p for p in words("person") if _partitive(p, links)]
    ranges = []
    for e in entries:
        if e.role == "range":
            gap = re.compile(rf"\s*(?:{_alt(e.patterns)})\s*")
            opener = re.compile(rf"\s+(?:{reversed_source(e.open)})") if e.open else None
            ranges.append((gap, opener))
    return CountRules(
        language=language,
        anchors=anchors,
        anchor_re=re.compile(anchors.lowered_source),
        anchor_scan=WordScanner.from_source(anchors.lowered_source),
        anchor_words=phrase_hint(p for p, _ in anchor_items),
        coord_words=phrase_hint(p for p, _ in coord_items),
        coord=coord,
        coord_re=coord_re,
        coord_hint=coord_hint,
        split_re=split_re,
        split_hint=split_hint,
        persons=persons,
        person_re=re.compile(rf"\s+(?P<x>{persons.lowered_source})"),
        person_conj_re=re.compile(rf"\s+(?:{conj_words})\s+(?:{persons.lowered_source})"),
        adjective_re=re.compile(r"\s+[^\W\d_]{2,}(?!\w)"),
        vague=vague,
        vague_re=re.compile(vague.scan_source),
        zeros=zeros,
        zero_re=re.compile(zeros.scan_source),
        qualifiers=qualifiers,
        qualifier_after_re=re.compile(rf"\s+(?P<x>{_alt(words('qualifier', position='after'))})"),
        qualifier_back=re.compile(
            rf"\s+(?P<x>{reversed_source(words('qualifier', position='before'))})"
        ),
        link_vague_re=re.compile(rf"\s+(?:{link})(?=\s)"),
        link_gap=re.compile(rf"\s+(?:{link})\s+"),
        article_gap=re.compile(
            rf"\s+(?:{filler})\s+(?:(?:{persons.lowered_source})\s+)?(?:[^\W\d_]{{2,}}\s+)?"
        ),
        complement_re=re.compile(
            rf"\s+(?:{link})\s+[^\W\d_][^,;:.!?()\[\]\d\"«»“”]{{0,70}}?(?=\s){verb_after}"
        ),
        part_opener_re=re.compile(rf"\s*(?:{_alt(partitives)})\s*,\s*"),
        name_list_back=re.compile(
            rf"{_FULL_NAME}(?:[ \t]*,[^,;:.!?()A-ZÁÉÍÓÚÑ]{{1,30}})?[ \t]*,?[ \t]+"
            rf"(?:{_alt(w for w in words('conjunction') if w[:1].isalpha())})[ \t]+$"
        ),
        name_series_back=re.compile(
            rf"{_FULL_NAME}(?:[ \t]*,[^,;:.!?()A-ZÁÉÍÓÚÑ]{{1,30}})?[ \t]*(?:,[ \t]*|,?[ \t]+"
            rf"(?:{_alt(w for w in words('conjunction') if w[:1].isalpha())})[ \t]+)$"
        ),
        name_joiner_re=re.compile(
            rf"\s*(?:,\s*(?:(?:{conj_words})\s+)?|\s(?:{conj_words})\s+)"
            rf"(?:(?:{_alt(words('link', after='verb'))})\s+)?"
        ),
        not_name_re=re.compile(_alt([*month_names, *weekdays], dots=True)),
        # "de 17 años", "de apenas 15 años", ", 17 years old,", "17-year-old", and the ages of
        # several: "dos adolescentes de 15 y 16 años", "two men aged 20 and 24"
        age_re=re.compile(
            rf"(?:\s*,)?(?:\s+(?:{link})(?:\s+[^\W\d_]+)?)?\s+{amount}"
            rf"(?:(?:\s*,|\s+(?:y|e|o|and|or|to))\s+{amount}){{0,3}}\s*-?\s*"
            rf"(?:{_alt(words('age'))})(?:\s*,)?"
        ),
        bare_age_re=re.compile(
            rf"\s+(?:{link})\s+(?:\d{{1,2}}|{numbers.words.lowered_source})(?!\w)"
        ),
        not_after_re=re.compile(
            rf"\s*-?\s*(?:{_alt(words('not_after'))}|(?:{link}\s+)?{_alt(month_names, dots=True)})"
        ),
        not_before_back=re.compile(rf"\s*(?:{reversed_source(words('not_before') + month_names)})"),
        dated_month_back=re.compile(
            rf"\s+(?:{reversed_source(month_names)})\s+(?:[^\W\d_]{{2,3}}\s+)?"
            r"(?:ht|ts|dn|dr|º)?\d{1,2}(?!\d)"
        ),
        hour_before_back=re.compile(
            rf"\s*(?:{reversed_source(words('hour_before'))})" if words("hour_before") else r"(?!)"
        ),
        weekday_back=re.compile(rf"\s+(?:{reversed_source(weekdays)})(?!\w)"),
        year_marker_back=re.compile(rf"\s+(?:{reversed_source(words('year_marker'))})"),
        adjunct_back=re.compile(rf"\s*,?\s+(?:{reversed_source(words('adjunct'))})"),
        adjunct_re=re.compile(rf"(?<!\w)(?:{_alt(words('adjunct'))})(?!\w)"),
        adverb_re=re.compile(rf"(?<!\w)(?:{adverbs})(?!\w)"),
        boundary_re=re.compile(rf"\s*(?:$|[,.;:!?)\]»”\"']|\s(?:{_alt(words('boundary'))}))"),
        verb_after_gap=re.compile(verb_after),
        verb_before_gap=re.compile(
            rf"\s*(?:(?:{filler})\s+){{0,2}}(?:(?:{_alt(words('link', after='verb'))})\s+)?"
            rf"(?:(?:{filler})\s+){{0,2}}"
        ),
        conj_gap=re.compile(
            rf"\s*(?:,\s*)?(?:(?:{_alt(words('conjunction'))})\s*)?"
            rf"(?:(?:{_alt(words('link', after='verb'))})\s+)?"
        ),
        relative_gap=re.compile(
            rf"\s+(?:{_alt(words('relative'))})(?P<body>\s+[^\W\d_][^,;:.!?()\[\]\d\"«»“”]{{0,90}}?)"
            rf"(?=\s){verb_after}"
        ),
        item_place_re=re.compile(rf"\s+(?:{_alt(words('item_place'))})\s+"),
        relative_break_re=re.compile(rf"\s(?:{_alt(words('relative_break'))})(?=\s)"),
        ranges=tuple(ranges),
        toll_after_re=re.compile(rf"(?<=[\s,])(?:{_alt(words('toll_verb', position='after'))})\s+"),
        toll_verb_qualifiers={
            normalize(p): e.qualifier
            for e in entries
            if e.role == "toll_verb" and e.position == "after" and e.qualifier
            for p in e.patterns
        },
        toll_before_back=re.compile(_toll_before_back(words("toll_verb", position="before"))),
        unharmed_re=(
            re.compile(rf"\b(?:{_alt(unharmed)})\b") if (unharmed := words("unharmed")) else None
        ),
        more_back=_more_back(words("more", position="before")),
        more_after_re=_more_after(words("more", position="after")),
        another_ellipsis_re=(
            re.compile(
                rf"\s(?:{_alt(another)})(?:\s+(?:{_alt(ends)}))*(?=\s*(?:[.;:]|$))"
                rf"|\s(?:{_alt(another)})(?:\s+(?:{_alt(ends)}))+(?=\s)"
            )
            if (another := words("another")) and (ends := words("another_end"))
            else re.compile(r"(?!)")
        ),
        another_back=(
            re.compile(rf"\s+(?:{reversed_source(another)})(?!\w)")
            if (another := words("another"))
            else re.compile(r"(?!)")
        ),
        versions=(lex.fingerprint, months.fingerprint, dates.fingerprint, *numbers.versions),
        unharmed_hint=_unharmed_hint(unharmed),
    )


def _unharmed_hint(phrases: list[str]) -> re.Pattern[str] | None:
    """Every match of a phrase ends with a match of its last word, written alone (the word
    begins after the phrase's whitespace and ends where it ends): their scan is a cheap test
    before the whole phrases, whose first words ("was", "resultaron") stand everywhere."""
    if not phrases:
        return None
    return re.compile(phrase_scan_regex([p.split()[-1] for p in phrases]))


# --------------------------------------------------------------------------------------------
# groups
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Quantity:
    """A number, vague word or zero word found in the lower-cased chunk.

    Read-only by convention, not frozen: one is built per figure found, and a frozen
    dataclass costs about four times as much to build.
    """

    start: int
    end: int
    value: int
    qualifier: str
    article: bool  # a lone "un"/"a": a count only with a noun after it
    vague: bool  # may take "de"/"of" before its noun
    year_like: bool = False  # "2000": four plain digits
    also: str | None = None  # a zero ("nadie") that also covers this category


@dataclass
class _Group:
    """A quantity with what is glued to it (offsets into the lower-cased chunk)."""

    start: int  # with the qualifier
    num_end: int
    end: int  # with the person noun and age
    value: int
    high: int | None
    qualifier: str
    article: bool
    vague: bool
    person: tuple[int, int] | None = None  # span of the person noun
    person_category: str | None = None
    inner: bool = False  # inside an aside ("entre ellas un policía")
    claimed: bool = False
    also: str | None = None  # "nobody was hurt": nobody was killed either
    partitive: bool = False  # "doce de ellos", "12 of them": part of a group named before


def _back(regex: re.Pattern[str], low: str, pos: int, floor: int) -> re.Match[str] | None:
    """Match ``regex`` on the reversed text that ends at ``pos`` (not before ``floor``)."""
    if pos <= floor:
        return None
    return regex.match(low[max(floor, pos - _WINDOW) : pos][::-1])


def _quantities(
    text: str, low: str, offset: int, floor: int, rules: CountRules, numbers: NumberRules
) -> list[_Quantity]:
    # three small scans: one alternation of all three is slower (re loses its fast
    # first-character search)
    found: list[_Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in rules.vague_re.finditer(low, floor):
        payload = rules.vague.lookup(m.group())
        if payload:
            value, qualifier = payload[0]
            found.append(_Quantity(m.start(), m.end(), value, qualifier, False, True))
            taken.append(m.span())
    for m in rules.zero_re.finditer(low, floor):
        if not _overlaps(taken, m.start(), m.end()):
            also = rules.zeros.lookup(m.group())
            found.append(
                _Quantity(
                    m.start(), m.end(), 0, "exact", False, False, also=also[0] if also else None
                )
            )
            taken.append(m.span())
    for n in scan_numbers(text, low, offset, floor, numbers):
        s, e = n.start - offset, n.end - offset
        if _overlaps(taken, s, e):
            continue  # "un par", "no one": the longer phrase wins
        found.append(
            _Quantity(
                s,
                e,
                n.value,
                "about" if n.approximate else "exact",
                n.article,
                n.approximate,
                n.digits and n.text.isdigit() and len(n.text) == 4,
            )
        )
    found.sort(key=lambda q: q.start)
    return found


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _merge(
    low: str, qs: list[_Quantity], rules: CountRules, floor: int
) -> list[tuple[_Quantity, int | None, int]]:
    """Merge "decenas de miles" and ranges; yields (quantity, high, end)."""
    out: list[tuple[_Quantity, int | None, int]] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if (
            nxt is not None
            and q.vague
            and (nxt.vague or nxt.value in (100, 1000))
            and (nxt.value >= 1000 or q.value < 10)
        ):
            # "decenas de miles", "several dozen", "varias decenas", "a few hundred": a
            # multiple of the second
            link = rules.link_vague_re.match(low, q.end)
            if (link is not None and not low[link.end() : nxt.start].strip()) or (
                not low[q.end : nxt.start].strip()
            ):
                out.append(
                    (
                        _Quantity(q.start, nxt.end, q.value * nxt.value, q.qualifier, False, True),
                        None,
                        nxt.end,
                    )
                )
                i += 2
                continue
        if nxt is not None and nxt.value > q.value > 0 and not q.vague and not nxt.vague:
            ranged = _range(low, q, nxt, rules, floor)
            if ranged is not None:
                out.append((ranged, nxt.value, nxt.end))
                i += 2
                continue
        out.append((q, None, q.end))
        i += 1
    return out


def _range(
    low: str, q: _Quantity, nxt: _Quantity, rules: CountRules, floor: int
) -> _Quantity | None:
    for gap, opener in rules.ranges:
        if not gap.fullmatch(low, q.end, nxt.start):
            continue
        start = q.start
        if opener is not None:
            m = _back(opener, low, q.start, floor)
            if m is None:
                continue
            start -= m.end()
        return _Quantity(start, q.end, q.value, "at_least", False, False)
    return None


#: three or four plain digits, an hour and its minutes written together ("a las 1930")
_HHMM = re.compile(r"\d{3,4}(?!\w)")


def _clock(low: str, q: _Quantity) -> bool:
    """Can the number ``q`` be a time of day: an hour (24 at most) or an hour and its minutes
    written as one number ("las 1930", "las 0745"), not a figure ("las 49", "las 1.200")."""
    if q.value <= 24:
        return True
    return (
        _HHMM.fullmatch(low, q.start, q.end) is not None
        and q.value // 100 <= 24
        and q.value % 100 < 60
    )


def _groups(
    text: str, low: str, offset: int, floor: int, rules: CountRules, numbers: NumberRules
) -> list[_Group]:
    groups: list[_Group] = []
    quantities = _quantities(text, low, offset, floor, rules, numbers)
    for q, high, q_end in _merge(low, quantities, rules, floor):
        if groups and q.start < groups[-1].end:
            continue  # already part of the group before ("una mujer de 35")
        # not a count: "a las 10", "kilómetro 30", "17 años", "17%", "9 de enero"; a number
        # that names people after a month with its day is one ("el 9 de enero 17 civiles")
        if (
            high is None
            and _back(rules.not_before_back, low, q.start, floor)
            and (
                _back(rules.dated_month_back, low, q.start, floor) is None
                or rules.person_re.match(low, q_end) is None
            )
        ):
            continue
        if (
            high is None
            and _back(rules.hour_before_back, low, q.start, floor)
            and not q.vague
            and _clock(low, q)
            and rules.person_re.match(low, q_end) is None
        ):
            # "a las 10", "a las 1930" (an hour and its minutes): a time; "se suma a las 49
            # personas fallecidas": a figure
            continue
        if rules.not_after_re.match(low, q_end):
            continue
        if (
            high is None
            and 1 <= q.value <= 31
            and not q.vague
            and _back(rules.weekday_back, low, q.start, floor)
            and rules.person_re.match(low, q_end) is None
        ):
            continue  # "el domingo 11 fallecieron dos jóvenes": a day, not eleven dead
        start, qualifier = q.start, q.qualifier
        m = _back(rules.qualifier_back, low, start, floor)
        if m is not None and q.value:
            found = rules.qualifiers.lookup(m.group("x")[::-1])
            if found:
                qualifier = found[0]
                start -= m.end()
        elif (
            q.year_like
            and 1900 <= q.value <= 2100
            and _back(rules.year_marker_back, low, start, floor)
        ):
            continue  # "en 2000": a year
        end = q_end
        m = rules.qualifier_after_re.match(low, end)
        if m is not None:
            found = rules.qualifiers.lookup(m.group("x"))
            if found:
                qualifier, end = found[0], m.end()
        group = _Group(start, q_end, end, q.value, high, qualifier, q.article, q.vague, also=q.also)
        _attach_person(low, group, rules)
        group.inner = _back(rules.adjunct_back, low, group.start, floor) is not None or (
            # "Dos jóvenes, uno de ellos de apenas 15 años, murieron": an aside
            group.partitive and low[floor : group.start].rstrip().endswith(",")
        )
        groups.append(group)
    return groups


def _attach_person(low: str, group: _Group, rules: CountRules) -> None:
    """Glue the person noun after the number: "17 personas", "cientos de manifestantes",
    "two young men", "a 17-year-old protester"; then an age: "un joven de 17 años"."""
    pos = group.end
    if group.vague:
        link = rules.link_vague_re.match(low, pos)
        if link is not None:
            pos = link.end()
    age = rules.age_re.match(low, pos)
    if age is not None:
        pos = age.end()
    m = rules.person_re.match(low, pos)
    if m is None and age is not None and group.article and rules.boundary_re.match(low, pos):
        # "killing a 19-year-old": the age names the person
        group.person, group.end = (age.start(), pos), pos
        return
    if m is None:
        adjective = rules.adjective_re.match(low, pos)
        if adjective is None or rules.anchors.lookup(adjective.group().strip()):
            return
        m = rules.person_re.match(low, adjective.end())
        if m is None:
            return
    found = rules.persons.lookup(m.group("x"))
    group.person = m.span("x")
    group.partitive = rules.link_vague_re.match(low, m.start("x") - 1) is not None
    group.person_category = found[0] if found else None
    group.end = m.end()
    also = rules.person_conj_re.match(low, group.end)
    if also is not None and not group.partitive:
        group.end = also.end()
    age = rules.age_re.match(low, group.end)
    if age is not None:
        group.end = age.end()
    elif group.value == 1:
        # "un joven de 22 años y una mujer de 35 murieron": an age without its noun
        age = rules.bare_age_re.match(low, group.end)
        if age is not None and rules.person_re.match(low, age.end()) is None:
            word = rules.adjective_re.match(low, age.end())
            roles = rules.anchors.lookup(word.group().strip()) if word else ()
            if not any(r.role == "head" for r in roles):
                group.end = age.end()


# --------------------------------------------------------------------------------------------
# attaching groups to anchors
# --------------------------------------------------------------------------------------------


@dataclass
class _Anchor:
    start: int
    end: int
    roles: _Roles
    used: bool = False


@dataclass(frozen=True)
class _Roles:
    """What an anchor word can be, sorted by use."""

    heads: tuple[_Role, ...]
    verbs_after: tuple[_Role, ...]  # "17 personas murieron"
    forward: tuple[_Role, ...]  # "murieron 17 personas", "la muerte de un manifestante"
    tolls: tuple[_Role, ...]
    singular: tuple[_Role, ...]


@functools.lru_cache(maxsize=4096)
def _roles(roles: tuple[_Role, ...]) -> _Roles:
    verbs = [r for r in roles if r.role == "verb"]
    after = tuple(r for r in verbs if r.position in ("after", "both"))
    return _Roles(
        heads=tuple(r for r in roles if r.role == "head"),
        verbs_after=after,
        forward=tuple(r for r in roles if r.role == "event_noun")
        or tuple(r for r in verbs if r.position in ("before", "both")),
        tolls=tuple(r for r in roles if r.role == "toll"),
        singular=tuple(r for r in after if r.singular),
    )


#: plain copulas that link only a bare subject to its figure ("los intervenidos fueron 193")
_COPULAS = frozenset(role_words("counts", "bare_copula"))


class _Reader:
    """The state of one ``find_counts`` call."""

    def __init__(self, text: str, low: str, offset: int, rules: CountRules, groups: list[_Group]):
        self.text, self.low, self.offset, self.rules, self.groups = text, low, offset, rules, groups
        self.ends = [g.end for g in groups]
        self.starts = [g.start for g in groups]
        self.out: list[tuple[int, CountMatch]] = []
        self.after_forward: set[int] = set()  # groups right after a verb or event noun
        self.anchor_starts: list[int] = []  # where every count word of the sentence starts

    def emit(
        self,
        category: str,
        group: _Group,
        span: tuple[int, int],
        head: tuple[int, int],
        *,
        toll: bool = False,
        bare: bool = False,
        another: bool = False,
    ) -> None:
        group.claimed = True
        a, b = span[0] + self.offset, span[1] + self.offset
        h0, h1 = head[0] + self.offset, head[1] + self.offset
        count = Count(
            value=group.value,
            low=group.value,
            high=group.high,
            qualifier=_qualifier(group.qualifier),
            text=self.text[a:b],
            span=(a, b),
        )
        head_ref = TextRef(self.text[h0:h1], (h0, h1))
        self.out.append(
            (a, CountMatch(category, count, head_ref, toll=toll, bare=bare, another=another))
        )
        if group.value == 0 and category == "injured" and group.also and group.also != category:
            # "nadie resultó herido", "no one was hurt": nobody was killed either
            self.out.append((a, CountMatch(group.also, count, head_ref)))

    def bare_person(self, anchor: _Anchor) -> None:
        """A singular person noun with no article or number, the style of headlines: right
        before a head, after a name or nothing ("Paraguay protester killed", "Joven herido en
        Juliaca"; not "the first person killed since ...") or right after a
        verb that counts forward ("wounding photographer"), counts one. A plural ("protesters
        killed") or a noun with its own group ("a protester was killed") does not."""
        low, rules = self.low, self.rules
        if anchor.roles.heads:
            role = anchor.roles.heads[0]
            word = _LAST_WORD.search(low, max(0, anchor.start - 30), anchor.start)
            if word is None or low[word.end(1) : anchor.start] != " ":
                return
            a, b = word.span(1)
            lead = _LAST_WORD.search(self.text, max(0, a + self.offset - 30), a + self.offset)
            if lead is not None and lead.end(1) + 1 == a + self.offset and lead.group(1).islower():
                return  # "the first person killed since ...": a noun phrase, no headline
        elif anchor.roles.forward and anchor.roles.forward[0].role == "verb":
            role = anchor.roles.forward[0]
            m = _NEXT_WORD.match(low, anchor.end)
            if m is None or rules.boundary_re.match(low, m.end()) is None:
                return
            a, b = m.span(1)
        else:
            return
        noun = low[a:b]
        if (
            role.category not in ("killed", "injured", "detained")
            or noun.endswith("s")
            or not rules.persons.lookup(noun)
            or any(g.start <= a < g.end for g in self.groups)
        ):
            return
        one = _Group(a, b, b, 1, None, "exact", False, False)
        anchor.used = True
        start, end = min(a, anchor.start), max(b, anchor.end)
        self.emit(role.category, one, (start, end), (anchor.start, anchor.end))

    def named_subject(self, anchor: _Anchor) -> None:
        """A verb of either number after one person's full name, maybe past an aside in
        commas: "Víctor Santisteban, a 55-year-old man, died", "18-year-old Dilan Cruz died"
        count one. The name has two to four capitalised words and follows no boundary word or
        conjunction ("in San Román", "Inti Sotelo and Bryan Pintado were killed")."""
        category = anchor.roles.verbs_after[0].category
        if category not in ("killed", "injured", "detained"):
            return
        lo = max(self.offset, anchor.start + self.offset - _SUBJECT_REACH)
        before = self.text[lo : anchor.start + self.offset]
        last = _LAST_WORD.search(before, max(0, len(before) - 30))
        if not before.rstrip().endswith(",") and (last is None or not last.group(1).istitle()):
            return  # neither a name nor an aside right before the verb
        m = _NAMED_SUBJECT.search(before)
        if m is None:
            return
        if self.rules.not_name_re.fullmatch(m.group("name").lower()):
            return
        first, names = m.start(), 1
        while (
            more := (
                self.rules.name_list_back if names == 1 else self.rules.name_series_back
            ).search(before, 0, first)
        ) is not None:
            # "Inti Sotelo y Bryan Pintado fueron asesinados", "Jack Pintado, de 22 años, e Inti
            # Sotelo, de 24, fueron asesinados", "Rosa Pérez, Juan Quispe y Ana Mamani": full
            # names joined by a coordinator (the last) or commas count one each
            name = more.group("name").lower()
            if self.rules.not_name_re.fullmatch(name) or self.rules.boundary_re.match(
                " " + name.split()[0] + " "
            ):
                break  # "In Lima, Rosa Pérez and ...": a place told before the names
            first, names = more.start(), names + 1
        word = _LAST_WORD.search(before, 0, first)
        if word is not None:
            prev = " " + word.group(1).lower()
            if self.rules.boundary_re.match(prev) or self.rules.conj_gap.fullmatch(prev):
                return
            if names > 1 and self.rules.link_vague_re.match(prev + " "):
                return  # "supporters of Pedro Castillo and Dina Boluarte": no one named is counted
        a = lo + first - self.offset
        one = _Group(a, a, a, names, None, "exact", False, False)
        anchor.used = True
        self.emit(category, one, (a, anchor.end), (anchor.start, anchor.end))

    def definite_subject(self, anchor: _Anchor) -> None:
        """One person told with a definite article right before a verb of either number: "The
        young man died on Thursday", "the student had died in hospital" count one, as "a man
        died" does. The noun is a singular person noun ("man", "student", not "protesters"),
        after "the", "this" or "that" and at most two other words, and the verb is not a plural
        form ("were killed", "have died")."""
        role = anchor.roles.verbs_after[0]
        category = role.category
        if category not in ("killed", "injured", "detained") or role.position != "after":
            return  # "The officer killed him": a verb that counts forward names the killer
        if _PLURAL_VERB.match(self.low, anchor.start):
            return
        m = _DEFINITE_ONE.search(self.low, max(0, anchor.start - 48), anchor.start)
        if m is None:
            return
        a, b = m.span("noun")
        noun = self.low[a:b]
        if (
            noun.endswith("s")
            or not self.rules.persons.lookup(noun)
            or any(g.start <= a < g.end for g in self.groups)
        ):
            return
        one = _Group(m.start(), m.start(), m.start(), 1, None, "exact", False, False)
        anchor.used = True
        self.emit(category, one, (m.start(), anchor.end), (anchor.start, anchor.end))

    def another(self, anchor: _Anchor) -> None:
        """ "Un manifestante murió en Juliaca y otro murió en el hospital", "one protester was
        killed and another died in hospital": a bare "another" as the subject of a verb counts
        one more of a figure of the same category told before it in the sentence."""
        category = anchor.roles.verbs_after[0].category
        if category not in ("killed", "injured", "detained"):
            return
        m = _back(self.rules.another_back, self.low, anchor.start, 0)
        if m is None:
            return
        start = anchor.start - m.end()
        if not any(
            c.category == category and c.count.span[1] - self.offset <= start for _, c in self.out
        ):
            return  # "Otro manifestante murió ...": no figure before it to add to
        one = _Group(start, start, start, 1, None, "exact", False, False)
        anchor.used = True
        self.emit(category, one, (start, anchor.end), (anchor.start, anchor.end), another=True)

    def another_ellipsis(self, match: CountMatch, anchors: list[_Anchor]) -> None:
        """ "Un comunero murió en Juli y otro más en Ilave", "one farmer was shot dead and
        another in hospital": a bare "another" after a figure's verb, with no verb of its own
        in the rest of the clause, is one more of that figure."""
        if match.category not in ("killed", "injured", "detained") or match.part or match.toll:
            return
        pos = max(match.count.span[1], match.head.span[1]) - self.offset
        stop = len(self.low)
        if (brk := re.compile(r"[.;:]").search(self.low, pos)) is not None:
            stop = brk.start()
        m = self.rules.another_ellipsis_re.search(self.low, pos, stop + 1)
        if m is None or m.start() >= stop:
            return
        if any(pos <= a.start < stop for a in anchors):
            return  # "... y otro resultó herido": the verb of another figure
        if any(m.end() <= g.start < stop for g in self.groups if g.value):
            return  # "... and another three in Ilave": a figure of its own
        start = m.start() + 1
        one = _Group(start, start, start, 1, None, "exact", False, False)
        self.emit(match.category, one, (start, m.end()), (start, m.end()), another=True)

    def inside_aside(self, category: str, pos: int) -> bool:
        """Is ``pos`` in an aside ("among them", "entre ellos") after a figure of
        ``category``, with no clause break between?"""
        for _, m in self.out:
            end = m.count.span[1] - self.offset
            if m.category != category or end > pos:
                continue
            gap = self.low[end:pos]
            if _STOP.search(gap) is None and self.rules.adjunct_re.search(gap):
                return True
        return False

    def next_group(self, pos: int) -> int | None:
        i = bisect.bisect_left(self.starts, pos)
        return i if i < len(self.groups) else None

    def forward_gap(self, pos: int, target: int) -> bool:
        return self.rules.verb_before_gap.fullmatch(self.low, pos, target) is not None

    def conj(self, pos: int, target: int) -> bool:
        gap = self.low[pos:target]
        return bool(gap.strip()) and self.rules.conj_gap.fullmatch(gap) is not None

    def takes_bare(self, group: _Group) -> bool:
        """May a group without a person noun follow a verb? A number may ("killing 17",
        "killing at least 10 rebels"); an article needs a noun ("murió un comerciante")."""
        if group.person is not None or not group.article:
            return True
        word = self.rules.adjective_re.match(self.low, group.end)
        return word is not None and self.rules.boundary_re.match(self.low, group.end) is None

    def backward(self, anchor: _Anchor) -> bool:
        """ "17 muertos", "17 personas murieron", "18 personas, entre ellas ..., murieron"."""
        heads = anchor.roles.heads
        verbs = anchor.roles.verbs_after
        if not heads and not verbs:
            return False
        low, rules = self.low, self.rules
        i = bisect.bisect_right(self.ends, anchor.start) - 1
        while i >= 0 and anchor.start - self.groups[i].end <= _MAX_GAP:
            group = self.groups[i]
            i -= 1
            if group.inner:
                continue  # "entre ellas un policía": try the group before the aside
            if group.claimed:
                return False
            gap = low[group.end : anchor.start]
            category = None
            extra: tuple[str, ...] = ()
            if heads and group.partitive and not gap.strip():
                # "all but one of those detained had been released": the ones told before,
                # named by what befell them ("uno de los heridos"), are no figure
                group.claimed = True
                return False
            if heads and heads[0].position == "subject" and gap.strip():
                pass  # "algunos de los heridos": the article's noun is no head of the group
            elif heads and (
                not gap.strip()
                or (group.vague and group.person is None and rules.link_gap.fullmatch(gap))
                # "ya son once los muertos", "serían seis las personas fallecidas"
                or (group.person is None and rules.article_gap.fullmatch(gap))
                # "los defensores ambientales asesinados": one adjective after the noun
                or (group.person is not None and _one_word(gap, rules))
            ):
                kinds = tuple(dict.fromkeys(r.category for r in heads if r.category))
                # "sin causar víctimas", "no casualties": a head of several categories
                # says "none" of each; with a number it says nothing certain
                if len(kinds) == 1 or group.value == 0:
                    category, extra = kinds[0], kinds[1:]
            elif verbs and not (group.article and group.person is None):
                if (
                    rules.verb_after_gap.fullmatch(gap)
                    or (
                        group.person is not None
                        and rules.complement_re.fullmatch(low, group.end, anchor.start)
                    )
                    or self._relative(group, anchor)
                ):
                    category = verbs[0].category
            if category is None:
                if "," in gap or "(" in gap:
                    continue  # maybe the group was inside an aside: try an earlier one
                if group.article and group.person is None:
                    continue  # "cinco integrantes de *una* patrulla murieron": look past it
                return False
            anchor.used = True
            self.emit(category, group, (group.start, anchor.end), (anchor.start, anchor.end))
            for other in extra:
                self.emit(other, group, (group.start, anchor.end), (anchor.start, anchor.end))
            self._coordinated_before(i + 1, category, anchor)
            return True
        return False

    def _relative(self, group: _Group, anchor: _Anchor) -> bool:
        """ "Two teachers who were taking part in a road blockade died on Tuesday", "Doce
        comuneros que bloqueaban la vía fueron detenidos el martes": a person noun's restrictive
        relative clause stands between the group and its verb. The clause names no figure of its
        own (no other count word, no number, no coordinator that may open another subject:
        "two leaders who said police *had killed* their comrade", "who marched and police
        officers were injured"), and the verb ends its own phrase (a boundary word, a date or
        punctuation after it), as the main verb does and a verb taking an object does not."""
        low, rules = self.low, self.rules
        m = rules.relative_gap.fullmatch(low, group.end, anchor.start) if group.person else None
        if m is None or rules.relative_break_re.search(m.group("body") + " ") is not None:
            return False
        if any(group.end < a < anchor.start for a in self.anchor_starts):
            return False
        if _CLAUSE_BREAK.search(low, group.end, anchor.start) is not None:
            return False
        return rules.boundary_re.match(low, anchor.end) is not None

    def _coordinated_before(self, index: int, category: str, anchor: _Anchor) -> None:
        """ "17 civiles y un policía murieron": earlier groups joined by "y" share the verb,
        unless a verb before them already takes them ("murieron 17 civiles y ...")."""
        j = index - 1
        while j >= 0 and self.groups[index].person is not None:
            prev = self.groups[j]
            if prev.claimed or prev.inner or prev.person is None or j in self.after_forward:
                return
            if not self.conj(prev.end, self.groups[j + 1].start):
                return
            self.emit(category, prev, (prev.start, prev.end), (anchor.start, anchor.end))
            j -= 1

    def toll(self, anchor: _Anchor) -> bool:
        """ "la cifra de fallecidos ... asciende a 18", "elevó a 44 la cifra de fallecidos"."""
        tolls = anchor.roles.tolls
        if not tolls or tolls[0].category is None:
            return False
        category = tolls[0].category
        subject = tolls[0].position == "subject"
        i = bisect.bisect_right(self.ends, anchor.start) - 1
        if (
            not subject  # "suman nueve los fallecidos de ese día": the head of its figure
            and i >= 0
            and not self.groups[i].claimed
            and not self.low[self.groups[i].end : anchor.start].strip()
        ):
            group = self.groups[i]
            verb = _back(self.rules.toll_before_back, self.low, group.start, 0)
            if verb is not None:
                anchor.used = True
                self.emit(
                    category,
                    group,
                    (group.start - verb.end(), anchor.end),
                    (anchor.start, anchor.end),
                    toll=True,
                )
                return True
        limit = min(len(self.low), anchor.end + (_SUBJECT_GAP if subject else _MAX_GAP))
        for verb in self.rules.toll_after_re.finditer(self.low, anchor.end, limit):
            if subject and (
                _CLAUSE_STOP.search(self.low, anchor.end, verb.start())
                or len(verb.group().strip()) <= 3
            ):
                # "Los fallecidos ... ya son 46", not "deaths were reported *at* 5 sites": a
                # bare noun's verb follows it in its clause, and is more than "to", "at", "is"
                break
            if not subject and verb.group().strip() in _COPULAS:
                continue  # "las víctimas fueron dos" corrects a figure; "los heridos fueron 12"
            j = self.next_group(verb.end())
            if j is None or self.groups[j].start != verb.end():
                continue
            group = self.groups[j]
            if group.claimed or group.inner:
                return False
            qualifier = self.rules.toll_verb_qualifiers.get(normalize(verb.group().strip()))
            if (
                qualifier is not None
                and group.qualifier in ("exact", "about")
                and group.high is None
            ):
                # "los heridos superan los cien", "superan el centenar": at least 100
                group.qualifier = qualifier
            anchor.used = True
            self.emit(
                category,
                group,
                (anchor.start, group.end),
                (anchor.start, anchor.end),
                toll=True,
                bare=subject,
            )
            return True
        return False

    def names(self, anchor: _Anchor) -> bool:
        """ "la Policía mató a Inti Sotelo y Bryan Pintado", "the arrest of Pedro Castillo":
        people named right after a verb or event noun are counted one each."""
        roles = anchor.roles.forward
        if not roles or roles[0].category not in ("killed", "injured", "detained"):
            return False
        low, rules = self.low, self.rules
        gap = rules.verb_before_gap.match(low, anchor.end)
        pos = gap.end() if gap is not None else anchor.end
        if pos == anchor.end and not low[pos : pos + 1].isspace():
            return False
        pos += len(low[pos:]) - len(low[pos:].lstrip())
        original = self.text[self.offset : self.offset + len(low)]
        if self._one_definite(anchor, original, anchor.end):
            return True
        titled = self._title(original, pos)
        if titled is not None:
            pos = titled
        count, end = 0, pos
        while True:
            m = _NAME.match(original, pos)
            if m is None or rules.not_name_re.fullmatch(low, m.start(), m.end()):
                break
            count, end = count + 1, m.end()
            joiner = rules.name_joiner_re.match(low, end)
            if joiner is None or titled is not None:
                break
            pos = joiner.end()
        if not count or rules.boundary_re.match(low, end) is None:
            return False
        if count == 1 and _PLURAL_NOUN.match(low, anchor.start, anchor.end):
            return False  # "con las muertes de Macusani": a plural names a place, not one person
        one = _Group(pos, end, end, count, None, "exact", False, False)
        anchor.used = True
        self.emit(roles[0].category, one, (anchor.start, end), (anchor.start, anchor.end))
        return True

    def _one_definite(self, anchor: _Anchor, original: str, pos: int) -> bool:
        """One person named by a definite article and a singular person noun right after a
        verb that counts forward: "detuvieron al dirigente", "detuvieron en Caracas al
        dirigente de Voluntad Popular", "police arrested the union leader" count one, as "a
        leader" does. A plural ("arrested the leaders") or a noun that names no person ("killed
        the engine") is none."""
        m = next(
            (
                m
                for m in (
                    _DEFINITE_OBJECT.match(original, pos),
                    _DEFINITE_OBJECT_2.match(original, pos),
                    self._definite_of(anchor, original, pos),
                )
                if m is not None
                and not m.group("noun").lower().endswith("s")
                and self.rules.persons.lookup(m.group("noun").lower())
            ),
            None,
        )
        if m is None:
            return False
        end = m.end("noun")
        one = _Group(m.start("noun"), end, end, 1, None, "exact", False, False)
        anchor.used = True
        self.emit(
            anchor.roles.forward[0].category or "",
            one,
            (anchor.start, end),
            (anchor.start, anchor.end),
        )
        return True

    def _definite_of(self, anchor: _Anchor, original: str, pos: int) -> re.Match[str] | None:
        """After an event noun ("la muerte de", "the death of"), one person told by a definite
        article: "de la estudiante", "del comunero", "of the student"; the article is needed
        unless the preposition holds it ("del")."""
        if anchor.roles.forward[0].role != "event_noun":
            return None
        lead = [w for w in self.low[: anchor.start].split() if any(c.isalnum() for c in w)]
        if len(lead) > 1 or (lead and len(lead[0]) > 3):
            # only the noun phrase that opens its sentence ("La muerte del estudiante conmocionó
            # al país"): elsewhere the definite one is someone told before ("marcharon en rechazo
            # a la muerte del joven"), the grievance of another event
            return None
        m = _DEFINITE_OF.match(original, pos)
        if m is None:
            return None
        article = bool(original[m.start() : m.start("noun")].split())
        if not article and not _CONTRACTED.search(self.low, 0, anchor.end):
            return None
        return m

    def _title(self, original: str, pos: int) -> int | None:
        """Where the name begins after a title that stands before it: "detained opposition
        politician Freddy Superlano", "arrested CONAIE's president, Leonidas Iza", "la muerte
        del suboficial de tercera PNP José Luis Soncco Quispe". A title is one to five
        lower-case words (no boundary word, none plural in -s), with links ("de", "of") inside,
        acronyms and possessives ("CONAIE's"), and maybe a comma before the name; it names one
        person, so "arrested supporters of Evo Morales" is no one."""
        words = 0
        start = pos
        for _ in range(6):
            m = _TITLE_WORD.match(original, pos)
            if m is None:
                break
            word = m.group(1)
            lowered = word.lower()
            if word.islower():
                if self.rules.link_vague_re.match(" " + lowered) is not None and words:
                    pass  # "suboficial de tercera", "leader of"
                elif lowered.endswith("s") or self.rules.boundary_re.match(" " + lowered):
                    return None
                else:
                    words += 1
            elif not (word.isupper() or _POSSESSIVE.search(word)):
                break  # a capitalised word: the name (or what the title belongs to)
            pos = m.end()
            if m.group(2):
                break  # "CONAIE's president, Leonidas Iza": the name after the comma
        if not words or pos == start:
            return None
        return pos

    def forward(self, anchor: _Anchor) -> bool:
        """ "murieron 17 personas", "killing at least 10 rebels", "la muerte de un manifestante"."""
        roles = anchor.roles.forward
        i = self.next_group(anchor.end)
        if not roles or i is None:
            return self.names(anchor)
        group = self.groups[i]
        if group.claimed or group.inner or not self.forward_gap(anchor.end, group.start):
            return self.names(anchor)
        if (
            group.article
            and group.person is None
            and i + 1 < len(self.groups)
            and not self.low[group.end : self.groups[i + 1].start].strip()
        ):
            i += 1  # "wounding another five": the number after the article
            group = self.groups[i]
        if not self.takes_bare(group) or (roles[0].people and group.person is None):
            return False
        category = roles[0].category
        assert category is not None
        anchor.used = True
        self.emit(category, group, (anchor.start, group.end), (anchor.start, anchor.end))
        j = i + 1
        while j < len(self.groups):
            nxt = self.groups[j]
            if nxt.claimed or nxt.inner or not self.takes_bare(nxt) or not nxt.value:
                return True
            if nxt.article and nxt.person is None:
                return True  # "detained 11 people, a police spokesman said"
            if not self.conj(self.groups[j - 1].end, nxt.start):
                return True
            self.emit(category, nxt, (nxt.start, nxt.end), (anchor.start, anchor.end))
            j += 1
        return True


def _one_word(gap: str, rules: CountRules) -> bool:
    m = rules.adjective_re.match(gap)
    return (
        m is not None and not gap[m.end() :].strip() and not rules.anchors.lookup(m.group().strip())
    )


def _qualifier(value: str) -> Qualifier:
    if value == "at_least":
        return "at_least"
    if value == "at_most":
        return "at_most"
    if value == "about":
        return "about"
    return "exact"


#: a list item's place before its figure: "Puno, 21", "La Libertad, 2" (after a colon, a
#: semicolon or a comma of the list, maybe after "y"/"and"), read on the original text
_ITEM_NAME_BEFORE = re.compile(
    r"[:;,][ \t]*(?:(?:y|e|and)[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3},[ \t]*$"
)
_ITEM_NAME_AFTER = re.compile(r"[A-ZÁÉÍÓÚÑ]")


def _place_item(reader: _Reader, group: _Group) -> bool:
    """Is the bare figure one item of a breakdown by place: "Puno, 21; Ayacucho, 10", "18 en
    Puno y 10 en Ayacucho", "including 18 in Puno"? A person noun or an article makes it
    something else; the item ends at a comma, a semicolon, a coordinator or the sentence."""
    if group.person is not None or group.article:
        return False
    a = group.start + reader.offset
    text = reader.text
    link = reader.rules.item_place_re.match(reader.low, group.end)
    if link is not None and _ITEM_NAME_AFTER.match(text, link.end() + reader.offset):
        return True
    if _ITEM_NAME_BEFORE.search(text, max(0, a - 40), a) is None:
        return False
    return reader.rules.boundary_re.match(reader.low, group.end) is not None


def _listed_part(reader: _Reader, group: _Group, anchors: list[_Anchor]) -> None:
    """A breakdown by place after a colon with no figure before it ("Por departamentos, las
    muertes se distribuyen así: Puno, 21; Ayacucho, 10"): the items are parts of the figure the
    text gave before, of the category of the last count word before the colon."""
    colon = reader.low.rfind(":", 0, group.start)
    if colon < 0:
        return
    named = [
        (x, r.category)
        for x in anchors
        if x.end <= colon
        for r in (*x.roles.heads, *x.roles.forward, *x.roles.verbs_after, *x.roles.tolls)
        if r.category in ("killed", "injured", "detained")
    ]
    if not named:
        return
    anchor, category = named[-1]
    assert category is not None
    a, b = group.start + reader.offset, group.end + reader.offset
    group.claimed = True
    count = Count(
        group.value, group.value, group.high, _qualifier(group.qualifier), reader.text[a:b], (a, b)
    )
    head = TextRef(
        reader.text[anchor.start + reader.offset : anchor.end + reader.offset],
        (anchor.start + reader.offset, anchor.end + reader.offset),
    )
    reader.out.append((a, CountMatch(category, count, head, part=True)))


#: a sentence that opens on a total it breaks down ("De los 49 fallecidos, ...", "Of the 300
#: people detained, ...", "Among the 60 dead, ...")
_TOTAL_OPENER = re.compile(r"\s*(?:de|of|among|entre)\s+(?:the|those|these|los|las|estos|estas)\s+")
_TOTAL_REACH = 60


def _parts(reader: _Reader, floor: int, anchors: list[_Anchor]) -> None:
    """Mark the figures that break down one given before them (see ``CountMatch.part``)."""
    low, rules = reader.low, reader.rules
    opener = rules.part_opener_re.match(low, floor)
    if opener is not None:  # "Of those, 49 civilians died ...": the first figure only
        for pos, match in sorted(reader.out, key=lambda item: item[0]):
            if pos - reader.offset == opener.end():
                reader.out[reader.out.index((pos, match))] = (pos, replace(match, part=True))
            break
    total = _TOTAL_OPENER.match(low, floor)
    if total is not None:
        # "De los 49 fallecidos, 18 murieron en Puno", "Of the 300 people detained, 40 remain in
        # custody": the first figure after the opening total's comma is part of it (tallies12)
        comma = low.find(",", total.end(), total.end() + _TOTAL_REACH)
        if comma > 0 and any(total.end() <= g.start < comma and g.value for g in reader.groups):
            for pos, match in sorted(reader.out, key=lambda item: item[0]):
                if pos - reader.offset > comma and match.category != "participants":
                    reader.out[reader.out.index((pos, match))] = (pos, replace(match, part=True))
                    break
    for group in reader.groups:
        if group.claimed or not group.value or group.article or 1900 <= group.value <= 2100:
            continue  # nothing to break down, or a year ("Jan. 9, 2023")
        item = _place_item(reader, group)
        if group.inner and not (group.partitive and group.value > 1) and not item:
            continue  # "including a police officer", "uno de ellos de 15 años": a detail
        if not group.partitive and (
            group.person is not None or rules.boundary_re.match(low, group.end) is None
        ):
            continue
        if _REACHED.search(low, max(0, group.start - _WINDOW), group.start):
            continue  # "..., bringing to 18 the number of ...", "eleva a 18 la cifra": a total
        before = [
            m
            for pos, m in reader.out
            if m.category != "participants" and m.count.span[1] - reader.offset <= group.start
        ]
        if not before:
            if item:
                _listed_part(reader, group, anchors)
            continue
        parent = max(before, key=lambda m: m.count.span[1])
        a, b = group.start + reader.offset, group.end + reader.offset
        group.claimed = True
        count = Count(
            group.value,
            group.value,
            group.high,
            _qualifier(group.qualifier),
            reader.text[a:b],
            (a, b),
        )
        gap = low[parent.count.span[1] - reader.offset : group.start]
        revised = (
            not parent.toll
            and not group.partitive
            and _STOP.search(gap) is not None
            and rules.adverb_re.search(gap) is not None
        )
        reader.out.append(
            (a, CountMatch(parent.category, count, parent.head, part=True, revised=revised))
        )


def _coordinated_verbs(
    low: str, floor: int, rules: CountRules, anchors: list[_Anchor]
) -> list[_Anchor]:
    """ "was beaten and burned to death" reads as "was burned to death", from "was" on; "was
    then beaten to death" as "was beaten to death"."""
    found = []
    for regex, hint in ((rules.coord_re, rules.coord_hint), (rules.split_re, rules.split_hint)):
        if hint.search(low, floor) is None:
            continue  # no conjunction or adverb followed by the rest of such a verb
        for m in regex.finditer(low, floor):
            aux = normalize(m.group("aux"))
            roles = tuple(r for a, r in rules.coord.lookup(m.group("rest")) if a == aux)
            if roles:
                found.append(_Anchor(m.start(), m.end(), _roles(roles)))
    if not found:
        return anchors
    kept = [a for a in anchors if not any(f.start <= a.start < f.end for f in found)]
    return sorted(kept + found, key=lambda a: a.start)


def find_counts(
    text: str,
    start: int,
    end: int,
    rules: CountRules,
    numbers: NumberRules,
    folded: str | None = None,
) -> list[CountMatch]:
    """Casualty, detention and participant counts inside ``text[start:end]``.

    Args:
        text: the whole document text; spans in the result are offsets into it.
        start: where to start looking.
        end: where to stop looking.
        rules: from :func:`compile_counts` for the text's language.
        numbers: from :func:`veeduria.extract.numbers.compile_numbers`, same language.
        folded: ``fold(text)`` when ``numbers.case_guard`` accepts ``text``: the anchors are
            then scanned for only where a word of theirs stands (the same matches).

    Returns:
        One :class:`CountMatch` per figure, in text order. Two figures of one category in
        a sentence ("17 civiles y un policía murieron") are two matches; "sin heridos" and
        "no one was hurt" are figures of 0.
    """
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return []
    offset = start - 1 if start > 0 else 0  # one character of context for word boundaries
    low = lower_slice(text, offset, end)
    floor = start - offset
    anchors = (
        []
        if hint_misses(rules.anchor_words, folded, start, end)
        else [
            _Anchor(a, b, _roles(roles))
            for a, b, _ in rules.anchor_scan.finditer(low, floor)
            if (roles := rules.anchors.lookup(low[a:b]))
        ]
    )
    if not hint_misses(rules.coord_words, folded, start, end):
        anchors = _coordinated_verbs(low, floor, rules, anchors)
    unharmed = (
        list(rules.unharmed_re.finditer(low, floor))
        if rules.unharmed_re
        and (rules.unharmed_hint is None or rules.unharmed_hint.search(low, floor))
        else []
    )
    if not anchors and not unharmed:
        return []
    groups = _groups(text, low, offset, floor, rules, numbers)
    reader = _Reader(text, low, offset, rules, groups)
    for m in unharmed:  # "el chofer y los pasajeros resultaron ilesos": none hurt, none killed
        zero = _Group(m.start(), m.end(), m.end(), 0, None, "exact", False, False, also="killed")
        reader.emit("injured", zero, m.span(), m.span())
    reader.anchor_starts = [a.start for a in anchors]
    for anchor in anchors:
        if anchor.roles.forward:
            i = reader.next_group(anchor.end)
            if i is not None and reader.forward_gap(anchor.end, groups[i].start):
                reader.after_forward.add(i)
    for anchor in anchors:  # tolls: "la cifra de fallecidos asciende a 18"
        reader.toll(anchor)
    for anchor in anchors:  # backwards first: "murieron 17 personas y 30 resultaron heridas"
        if not anchor.used:
            reader.backward(anchor)
    for anchor in anchors:
        if not anchor.used:
            reader.forward(anchor)
    for anchor in anchors:  # "Paraguay protester killed", "wounding photographer": one person
        if not anchor.used:
            reader.bare_person(anchor)
    for anchor in anchors:  # "Diubis Laurencio Tejeda, 36, died": a named subject is one
        if not anchor.used and anchor.roles.verbs_after and not anchor.roles.singular:
            reader.named_subject(anchor)
    if rules.language == "en":
        for anchor in anchors:  # "The young man died on Thursday": one person
            if not anchor.used and anchor.roles.verbs_after and not anchor.roles.singular:
                reader.definite_subject(anchor)
    for anchor in anchors:  # "... y otro murió", "... and another died": one more
        if not anchor.used and anchor.roles.verbs_after:
            reader.another(anchor)
    for anchor in anchors:  # "Castillo fue detenido": a singular verb with no number is one
        singular = anchor.roles.singular
        if singular and not anchor.used and singular[0].category:
            if reader.inside_aside(singular[0].category, anchor.start):
                continue  # "About 30 people were injured, among them a deputy who was hit"
            one = _Group(anchor.start, anchor.end, anchor.end, 1, None, "exact", False, False)
            reader.emit(
                singular[0].category, one, (anchor.start, anchor.end), (anchor.start, anchor.end)
            )
    for _, match in list(reader.out):  # "... y otro más en Ilave": one more, no verb
        reader.another_ellipsis(match, anchors)
    _parts(reader, floor, anchors)
    for group in groups:  # crowd nouns nothing claimed: "cientos de manifestantes"
        if (
            group.claimed
            or group.inner
            or group.person_category != "participants"
            or not group.value
        ):
            continue
        assert group.person is not None
        reader.emit("participants", group, (group.start, group.end), group.person)
    reader.out.sort(key=lambda item: item[0])
    return _wounded_who_died([match for _, match in reader.out], text, low, offset, anchors)


#: what ends the clause of a group "wounded" before a verb of dying
_CLAUSE_BREAK = re.compile(rf"[.;:!?]|\s(?:{_role('clause_conjunction')})\s")
_DIED_REACH = 90


def _wounded_who_died(
    matches: list[CountMatch], text: str, low: str, offset: int, anchors: list[_Anchor]
) -> list[CountMatch]:
    """People named "wounded" who are the subject of a verb of dying are the dead: "Un joven
    *herido* de bala durante la jornada del aeropuerto *murió* anoche" is one dead, not one
    wounded and one dead; "Two protesters *wounded* by gunfire *died*" is two dead."""
    dying = [
        a
        for a in anchors
        # a verb that took a figure of its own ("20 heridos, murió un policía") is not theirs
        if any(r.category == "killed" for r in a.roles.verbs_after)
        and not a.roles.heads
        and not a.used
    ]
    if not dying or not any(m.category == "injured" for m in matches):
        return matches
    out = list(matches)
    for i, m in enumerate(matches):
        if m.category != "injured" or m.part or m.toll or m.count.span[1] != m.head.span[1]:
            continue  # a head right after its group ("un joven herido"), not a verb's figure
        end = m.head.span[1]
        verb = next((a for a in dying if a.start + offset >= end), None)
        if verb is None:
            continue
        gap = text[end : verb.start + offset]
        if len(gap) > _DIED_REACH or _CLAUSE_BREAK.search(gap):
            continue
        a, b = verb.start + offset, verb.end + offset
        out[i] = replace(m, category="killed", head=TextRef(text[a:b], (a, b)))
        # the verb's own "one dead" was this group
        out = [x for x in out if not (x.category == "killed" and x.count.span == (a, b))]
    return out
