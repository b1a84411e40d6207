"""Compiled dictionaries of one language: triggers, actors, cues and claim topics.

Everything here is built once per language from the lexicon files and then only read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from veeduria.errors import ResourceError
from veeduria.extract.inflect import expand_all
from veeduria.extract.terms import MergedMatcher, TermMatcher, fold, longest
from veeduria.resources import load_lexicon
from veeduria.resources.loader import LexiconFile


@dataclass(frozen=True)
class TriggerInfo:
    id: str
    kind: str
    mode: str | None
    weak: bool = False
    #: a policy over days ("crackdown", "represión"), not one intervention (events.yaml ``campaign``)
    campaign: bool = False
    #: a word with a common other sense ("desfilaron", "tomaron las calles"): it fires only with a
    #: protest or repression reading (events.yaml ``polysemous``, ``extract/senses.py``)
    polysemous: bool = False
    #: a word that names a strike only after a workforce as its subject ("the union struck on
    #: Monday": events.yaml ``workforce``, ``extract/workforce.py``)
    workforce: bool = False
    #: a word that names an event only as what a rejected call asks ("rechazó los pedidos de
    #: renuncia": events.yaml ``rejected_only``, ``extract/rejections.py``)
    rejected_only: bool = False


@dataclass(frozen=True)
class ActorInfo:
    id: str
    name: str
    inter: int
    type: str
    sector: str | None
    role: str
    person: str | None
    #: the actor these words name in a story of another country: ``(country, actor)`` pairs
    #: (``countries`` in actors.yaml)
    countries: tuple[tuple[str, ActorInfo], ...] = ()

    def in_country(self, country: str) -> ActorInfo:
        """The actor these words name in a story of ``country``."""
        for where, info in self.countries:
            if where == country:
                return info
        return self


@dataclass(frozen=True)
class CueInfo:
    id: str
    role: str
    what: str | None = None
    #: a reporting verb that names its source only when the actor lexicon knows it
    named_source: bool = False
    #: a negator's words it may pass without counting them (lower case)
    skips: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TopicInfo:
    id: str
    topic: str


class Found:
    """A dictionary hit in a text: where, and what the lexicon says about it.

    A plain class with slots, read-only by convention: a document yields thousands, and a
    frozen dataclass costs three times as much to build. Equality, hashing and ``repr`` are
    those a dataclass would have.
    """

    __slots__ = ("end", "info", "start")

    def __init__(self, start: int, end: int, info: object) -> None:
        self.start = start
        self.end = end
        self.info = info

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Found)
        return (self.start, self.end, self.info) == (other.start, other.end, other.info)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.info))

    def __repr__(self) -> str:
        return f"Found(start={self.start!r}, end={self.end!r}, info={self.info!r})"


@dataclass(frozen=True)
class Lexical:
    language: str
    triggers: TermMatcher
    actors: TermMatcher
    cues: TermMatcher
    topics: TermMatcher
    #: (pattern, cue, endings): a pattern can only match where one of its endings is written
    suffix_cues: tuple[tuple[re.Pattern[str], CueInfo, tuple[str, ...]], ...]
    abbreviations: frozenset[str]
    files: tuple[LexiconFile, ...]
    #: ``triggers``, ``actors``, ``cues`` and ``topics`` in one automaton
    merged: MergedMatcher | None = None
    #: the lead-in of a link to another story at the start of a line, in folded text (cue
    #: role ``crossref``; kept out of ``cues``: only a line's start can hold one)
    crossref: re.Pattern[str] | None = None
    #: the last stretch of text ``merged`` scanned: ``(folded, start, end, hits per
    #: dictionary)``; the extractor asks for the four dictionaries' hits in one document in
    #: turn, and one pass answers them all (replaced whole, so a reader never sees half of it)
    _last: list[Any] = field(default_factory=lambda: [None], init=False, compare=False, repr=False)

    def find(
        self, matcher: TermMatcher, folded: str, start: int, end: int, *, overlapping: bool = False
    ) -> list[Found]:
        out: list[Found] = []
        append = out.append
        for first, last, payloads in self._spans(matcher, folded, start, end, overlapping):
            for p in payloads:
                append(Found(first, last, p))
        return out

    def _spans(
        self, matcher: TermMatcher, folded: str, start: int, end: int, overlapping: bool
    ) -> list[tuple[int, int, tuple[Any, ...]]]:
        """``matcher.spans(...)``, from one merged pass when ``matcher`` is one of the four."""
        merged = self.merged
        index = -1 if merged is None else merged.index(matcher)
        if merged is None or index < 0:
            return matcher.spans(folded, start, end, overlapping=overlapping)
        last = self._last[0]
        if last is None or last[0] is not folded or last[1] != start or last[2] != end:
            last = (folded, start, end, merged.spans(folded, start, end))
            self._last[0] = last
        hits: list[tuple[int, int, tuple[Any, ...]]] = list(last[3][index])
        return hits if overlapping else longest(hits)

    def cues_in(self, folded: str, start: int, end: int, lowered: str | None = None) -> list[Found]:
        """Cue words in ``folded[start:end]``; suffix cues read ``lowered`` (accents kept:
        "marchará" vs "para")."""
        found = self.find(self.cues, folded, start, end, overlapping=True)
        source = lowered if lowered is not None and len(lowered) == len(folded) else folded
        for pattern, info, endings in self.suffix_cues:
            if not any(source.find(ending, start, end) >= 0 for ending in endings):
                continue  # none of its endings is written: the pattern cannot match
            found.extend(
                Found(m.start(), m.end(), info) for m in pattern.finditer(source, start, end)
            )
        shields = [f for f in found if isinstance(f.info, CueInfo) and f.info.role in _SHIELDS]
        if shields:
            # "convocados por el Frente": the participle of who organised it covers the call
            # ("convocados") it holds
            found = [
                f
                for f in found
                if f in shields
                or (isinstance(f.info, CueInfo) and f.info.role in _UNSHIELDED)
                or not any(s.start <= f.start and f.end <= s.end for s in shields)
            ]
        # "A reader asks whether the army has been deployed": a question asked, no demand (claims9)
        found = [f for f in found if not _asks_whether(f, source)]
        found.sort(key=lambda f: f.start)
        return found


#: a verb of asking followed by an indirect question: "asks whether", "asked if"; or by what
#: it asks about (claims12): "Asked about the strike, the minister declined to comment"
_ASKING = re.compile(r"ask(?:s|ed|ing)?")
_WHETHER = re.compile(r"\s+(?:whether|if|about|how|why|what|when|where|who)\b")


def _asks_whether(found: Found, text: str) -> bool:
    """A demand cue of asking ("asks", "asked") that opens an indirect question."""
    return (
        isinstance(found.info, CueInfo)
        and found.info.role in ("demand", "called_for")
        and _ASKING.fullmatch(text, found.start, found.end) is not None
        and _WHETHER.match(text, found.end) is not None
    )


def crossref_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """A pattern matching, at a line's start in folded text, the lead-in of a link to another
    story: one of ``terms`` (as whole words) after at most three marks ("► ", "* "). What
    must follow it, a separator or the line's end, is read in the text itself
    (``pipeline._crossref_line``): folding turns line breaks into spaces."""
    if not terms:
        return None
    words = sorted({fold(t.strip()) for t in terms if t.strip()}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in words)
    return re.compile(rf"[^\w]{{0,3}}(?:{alternatives})(?!\w)")


#: cue roles whose phrase hides the shorter cues inside it (cues are found overlapping); a
#: plan "not ruled out" ("no descarta un paro") is possible, not negated by its "no"; a death
#: that "se suma a la de" another incident's names that incident, not a toll's "suma"
_SHIELDS = frozenset({"organised_by", "purpose", "possible", "incident"})
#: cue roles no shield hides: "threatened to" makes its event possible and is still a threat
#: the claims read
_UNSHIELDED = frozenset({"threat"})


def compile_lexical(language: str) -> Lexical:
    events = load_lexicon(language, "events")
    actors = load_lexicon(language, "actors")
    cues = load_lexicon(language, "cues")
    claims = load_lexicon(language, "claims")
    abbreviations = load_lexicon(language, "abbreviations")
    inflection = load_lexicon(language, "inflection")
    paradigms = inflection.entries
    trigger_terms: list[tuple[str, Any]] = []
    for e in events.entries:
        info = TriggerInfo(
            e.id, e.kind, e.mode, e.weak, e.campaign, e.polysemous, e.workforce, e.rejected_only
        )
        trigger_terms.extend((t, info) for t in expand_all(e.terms, paradigms))
    actor_terms: list[tuple[str, Any]] = []
    plain = {
        a.id: ActorInfo(a.id, a.name, a.inter, a.type, a.sector, a.role, a.person)
        for a in actors.entries
    }
    for a in actors.entries:
        ainfo = plain[a.id]
        if a.countries:
            missing = sorted(set(a.countries.values()) - set(plain))
            if missing:
                raise ResourceError(
                    f"{a.id}: 'countries' names entries the file does not have: {missing}",
                    code="E015",
                    path=f"{language}/actors",
                )
            there = tuple((country, plain[target]) for country, target in a.countries.items())
            ainfo = replace(ainfo, countries=there)
        actor_terms.extend((t, ainfo) for t in expand_all(a.terms, paradigms))
    cue_terms: list[tuple[str, Any]] = []
    suffix_cues = []
    crossref_terms: list[str] = []
    for c in cues.entries:
        if c.role == "crossref":
            crossref_terms.extend(c.terms)
            continue
        cinfo = CueInfo(c.id, c.role, c.what, c.named_source, frozenset(w.lower() for w in c.skips))
        cue_terms.extend((t, cinfo) for t in expand_all(c.terms, paradigms))
        if c.suffixes:
            endings = tuple(sorted({s.lower() for s in c.suffixes}, key=len, reverse=True))
            ends = "|".join(re.escape(s) for s in endings)
            stem = max(1, c.min_length - 3)
            pattern = re.compile(rf"\b\w{{{stem},}}(?:{ends})\b")
            suffix_cues.append((pattern, cinfo, endings))
    topic_terms: list[tuple[str, Any]] = []
    for t in claims.entries:
        tinfo = TopicInfo(t.id, t.topic)
        topic_terms.extend((term, tinfo) for term in expand_all(t.terms, paradigms))
    forms = frozenset(f.lower() for e in abbreviations.entries for f in e.forms)
    triggers, actor_matcher = TermMatcher(trigger_terms), TermMatcher(actor_terms)
    cue_matcher, topic_matcher = TermMatcher(cue_terms), TermMatcher(topic_terms)
    return Lexical(
        language=language,
        triggers=triggers,
        actors=actor_matcher,
        cues=cue_matcher,
        topics=topic_matcher,
        merged=MergedMatcher((triggers, actor_matcher, cue_matcher, topic_matcher)),
        suffix_cues=tuple(suffix_cues),
        abbreviations=forms,
        crossref=crossref_pattern(crossref_terms),
        files=(events, actors, cues, claims, abbreviations, inflection),
    )
