"""``extract(document, resources) -> Extraction``: the extractors assembled, pure and total.

``load_resources`` compiles every lexicon of every language once; ``extract`` only reads
them. The function never raises on bad input: an empty, huge, foreign or broken text gives
an empty or partial extraction with a warning.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import logging
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from veeduria.extract import actors as actor_roles
from veeduria.extract.asides import aside, people_named
from veeduria.extract.claimants import Issuers, localise_claimants, resolve_claimants
from veeduria.extract.claims import (
    answers_demand_question,
    find_claims,
    is_slogan,
    list_mark,
    opens_list,
    passive_futures,
    repeated_conditions,
)
from veeduria.extract.coding import (
    ARMED_INTERS,
    ARMED_KINDS,
    NOT_EVENTS,
    ON_DEMONSTRATORS,
    POLITICAL_RULES,
    Coded,
    SentenceFacts,
    cause_of_outcome,
    code_sentence,
    ends_with_agent_word,
)
from veeduria.extract.counterfactuals import inside, unhedged, unreal_regions
from veeduria.extract.counts import (
    CountMatch,
    CountRules,
    compile_counts,
    find_counts,
    more_of_told_by_verb,
)
from veeduria.extract.dates import (
    LASTING_MODES,
    DateChoice,
    DateRules,
    DateTrail,
    Shift,
    after_clauses,
    bare_day_in_told_month,
    bare_day_told,
    choose_event_date,
    clock_time,
    closing_day,
    compile_dates,
    day_headers,
    earlier_phrases,
    entry_stamp,
    happened_on,
    holding_relative,
    in_restrictive_relative,
    lasting_start,
    names_past_event,
    night_before,
    night_named,
    numbered_weekday,
    numbered_weekday_near_told_day,
    ongoing,
    past_midnight,
    period_ends,
    period_starts,
    read_dates,
    small_hours,
    tells_how_long,
    told_back,
    told_before,
)
from veeduria.extract.exhortations import (
    counted_over_a_period,
    denied_before,
    exhorted,
    lender_deal,
    of_any_kind,
    peace_asked,
)
from veeduria.extract.factuality import (
    HISTORICAL_DAYS,
    announced,
    attribution_for,
    claimed_false,
    future_question,
    governing_roles,
    habitual,
    headline_future,
    headline_source,
    in_question,
    in_time_frame,
    judged_activity,
    opening_infinitive,
    refuted_claim,
    scoped_attributions,
    speech_coordinated_after,
    threatened,
    when_ahead,
    when_of_past_year,
)
from veeduria.extract.factuality import attribution as find_attribution
from veeduria.extract.factuality import factuality as decide_factuality
from veeduria.extract.lexical import (
    ActorInfo,
    CueInfo,
    Found,
    Lexical,
    TopicInfo,
    TriggerInfo,
    compile_lexical,
)
from veeduria.extract.numbers import (
    NumberRules,
    case_guard,
    compile_numbers,
    find_numbers,
    holds_any,
    holds_word,
    lower_text,
    parse_number,
    window_holds_any,
)
from veeduria.extract.opinions import polled_demand, polled_opinion
from veeduria.extract.places import (
    NATIONAL_DECISIONS,
    NATIONAL_MEASURES,
    STATE_MEASURES,
    TERRITORIAL_MODES,
    CapitalisedPlaces,
    PlaceFinder,
    dateline_place,
    distance_reference,
    in_capital,
    national_seat,
    nationwide,
    place_event,
    place_match,
    strike_scope,
    territory,
)
from veeduria.extract.places import weak as weak_place
from veeduria.extract.rejections import kept as rejection_kept
from veeduria.extract.rejections import refused, rejected_calls, rejecting_word
from veeduria.extract.riot_deaths import (
    counted_after_fire,
    counted_before_riot,
    counted_in_live_blog,
)
from veeduria.extract.senses import document_reading, in_their_sense
from veeduria.extract.sentences import SentenceRules, paragraph_ids, split_sentences
from veeduria.extract.sport import country_event, names_demonstrators
from veeduria.extract.sport import sport_story as is_sport_story
from veeduria.extract.tallies import (
    competing_figures,
    dated_before_period,
    figure_clause_names_incident,
    make_tally,
    of_one_incident,
    ordinal_tolls,
    series_cues,
    since_date,
    source_rival,
    stretch_cues,
    tally_cue,
    toll_noun,
    toll_of_incident,
)
from veeduria.extract.terms import fold
from veeduria.extract.wordlists import LANGUAGES, alternation, role_words
from veeduria.extract.workforce import struck_by_workforce
from veeduria.models import (
    ELSEWHERE_RULE,
    EVENT_NAME_RULE,
    ONGOING_RULE,
    Actor,
    Attribution,
    Claim,
    Count,
    DateValue,
    Document,
    Extraction,
    Factuality,
    Location,
    Mention,
    Qualifier,
    Tally,
    TextRef,
    Warning,
)
from veeduria.resources import load_lexicon

logger = logging.getLogger(__name__)

EXTRACTOR_NAME = "veeduria.rules"
EXTRACTOR_VERSION = "0.1.0"
MAX_CHARS = 5_000_000


def _words(role: str, languages: tuple[str, ...] = LANGUAGES) -> str:
    """The words of ``role`` in ``lexicons/<lang>/pipeline.yaml`` as an alternation (escaped,
    longest first, a space matching any whitespace, a trailing ``*`` any word characters)."""
    return alternation("pipeline", role, any_space=True, languages=languages)


_PROTEST_KINDS = frozenset({"protest", "intervention", "riot"})
#: trigger classes that tell unrest in a document that names no demonstration (a prosecutor's
#: note on the deaths, the looting and the damage of one night)
_UNREST_KINDS = frozenset({"looting", "clash", "mob"})
#: trigger classes that keep their meaning next to sport, traffic or market words
_UNMISTAKABLE = frozenset(
    {
        "emergency",
        "curfew",
        "removal",
        "armed_clash",
        "explosive",
        "grenade",
        "shelling",
        "air_strike",
        "suicide_bomb",
        "chemical",
        "sexual_violence",
        "abduction",
        "mob",
    }
)
#: cue roles of words that make a sentence's events no events: traffic, markets, rates, sport
_NOT_EVENT = frozenset({"not_event", "sport"})
#: "LIMA, 12 ene (Agencia).–", "JULIACA, Peru, Jan 10 (Wire) -", "Puno, 9 de enero de 2023 —"
_DATELINE = re.compile(r"\s*([^\n]{2,100}?)(?:\s*[–—]|\s-\s|\.-|\.–|\)\s*[-–—.]+)")
_DATELINE_CUE = re.compile(r"^[A-ZÁÉÍÓÚÑ]{3,}|\d")
#: how many days before publication a dateline's day may be, for relative days to count from it
_DATELINE_LAG_DAYS = 3
#: how many lines of a text's first block may hold a report's header date
_HEADER_LINES = 6
#: what a header's date line may hold beside its date: a time of day, punctuation
_HEADER_REST = re.compile(
    r"[\s,.\-–—|]*(?:\d{1,2}[:.]\d{2}(?:\s*(?:horas|hrs?|h|a\.\s?m\.|p\.\s?m\.|am|pm))?)?[\s,.]*",
    re.IGNORECASE,
)
_YEAR_IN = re.compile(r"\b\d{4}\b")


@dataclass(frozen=True)
class LanguageResources:
    language: str
    lexical: Lexical
    sentences: SentenceRules
    numbers: NumberRules
    dates: DateRules
    counts: CountRules


@dataclass(frozen=True)
class Resources:
    languages: tuple[str, ...]
    by_language: Mapping[str, LanguageResources] = field(default_factory=dict)
    places: PlaceFinder = field(default_factory=CapitalisedPlaces)
    crosswalk: Mapping[tuple[str, str | None], tuple[str, str]] = field(default_factory=dict)
    versions: Mapping[str, str] = field(default_factory=dict)
    max_chars: int = MAX_CHARS


@functools.cache
def _language(language: str) -> LanguageResources:
    lexical = compile_lexical(language)
    numbers = compile_numbers(language)
    return LanguageResources(
        language=language,
        lexical=lexical,
        sentences=SentenceRules(abbreviations=lexical.abbreviations),
        numbers=numbers,
        dates=compile_dates(language),
        counts=compile_counts(language),
    )


def _crosswalk() -> dict[tuple[str, str | None], tuple[str, str]]:
    table = load_lexicon("base", "crosswalk")
    return {(e.sub_event_type, e.mode): (e.plover, e.cameo) for e in table.entries}


def load_resources(
    languages: Sequence[str] = ("es", "en"), *, places: PlaceFinder | None = None
) -> Resources:
    """Compile the lexicons of ``languages`` (and the gazetteer, when installed) once.

    Raises:
        ResourceError: a lexicon file is missing or invalid.
    """
    by_language = {lang: _language(lang) for lang in languages}
    versions: dict[str, str] = {"extractor": f"{EXTRACTOR_NAME}@{EXTRACTOR_VERSION}"}
    for lang, res in by_language.items():
        for f in res.lexical.files:
            versions[f"{lang}/{f.name}"] = f"{f.version}#{f.sha256[:12]}"
        for name in (
            "number_words",
            "date_words",
            "count_words",
            "months",
            "places",
            "mob",
            "coding",
            "factuality",
            "tallies",
            "actor_words",
            "counts",
            "asides",
            "numbers",
            "sport",
            "exhortations",
            "pipeline",
        ):
            try:
                f = load_lexicon(lang, name)
            except Exception:  # a language may do without one of these files
                continue
            versions[f"{lang}/{name}"] = f"{f.version}#{f.sha256[:12]}"
    if places is None:
        places = _default_places()
    return Resources(
        languages=tuple(languages),
        by_language=by_language,
        places=places,
        crosswalk=_crosswalk(),
        versions=versions,
    )


def _default_places() -> PlaceFinder:
    try:
        from veeduria.gazetteer import load_place_finder
    except ImportError:
        return CapitalisedPlaces()
    finder: PlaceFinder = load_place_finder()
    return finder


def extract(document: Document, resources: Resources) -> Extraction:
    """Find the events, claims, tallies and warnings of one document.

    Never raises: an unexpected error becomes a ``W_EXTRACTION_FAILED`` warning on an
    empty extraction, so one bad document cannot stop a batch.
    """
    versions = dict(resources.versions)
    text = document.text or ""
    if not text.strip():
        return Extraction(
            document,
            warnings=(Warning("W_EMPTY_TEXT", "the document has no text"),),
            versions=versions,
        )
    res = resources.by_language.get(document.language)
    if res is None:
        message = (
            f"language {document.language!r} is not coded (coded: {', '.join(resources.languages)})"
        )
        return Extraction(
            document, warnings=(Warning("W_LANGUAGE_SKIPPED", message),), versions=versions
        )
    warnings: list[Warning] = []
    if len(text) > resources.max_chars:
        warnings.append(
            Warning(
                "W_TEXT_TRUNCATED", f"only the first {resources.max_chars} characters were read"
            )
        )
        text = text[: resources.max_chars]
    try:
        return _Run(document, text, res, resources, warnings).run(versions)
    except Exception as err:  # isolate: a bug on one document must not stop the batch
        logger.exception("extraction failed on document %s (%s)", document.id, document.origin)
        warnings.append(Warning("W_EXTRACTION_FAILED", f"{type(err).__name__}: {err}"))
        return Extraction(document, warnings=tuple(warnings), versions=versions)


#: the cue roles that send a sentence with no event word on to claims and tallies
_CLAIM_OR_TALLY = frozenset(
    {"tally", "demand", "condition", "called_for", "threat", "announcement", "demand_list"}
)


#: the roles of a sentence that may tell a measure said to come with no event word in it
_STATE_SAYS = frozenset({"reported", "planned"})


class _Run:
    """State of one extraction; lives for one call only."""

    def __init__(
        self,
        document: Document,
        text: str,
        res: LanguageResources,
        resources: Resources,
        warnings: list[Warning],
    ) -> None:
        self.doc = document
        self.text = text
        self.lowered = lower_text(text)
        #: the lower case in which a rule looks for its pattern's words first (None: the text
        #: has a character whose case ``re`` reads otherwise, so every pattern is run)
        self.guard = case_guard(text, self.lowered)
        self.folded = fold(text, self.lowered)
        #: ``folded`` for the rules that look for their words' hints in it before running a
        #: case-insensitive pattern (None when ``guard`` is: the pattern runs)
        self._hinted = None if self.guard is None else self.folded
        self.res = res
        self.resources = resources
        self.warnings = warnings
        self.published = document.published
        #: what ``_dates`` read, by span
        self._dates_read: dict[
            tuple[int, int], tuple[list[DateValue], list[DateValue], list[Shift]]
        ] = {}
        #: the days a shift that opens its clause gave an event ("The next day, Abu Sayed ... was
        #: shot dead"): days the text named, for ``_that_day``
        self._shift_days: dict[tuple[int, int], DateValue] = {}
        self.dateline_end = self._dateline_end()
        #: where a dateline under the headline line ends ("Headline\n\nCARACAS, July 31 (Wire) -"):
        #: its day is when the story was filed, no sentence's date
        self.date_line_end = self.dateline_end or self._headed_dateline_end()
        #: where the paragraph of a dateline under the headline starts (-1 if none): its
        #: sentences read the dateline's place as a weak default, as under a dateline that
        #: opens the text; the headline's sentences keep their own places
        self.headed_at = self.text.find("\n\n") if self.date_line_end > self.dateline_end else -1
        #: the text is a call of its own: its authors call in the first person ("Convocamos a un
        #: paro", "We call on all workers"), outside any quotation
        self.calls_to_act = any(w in self.lowered for w in _CALL_WORDS) and bool(
            _FIRST_PERSON_CALL.search(text)
        )
        self.published = self._dateline_day()

    def _place_dateline_end(self, sentence_start: int) -> int:
        """The end of the dateline whose place is a weak default for a sentence starting here:
        a dateline under the headline ("Headline\n\nLIMA, Jan 9 (Wire) - ... in Juliaca")
        counts for the sentences from its paragraph on, not for the headline's."""
        if 0 <= self.headed_at <= sentence_start:
            return self.date_line_end
        return self.dateline_end

    def _dateline_end(self) -> int:
        """End of a dateline at the head of the text; 0 when the text has none."""
        match = _DATELINE.match(self.text)
        if (
            not match
            or len(match.group(1).split()) > 12
            or not _DATELINE_CUE.search(match.group(1))
        ):
            return 0
        return match.end()

    def _headed_dateline_end(self) -> int:
        """End of a dateline that opens the first paragraph after a headline line; 0 if none."""
        head = self.text.find("\n\n")
        if head < 0 or "\n" in self.text[:head].strip():
            return 0
        match = _DATELINE.match(self.text, head)
        if not match or "," not in match.group(1) or len(match.group(1).split()) > 12:
            return 0
        if not _DATELINE_CUE.search(match.group(1)):
            return 0
        return match.end()

    def _dateline_day(self) -> dt.date | None:
        """The day the text was written: the day its dateline gives ("LIMA, Jan 9 (Reuters) -"
        in a paper of Jan 10), else the publication date. A wire story filed the day before it is
        published says "on Monday" and "yesterday" from the day it was filed."""
        published = self.published
        if published is None:
            return None
        if not self.dateline_end:
            return self._header_day(published)
        for d in read_dates(self.text, 0, self.dateline_end, published, self.res.dates).past:
            if d.precision == "day" and 0 < (published - d.value).days <= _DATELINE_LAG_DAYS:
                return d.value
        return published

    def _header_day(self, published: dt.date) -> dt.date:
        """The day a report's header gives on a line of its own, with its year ("Reporte diario
        de conflictos sociales\nMartes 10 de enero de 2023, 20:00 horas" in a text published on
        the 11th): "hoy" and "ayer" in the report count from it, as from a dateline's day. A
        dated line with other words ("Lima, 22 de enero de 2023", "Informe del 10 de enero"),
        one below the header block or one days older than the publication is no such header."""
        head_end = self.text.find("\n\n")
        if head_end < 0:
            return published
        at = 0
        for line in self.text[:head_end].split("\n")[:_HEADER_LINES]:
            lo, hi = at, at + len(line)
            at = hi + 1
            found = read_dates(self.text, lo, hi, published, self.res.dates).past
            if len(found) != 1:
                continue
            d = found[0]
            if (
                d.precision == "day"
                and _YEAR_IN.search(d.text)
                and _HEADER_REST.fullmatch(self.text[lo : d.span[0]] + self.text[d.span[1] : hi])
                and 0 < (published - d.value).days <= _DATELINE_LAG_DAYS
            ):
                return d.value
        return published

    def run(self, versions: dict[str, str]) -> Extraction:
        lex = self.res.lexical
        sentences = split_sentences(self.text, self.res.sentences)
        paragraphs = paragraph_ids(self.text, sentences)
        # one scan of the whole document per dictionary, then hits go to their sentences
        n = len(self.text)
        trigger_hits = _bucket(lex.find(lex.triggers, self.folded, 0, n), sentences)
        cue_hits = _bucket(lex.cues_in(self.folded, 0, n, self.lowered), sentences)
        actor_hits = _bucket(lex.find(lex.actors, self.folded, 0, n), sentences)
        topic_hits = _bucket(lex.find(lex.topics, self.folded, 0, n), sentences)
        sport_story = is_sport_story(cue_hits, actor_hits)
        # a festival page has no protest anywhere: its parades and processions are no marches
        doc_reading = document_reading(trigger_hits, cue_hits, actor_hits)
        doc_protest = any(
            isinstance(t.info, TriggerInfo) and t.info.kind in _PROTEST_KINDS
            for hits in trigger_hits
            for t in hits
        )
        doc_unrest = doc_protest or any(
            isinstance(t.info, TriggerInfo) and t.info.kind in _UNREST_KINDS
            for hits in trigger_hits
            for t in hits
        )
        # no armed group and no armed conflict named anywhere: a bare clash is a crowd's
        doc_unarmed = not any(
            isinstance(t.info, TriggerInfo) and t.info.kind in ARMED_KINDS
            for hits in trigger_hits
            for t in hits
        ) and not any(
            isinstance(a.info, ActorInfo)
            and (a.info.inter in ARMED_INTERS or a.info.sector == "REB")
            for hits in actor_hits
            for a in hits
        )
        events: list[Mention] = []
        claims: list[Claim] = []
        tallies: list[Tally] = []
        headers = day_headers(self.text, self.published, self.res.dates)
        trail = DateTrail(self.published, headers=headers, daypart=self.res.dates.daypart_words)
        last_place: Location | None = None
        #: the territory of the last strike told (``strike_scope``), for one that names none
        strike_told: int | None = None
        #: the place the last strike named in its own sentence, for a later one that names none
        strike_place: Location | None = None
        #: the sentence (its start), the end of the word and the country of the last state
        #: measure told as covering the whole country (``nationwide``)
        country_measure: tuple[int, int, Location] | None = None
        last_incident: Coded | None = None
        incident_paragraph = -1  # the paragraph that told it
        # the last incident told with its dead, and whether the last incident was told with them
        last_deadly: Coded | None = None
        deadly_day: dt.date | None = None
        last_incident_day: dt.date | None = None
        last_had_dead = False
        # the last incident of a crowd (a riot, force on a demonstration), for the wounded a lone
        # victim's mob violence told after it cannot account for
        last_crowd: Coded | None = None
        incident_end = -1  # where the sentence that told it ends
        last_entry: tuple[int, int] | None = None  # the live-blog entry that told it
        last_clock: tuple[dt.date, int] | None = None  # that entry's day and minute of the day
        voted_on_elections = False  # a vote on elections was told before
        last_paragraph = -1
        #: the paragraph whose last event was told long ago (historical), if the last one was
        long_ago: int | None = None
        long_ago_date: DateValue | None = None  # the date of that event
        #: the story's place before a paragraph fronted by a place of its own ("En Arequipa, ...")
        scene_resume: Location | None = None
        last_tallied: set[str] = set()  # what the sentence before counted as a tally
        last_tally_end = -1  # where that sentence ended
        told_to = 0  # where the last sentence whose dates were read for its events ended
        story_force: ActorInfo | None = None  # the police or military the story named last
        #: the labour group of a general strike the story told: its later strikes are its own
        #: ("It held a second, 24-hour strike on May 9", "La central ya paró el 24 de enero")
        story_union: Actor | None = None
        standing: list[int] = []  # curfews and emergencies told as in force, by index
        #: the days of the towns of the last sentence that dated incidents in several towns
        town_days: dict[str, DateValue] = {}
        #: the day of the last incident told with its own day, by town and sub-event type
        incident_days: dict[tuple[str, str | None], DateValue] = {}
        #: the same for the incidents told as past history too ("A year ago today, 17 people
        #: were shot dead in Juliaca"): what an undated one of the town keeps when the story's
        #: date is only a month
        told_days: dict[tuple[str, str | None], DateValue] = {}
        crossref_to = -1  # the end of the last line that links to another story
        #: the demand or call that opened the list whose items the sentences are ("exigimos:")
        listing: CueInfo | None = None
        #: a question line was read and no sentence of its answer has told a day or an event yet
        answering = False
        #: the lines that open the items of a round-up: each starts at the report's own day
        items = _labelled_items(self.text)
        item_at = 0
        for (start, end), triggers, cues, actors, topics, paragraph in zip(
            sentences, trigger_hits, cue_hits, actor_hits, topic_hits, paragraphs, strict=True
        ):
            if start < crossref_to:
                continue
            if lex.crossref is not None:
                crossref_to = _crossref_line(self.text, self.folded, start, lex.crossref)
                if start < crossref_to:
                    continue  # another story's headline: nothing of it is this story's
            if _menu_line(self.text, start, end):
                continue  # "Inicio | Política | Protestas | Deportes": a site's sections
            roles = {c.info.role for c in cues if isinstance(c.info, CueInfo)}
            #: what the sentence tells would have happened, and did not (factual5)
            unreal: list[tuple[int, int]] = []
            if roles & _COUNTERFACTUAL:
                unreal = unreal_regions(cues, self.text, start, end)
                if unreal:
                    # "Had the police fired, there would have been a massacre", "pudo haber
                    # terminado en tragedia": the outcome is no event; the facts beside it are
                    # not hedged by its "could"
                    cues = unhedged(cues, self.text, start)
                    roles = {c.info.role for c in cues if isinstance(c.info, CueInfo)}
                    triggers = [t for t in triggers if not inside((t.start, t.end), unreal)]
            if "targeted" in roles and _charged_crowd_acts(cues, triggers, self.text):
                # "Fueron detenidas once personas por los presuntos delitos de disturbios": people
                # held for a crowd's acts were taken in it, not sought one by one
                roles.discard("targeted")
            # "la Convención sobre Armas Químicas", "Plaza de la Revolución": an event word inside a
            # name is no event (named demonstrations, "la Gran Marcha Nacional", stay)
            triggers = [
                t
                for t in triggers
                if not _in_name(t, self.text, start) and not _names_a_body(t, self.text)
            ]
            # "The union struck on Monday" is a strike; "lightning struck on Monday" is none
            triggers = [t for t in triggers if struck_by_workforce(t, cues, self.text)]
            if roles & _KIND_ROLES:  # "538 cases of rape", "a site linked to abuses": a kind
                kinds = [t for t in triggers if _generic(t, cues, self.text)]
                triggers = [
                    t
                    for t in triggers
                    if t not in kinds and not of_any_kind(t, kinds, cues, self.text)
                ]
            # "rejected calls to bring forward the elections": no vote; "los pedidos de
            # renuncia" name an event only when rejected
            calls = rejected_calls(cues, self.text) if "rejection" in roles else []
            triggers = [
                t
                for t in triggers
                if not rejecting_word(t, calls) and rejection_kept(t, calls, self.text)
            ]
            if "exhort" in roles:  # "We call on the authorities to investigate the deaths"
                triggers = [t for t in triggers if not exhorted(t, cues)]
            # "pidió a los manifestantes protestar en paz": the manner asked, no protest
            triggers = [t for t in triggers if not peace_asked(t, self.text)]
            if "opinion" in roles:  # "most Peruvians support the protests": a poll's opinion
                triggers = [
                    t for t in triggers if not polled_opinion(t, cues, self.text, start, end)
                ]
            if "lender" in roles:  # "to strike a deal with the IMF": a loan, no agreement
                triggers = [t for t in triggers if not lender_deal(t, cues, self.text)]
            if "period" in roles:  # "174 acciones colectivas de protesta durante el mes"
                triggers = [
                    t for t in triggers if not counted_over_a_period(t, cues, self.text, start)
                ]
            if "kind_said" in roles:  # "La protesta no es un delito": what all protest is
                triggers = [t for t in triggers if not _kind_said(t, cues)]
            if "habitual" in roles and not any(self._dates(start, end)[:2]):
                # "Protests in Peru often turn deadly": what happens as a rule, on no day
                triggers = [t for t in triggers if not habitual(t, cues, self.text, start, end)]
            if "chant" in roles:  # 'Gritan «¡Dina asesina!»': the words of a slogan
                triggers = [t for t in triggers if not _chanted(t, cues, self.text)]
            if "naming" in roles and len(triggers) > 1:
                # 'converge on the capital for what organisers call "the taking of Lima"': the
                # name of the protest the sentence told before it, not another one ("convocaron a
                # la denominada «Tercera Toma de Lima» ..., con una marcha" is the call's protest)
                names = [t for t in triggers if _chanted(t, cues, self.text, "naming")]
                if names and any(t.start < names[0].start for t in triggers):
                    triggers = [t for t in triggers if t not in names]
            if len(triggers) > 1:  # "salieron a protestar contra los bloqueos": its target
                triggers = [t for t in triggers if not _protest_target(t, triggers, self.text)]
            if "leaders_of" in roles and not any(
                isinstance(t.info, TriggerInfo) and t.info.kind == "arrest" for t in triggers
            ):  # "procesar a los líderes de los bloqueos": the people, not an event ("detuvo a
                # los dirigentes de las protestas" keeps the protest that makes them protesters)
                triggers = [t for t in triggers if not _leaders_of(t, cues, self.text)]
            # "if the blockades continue, fuel could run short": a condition, no event of its own;
            # "lo que permite a las Fuerzas Armadas participar en el control del orden interno":
            # what a decree allows, no event either
            if (
                _slogan(self.text, start, end)
                or _numbered_heading(self.text, start, end)
                # "Por todo ello, exigimos:\n- La renuncia de ...": an item of a list of demands
                # or calls asks what it names (the claims read it), no incident of its own; an
                # assembly's agreements ("acuerda:\n• Ratificar el paro ...") keep the actions
                # they plan
                or (
                    listing is not None
                    and listing.role != "announcement"
                    and list_mark(self.text, start, end) == "item"
                    # an item that tells its day tells an incident too, as a sentence opened by a
                    # demand verb does ("5. Investigar ... a los policías que dispararon ...,
                    # donde el domingo murieron dos jóvenes"; dev-texts23)
                    and not any(d.precision == "day" for d in self._dates(start, end)[0])
                )
            ):
                # "¡Ni un muerto más!": a cry; "III. Vías bloqueadas": a report's section title
                triggers = []
            kind = None
            if holds_word(self.guard, start, end, _GENERIC_COPULAS):
                kind = _GENERIC_SUBJECT.match(self.text, start, end)
            if kind is not None:  # "Pellet shotguns are cheap": a kind, said of all of them
                triggers = [t for t in triggers if t.start >= kind.end()]
            triggers = [
                t
                for t in triggers
                if not _in_condition(t, self.text, start, self.guard)
                and not aside(t, self.folded, start, end)
                and not _permitted(t, self.text, start, self.guard)
                and not _asked_to_end(t, cues, self.text)
                and not _lifting_named(t, self.text, start)
                and not _judged(t, self.text, start, self.guard)
            ]
            if (
                sport_story or roles & _NOT_EVENT
            ) and not (  # a sports story's sentence naming demonstrators and no sport word
                sport_story and not roles & _NOT_EVENT and names_demonstrators(actors)
            ):  # sport, traffic, markets, rates: only unmistakable violence counts
                triggers = [
                    t
                    for t in triggers
                    if isinstance(t.info, TriggerInfo)
                    and (
                        t.info.kind in _UNMISTAKABLE
                        # "suspendió su calendario por el paro nacional": the country's protest
                        or ("not_event" not in roles and country_event(t, actors, self.text))
                    )
                ]
            # "un huaico bloqueó la carretera", "los conjuntos desfilaron": words in another sense
            triggers = in_their_sense(triggers, cues, actors, bool(topics), doc_reading, self.text)
            if (
                triggers
                and _label_line(self.text, start, end, triggers)
                and not self.resources.places.find(
                    self.text, self.folded, start, end, self.res.language
                )
            ):
                # "PROTESTAS", "Strikes": a section's label, no event of its own ("Toma de
                # Lima." names its town: a named event)
                triggers = []
            heading = not any(
                isinstance(t.info, TriggerInfo) and t.info.kind not in NOT_EVENTS for t in triggers
            ) and _heading(self.text, start, end)
            if heading and (events or trail.last is not None):
                # "What happened on 9 January 2023?", "What happens today?": the section under a
                # heading with no event word tells of its day ("Ruling read on: 14 June 2023", a
                # record's field, is the day of the record, not of what it tells)
                heading_days = self._dates(start, end)[0]
                if not _field_line(self.text, start, end, heading_days):
                    trail.heading(heading_days)
            lead_place: Location | None = None
            if heading:
                answering = self.text[start:end].rstrip().endswith("?")
            elif not triggers and _short_line(self.text, start, end):
                # "What was the deadliest day?\nJanuary 9, in Juliaca, near Lake Titicaca.
                # Seventeen civilians were killed ...": a line that opens on a day and names no
                # event is the day of what follows (its dates read only for a short line)
                trail_day = self._line_days(start, end)
                lead_place = self._place_day_lead(start, end, trail_day)
                if _day_line(self.text, start, end, trail_day) or lead_place is not None:
                    # "Cusco, miércoles 18. Frente al aeropuerto ...": a chronology's paragraph
                    # that opens on its place and day tells of that day
                    trail.heading(trail_day)
            if not heading and not triggers and lead_place is None:
                lead_place = self._place_lead(start, end)
            while item_at < len(items) and items[item_at] <= start:
                # "3. Puno. ... heridos de la jornada de ayer.\n4. Cusco. ...\n5. Lima. La Policía
                # dispersó ...": an item of a round-up is at the report's day unless it names its
                # own, not at the day the item before it told
                item_at += 1
                if self.published is not None and (events or trail.last is not None):
                    trail.heading([DateValue(self.published, "day", "", (0, 0))])
            if lead_place is not None:
                # "Lima, jueves 19. La Policía detuvo ...", "2. Cusco. La Policía dispersó ...":
                # the paragraph's events are in the place its lead names
                last_place, scene_resume = lead_place, None
            if heading and events:
                # "DEC. 15 - AYACUCHO", "JAN. 11 - CUSCO": the section under a heading that names
                # a town is there
                town = _heading_town(
                    self.resources.places.find(
                        self.text, self.folded, start, end, self.res.language
                    )
                )
                if town is not None:
                    last_place, scene_resume = town, None
            # "What do they want? The resignation of ...": the answer to a question about
            # demands claims what it names
            answer = (
                not triggers
                and bool(topics)
                and (
                    answers_demand_question(self.text, start) or is_slogan(self.text, (start, end))
                )
            )
            # "Por todo ello, exigimos:\n- La renuncia ...\n- El adelanto ...": each item of a
            # list a demand or a call opened with its colon asks what it names
            mark = list_mark(self.text, start, end)
            listed = listing if mark == "item" else None
            if not mark:
                listing = opens_list(self.text, (start, end), cues)
            if (
                trail.last is not None
                and self.res.dates.funeral is not None
                and self.res.dates.funeral.search(self.text, start, end) is not None
                # the funeral is new to the story: not what the sentence of its day told
                and self.res.dates.funeral.search(
                    self.text, self.text.rfind("\n", 0, trail.last.span[0]) + 1, start
                )
                is None
                and not any(d.precision == "day" for d in self._dates(start, end)[0])
            ):
                # "She died in their custody on 16 September. ... The anger first spilled out at
                # her burial in Saqqez": the burial is on a later day the text does not give
                trail.later_unknown()
            if answering and not heading and (events or trail.last is not None):
                # "Didn't something similar happen in May?\nYes. On 9 May, supporters of the
                # government attacked the camp. ... that afternoon": an answer that opens on its
                # day tells of that day, not of the day the answer before was at ("the toll was
                # above 150 by Sunday" opens on no day)
                opening = [
                    d
                    for d in self._dates(start, end)[0]
                    if d.precision == "day" and len(self.text[start : d.span[0]].split()) <= 1
                ]
                if opening:
                    trail.heading(opening)
                    answering = False
            # a sentence that opens no line is no timeline's entry: its dates are not read for it
            entry_day = (
                _timeline_day(self.text, start, self._dates(start, end)[0])
                if _opens_line(self.text, start)
                else None
            )
            if entry_day is not None:
                # "Dec 7 - Congress votes to remove Castillo ... He is arrested on his way to the
                # embassy": a timeline's entry is at its day, though its own words give no event
                # (twentieth session, factuality3)
                trail.heading([entry_day])
            if not triggers and not answer and listed is None and not roles & _CLAIM_OR_TALLY:
                # "the minister said 2,000 police officers would be sent to Puno": the state's
                # forces said to act are read for claims too (claims._forces_will, claims13)
                if (topics or (_STATE_SAYS <= roles and _forces_named(actors))) and (
                    _STATE_SAYS <= roles
                    or ("reported" in roles and passive_futures(self.text, (start, end)))
                ):
                    # "the premier said the deaths would be investigated": a measure said to
                    # come, with no event word, is still read for claims (claims._state_will)
                    claims.extend(
                        find_claims(
                            self.text, (start, end), _claim_cues(cues), topics, actors, "asserted"
                        )
                    )
                if (events or trail.last is not None) and (
                    self.res.dates.what_happened is not None
                    and self.res.dates.what_happened.search(self.text, start, end) is not None
                ):
                    # "They have come because of what happened last night in Pejompongan. An
                    # armoured vehicle ran over a rider": the story goes to the day named
                    day = happened_on(
                        self.text, start, end, self._dates(start, end)[0], self.res.dates
                    )
                    if day is not None:
                        trail.happened(day, paragraph)
                if self._only_headline(events) and trail.last is None:
                    trail.lead(self._dates(start, end)[0], _cue_spans(cues, "reported"), self.text)
                elif events:
                    events[-1] = self._more_injured(events[-1], start, end)
                continue
            answering = False  # an event of the answer dates it, by its own day or the story's
            if paragraph != last_paragraph:
                last_paragraph = paragraph
                if scene_resume is not None:
                    # "En Arequipa, un manifestante falleció ..." told a scene of its own in the
                    # paragraph before: the next one is back where the story was
                    last_place, scene_resume = scene_resume, None
            # "el Comando Conjunto ... negó que sus efectivos hayan disparado": the military's
            actors = actor_roles.possessed(actors, self.text)
            # "los efectivos del Ejército": the army's members
            actors = actor_roles.of_body(actors, self.text)
            # "llevados a la comisaría": the premises as a place, not the force
            actors = actor_roles.premises_as_places(actors, self.text)
            # "«no eran terroristas»": a name denied is no actor
            actors = actor_roles.denied_labels(actors, self.text)
            # "partidarios del expresidente Castillo": the followers act, not whom they follow
            actors = actor_roles.followers(actors, self.text)
            # "frente al Congreso": a state body's seat as a place, not a side
            actors = actor_roles.seats_as_places(actors, self.text)
            story_force = actor_roles.last_force(actors, story_force)
            # dates and places cost most: computed only for sentences that need them
            lazy: dict[str, list[Any]] = {}

            def get_dates(
                prefer: str = "past",
                _s: int = start,
                _e: int = end,
                _lazy: dict[str, list[Any]] = lazy,
            ) -> list[Any]:
                if prefer not in _lazy:
                    _lazy["past"], _lazy["future"], _lazy["shifts"] = self._dates(_s, _e)
                return _lazy[prefer]

            def get_places(
                _s: int = start, _e: int = end, _lazy: dict[str, list[Any]] = lazy
            ) -> list[Any]:
                if "places" not in _lazy:
                    _lazy["places"] = self.resources.places.find(
                        self.text, self.folded, _s, _e, self.res.language
                    )
                return _lazy["places"]

            counts = find_counts(
                self.text, start, end, self.res.counts, self.res.numbers, self._hinted
            )
            if unreal:  # "de no ser por los bomberos, habría habido decenas de muertos"
                counts = [c for c in counts if not inside(c.count.span, unreal)]
            if (
                not triggers
                and not counts
                and self._only_headline(events)
                and trail.last is None
                and not roles & _CLAIM_OR_TALLY - {"tally"}
            ):
                # "Lo ocurrido el martes en Chame no admite matices": a tally word with no figure
                # to count is no tally; the opening sentence still sets the story's day
                trail.lead(self._dates(start, end)[0], _cue_spans(cues, "reported"), self.text)
            attribution = find_attribution(cues, actors, self.text)
            scoped: list[tuple[Attribution, tuple[int, int]]] | None = (
                None  # computed for the first event
            )
            dates = get_dates() if roles & {"since", "tally"} else []
            since = since_date(cues, dates)
            event_counts: list[CountMatch] = []
            #: dead counted by a toll word that counts one incident's dead, not a period's
            released: list[CountMatch] = []
            tally_regions: list[tuple[int, int]] = []
            tallied: set[str] = set()
            # the sentence right before gave a toll ("26 people have died since Dec. 7 ...")
            follows_toll = last_tally_end >= 0 and not self.text[last_tally_end:start].strip()
            before = last_tallied if follows_toll else set()
            # a sentence that names only casualties, no incident ("It counted 569 people injured")
            casualties_only = all(
                isinstance(t.info, TriggerInfo) and t.info.kind in ("killing", "injury", "arrest")
                for t in triggers
            )
            # the tally cues that may make a figure of the sentence a toll (``tally_cue`` reads
            # no other cue); the same for every figure, so read once
            toll_cues = (
                [
                    q
                    for q in cues
                    if isinstance(q.info, CueInfo)
                    and q.info.role == "tally"
                    and not of_one_incident(q, self.text, self.res.numbers)
                    and not _SUPERLATIVE_BEFORE.search(self.text, max(start, q.start - 40), q.start)
                ]
                if counts
                else []
            )
            if counts:
                # "arrested more than 1,000 people over five weeks": a figure over weeks
                toll_cues.extend(stretch_cues(self.text, start, end, self.guard))
            if (
                counts
                and holds_any(self.guard, start, end, _PERIOD_OPEN_WORDS)
                and _PERIOD_OPENS.search(self.text, start, end)
            ):
                # "Entre el 11 de diciembre de 2022 y el 28 de enero de 2023, 48 personas
                # murieron": a figure over weeks is a tally
                toll_cues.extend(_period(get_dates(), self.text))
            # where the sentence's sport, traffic or market words begin
            not_event_at = (
                [n.start for n in cues if isinstance(n.info, CueInfo) and n.info.role in _NOT_EVENT]
                if counts
                else []
            )
            # "seven people died during the unrest, 1,340 were injured and 1,152 arrested": the
            # figures of one series share its tally cue
            series = (
                series_cues(
                    [(c.category, c.count.span) for c in counts if not c.part],
                    toll_cues,
                    self.text,
                    self.res.counts.conj_gap,
                )
                if toll_cues and len(counts) > 1
                else {}
            )
            whole_counts = [c for c in counts if not c.part]
            disputed = (
                _disputed(
                    whole_counts,
                    cues,
                    self.text,
                    (start, end),
                    self.res.numbers,
                    dates,
                    get_places(),
                )
                if "tally" in roles
                else None
            )
            for c in counts:
                # "3.138 personas murieron en accidentes de tránsito": a traffic or sport figure
                # is no toll of protest or repression
                low, high = c.count.span[0] - 10, c.count.span[1] + 40
                not_event = any(low <= at <= high for at in not_event_at)
                others = [o.count.span for o in counts if o is not c and not o.part]
                head = None if c.toll else c.head.span
                cue = (
                    None
                    if not_event
                    else tally_cue(
                        c.count.span, toll_cues, head, others, self.text, self.res.numbers
                    )
                )
                if cue is None and not not_event and not c.part:
                    cue = series.get(whole_counts.index(c))
                if (
                    cue is not None
                    and c.head.span[0] <= cue.start
                    and cue.end <= c.head.span[1]
                    and since is None
                    and "since" not in roles
                    and any(p.geo_precision == 1 for p in get_places())
                ):
                    # "At least 17 people have been killed in clashes with police in Juliaca": the
                    # figure's own verb in the perfect, beside a town and with no period, tells
                    # that town's incident
                    cue = None
                if c.toll and not not_event:
                    cue = Found(c.head.span[0], c.head.span[1], None)  # "the death toll rose to 20"
                    if (
                        since is None
                        and "since" not in roles
                        and (_estimated(c, cues) or _copula_toll(c, self.text))
                    ):
                        # "The Interior Ministry later put the number of detainees at 193", "la
                        # Defensoría cifró en 17 el número de muertos", "los intervenidos fueron
                        # 193": a source's figure for the incident told, with no period, is that
                        # incident's
                        cue = None
                if (
                    cue is not None
                    and c.bare
                    and since is None
                    and not roles & {"since", "period"}
                    and (
                        _bare_toll_of_incident(c, get_places(), get_dates(), cues, self.text)
                        # "Los heridos superan el centenar": a bare noun past a figure, no
                        # period, tells how many the incident left, not a running toll
                        or (
                            c.count.qualifier == "at_least"
                            and not _period_in_clause(c, cues, self.text)
                        )
                    )
                ):
                    # "Los fallecidos ya son 18 en Juliaca", "Los detenidos en la marcha de Lima
                    # llegan a 40", "The injured reached 40 in Juliaca on Monday": a bare
                    # casualty noun's figure with a town or a day in its clause and no period
                    # counts that incident's people, as "la cifra de muertos en Juliaca" does
                    cue = None
                if (
                    cue is not None
                    and isinstance(cue.info, CueInfo)
                    and cue.info.id.endswith(_SOURCE_COUNT)
                    and since is None
                    and not roles & {"since", "period"}
                    and (
                        any(p.geo_precision == 1 for p in get_places())
                        or any(d.precision == "day" for d in get_dates())
                    )
                ):
                    # "Según el recuento de la Coordinadora, la policía hirió a 30 manifestantes
                    # en Juliaca", "Los enfrentamientos del lunes dejaron 18 muertos, según el
                    # recuento de este diario": a source's count of one incident, told with its
                    # town or day, is that incident's figure
                    cue = None
                if (
                    cue is not None
                    and not c.part
                    and (
                        (since is None and "since" not in roles)
                        or _since_apart(c, cue, cues, self.text)
                    )
                    and (c.toll or toll_noun(cue, self.text, self.res.numbers))
                    and toll_of_incident(
                        (cue.start, cue.end), c.count.span, self.text, cues, get_dates()
                    )
                ):
                    # "El saldo del enfrentamiento es de ocho fallecidos", "the death toll from
                    # Monday's clashes rose to 17": the dead of the incident the toll names
                    cue = None
                if (
                    cue is not None
                    and not c.part
                    and since is None
                    and "since" not in roles
                    and c.category == "killed"
                    and (
                        figure_clause_names_incident(c.count.span, self.text, cues, get_dates())
                        or dated_before_period(c.count.span, cue, self.text, get_dates())
                    )
                ):
                    # "suman 18 los fallecidos de los hechos de ese día", "13 personas murieron
                    # ayer durante las protestas": a running toll of one incident is its mention
                    cue = None
                if (
                    cue is not None
                    and not c.part
                    and since is None
                    and "since" not in roles
                    and c.category == "killed"
                    and (c.toll or toll_noun(cue, self.text, self.res.numbers))
                    and _town_toll(cue, c.count.span, get_places(), cues, self.text)
                ):
                    # "the death toll in Ayacucho has risen to six", "la cifra de muertos en
                    # Juliaca sube a ocho": the running toll of one town's incident, no period
                    cue = None
                if (
                    cue is not None
                    and not c.part
                    and since is None
                    and not roles & {"since", "period"}
                    and c.category in ("killed", "injured")
                    and incident_end >= 0
                    and last_incident is not None
                    and last_incident.sub_event_type in _DEADLY_SUB_EVENTS
                    and _next_to(self.text, incident_end, start)
                    and (
                        _RESULT_NOUN.search(self.text, max(start, cue.start - 8), cue.end)
                        # "La cifra de muertos subió luego a cuatro": any toll's noun, updated
                        or (
                            (c.toll or toll_noun(cue, self.text, self.res.numbers))
                            and _updated_toll(cue, c, cues, start)
                        )
                    )
                    and not _PERIOD_PHRASE.search(self.text, cue.end, c.count.span[1])
                    # "Two protesters were shot dead on Tuesday. The toll now stands at 20": an
                    # incident that counted its own figure of the kind leaves the toll running;
                    # "Eight were killed. The toll later rose to ten" updates it (factual5)
                    and not any(
                        e.sentence[1] == incident_end
                        and (own := e.count(c.category)) is not None
                        and own.value != c.count.value
                        and not _updated_toll(cue, c, cues, start)
                        for e in events
                    )
                ):
                    # "... policías y soldados abrieron fuego. El saldo es de ocho fallecidos": the
                    # result of the incident told just before, with no period, is its count
                    cue = None
                if (
                    cue is not None
                    and not c.part
                    and since is None
                    and not roles & {"since", "period"}
                    and c.category in ("killed", "injured")
                    and isinstance(cue.info, CueInfo)
                    and cue.info.id.endswith((_SOURCE_COUNT, _COUNTED))
                    and incident_end >= 0
                    and last_incident is not None
                    and last_incident.sub_event_type in _DEADLY_SUB_EVENTS
                    and (
                        (
                            _next_to(self.text, incident_end, start)
                            and not _PERIOD_PHRASE.search(self.text, start, end)
                        )
                        or more_of_told_by_verb(self.text, c, self.res.counts)
                    )
                    and not any(
                        e.sentence[1] == incident_end and e.count(c.category) is not None
                        for e in events
                    )
                ):
                    # "Soldiers fire on crowds near the airport. The ombudsman's office counts ten
                    # dead": a source's count right after an incident that gave no figure of its
                    # own, with no period, is that incident's figure; so is one that says it
                    # counts more of it ("Otras 37 personas resultaron heridas, según el balance
                    # de la Diresa", a paragraph after the shooting)
                    cue = None
                if (
                    cue is not None
                    and not c.part
                    and since is None
                    and not roles & {"since", "period"}
                    and c.category in ("killed", "injured", "detained")
                    and not any(
                        _PERIOD_PHRASE.match(self.text, q.start)
                        and not _SO_FAR.match(self.text, q.start)
                        for q in toll_cues
                    )
                    and not _PERIOD_PHRASE.search(self.text, start, c.count.span[1])
                    and entry_stamp(self.text, start, self.published, headers) is not None
                ):
                    # "17:05 — Health ministry: the death toll has risen to six", "la cifra de
                    # muertos sube a ocho" in a live blog's entry: the day's running toll of the
                    # incident the blog follows, with no period of its own
                    cue = None
                if cue is not None and c.category == "killed" and c.count.value == 1:
                    ordinal = _ORDINAL_DEATH.search(self.text, start, end)
                    if ordinal is not None and ordinal.start() <= c.count.span[0] < ordinal.end():
                        # "A second young man has died, officials say": one more dead of the
                        # incident told, never a toll of its own
                        cue = None
                if cue is None and c.category == "killed" and not not_event and toll_cues:
                    released.append(c)
                if c.part:
                    # "26 people have died: 20 in clashes ...", "Of those, 49 civilians died ...":
                    # the breakdown of a tally is a tally; of an incident's figure, nothing
                    whole = any(
                        o.category == c.category
                        and not o.part
                        and o.count.span[1] <= c.count.span[0]
                        for o in counts
                    )
                    if not_event:
                        continue  # "y 6 en accidentes de tránsito"
                    if c.category in (tallied if whole else before):
                        cue = Found(c.count.span[0], c.count.span[1], None)
                    elif whole and not c.revised:
                        continue
                if (
                    cue is None
                    and not not_event
                    and since is not None
                    and c.category in ("killed", "injured", "detained")
                    # the period follows the figure; "since 2015, when three protesters were shot
                    # dead" dates an incident
                    and (
                        -12 <= since.span[0] - c.count.span[1] < 80
                        or _since_opens_figure(since.span, c.count.span, self.text, self.res.counts)
                    )
                    and not any(d is not since and d.span != since.span for d in dates)
                    # "Dos manifestantes murieron en Juliaca, y 18 personas han muerto desde
                    # diciembre": the period is the later figure's of the same kind
                    and not any(
                        o.category == c.category
                        and c.count.span[1] <= o.count.span[0] < since.span[0]
                        for o in counts
                    )
                ):
                    # "22 han muerto desde diciembre", "1.400 detenidos desde el viernes" count a
                    # period, unless the sentence dates an incident
                    cue = Found(since.span[0], since.span[1], None)
                if (
                    cue is None
                    and not not_event
                    and before
                    and casualties_only
                    and c.category in ("killed", "injured", "detained")
                    and c.count.value > 1
                    and not get_dates()
                    and not any(p.admin1 for p in get_places())
                ):
                    # "The death toll rose to 26. It counted 569 people injured, including ...":
                    # a figure right after a toll, with no date, town or incident of its own,
                    # goes on with that toll
                    cue = Found(c.count.span[0], c.count.span[1], None)
                if (
                    cue is None
                    and c is disputed
                    and not (
                        c.category in ("killed", "injured")
                        and incident_end >= 0
                        and last_incident is not None
                        and last_incident.sub_event_type in _DEADLY_SUB_EVENTS
                        and _next_to(self.text, incident_end, start)
                        and not any(
                            e.sentence[1] == incident_end and e.count(c.category) is not None
                            for e in events
                        )
                    )
                ):
                    # "An observatory said at least 11 people had been killed; another group put
                    # the figure at 12": a figure another source disputes, with no town or day of
                    # its own, is a toll; right after an incident that gave no figure of its own
                    # ("Un grupo incendió un puesto policial. Seis agentes resultaron heridos,
                    # según la Policía; otras fuentes hablan de dieciocho") it is that incident's
                    cue = Found(c.count.span[0], c.count.span[1], None)
                if cue is not None and c.count.value == 0:
                    # "No injuries reported so far", "sin detenidos hasta el momento": a zero is
                    # no toll (nor, by itself, an incident: ``_combine``)
                    cue = None
                if cue is not None:
                    tallied.add(c.category)
                    tally_regions.append(
                        (min(cue.start, c.count.span[0]), max(cue.end, c.count.span[1]) + 25)
                    )
                    tally = make_tally(
                        c.category,
                        c.count.text,
                        c.count.value,
                        c.count.qualifier,
                        c.count.span,
                        (start, end),
                        self.text,
                        scope=(
                            _item_scope(c.count.span, get_places(), self.text, self.res.counts)
                            if c.part
                            else None
                        )
                        or self._scope(
                            _beside_items(get_places(), counts, self.text, self.res.counts)
                        ),
                        since=since,
                        dates=dates,
                        published=self.published,
                        actors=actors,
                        attribution=attribution.source if attribution else None,
                    )
                    if tally is not None:
                        tallies.append(tally)
                else:
                    event_counts.append(c)
            if "tally" in roles:
                for tally, region in self._bare_tallies(
                    cues, counts, dates, since, get_places(), actors, attribution, (start, end)
                ):
                    tallies.append(tally)
                    tally_regions.append(region)
                    tallied.add(tally.what)
                toll_told = tallied or before
                if len(toll_told) == 1:
                    # "... and Indepaz puts the figure at 51": another source's figure for the toll
                    what = next(iter(toll_told))
                    spans = [c.count.span for c in counts]
                    for number in competing_figures(
                        cues, self.text, (start, end), spans, self.res.numbers, dates
                    ):
                        if any(
                            t.span == (start, end) and t.value == number.value and t.what == what
                            for t in tallies
                        ):
                            continue  # the toll's own figure, read as a bare tally already
                        tally = make_tally(
                            what,
                            number.text,
                            number.value,
                            _qualifier(cues, number.start),
                            number.span,
                            (start, end),
                            self.text,
                            scope=self._scope(get_places()),
                            since=since,
                            dates=dates,
                            published=self.published,
                            actors=actors,
                            attribution=attribution.source if attribution else None,
                        )
                        if tally is not None:
                            tallies.append(tally)
                            tally_regions.append((number.start, number.end + 25))
                            tallied.add(what)
            ranked = ordinal_tolls(self.text, start, end, self.res.numbers)
            for value, rank_span in ranked:
                # "became the 58th person to die in the protests", "la víctima número 50 de las
                # protestas": the rank is the running toll, its dead one of the incident told
                tally = make_tally(
                    "killed",
                    self.text[rank_span[0] : rank_span[1]],
                    value,
                    "exact",
                    rank_span,
                    (start, end),
                    self.text,
                    scope=self._scope(get_places()),
                    since=since,
                    dates=dates,
                    published=self.published,
                    actors=actors,
                    attribution=attribution.source if attribution else None,
                )
                if tally is not None and not any(
                    t.span == tally.span and t.value == value and t.what == "killed"
                    for t in tallies
                ):
                    tallies.append(tally)
                    tallied.add("killed")
            last_tallied = tallied
            if tallied:
                last_tally_end = end
            if tallied and not event_counts:
                # "The death toll ... stands at 55, including a protester killed on Thursday in
                # clashes near the airport of Arequipa": the dated incident inside the toll
                event_counts = self._dated_in_toll(start, end, get_dates())
            if not any(c.category == "killed" for c in event_counts):
                # "A third dies in hospital", "An 18th victim dies of his wounds", "un tercer
                # herido murió al día siguiente": one more dead, whatever wound is named with him
                later = (
                    _ORDINAL_DEATH.search(self.text, start, end)
                    if holds_any(self.guard, start, end, _DYING_WORDS)
                    else None
                ) or (
                    _FIRST_DEATH.search(self.text, start, end)
                    if holds_any(self.guard, start, end, _FIRST_WORDS)
                    else None
                )
                if later is not None or ranked:
                    a, b = later.span() if later is not None else ranked[0][1]
                    event_counts = [
                        c
                        for c in event_counts
                        if not (
                            c.category == "injured"
                            and (
                                a <= c.count.span[0] < b
                                # "Un joven herido de bala ... se convirtió en la víctima número
                                # 50": the one ranked among the dead died of that wound
                                or (ranked and later is None and c.count.value == 1)
                            )
                        )
                    ]
                    event_counts.append(
                        CountMatch(
                            "killed",
                            Count(1, 1, None, "exact", self.text[a:b], (a, b)),
                            TextRef(self.text[a:b], (a, b)),
                        )
                    )
            else:
                event_counts = _ordinal_after(event_counts, self.text, start, end, get_places())
            event_counts = _rival_range(
                event_counts, tallied, self.text, end, self.res.numbers, dates
            )
            by_category = _combine(event_counts, self.text)
            # "Lawmakers voted on Thursday to send the proposal back to committee", after a vote on
            # early
            # elections was told: the story's vote is still on elections
            election_topic = voted_on_elections or any(
                isinstance(t.info, TopicInfo) and t.info.topic == "early_elections" for t in topics
            )
            # "exigen la liberación de los detenidos": the detainees are what is demanded, not an
            # arrest
            claimed = [
                (t.start - 45, t.end + 45)
                for t in topics
                if isinstance(t.info, TopicInfo) and t.info.topic == "release_of_prisoner"
            ]
            kept = [
                t
                for t in triggers
                if not _inside(t, tally_regions)
                and not _inside(t, claimed)
                and not people_named(t, self.folded, start, by_category.keys())
            ]
            if "began" in roles and "time_frame" in roles:
                # "Since the national strike began on 28 April, the Observatory has recorded 40
                # deaths": the time the sentence counts from is no incident; in a sentence that
                # tells its own dead or wounded it stays their setting ("He is the first person
                # killed in the capital since the protests began")
                days = [d.span[0] for d in get_dates() if d.precision == "day"]
                framed = [t for t in kept if _time_frame(t, cues, self.text, days)]
                casualty = any(
                    _figure(by_category, k) for k in ("killed", "injured", "detained")
                ) or any(
                    isinstance(t.info, TriggerInfo) and t.info.kind in ("killing", "injury")
                    for t in kept
                    if t not in framed
                )
                if framed and not casualty:
                    kept = [t for t in kept if t not in framed]
            # "Ayer, al cumplirse dos años de la masacre, cientos de vecinos marcharon": a past
            # event named by how long ago it was is what a march of the sentence remembers
            distances = [
                s.span[0]
                for s in get_dates("shifts")
                if any(names_past_event(s, t.start, self.text) for t in kept)
            ]
            facts = SentenceFacts(
                triggers=kept,
                actors=actors,
                # "no se registraron víctimas" names no casualty: a zero makes no event
                has_killed=_figure(by_category, "killed"),
                has_injured=_figure(by_category, "injured")
                # "The ministry insists that nobody was hurt": a source's zero after force is
                # its denial of the harm, a negated event (a zero of the story's own is none)
                or doc_protest
                and _denied_harm(by_category, cues, start),
                has_detained=_figure(by_category, "detained"),
                has_participants=_figure(by_category, "participants"),
                election_topic=election_topic,
                # "La policía disparó contra los manifestantes ... Los heridos superan los
                # ochenta": force on protesters told before is the story's protest, though no
                # protest word names it
                doc_protest=doc_protest
                or any(
                    e.sub_event_type == _EXCESSIVE and e.factuality in ("asserted", "reported")
                    for e in events
                ),
                doc_unrest=doc_unrest,
                doc_unarmed=doc_unarmed,
                commemoration="commemoration" in roles or bool(distances),
                commemoration_at=min(
                    [
                        *(
                            c.start
                            for c in cues
                            if isinstance(c.info, CueInfo) and c.info.role == "commemoration"
                        ),
                        *distances,
                    ],
                    default=None,
                ),
                targeted="targeted" in roles,
                text=self.text,
                forces_hurt=_forces_hurt(
                    event_counts, actors, self.text, self.res.counts.adjunct_re
                ),
                unnamed=tuple(
                    (c.start, c.end)
                    for c in cues
                    if isinstance(c.info, CueInfo) and c.info.role == "unnamed_agent"
                ),
            )
            governed = _Governed(cues, self.text)
            affirmed = _affirmed(facts, governed, cues)
            coded = code_sentence(affirmed)
            spoken = _apart_clause_at(cues, self.text, (start, end)) if coded else None
            if spoken is not None and all(c.trigger.start < spoken for c in coded):
                # "Detienen a X y la federación anuncia que radicalizará el paro", "arrested the
                # leader early on Tuesday, a day after he led a nationwide strike": the first
                # clause is coded on its own words; the other clause tells its own fact
                # (``_clause_events``), not the setting of the arrest
                first = [t for t in affirmed.triggers if t.start < spoken]
                if first and len(first) < len(affirmed.triggers):
                    alone = replace(
                        affirmed,
                        triggers=first,
                        actors=[a for a in affirmed.actors if a.start < spoken],
                    )
                    coded = code_sentence(alone) or coded
            if not coded and last_incident is not None and facts.has_killed:
                # a death told later belongs to the incident told with its dead, not to a fire
                # told after it with none
                dead_of = (
                    last_deadly if last_deadly is not None and not last_had_dead else last_incident
                )
                coded = _later_death(facts.triggers, dead_of, self.text, (start, end))
            elif coded and facts.has_killed:
                coded = [
                    *coded,
                    *_later_death_after(facts.triggers, coded, self.text, (start, end)),
                ]
            if not coded and released and facts.has_killed:
                # "The death toll from Monday's clashes rose to 17": a toll word and no event word;
                # its dead are an incident's, coded as a death told with them
                head = released[0].head.span
                toll_word = Found(head[0], head[1], TriggerInfo("toll", "killing", None))
                coded = code_sentence(replace(facts, triggers=[*facts.triggers, toll_word]))
            if not coded and affirmed is not facts:
                # the affirmed words tell no incident ("rechazó las acusaciones y sostuvo que no
                # se usaron armas de dotación", "had come under fire ... and denied using lethal
                # force"): the force denied is the sentence's event, negated
                coded = [
                    c
                    for c in code_sentence(facts)
                    if isinstance(c.trigger.info, TriggerInfo)
                    and c.trigger.info.kind == "force"
                    and not c.trigger.info.weak
                    and c.trigger not in affirmed.triggers
                ]
            if any(c.rule == "sd.deployment" for c in coded):
                # "desplegó a unos 24.000 policías para contener la movilización": the demonstration
                # named
                # with a definite article is what the forces are sent to, not an incident of the
                # sentence
                coded = [
                    c
                    for c in coded
                    if not (
                        c.sub_event_type == "Peaceful protest"
                        and _DEFINITE.search(
                            self.text[max(0, c.trigger.start - 8) : c.trigger.start]
                        )
                    )
                ]
            if tally_regions and not by_category:
                # a toll sentence names no incident, except one told before the toll begins
                # ("Miles marcharon el miércoles ... por los 50 muertos de las protestas")
                toll_start = min(a for a, _ in tally_regions)
                coded = [
                    c
                    for c in coded
                    if (c.event_type == "Strategic developments" and c.sub_event_type == "Other")
                    or (
                        c.trigger.start < toll_start
                        and isinstance(c.trigger.info, TriggerInfo)
                        and not c.trigger.info.weak
                        and c.trigger.info.kind not in ("killing", "injury")
                    )
                ]
            coded = _verbless_damage(coded, facts, cues, event_counts, self.text, (start, end))
            coded.extend(
                _clause_events(
                    coded, facts, cues, event_counts, self.text, (start, end), get_places
                )
            )
            coded.extend(_standing_protests(coded, facts, cues, get_dates(), self.text))
            apart = (
                _dead_elsewhere(
                    coded, event_counts, facts.triggers, get_places(), self.text, (start, end)
                )
                if len(coded) == 1 and coded[0].rule in _DEATH_AT_DEMONSTRATION
                else None
            )
            if apart is not None:
                coded = apart
            elif len(coded) == 1:
                parts, left_out = _split_by_place(
                    coded,
                    event_counts,
                    cues,
                    get_places(),
                    get_dates(),
                    self.text,
                    (start, end),
                    self.res.numbers,
                    facts.triggers,
                )
                if not parts:
                    parts, left_out = _split_by_source(
                        coded[0], event_counts, self.text, (start, end), self.res.numbers
                    )
                coded.extend(parts)
                event_counts.extend(left_out)
            if any(c.rule == "protest.remembered" for c in coded):
                # a remembered killing is told as an incident of its own when its clause dates it
                # ("the ten people killed in Ayacucho on Dec. 15"); else it is only why they gather
                coded = _remembered_clauses(
                    _scene_of_remembered(coded, self.text, self.res.dates.scene_relative),
                    event_counts,
                    end,
                )
                # "a diez días de la masacre": a distance dates the killing it governs too
                told = [d.span[0] for d in get_dates()] + [
                    s.span[0]
                    for s in get_dates("shifts")
                    if any(names_past_event(s, c.trigger.start, self.text) for c in coded)
                ]
                coded = [
                    c
                    for c in coded
                    if c.rule != "protest.remembered"
                    or c.clause is None
                    or any(c.clause[0] <= at < c.clause[1] for at in told)
                ]
            rejected = rejected_calls(cues, self.text) if "rejection" in roles else []
            coded = [
                c
                for c in coded
                if not _demanded(c, cues, self.text)
                # "rejected calls from protesters and several unions to step down": the
                # resignation the rejected calls ask is refused, an event (negated)
                or refused(c.trigger, rejected, self.text)
            ]
            coded = [c for c in coded if not judged_activity(c.trigger, self.text, start)]
            if (
                coded
                and not by_category
                and not roles & _PROSPECTIVE
                and _demand_first(coded, cues)
                and not get_dates()
            ):
                # "exigen justicia para las víctimas de la represión", "urged the police to stop
                # using
                # firearms": event words inside what is demanded are the claim's topic, not an
                # incident
                coded = []
            # a sentence that names the forces or a town of its own may tell an incident of its own
            # (a town that only ends an institution's name, "la Dirección Regional de Salud de
            # Puno reportó más de 70 heridos", is the source's seat, not a scene of its own)
            own_incident = bool(coded) and (
                _forces_named(actors)
                or any(p.geo_precision == 1 and not weak_place(p, self.text) for p in get_places())
            )
            # a town of its own, away from the riot told last ("En Abancay, la policía lanzó
            # gases ..." after the riot of Andahuaylas): another scene, not the riot's answer
            riot_at = next(
                (
                    e.location
                    for e in reversed(events)
                    if e.sub_event_type == "Violent demonstration"
                ),
                None,
            )
            own_place = bool(coded) and any(
                p.geo_precision == 1 and not weak_place(p, self.text) and not _same_town(p, riot_at)
                for p in get_places()
            )
            # the sentence tells a demonstration of its own ("police fired tear gas at thousands of
            # marchers")
            own_demo = any(
                isinstance(t.info, TriggerInfo) and t.info.kind == "protest" for t in facts.triggers
            )
            if coded and not own_demo:
                # a live-blog entry of its own ("17:10 | Agentes lanzaron bombas lacrimógenas ...")
                # tells its own scene
                stamp = entry_stamp(self.text, start, self.published)
                own_demo = stamp is not None and stamp.span != last_entry
            # a live blog told newest first: the incident of an entry stamped later that day
            # happened after this one, and its type is not that of the dead and wounded this
            # sentence counts ("21:15 — protesters set fire to the court" above "19:45 — seven
            # people have died"); arrests after a demonstration still take it
            earlier = False
            if coded and last_clock is not None:
                here = _clock(entry_stamp(self.text, start, self.published))
                earlier = here is not None and here[0] == last_clock[0] and here[1] < last_clock[1]
            coded = [
                self._inherit(
                    c,
                    None
                    if earlier and c.rule in _CASUALTY_RULES
                    # "El Ministerio de Salud consignó anoche nueve fallecidos" after a fire told
                    # with no dead: a toll told again is the toll of the incident told with its
                    # dead, not of the last incident told
                    else last_deadly
                    if c.rule in _CASUALTY_RULES
                    and facts.has_killed
                    and not own_incident
                    and not last_had_dead
                    and last_deadly is not None
                    # "Dec 15 - Soldiers fire on crowds near the airport of Ayacucho. The
                    # ombudsman's office counts ten dead.": after an incident of a day of its own,
                    # a toll that does not name the deadly day is that incident's
                    and not (
                        _another_day(last_incident_day, deadly_day)
                        and not any(
                            d.precision == "day" and d.value == deadly_day for d in get_dates()
                        )
                    )
                    else last_crowd
                    if c.rule in _CASUALTY_RULES
                    and _crowd_wounded(facts.has_killed, by_category, last_incident, last_crowd)
                    else last_incident,
                    self.text,
                    by_category,
                    own_incident,
                    own_demo,
                    cues,
                    told_apart=paragraph != incident_paragraph,
                    own_place=own_place,
                )
                for c in coded
            ]
            coded.extend(_denied(coded, facts, governed))
            if (
                events
                and facts.has_injured
                and not tallied
                and all(
                    isinstance(c.trigger.info, TriggerInfo) and c.trigger.info.kind == "injury"
                    for c in coded
                )
            ):
                # "Otras diez personas resultaron heridas": the wounded of the incident told just
                # before, no incident of their own
                more = self._more_injured(events[-1], start, end)
                if more is not events[-1]:
                    events[-1], coded = more, []
            if (
                not coded
                and self._only_headline(events)
                and trail.last is None
                and not roles & (_AWAITING | _CLAIM_OR_TALLY)
            ):
                # "El Juzgado de Investigación Preparatoria de Juliaca dictó prisión preventiva
                # ... por los hechos del martes 7 de marzo": a sentence whose words code no
                # incident still sets the story's day, as one with no event word does
                trail.lead(self._dates(start, end)[0], _cue_spans(cues, "reported"), self.text)
            if coded:
                dates = get_dates()
                future_dates = get_dates("future")
                places = get_places()
                # "until 31 January", "hasta el 28 de julio": the end of a period dates no event
                ends = period_ends(
                    [*dates, *future_dates], _cue_spans(cues, "condition"), self.text
                )
                if ends:
                    dates = [d for d in dates if d.span not in ends]
                    future_dates = [d for d in future_dates if d.span not in ends]
            if coded:
                since_spans = period_starts(
                    [*dates, *future_dates], _cue_spans(cues, "since"), self.text
                )
                reporting = _cue_spans(cues, "reported")
                # reporting verbs with their source ("the Joint Command said", "confirmó el
                # Gobierno"); without
                # one, "se registraron el lunes enfrentamientos" reports the event itself
                sourced = {
                    (a, b)
                    for a, b in reporting
                    if attribution is not None and attribution.span[0] <= a < attribution.span[1]
                }
                entry = entry_stamp(self.text, start, self.published, headers)
            sentence_fact = "asserted"
            siblings = _coordinate_parts(cues, self.text, (start, end))
            # the last day told between the last sentence with events and this one
            gap = self._told_day(told_to, start) if coded and get_dates("shifts") else None
            mentioned = trail.mentioned
            after_spans = (
                after_clauses(self.text, start, end, self.res.dates, self._hinted) if coded else []
            )
            told_to = end if coded else told_to
            sentence_towns: dict[str, DateValue] = {}  # own days of this sentence's towns
            # no plan, call, hedge or condition in the sentence: its days are told, not awaited
            settled = not any(
                isinstance(c.info, CueInfo) and c.info.role in _AWAITING and start <= c.start < end
                for c in cues
            )
            #: the day of the sentence's first incident: a death told after it in the same
            #: sentence ("...; un tercer herido de esa jornada murió al día siguiente") is its
            incident_day: DateValue | None = None
            incident_place: Location | None = None
            # the day the story was at when the sentence began: what its parallel shifts count
            # from ("doce días después de la balacera ... y ocho después del desbloqueo ...")
            opening_story = (
                gap
                if gap is not None and trail.mentioned is mentioned
                else trail.month_told or trail.mentioned or trail.last
            )
            for i, code in enumerate(coded):
                own_dates, own_future = dates, future_dates
                part = next(((a, b) for a, b in siblings if a <= code.trigger.start < b), None)
                if part is not None and self.published is not None:
                    # "The reform passed 93 to 30, but it must be ratified in a second vote next
                    # year": a
                    # future date told in a later sibling clause (", but") dates that clause's plan,
                    # not this
                    own_dates = _before_later_plans(dates, part[1], self.published)
                    own_future = _before_later_plans(future_dates, part[1], self.published)
                choice = self._event_date(
                    code,
                    coded,
                    own_dates,
                    own_future,
                    since_spans,
                    reporting,
                    sourced,
                    (start, end),
                    shifts=get_dates("shifts"),
                    after=after_spans,
                    settled=settled,
                    began=_own_began(
                        _cue_spans(cues, "began"), _cue_spans(cues, "since"), self.text
                    ),
                    story=_parallel_story(
                        gap
                        if gap is not None and trail.mentioned is mentioned
                        else trail.month_told or trail.mentioned or trail.last,
                        opening_story,
                        code,
                        get_dates("shifts"),
                    ),
                )
                choice = night_before(
                    choice,
                    (code.trigger.start, code.trigger.end),
                    after_spans,
                    self.res.dates,
                    [c.trigger.start for c in coded] + [c.count.span[0] for c in event_counts],
                )
                choice = self._that_weekday(choice, trail.mentioned or trail.last)
                # "a diez días de la masacre": a past event dated by how long ago it was
                counted_back = (
                    choice.source == "aside"
                    and choice.date is not None
                    and any(
                        s.span == choice.date.span
                        and names_past_event(s, code.trigger.start, self.text)
                        for s in get_dates("shifts")
                    )
                )
                if (
                    choice.source in ("own", "aside")  # "dies in hospital the next day"
                    and choice.date is not None
                    and trail.last is not None
                    and trail.last.precision == "day"
                    and trail.last.value < choice.date.value
                    and (
                        _LATER_DEATH.search(self.text, *_own_part(self.text, code, start, end))
                        # "a man who died in hospital on December 21", "falleció en el
                        # hospital el 14 de febrero": of wounds from the incident told before
                        or (
                            self.res.dates.hospital_death is not None
                            and self.res.dates.hospital_death.search(
                                self.text, *_own_part(self.text, code, start, end)
                            )
                            is not None
                        )
                        # "A third dies in hospital the following day"; not "A third protester
                        # died on Tuesday when police fired on a second march"
                        or (
                            casualties_only
                            and _ORDINAL_DEATH.search(
                                self.text, *_own_part(self.text, code, start, end)
                            )
                        )
                    )
                ):
                    # "Un tercer herido en esos hechos falleció en la noche del lunes": a wounded
                    # man who dies later is a death of the incident that wounded him (ACLED adds
                    # it there); the day he died is not the event's
                    choice = DateChoice(None, None)
                if code.rule == "later_death" and code.clause is not None and incident_day:
                    choice = DateChoice(incident_day, "aside")
                if code.rule == "protest.standing":
                    choice = _standing_start(
                        choice,
                        code,
                        dates,
                        [d for d in dates if d.span in since_spans],
                        self.text,
                        (start, end),
                        trail.mentioned
                        or trail.last
                        or (
                            DateValue(self.published, "day", "", (0, 0)) if self.published else None
                        ),
                    )
                if (
                    i == 0
                    and choice.source == "own"
                    and choice.date is not None
                    and choice.date.precision == "day"
                ):
                    incident_day = choice.date
                if (
                    choice.source == "own"
                    and choice.date is not None
                    and trail.last is not None
                    and trail.last.precision == "day"
                    and trail.last.value < choice.date.value
                    and _is_arrest(code)
                    and _released(code.trigger, cues, start)
                ):
                    # "By Sunday morning, all but one of those detained had been released": the
                    # day of the release is not the day of the detention told before
                    choice = DateChoice(None, None)
                if (
                    choice.date is None
                    and self.published is not None
                    and (
                        _present_state(code.trigger, cues, start, self.text)
                        or _listed_state(code.trigger, self.text)
                    )
                ):
                    # "la Panamericana Sur continúa bloqueada cerca de Chala", "the highway
                    # remains blocked": the state the report finds on its own day (a live
                    # blog's entry: the day it was posted)
                    found_on = entry.value if entry is not None else self.published
                    choice = DateChoice(DateValue(found_on, "day", "", (0, 0)), "aside")
                if (
                    choice.date is None
                    and entry is not None
                    and (posted := _clock(entry)) is not None
                    and posted[1] < _NOON
                    and night_named(
                        self.text,
                        (code.trigger.start, code.trigger.end),
                        (start, end),
                        self.res.dates,
                    )
                ):
                    # "10:15 - 38 agentes resultaron heridos durante los disturbios de la
                    # noche": a night with no day, in an entry posted in the morning, is the
                    # night before the entry's day
                    night = entry.value - dt.timedelta(days=1)
                    choice = DateChoice(DateValue(night, "day", "", (0, 0)), "aside")
                nearest = choice.date if choice.source in ("own", "since", "aside") else None
                if scoped is None:
                    scoped = scoped_attributions(cues, actors, self.text, (start, end))
                own_source = attribution_for(code.trigger, scoped)
                if own_source is not None:
                    held = holding_relative((code.trigger.start, code.trigger.end), self.text)
                    told = _cue_spans(cues, "reported")
                    if (
                        held is not None
                        and any(a >= held[1] for a, _ in told)
                        and not any(start <= a < held[0] for a, _ in told)
                    ):
                        # "Teachers, who have been on strike since April 23, said they would
                        # march": the clause on the speaker is the text's own, not what was said
                        own_source = None
                    elif speech_coordinated_after(cues, code.trigger, start):
                        # "have observed a strike since Jan. 4 and say they will take their
                        # demands to Lima": the strike is told, what they say comes after "and"
                        own_source = None
                    elif in_time_frame(code.trigger, cues, self.text, get_dates()):
                        # "since Congress removed President Castillo on December 7, the group
                        # said": the time the figure counts from is the outlet's own
                        own_source = None
                roles_of = governed(code.trigger)
                fact = decide_factuality(
                    code.trigger,
                    cues,
                    nearest,
                    self.published,
                    own_source,
                    self.text,
                    roles=roles_of,
                )
                ahead = None
                # a weekday before the threat is the day it was made ("On Thursday, miners
                # threatened to block the road"), not the day of the act threatened
                threat_ahead = _threatened_act(code.trigger, cues) and all(
                    d.span[0] > code.trigger.start for d in future_dates
                )
                if roles_of & {"planned", "called_for"} or threat_ahead:
                    # "el jueves" governed by a plan, a call or a threat is the coming Thursday
                    ahead = choose_event_date(
                        dates,
                        future_dates,
                        (code.trigger.start, code.trigger.end),
                        self.text,
                        self.published,
                        ahead=True,
                        since=since_spans,
                        reporting=reporting,
                        sourced=sourced,
                        relative=self.res.dates.relative_word,
                    ).date
                    if _called_long_ago(ahead, dates, self.published):
                        ahead = None
                    fact_ahead = decide_factuality(
                        code.trigger,
                        cues,
                        ahead,
                        self.published,
                        own_source,
                        self.text,
                        roles=roles_of,
                    )
                    if fact_ahead in ("planned", "called_for"):
                        fact = fact_ahead
                if fact == "planned" and in_question(code.trigger, self.text):
                    fact = "possible"  # "¿Declarará el Gobierno el toque de queda?": asked, not announced
                elif fact == "asserted" and future_question(code.trigger, self.text, start):
                    fact = "possible"  # "¿Habrá un nuevo toque de queda en Puno?"
                elif fact in ("asserted", "reported") and opening_infinitive(
                    code.trigger, facts.triggers, self.text, start, self.res.language
                ):
                    fact = "called_for"  # "Detener a los responsables, exige la Defensoría"
                elif fact == "asserted" and headline_future(
                    code.trigger, self.text, start, self.res.language
                ):
                    fact = "planned"  # "Teachers to strike in Cusco"
                elif fact == "asserted" and headline_source(actors, self.text, start):
                    fact = "reported"  # "Defensoría: 17 muertos en enfrentamientos en Juliaca"
                if fact in ("planned", "called_for") and threatened(
                    code.trigger, self.text, start, cues
                ):
                    fact = "possible"  # "«Si no hay respuesta, volveremos a tomar el aeropuerto»"
                elif fact in ("asserted", "reported") and when_ahead(
                    code.trigger, cues, self.text, start
                ):
                    fact = (
                        "possible"  # "el diálogo solo será posible cuando se levanten los bloqueos"
                    )
                if (
                    fact in ("asserted", "reported")
                    and self.published is not None
                    and when_of_past_year(
                        code.trigger, self.text, start, self.published, choice.date
                    )
                ):
                    fact = "historical"  # "la violencia de 2004 en Ilave, cuando el alcalde ..."
                if fact not in ("negated", "historical") and refused(
                    code.trigger, rejected_calls(cues, self.text), self.text
                ):
                    fact = "negated"  # "She has rejected calls to resign": she refuses it
                if fact in ("asserted", "reported") and claimed_false(self.text, (start, end)):
                    fact = "negated"  # "Some posts said that a pensioner died. This is also false"
                elif fact in ("asserted", "reported", "possible") and refuted_claim(
                    roles_of, self.text
                ):
                    fact = (
                        "negated"  # "Verdict: FALSE ... A video claims to show soldiers shooting"
                    )
                if ahead is not None and (
                    fact in ("planned", "called_for") or (fact == "possible" and threat_ahead)
                ):
                    # "have threatened to block the highway again on Tuesday": a threat's day
                    # lies ahead, as a plan's does
                    choice = DateChoice(ahead, "own")
                anniversary_of = trail.mentioned
                if anniversary_of is not None and anniversary_of.precision != "day":
                    anniversary_of = None
                date, own_date = trail.date_for(
                    choice,
                    fact,
                    sentence=start,
                    entry=entry,
                    index=len(events),
                    kind=code.sub_event_type,
                    lasting=code.mode in LASTING_MODES or code.mode == "strike",
                    same_day=self.res.dates.same_day is not None
                    and self.res.dates.same_day.search(self.text, start, end) is not None,
                    that_day=closing_day(
                        trail.mentioned, self.text, start, end, self.res.dates.same_day
                    ),
                    midnight=past_midnight(self.text, start, end, self.res.dates),
                    night_hours=small_hours(self.text, start, end, self.res.dates),
                    lethal=facts.has_killed and code.event_type in ("Protests", "Riots"),
                    look_back=choice.source == "own"
                    and choice.date is not None
                    # "..., and in Sacaba, where nine coca growers were killed last Friday": an
                    # incident of its own town told apart does not take the story back
                    and (
                        code.rule.endswith(".placed_part")
                        or told_before(
                            choice.date, (code.trigger.start, code.trigger.end), after_spans
                        )
                    ),
                    paragraph=paragraph,
                    carry=choice.date is None
                    or not in_restrictive_relative(
                        choice.date, self.text, self.res.dates, reporting
                    ),
                )
                if (
                    own_date
                    and date is not None
                    and date.precision in ("month", "year")
                    and anniversary_of is not None
                    and _ANNIVERSARY.search(self.text, start, end)
                ):
                    # "Relatives held a vigil there on the anniversary last month": the day of
                    # the incident told before, in the month (or year) told (the story's trail
                    # keeps the month: no later shift counts from that day)
                    date = _on_anniversary(date, anniversary_of)
                if (
                    (date is None or not own_date)
                    and fact in ("asserted", "reported")
                    and long_ago == paragraph
                ):
                    # "... a march on January 19 [a year before]. Police blocked their way to
                    # Congress": an undated event told on after one long past, in its paragraph,
                    # is of that past too, and of its date, not of the day the story is at
                    # ("... since October 2019, when protests forced Moreno to move his
                    # government. Moreno imposed a curfew in Quito")
                    fact = "historical"
                    date = long_ago_date
                if (
                    not own_date
                    and fact in ("asserted", "reported")
                    and date is not None
                    and self.published is not None
                    and (self.published - (date.end or date.value)).days > HISTORICAL_DAYS
                ):
                    fact = "historical"  # the story is at a day long past (a heading named it)
                if counted_back:
                    # "Ayer, al cumplirse dos años de la masacre, ...": the past event is named
                    # from where the story is, which it does not leave
                    pass
                elif fact == "historical":
                    long_ago = paragraph
                    long_ago_date = date
                elif date is not None and fact in ("asserted", "reported"):
                    long_ago = None
                if fact in ("planned", "called_for") and own_date:
                    trail.planned_date(date)
                going_on = None
                began = None
                if (
                    code.mode in LASTING_MODES
                    and choice.source != "since"
                    and code.rule != "protest.standing"
                    and fact in ("asserted", "reported")
                    # "Last October, the miners had blocked the highway for ten days": a month
                    # of its own is the period's, not a day to count back from
                    and not (own_date and date is not None and date.precision != "day")
                ):
                    # "mantuvieron bloqueado por sexto día el puente", "mantienen desde hace una
                    # semana el bloqueo": the day told, with a window back to the day it began
                    told_on = (
                        date.value
                        if own_date and date is not None and date.precision == "day"
                        else None
                    )
                    told_on = told_on or self.published
                    began = (
                        lasting_start(
                            self.text, (code.trigger.start, code.trigger.end), (start, end), told_on
                        )
                        if told_on is not None
                        else None
                    )
                    if began is not None:
                        date = began
                if code.mode in TERRITORIAL_MODES and date is not None and choice.source != "since":
                    going_on = ongoing(
                        date, _cue_spans(cues, "ongoing"), (code.trigger.start, code.trigger.end)
                    )
                elif (
                    code.mode in _GOING_ON_MODES
                    and date is not None
                    and choice.source != "since"
                    and (
                        began is not None
                        or _near_cue(code.trigger, cues, "ongoing", start)
                        or _present_state(code.trigger, cues, start, self.text)
                        or _listed_state(code.trigger, self.text)
                    )
                ):
                    # "los bloqueos continúan", "the roads remain blocked", "cumple su quinto
                    # día la toma", "sigue vigente el toque de queda": a lasting action told as
                    # going on on the day told, begun on some day before it
                    span = (code.trigger.start, code.trigger.end)
                    going_on = date if began is not None else ongoing(date, [span], span)
                # a place in the dateline is a weak default: the sentence's own places, then the
                # place of the incident told before, then the dateline
                place, carry = place_event(
                    places,
                    self.text,
                    (code.trigger.start, code.trigger.end),
                    sentence=(start, end),
                    dateline_end=self._place_dateline_end(start),
                    last=last_place,
                    finder=self.resources.places,
                    folded=self.folded,
                    language=self.res.language,
                    factuality=fact,
                    territorial=code.mode in TERRITORIAL_MODES,
                    arrest=code.sub_event_type == "Arrests"
                    or (
                        isinstance(code.trigger.info, TriggerInfo)
                        and code.trigger.info.kind == "arrest"
                    ),
                    sources=[*reporting, *_cue_spans(cues, "attribution")],
                )
                if code.rule == "later_death" and code.clause is not None and incident_place:
                    # "los dos comuneros abatidos en Macusani ...; un tercer herido murió al día
                    # siguiente en Juliaca": a death of the incident, where it was wounded
                    place = incident_place
                if i == 0:
                    incident_place = place
                if code.rule.endswith(".placed_part") and code.clause is not None:
                    # "diez fallecidos en Senkata", "in Senkata, ten more": the town of its clause
                    # closest to the figure
                    in_clause = [
                        p
                        for p in places
                        if code.clause[0] <= p.span[0] < code.clause[1] and _town(p)
                    ]
                    if in_clause:
                        place = min(
                            in_clause,
                            key=lambda p: (
                                p.span[0] - code.trigger.end
                                if p.span[0] >= code.trigger.end
                                else code.trigger.start - p.span[1]
                            ),
                        )
                if (
                    place is not None
                    and last_place is not None
                    and fact in _ACCOUNT_FACTS
                    and _speaker_scene(place, reporting, code.trigger.start, self.text, start)
                ):
                    # "En Lima, el ministro sostuvo que ... y negó que se haya dado la orden de
                    # disparar": where the source spoke, not where the incident happened
                    place = last_place
                if code.mode in TERRITORIAL_MODES:
                    scope = strike_scope(self.text, (code.trigger.start, code.trigger.end))
                    named_here = place is not None and start <= place.span[0] < end
                    if scope is None and not named_here:
                        # "It held a second, 24-hour strike on May 9", "La central ya paró el 24
                        # de enero": a strike that names no territory, in a sentence that names
                        # no place, is of the territory of the strike the story told before
                        scope = strike_told
                    strike_told = scope
                    if named_here:
                        strike_place = place
                    elif strike_place is not None:
                        # "El paro de transportistas tuvo un acatamiento del 90 % en Lima ...
                        # Anoche en Ate, dispararon contra un bus ... Los gremios no descartan
                        # un paro de 72 horas": a strike that names no place is where the
                        # strike told before was, not the town of the incident told between
                        place = strike_place
                    place = territory(place, self.resources.places, scope=scope)
                elif (
                    code.mode in NATIONAL_MEASURES
                    and fact in ("negated", "possible")
                    and not (place is not None and start <= place.span[0] < end)
                    and not in_capital(place, self.resources.places)
                ):
                    # "El Ejecutivo descartó declarar un estado de urgencia": a measure ruled
                    # out or in doubt, for no territory its sentence names, is the country's,
                    # not the town of the incident told before (its words are the event's);
                    # a story of unrest in the capital keeps it ("Could the government now
                    # declare a state of emergency?" after the clashes in Lima)
                    country = territory(place, self.resources.places, scope=0)
                    if country is not None and country is not place:
                        a, b = code.trigger.start, code.trigger.end
                        place = replace(country, text=self.text[a:b], span=(a, b))
                country_wide = (
                    nationwide(self.text, (code.trigger.start, code.trigger.end))
                    if code.mode in STATE_MEASURES
                    else None
                )
                if country_wide is not None:
                    # "declared a 30-day nationwide state of emergency", "el estado de emergencia
                    # en todo el país", told from Ayacucho or from Cusco: the measure is the
                    # country's, one decree whatever town the story is in
                    country = territory(place, self.resources.places, scope=0)
                    if country is not None and country is not place:
                        a, b = country_wide
                        place = replace(country, text=self.text[a:b], span=(a, b))
                        country_measure = (start, code.trigger.end, place)
                elif (
                    code.mode in STATE_MEASURES
                    and country_measure is not None
                    and country_measure[0] == start
                    and code.trigger.start > country_measure[1]
                    and not (place is not None and country_measure[1] <= place.span[0] < end)
                ):
                    # "imposed a nationwide curfew the following day, deploying soldiers with
                    # orders to shoot": a measure told with it, naming no place after it, goes
                    # with it
                    place = country_measure[2]
                if code.mode in NATIONAL_DECISIONS:
                    place = national_seat(
                        place,
                        place is not None and start <= place.span[0] < end,
                        self.text,
                        (code.trigger.start, code.trigger.end),
                        self.resources.places,
                        last_place
                        or dateline_place(
                            self.text,
                            self.folded,
                            self._place_dateline_end(start),
                            self.resources.places,
                            self.res.language,
                        ),
                    )
                if (
                    code.rule.endswith(".placed_part")
                    and fact == "asserted"
                    and sentence_fact == "reported"
                ):
                    # "In Sacaba, ten people died, according to the commission; in Senkata, ten
                    # more": the figure goes on with the account before it
                    fact = "reported"
                if (
                    fact == "planned"
                    and self.calls_to_act
                    and code.event_type in (PROTESTS_, "Riots")
                    and not _IF.search(self.text, start, code.trigger.start)
                    and not announced(code.trigger, cues)
                ):
                    # "Convocamos a un paro ... Las delegaciones marcharán hasta el puente": the
                    # future of a communiqué that calls its bases out is its call, not a plan
                    fact = "called_for"
                if code.rule.endswith(".source_part") and fact == "asserted":
                    # "...; local clerics put the toll above 90": a source's own figure
                    fact = "reported"
                sentence_fact = fact
                if (
                    code.clause is not None
                ):  # an incident of its own clause takes that clause's figures
                    a, b = code.clause
                    event_figures = _combine(
                        [m for m in event_counts if a <= m.count.span[0] < b],
                        self.text,
                        code.trigger.start,
                    )
                elif i == 0:
                    event_figures = _combine(
                        [
                            m
                            for m in event_counts
                            if not _in_clauses(m, coded) and not _remembered_figure(m, code, facts)
                        ],
                        self.text,
                        code.trigger.start,
                    )
                else:
                    event_figures = {}
                if "detained" not in event_figures and _is_arrest(code):
                    one = _one_person(cues, code.trigger)
                    if one is not None:
                        a, b = one
                        event_figures = {
                            **event_figures,
                            "detained": Count(1, 1, None, "exact", self.text[a:b], one),
                        }
                if "killed" not in event_figures and code.sub_event_type == "Mob violence":
                    one = _one_person(cues, code.trigger)
                    if one is not None and one[0] <= code.trigger.start < one[1]:
                        # "residents lynched their mayor": the one person the lynching word takes is
                        # its dead
                        a, b = one
                        event_figures = {
                            **event_figures,
                            "killed": Count(1, 1, None, "exact", self.text[a:b], one),
                        }
                if "killed" not in event_figures and code.sub_event_type == "Mob violence":
                    death = _TO_DEATH.match(self.text, code.trigger.end, end)
                    if death is not None and not _PLURAL_OBJECT.search(death.group("object")):
                        # "a crowd beat the town's mayor to death", "lo golpearon hasta matarlo":
                        # the one person beaten is its dead
                        a, b = code.trigger.start, death.end()
                        event_figures = {
                            **event_figures,
                            "killed": Count(1, 1, None, "exact", self.text[a:b], (a, b)),
                        }
                if code.event_type == "Strategic developments":
                    # "signed an agreement to end 18 days of protests that left six people dead": a
                    # political development has no casualties of its own (ACLED codes none)
                    event_figures = {k: v for k, v in event_figures.items() if k not in _CASUALTIES}
                if fact in ("asserted", "reported") and _hedged_toll(
                    event_figures, facts.triggers, governed
                ):
                    fact = (
                        "possible"  # "un adolescente habría fallecido ... tras recibir un disparo"
                    )
                known = (
                    incident_days.get((place.name, code.sub_event_type))
                    if place is not None and place.name is not None
                    else None
                )
                if (
                    not own_date
                    and known is not None
                    and fact not in ("planned", "called_for")
                    and date is not None
                    and known.value != date.value
                    and code.event_type != "Strategic developments"
                    # the story is back from another town ("Durante el operativo ..." after a
                    # background day of the same town stays at the story's day)
                    and place is not None
                    and (last_place is None or last_place.name != place.name)
                    and _DEFINITE.search(
                        self.text[max(0, code.trigger.start - 8) : code.trigger.start]
                    )
                ):
                    # "eight people were killed in Tuesday's operation in Senkata. ... condemned
                    # the deaths in Senkata": the incident named again, by its word with an
                    # article and its town, is the one told there
                    date = known
                town_day = (
                    told_days.get((place.name, code.sub_event_type))
                    if place is not None and place.name is not None
                    else None
                )
                if (
                    not own_date
                    and town_day is not None
                    and date is not None
                    and date.precision in ("month", "year")
                    and fact not in ("planned", "called_for")
                    and code.event_type != "Strategic developments"
                    and date.start is not None
                    and not date.start <= town_day.value <= (date.end or date.start)
                ):
                    # "A year ago today, 17 people were shot dead in Juliaca ... Relatives held a
                    # vigil there last month ... X was shot in the back near the airport fence":
                    # with only a month to go by, an undated incident of a town is the one of its
                    # kind the text dated there, not something of that month
                    date = town_day
                if (
                    not own_date
                    and code.event_type != "Strategic developments"
                    and place is not None
                    and place.name in town_days
                    and date is not None
                    and date.value != town_days[place.name].value
                ):
                    # "Among them were two teenagers killed in Andahuaylas on Dec. 11 and three
                    # people who died in Chincheros on Monday. ... police in Andahuaylas may have
                    # fired": a town of a sentence that dated incidents in several towns is back
                    # at its own incident's day
                    date = town_days[place.name]
                    if fact in ("asserted", "reported") and code.sub_event_type is not None:
                        # an account of its kind told later is of this incident's day
                        trail.by_kind[code.sub_event_type] = date
                if (
                    choice.source == "aside"
                    and code.rule.endswith(".placed_part")
                    and date is choice.date
                    and date is not None
                    and date.precision == "day"
                    and fact in ("asserted", "reported")
                    and code.event_type != "Strategic developments"
                    and code.sub_event_type is not None
                ):
                    # "the deaths outside the fuel plant in El Alto four days later": the later
                    # incident of two, dated by its own shift, is of its kind the last one told,
                    # for the accounts after it
                    trail.by_kind[code.sub_event_type] = date
                if (
                    own_date
                    and date is not None
                    and place is not None
                    and place.name is not None
                    and fact in ("asserted", "reported")
                    and code.event_type != "Strategic developments"
                ):
                    sentence_towns[place.name] = date
                    if date.precision == "day" and code.sub_event_type is not None:
                        incident_days[(place.name, code.sub_event_type)] = date
                if (
                    own_date
                    and date is not None
                    and date.precision == "day"
                    and place is not None
                    and place.name is not None
                    and fact in ("asserted", "reported", "historical")
                ):
                    told_days[(place.name, code.sub_event_type)] = date
                mention = self._mention(
                    code,
                    fact,
                    (start, end),
                    going_on or date,
                    place,
                    actors,
                    own_source,
                    event_figures,
                    story_force,
                    clash=_tells_clash(triggers, code),
                    words=triggers,
                    bystander=bool(_cue_spans(cues, "bystander")),
                )
                if code.mode == "strike" and code.sub_event_type == "Peaceful protest":
                    mention, story_union = _union_strike(mention, story_union)
                if events:
                    mention = _same_victim(mention, _incident_before(events, mention), code)
                if going_on is not None:
                    mention = replace(mention, rules=(*mention.rules, ONGOING_RULE))
                if counted_back:
                    mention = replace(mention, rules=(*mention.rules, DISTANCE_RULE))
                if choice.source == "earlier" and mention.date is None:
                    mention = replace(mention, rules=(*mention.rules, EARLIER_RULE))
                elif mention.date is None and trail.last is None and trail.unknown:
                    mention = replace(mention, rules=(*mention.rules, LATER_RULE))
                named = _event_names(cues)
                if named:
                    mention = replace(mention, rules=(*mention.rules, *named))
                if code.mode in _STANDING_MODES and _near_cue(
                    code.trigger, cues, "in_force", start
                ):
                    standing.append(len(events))
                events.append(mention)
                if code.rule.startswith("sd.election_vote"):
                    voted_on_elections = True
                if (
                    fact in ("asserted", "reported")
                    and code.event_type != "Strategic developments"
                    # a demonstration told beside the riot of the sentence does not end the riot's
                    # story
                    and not (
                        code.rule.endswith(".clause") and code.sub_event_type == "Peaceful protest"
                    )
                    # nor do the dead counted before a place's relative clause that tells it
                    and not (
                        code.rule.endswith(".clause")
                        and code.clause is not None
                        and _opens_place_clause(code.clause[1], cues, self.text)
                    )
                    # nor does the blockade that had gone on before the day's incident
                    and code.rule != "protest.standing"
                ):
                    last_incident = code
                    incident_paragraph = paragraph
                    last_had_dead = mention.killed is not None
                    last_incident_day = _day_of(mention)
                    if last_had_dead:
                        last_deadly = code
                        deadly_day = last_incident_day
                    if code.sub_event_type in _CROWD_SUB_EVENTS:
                        last_crowd = code
                    last_entry = entry.span if entry is not None else None
                    last_clock = _clock(entry)
                    incident_end = end
                if carry is not None and fact != "historical":
                    if (
                        last_place is not None
                        and scene_resume is None
                        and any(_fronted(p, self.text, start) for p in places)
                    ):
                        scene_resume = last_place
                    last_place = carry
                self._date_warnings(mention, own_date, cues, code)
            if sentence_towns:
                several = len({d.value for d in sentence_towns.values()}) > 1
                town_days = dict(sentence_towns) if several else {}
            said = find_claims(
                self.text,
                (start, end),
                _claim_cues(cues),
                topics,
                actors,
                _claim_fact(sentence_fact),
                calls=self.calls_to_act,
                listed=listed,
                published_year=self.published.year if self.published is not None else None,
            )
            if "poll" in roles:  # "73% want early elections": a poll's share, no demand
                said = [c for c in said if not polled_demand(c, cues, self.text, start)]
            claims.extend(said)
        headline = _undated_headline(events, self.text)
        events = self._paragraph_dates(events)
        events = _fill_dates(events, trail.weak)
        events = _standing_dates(events, standing)
        events = _headline_dates(events, headline, standing)
        events = _section_head_dates(events, self.text)
        events = _denied_fire_named(events, self.text)
        # the dead a story counts right before the riot they fell in are that riot's
        events = counted_before_riot(events, self.text, self.resources.crosswalk)
        # and those counted after the forces' fire on it, or in a live blog's other entries
        events = counted_after_fire(events, self.text, self.resources.crosswalk)
        events = counted_in_live_blog(events, self.text, self.resources.crosswalk, self.published)
        # one person shot, whose death is told beside the shot, is that death's event
        events = _shot_one_died(events, self.text)
        reader = getattr(self.resources.places, "story_country", None)
        story = reader(self.text, self.folded) if callable(reader) else None
        events = actor_roles.story_country(events, story if isinstance(story, str) else None)
        tallies = _tally_scopes(tallies, events, story if isinstance(story, str) else None)
        events = actor_roles.forces_by_place(events)
        events = actor_roles.arrested_by_story(events, self.text)
        events = actor_roles.people_of_the_protest(events, [a for hits in actor_hits for a in hits])
        claims = repeated_conditions(claims, sentences)
        claims = self._claimants(claims, events, sentences, actor_hits, cue_hits)
        self._count_conflicts(events)
        return Extraction(
            document=self.doc,
            events=tuple(events),
            claims=tuple(claims),
            tallies=tuple(tallies),
            warnings=tuple(self.warnings),
            versions=versions,
        )

    def _claimants(
        self,
        claims: list[Claim],
        events: Sequence[Mention],
        sentences: Sequence[tuple[int, int]],
        actor_hits: Sequence[Sequence[Found]],
        cue_hits: Sequence[Sequence[Found]],
    ) -> list[Claim]:
        """The claimants read over the whole document: a first-person statement's issuer, a
        speaker told after the claim, the story's country (``extract/claimants.py``)."""
        if not claims:
            return claims
        actors = [a for hits in actor_hits for a in hits]
        cues = [c for hits in cue_hits for c in hits]
        title = self.doc.title

        def issuers() -> Issuers:
            title_actors: list[Found] = []
            if title:
                lex = self.res.lexical
                folded_title = fold(title, lower_text(title))
                title_actors = lex.find(lex.actors, folded_title, 0, len(folded_title))
            return Issuers(self.text, title, actors, title_actors)

        claims = resolve_claimants(claims, self.text, issuers, sentences, actors, cues)
        return localise_claimants(claims, events, actor_roles.localise)

    def _dated_in_toll(self, start: int, end: int, dates: Sequence[DateValue]) -> list[CountMatch]:
        """The dead or wounded of one incident told in the aside of a toll with a day of their
        own: "the death toll ... stands at 55, *including a protester killed on Thursday* in
        clashes near the airport", "asciende a 46, *entre ellos un comunero que murió el
        martes* en Ilave". The aside's figures are that incident's; an aside with no day
        ("including one police officer") is only part of the toll."""
        opener = _TOLL_ASIDE.search(self.text, start, end)
        if opener is None:
            return []
        stop = self.text.find(";", opener.end(), end)
        aside_end = stop if stop >= 0 else end
        if not any(d.precision == "day" and opener.end() <= d.span[0] < aside_end for d in dates):
            return []
        return [
            c
            for c in find_counts(
                self.text,
                opener.end(),
                aside_end,
                self.res.counts,
                self.res.numbers,
                self._hinted,
            )
            if c.category in ("killed", "injured") and not c.part and c.count.value > 0
        ]

    def _more_injured(self, last: Mention, start: int, end: int) -> Mention:
        """The incident of the sentence just before, with the wounded a sentence that tells no
        event of its own adds to it: "Un manifestante murió en los enfrentamientos. *Otras diez
        personas resultaron heridas*", "A protester was killed. *Ten other people were
        wounded*". Only in its paragraph, a sentence or two on, and when it counted no wounded."""
        gap = self.text[last.sentence[1] : start]
        if (
            last.injured is not None
            or len(gap) > _MORE_REACH
            or "\n" in gap
            or last.event_type == "Strategic developments"
            or last.factuality not in ("asserted", "reported")
        ):
            return last
        more = [
            c
            for c in find_counts(
                self.text, start, end, self.res.counts, self.res.numbers, self._hinted
            )
            if c.category == "injured" and c.count.value > 0 and not c.part
        ]
        if len(more) != 1 or not more_of_told_by_verb(self.text, more[0], self.res.counts):
            return last
        return replace(last, injured=more[0].count)

    def _bare_tallies(
        self,
        cues: Sequence[Found],
        counts: Sequence[CountMatch],
        dates: Sequence[DateValue],
        since: DateValue | None,
        places: Sequence[Location],
        actors: Sequence[Found],
        attribution: Attribution | None,
        sentence: tuple[int, int],
    ) -> list[tuple[Tally, tuple[int, int]]]:
        """Tallies whose number has no noun of its own ("the death toll now stands at 58"), with
        the stretch of text they cover."""
        out: list[tuple[Tally, tuple[int, int]]] = []
        taken = [c.count.span for c in counts]
        for cue in cues:
            info = cue.info
            if not (isinstance(info, CueInfo) and info.role == "tally" and info.what):
                continue
            for number in find_numbers(
                self.text, cue.end, min(sentence[1], cue.end + 60), self.res.numbers
            ):
                if any(a <= number.start < b for a, b in taken):
                    break  # the toll's figure is a count already read
                if _is_date_number(number, dates) or number.article:
                    continue  # a date, or "incluido un policía"
                if _PARTITIVE_AFTER.match(self.text, number.end):
                    break  # "podría aumentar, pues tres de los heridos ...": part of another group
                qualifier = _qualifier(cues, number.start)
                tally = make_tally(
                    info.what,
                    number.text,
                    number.value,
                    qualifier,
                    (number.start, number.end),
                    sentence,
                    self.text,
                    scope=self._scope(places),
                    since=since,
                    dates=dates,
                    published=self.published,
                    actors=actors,
                    attribution=attribution.source if attribution else None,
                )
                if tally is not None:
                    out.append((tally, (cue.start, number.end + 25)))
                    taken.append((number.start, number.end))
                break
        return out

    def _told_day(self, told_to: int, start: int) -> DateValue | None:
        """The last day the text spoke of between ``told_to`` and ``start``, sentences with no
        event: what a shift counts from ("The parties agreed early on Friday to hold a
        referendum. A week earlier, a student was blinded ..." is the Friday before)."""
        told = [
            d
            for d in self._dates(told_to, start)[0]
            if d.precision == "day" and (self.published is None or d.value <= self.published)
        ]
        return told[-1] if told else None

    def _only_headline(self, events: Sequence[Mention]) -> bool:
        """No event told yet but the headline's, on the text's first line above a blank line
        ("In Peru's highlands, a river, six dead soldiers ...\n\nILAVE, Peru — ... On Sunday
        afternoon, ..."): a dated sentence with no event word still sets the story's day, as
        before any event (twenty-sixth session, dates15)."""
        if not events:
            return True
        title_end = self.text.find("\n\n")
        if title_end < 0 or "\n" in self.text[:title_end].strip():
            return False
        return all(e.sentence[0] < title_end for e in events)

    def _year_near(self, trigger: Found, start: int, end: int) -> DateValue | None:
        """A bare year next to the event word, before the publication year."""
        if self.published is None:
            return None
        lo, hi = max(start, trigger.start - 40), min(end, trigger.end + 40)
        if not holds_any(self.text, lo, hi, _BARE_YEAR_OPENINGS):
            return None  # digits have no case: the text is its own guard
        years = [
            m
            for m in _BARE_YEAR.finditer(self.text, lo, hi)
            if int(m.group(1)) < self.published.year
            # "a las 1930 horas": a time of day
            and not clock_time(self.text, m.start(1), m.end(1), self.res.dates)
        ]
        if not years:
            return None
        m = min(years, key=lambda m: abs(m.start() - trigger.start))
        first = dt.date(int(m.group(1)), 1, 1)
        return DateValue(first, "year", m.group(1), m.span(1), first, dt.date(first.year, 12, 31))

    def _event_date(
        self,
        code: Coded,
        coded: Sequence[Coded],
        dates: Sequence[DateValue],
        future: Sequence[DateValue],
        since: set[tuple[int, int]],
        reporting: Sequence[tuple[int, int]],
        sourced: set[tuple[int, int]],
        sentence: tuple[int, int],
        *,
        shifts: Sequence[Shift] = (),
        story: DateValue | None = None,
        after: Sequence[tuple[int, int]] = (),
        settled: bool = False,
        began: Sequence[tuple[int, int]] = (),
    ) -> DateChoice:
        """The sentence's date for one event word (``dates.choose_event_date``), else a bare year
        beside it ("the 1989 bombing", "a 2019 air strike", "in 2004 residents lynched their mayor")."""
        trigger = (code.trigger.start, code.trigger.end)
        choice = choose_event_date(
            dates,
            future,
            trigger,
            self.text,
            self.published,
            since=since,
            reporting=reporting,
            sourced=sourced,
            shifts=shifts,
            story=story,
            after=after,
            settled=settled,
            bound=self.res.dates.bound,
            relative=self.res.dates.relative_word,
            began=began,
            scene=self.res.dates.scene_relative,
            tally=self.res.dates.tally_period,
            dead=self.res.dates.dead_of_day,
            dead_auxiliary=self.res.dates.dead_auxiliary,
            lasting=code.mode in LASTING_MODES,
            # a phrase naming an earlier event counts only beside another event of the sentence
            # ("bloquearon la vía el jueves luego de los enfrentamientos"): alone, it names the
            # incident the sentence dates ("murieron el lunes tras los enfrentamientos")
            # (none to read when no other event word stands in the sentence)
            earlier=[
                (a, b)
                for a, b in earlier_phrases(
                    self.text, sentence[0], sentence[1], self.res.dates, self._hinted
                )
                if any(
                    c.trigger.start != code.trigger.start and not a <= c.trigger.start < b
                    for c in coded
                )
            ]
            if any(c.trigger.start != code.trigger.start for c in coded)
            else [],
        )
        choice = self._told_back_year(choice, dates)
        if (
            choice.source == "own"
            and choice.date is not None
            and choice.date.precision == "day"
            and choice.date.span[0] >= sentence[0]
            and all(d.span != choice.date.span for d in dates)
        ):
            self._shift_days[choice.date.span] = choice.date
        if choice.source in (None, "weak"):
            named = self._that_day(sentence)
            if named is not None:
                return DateChoice(named, "own")
        if choice.source in (None, "weak"):
            # a year beside any event word of the sentence dates them all ("A 2019 air strike ...
            # led to
            # the resignation of the then defence minister")
            for other in (code, *coded):
                year = self._year_near(other.trigger, *sentence)
                if year is not None:
                    return DateChoice(year, "own")
        return choice

    def _paragraph_dates(self, events: list[Mention]) -> list[Mention]:
        """An undated event told after a dated incident, in its paragraph or the next, with no
        other date told between them, is of that incident's day, history too ("... por los
        homicidios ocurridos el 9 de enero de 2023 en Juliaca.\n\nLa defensa negó que se
        hubiera dado orden de disparar. Sostuvo que los agentes repelieron un ataque": the 9th
        of 2023, not the day of a later incident of the text)."""
        out = list(events)
        last: DateValue | None = None
        at = -1
        for i, m in enumerate(events):
            if last is not None and (
                self.text.count("\n\n", at, m.sentence[0]) > 1
                or (at < m.sentence[0] and any(self._dates(at, m.sentence[0])[:2]))
            ):
                last = None
            if m.date is not None:
                # "Ayer, al cumplirse dos años de la masacre, ...": the day of an event named by
                # how long ago it was is no day the story tells of
                if (
                    m.factuality in _TOLD
                    and m.date.precision == "day"
                    and DISTANCE_RULE not in m.rules
                ):
                    last, at = m.date, m.sentence[1]
                continue
            if LATER_RULE in m.rules:
                last = None  # the story went on to a day it does not give
                continue
            # (two tests: mypyc cannot compile a starred item in an ``in`` tuple)
            if last is not None and (m.factuality in _TOLD or m.factuality == "negated"):
                out[i] = replace(m, date=last)
        return out

    def _place_day_lead(self, start: int, end: int, dates: Sequence[DateValue]) -> Location | None:
        """The sentence is the lead of a chronology's paragraph: a place and a day, the rest of
        the paragraph on its line ("Lima, jueves 19. La llamada ...", "JULIACA, 9 de enero.
        ...", "Macusani (Carabaya, Puno), miércoles 18. ..."). Not the document's own dateline
        ("Lima, 22 de enero de 2023" on a line of its own above a letter), nor a sentence that
        tells of the day ("En Lima, el jueves 19, miles marcharon")."""
        if start < self.date_line_end:
            return None
        day = _lead_day(self.text, start, end, dates)
        if day is None:
            return None
        places = self.resources.places.find(
            self.text, self.folded, start, day.span[0], self.res.language
        )
        return next((p for p in places if p.span[0] == start + _lead_space(self.text, start)), None)

    def _place_lead(self, start: int, end: int) -> Location | None:
        """The place a paragraph opens on, alone before its first sentence and on its line
        ("1. Lima. El sábado 21 ...", "Puno. El miércoles fallecieron ...", a numbered item's
        mark allowed before it); None for a heading on a line of its own, or a sentence that
        names more than the place."""
        line = self.text.rfind("\n", 0, start) + 1
        before = self.text[line:start]
        if before.strip() and _ITEM_MARK.fullmatch(before) is None:
            return None
        if start < self.date_line_end:
            return None
        line_end = self.text.find("\n", end)
        if not self.text[end : line_end if line_end != -1 else len(self.text)].strip():
            return None  # a line of its own: a heading, read as one
        body = self.text[start:end]
        a = start + len(body) - len(body.lstrip())
        mark = _ITEM_MARK.match(self.text, a, end)
        if mark is not None:  # "b) Moquegua.": the item's mark read with the sentence
            a = mark.end()
        b = start + len(body.rstrip().rstrip(".:").rstrip())
        if b <= a or len(self.text[a:b].split()) > _LEAD_PLACE_WORDS:
            return None
        places = self.resources.places.find(self.text, self.folded, a, b, self.res.language)
        return next((p for p in places if p.span == (a, b)), None)

    def _line_days(self, start: int, end: int) -> list[DateValue]:
        """The sentence's days read back: a day and month only the coming weeks hold is last
        year's (``dates.told_back``), as in a sentence that tells what happened."""
        past, future, _ = self._dates(start, end)
        spans = {d.span for d in past}
        return past + [told_back(d, self.published) for d in future if d.span not in spans]

    def _told_back_year(self, choice: DateChoice, past: Sequence[DateValue]) -> DateChoice:
        """A day and month that only the coming weeks hold, told back to last year
        (``dates.told_back``), is most of a year back: like any such day it takes the year the
        story named last ("The deadliest day came on January 9, 2023 ... On January 28, a man
        died" in a story of December 2025 is 2023's January 28, not 2025's)."""
        date = choice.date
        if (
            date is None
            or self.published is None
            or date.value > self.published
            or any(d.span == date.span for d in past)
        ):
            return choice
        return replace(choice, date=self._narrative_year(date))

    def _that_day(self, sentence: tuple[int, int]) -> DateValue | None:
        """The day a sentence with no date of its own points back to ("los hechos de ese día",
        "the clashes that day"): the last day the text named before it, in its paragraph
        ("... internado desde el 9 de enero. Con él suman 18 los fallecidos de los hechos de
        ese día": the 9th, not the day of the death just told)."""
        start, end = sentence
        if not holds_any(self.guard, start, end, _THAT_DAY_WORDS) or not _THAT_DAY.search(
            self.text, start, end
        ):
            return None
        reach = max(self.dateline_end, start - _THAT_DAY_REACH)
        paragraph = self.text.rfind("\n\n", reach, start)
        if paragraph >= 0 and self.text[paragraph:start].strip():
            if self._named_days(paragraph, start) or holds_any(
                self.guard, paragraph, start, _THAT_DAY_WORDS
            ):
                reach = paragraph
            else:
                # '"... la balacera duró hasta la noche", recuerda. Aquel día murieron ...': the
                # paragraph names no day before it, so the day is the paragraph before's ("El
                # primer día de paro, ... Ese mismo día, ...": a day it names, though no date)
                before = self.text.rfind("\n\n", reach, paragraph)
                reach = before if before >= 0 else reach
        elif paragraph >= 0:
            # the sentence opens its paragraph ("... was shot dead on December 15, 2022.\n\nHis
            # death was one of ten that day"): the day is the last one the paragraph before named
            before = self.text.rfind("\n\n", reach, paragraph)
            reach = before if before >= 0 else reach
        days = self._named_days(reach, start)
        return days[-1] if days else None

    def _named_days(self, start: int, end: int) -> list[DateValue]:
        """The days named between ``start`` and ``end``, in text order (for ``_that_day``)."""
        past, future, _ = self._dates(start, end)
        # a coming day named before counts too ("summoned her to testify on Nov. 16. Relatives
        # said they would rally outside the court that day"); a day read both ways is the past one
        spans = {d.span for d in past}
        named = [*past, *(d for d in future if d.span not in spans)]
        # "On July 15, ... The next day, Abu Sayed was shot dead ... At least five more people
        # were killed that day": a day a shift gave names it too (twenty-sixth session, dates15)
        named += [d for span, d in self._shift_days.items() if start <= span[0] < end]
        return sorted((d for d in named if d.precision == "day"), key=lambda d: d.span)

    def _dates(self, start: int, end: int) -> tuple[list[DateValue], list[DateValue], list[Shift]]:
        """The sentence's dates resolved to the past and to the future, and the days it counts from
        other dates ("dos días después"), reading the text once (once per span: the heading,
        lead and event rules ask for the same sentence's; each caller gets its own lists)."""
        read = self._dates_read.get((start, end))
        if read is None:
            found = read_dates(self.text, start, end, self.published, self.res.dates)
            past = [self._narrative_year(d) for d in found.past if d.span[0] >= self.date_line_end]
            if any(bare_day_told(d.text) for d in past):
                past = self._told_month(start, past)
            future = [
                self._narrative_year(d) for d in found.future if d.span[0] >= self.date_line_end
            ]
            if any(numbered_weekday(d, self.text, self.res.dates) for d in past):
                past, future = self._told_weekday(start, past, future)
            read = self._dates_read[(start, end)] = (past, future, found.shifts)
        return list(read[0]), list(read[1]), list(read[2])

    def _told_month(self, start: int, past: list[DateValue]) -> list[DateValue]:
        """A bare "el día 10" takes the month the paragraph told before it, not the writing's
        (``dates.bare_day_in_told_month``)."""
        para = self.text.rfind("\n\n", 0, start)
        lo = max(para + 2 if para >= 0 else 0, start - _TOLD_MONTH_REACH, self.date_line_end)
        earlier = (
            read_dates(self.text, lo, start, self.published, self.res.dates).past
            if lo < start
            else []
        )
        out = []
        for d in past:
            before = [*earlier, *(e for e in past if e.span[1] <= d.span[0])]
            out.append(bare_day_in_told_month(d, before, self.published))
        return out

    def _told_weekday(
        self, start: int, past: list[DateValue], future: list[DateValue]
    ) -> tuple[list[DateValue], list[DateValue]]:
        """ "el viernes 15" after a day long past the story told ("el martes 19 de noviembre de
        2019") is that day's Friday 15, not the one nearest the writing
        (``dates.numbered_weekday_near_told_day``); a day so placed in the past is no plan."""
        lo = max(start - _TOLD_WEEKDAY_REACH, self.date_line_end)
        earlier = (
            read_dates(self.text, lo, start, self.published, self.res.dates).past
            if lo < start
            else []
        )
        moved: dict[tuple[int, int], DateValue] = {}
        out = []
        for d in past:
            before = [*earlier, *(e for e in past if e.span[1] <= d.span[0])]
            e = numbered_weekday_near_told_day(d, self.text, before, self.published, self.res.dates)
            if e is not d:
                moved[d.span] = e
            out.append(e)
        if not moved:
            return past, future
        return out, [f for f in future if f.span not in moved]

    def _that_weekday(self, choice: DateChoice, story: DateValue | None) -> DateChoice:
        """ "Mañana se cumple un año desde que el Ejército disparó ... Ese jueves murieron diez":
        a weekday pointed at ("ese jueves", "that Thursday") is the day the story is at when it
        falls on that weekday, not the last such weekday before publication."""
        found = self.res.dates.that_weekday
        day = choice.date
        if (
            found is None
            or choice.source != "own"
            or day is None
            or day.precision != "day"
            or story is None
            or story.precision != "day"
            or story.value == day.value
            or story.value.weekday() != day.value.weekday()
            or self.res.dates.weekdays.lookup(day.text.strip().lower()) is None
            or found.search(self.text, max(0, day.span[0] - 12), day.span[0]) is None
        ):
            return choice
        return replace(choice, date=DateValue(story.value, "day", day.text, day.span))

    def _narrative_year(self, d: DateValue) -> DateValue:
        """ "En noviembre de 2020 ... La noche del 14 de noviembre": a day without a year takes the
        year the same paragraph just named, not the one closest to publication. Followed by
        "de aquel año", "of that year" (``DateRules.that_year``), the year the story named
        last, in an earlier paragraph too; so does a day resolved most of a year back."""
        if (
            self.published is None
            or d.precision not in ("day", "week", "month")
            or _BARE_YEAR.search(d.text)
            # "last month", "el mes pasado": counted from the publication, not from a year told
            or self.res.dates.periods.lookup(d.text.strip())
            # "today", "ayer", "anoche": so are the days named from it
            or self.res.dates.relative_days.regex.search(d.text) is not None
            # "el 9 de enero del año pasado", "el 18 del presente mes": so is a day told with
            # the period it falls in (twenty-fifth session, dates14)
            or (
                self.res.dates.period_of_day is not None
                and self.res.dates.period_of_day.search(d.text) is not None
            )
        ):
            return d
        that_year = self.res.dates.that_year
        if that_year is not None and that_year.match(self.text, d.span[1]):
            window = self.text[max(0, d.span[0] - _THAT_YEAR_REACH) : d.span[0]]
        else:
            window = self.text[max(0, d.span[0] - 300) : d.span[0]]
            if "\n" in window:
                window = window[window.rindex("\n") :]
            if (
                not _BARE_YEAR.search(window)
                and d.precision == "day"
                and (self.published - d.value).days > _BACKGROUND_DAY
            ):
                # "Most of the deaths came after Evo Morales resigned on Nov. 10", in a story of
                # August 2021 that told of 2019: a day most of a year back is the story's year
                window = self.text[max(0, d.span[0] - _THAT_YEAR_REACH) : d.span[0]]
        years = [
            int(m.group(1))
            for m in _BARE_YEAR.finditer(window)
            if not clock_time(window, m.start(1), m.end(1), self.res.dates)
        ]
        if not years or not years[-1] < d.value.year:
            told = self._year_of_day_told(d)
            if told is None:
                return self._entry_year(d)
            years = [told]
        shift = d.value.year - years[-1]
        try:
            return replace(
                d,
                value=d.value.replace(year=d.value.year - shift),
                start=d.start.replace(year=d.start.year - shift) if d.start else None,
                end=d.end.replace(year=d.end.year - shift) if d.end else None,
            )
        except ValueError:  # 29 February
            return d

    def _entry_year(self, d: DateValue) -> DateValue:
        """ "7 de diciembre de 2022. El Congreso ... / 10 de diciembre. En Andahuaylas ...", in a
        chronology written a year later: a day and month that open their line with no year
        follow the entry before them, which a year written out began, not the publication's
        year: the first such day on or after the entry before, if it falls within a few months
        of it and not after publication (a chronology in reverse order keeps its own reading)."""
        if (
            self.published is None
            or d.precision != "day"
            or not any(ch.isdigit() for ch in d.text)
            or not _opens_entry(self.text, d.span[0])
        ):
            return d
        entries = sorted(
            (
                e
                for read in self._dates_read.values()
                for e in read[0]
                if e.precision == "day"
                and e.span[1] <= d.span[0]
                and _opens_entry(self.text, e.span[0])
            ),
            key=lambda e: e.span,
        )
        if not entries or not any(_BARE_YEAR.search(e.text) for e in entries):
            return d
        last = entries[-1].value
        try:
            day = d.value.replace(year=last.year)
            if day < last:
                day = day.replace(year=last.year + 1)
        except ValueError:  # 29 February
            return d
        if day == d.value or day > self.published or (day - last).days > _ENTRY_REACH:
            return d
        shift = d.value.year - day.year
        return replace(
            d,
            value=day,
            start=d.start.replace(year=d.start.year - shift) if d.start else None,
            end=d.end.replace(year=d.end.year - shift) if d.end else None,
        )

    def _year_of_day_told(self, d: DateValue) -> int | None:
        """The year an earlier sentence gave the same day and month with ("Hace exactamente un
        año, el 9 de enero de 2023, ... la Asociación de Mártires y Víctimas del 9 de Enero", in
        a text of 9 January 2024): a day and month told again with no year is that day, not
        this year's. Pointed at ("este 9 de enero", "el pasado 9 de enero", "this 9 January")
        or still to come, it is the one nearest publication."""
        modifiers = self.res.dates.modifier_words
        if (
            d.precision != "day"
            # a day and month written out, not a weekday ("On Friday")
            or not any(ch.isdigit() for ch in d.text)
            or self.published is None
            # "marcharán el 9 de enero": a coming day is this year's
            or d.value > self.published
            or (modifiers is not None and modifiers.search(d.text))
        ):
            return None
        years = [
            e.value.year
            for read in self._dates_read.values()
            for e in read[0]
            if e.precision == "day"
            and e.span[1] <= d.span[0]
            and (e.value.month, e.value.day) == (d.value.month, d.value.day)
            and e.value.year < d.value.year
            and _BARE_YEAR.search(e.text)
        ]
        return max(years) if years else None

    @staticmethod
    def _inherit(
        code: Coded,
        last: Coded | None,
        text: str,
        figures: dict[str, Count] | None = None,
        own_incident: bool = False,
        own_demo: bool = False,
        cues: Sequence[Found] = (),
        *,
        told_apart: bool = False,
        own_place: bool = False,
    ) -> Coded:
        """A sentence that only adds casualties to an incident told before takes that incident's type;
        "the bombing", "el ataque" after a suicide bombing or an air strike is that incident; the
        arrest of a crowd after a demonstration is the police intervening in it; the wounds of the
        dead and injured of a riot ("most of the victims had gunshot wounds") are that riot's."""
        if last is None:
            return code
        if not own_incident and _wounds_of_riot(code, last, figures):
            return Coded(
                last.event_type,
                last.sub_event_type,
                last.mode,
                code.trigger,
                f"{code.rule}.riot_wounds",
            )
        if (
            code.rule == "protest.intervention"
            and last.sub_event_type == "Violent demonstration"
            and not own_demo
            # "En Abancay, la policía lanzó gases ...": a town of its own is another scene
            and not own_place
        ):
            # "La Policía respondió con gases lacrimógenos y detuvo a decenas de personas" after the
            # riot:
            # the forces' answer to a violent demonstration is part of it (ACLED codes one riot)
            return Coded(
                last.event_type,
                last.sub_event_type,
                last.mode,
                code.trigger,
                f"{code.rule}.riot_response",
            )
        if (
            code.rule == "protest.force"
            and last.sub_event_type == "Violent demonstration"
            and not own_demo
            and not own_place
            and _answers(code.trigger, text)
        ):
            # "Manifestantes tomaron el aeropuerto e incendiaron parte de sus instalaciones. La
            # policía respondió con disparos: murieron dos adolescentes": the forces' fire told as
            # their answer to the riot just told is that riot's, with its dead (the riot policy,
            # docs/vocabulary.md), as their tear gas is
            return Coded(
                last.event_type,
                last.sub_event_type,
                last.mode,
                code.trigger,
                f"{code.rule}.riot_response",
            )
        if (
            code.rule == "protest.force"
            and last.rule.startswith("vac.custody")
            and not own_demo
            and _PRONOUN_VICTIM.search(text, max(0, code.trigger.start - 30), code.trigger.start)
        ):
            # "She collapsed in a holding room and died in their custody. Officials insist she
            # was never beaten": the force used on the one held, told by a pronoun, is violence
            # against that civilian, not force on a demonstration
            return Coded(
                last.event_type, last.sub_event_type, code.mode, code.trigger, f"{code.rule}.held"
            )
        info = code.trigger.info
        kind = info.kind if isinstance(info, TriggerInfo) else None
        if (
            last.event_type == "Explosions/Remote violence"
            and last.sub_event_type in _SPECIFIC_REMOTE
            and (
                code.sub_event_type in _GENERIC_REMOTE
                # "La Policía presume que el ataque sería obra de una banda de extorsionadores":
                # the force that tells whose work the attack was is no side of a clash
                or (code.rule == "battle.actors" and kind == "attack")
            )
            and kind in ("explosive", "shelling", "attack")
            and _DEFINITE.search(text[max(0, code.trigger.start - 8) : code.trigger.start])
        ):
            return Coded(
                last.event_type,
                last.sub_event_type,
                last.mode,
                code.trigger,
                f"{code.rule}.inherited",
            )
        detained = (figures or {}).get("detained")
        if (
            code.rule == "sd.arrest"
            and last.event_type in (PROTESTS_, "Riots")
            and ((detained and detained.value >= 2) or _near_detained(code.trigger, cues, 0))
        ):
            return Coded(
                PROTESTS_,
                "Protest with intervention",
                "arrest",
                code.trigger,
                f"{code.rule}.inherited",
            )
        if (
            code.rule == "riot.forces_hurt"
            and last.event_type not in (PROTESTS_, "Strategic developments")
            # "Seis soldados murieron ahogados" in the paragraph after the mob a viral message
            # blamed: their deaths, told apart, are no casualties of the mob's attack
            and not (told_apart and last.sub_event_type == "Mob violence")
        ):
            # "A second officer was injured in the attack" after a mob burned a policeman: the
            # officers hurt in an incident told before are its casualties; after a demonstration
            # that was not violent, they make it a riot
            return Coded(
                last.event_type,
                last.sub_event_type,
                last.mode,
                code.trigger,
                f"{code.rule}.inherited",
            )
        if code.rule not in _CASUALTY_RULES or last.event_type == "Strategic developments":
            return code
        if last.sub_event_type in ("Peaceful protest", "Protest with intervention"):
            # deaths at a demonstration that was not itself violent: force was used on it
            return Coded(
                PROTESTS_,
                "Excessive force against protesters",
                "firearms",
                code.trigger,
                f"{code.rule}.inherited",
            )
        return Coded(
            last.event_type, last.sub_event_type, last.mode, code.trigger, f"{code.rule}.inherited"
        )

    def _scope(self, places: Sequence[Location]) -> str | None:
        for p in places:
            if p.admin1 and p.geo_precision == 3:
                return p.admin1
        # no country in the sentence: the story's, filled in once the events are placed
        # (:func:`_tally_scopes`)
        return next((p.country for p in places if p.country), None)

    def _mention(
        self,
        code: Coded,
        fact: str,
        sentence: tuple[int, int],
        date: DateValue | None,
        place: Location | None,
        actors: Sequence[Found],
        attribution: object,
        counts: Mapping[str, Count],
        story_force: ActorInfo | None = None,
        *,
        clash: bool = False,
        words: Sequence[Found] = (),
        bystander: bool = False,
    ) -> Mention:
        if fact == "negated":
            # "The ministry insists that nobody was hurt": the zero is the denial, no figure
            counts = {k: c for k, c in counts.items() if c.value != 0}
        country = place.country if place is not None and place.country else "Peru"
        actor1, actor2, assoc = actor_roles.assign(
            code.sub_event_type,
            code.event_type,
            actors,
            code.trigger,
            self.text,
            country,
            code.mode,
            story_force=story_force,
            lethal="killed" in counts and counts["killed"].value > 0,
            arrests="detained" in counts and counts["detained"].value > 0,
            clash=clash,
            speaker=attribution.span if isinstance(attribution, Attribution) else None,
            fact=fact,
            words=words,
            bystander=bystander,
        )
        plover, cameo = self.resources.crosswalk.get(
            (code.sub_event_type, code.mode),
            self.resources.crosswalk.get((code.sub_event_type, None), (None, None)),
        )
        filled = sum(x is not None for x in (date, place, actor1)) + len(counts)
        info = code.trigger.info
        trigger_id = info.id if isinstance(info, TriggerInfo) else "?"
        return Mention(
            event_type=code.event_type,
            sub_event_type=code.sub_event_type,
            mode=code.mode,
            plover=plover,
            cameo=cameo,
            factuality=fact,  # type: ignore[arg-type]
            trigger=TextRef(
                self.text[code.trigger.start : code.trigger.end],
                (code.trigger.start, code.trigger.end),
            ),
            sentence=sentence,
            date=date,
            location=place,
            actor1=actor1,
            actor2=actor2,
            assoc_actors=assoc,
            killed=counts.get("killed"),
            injured=counts.get("injured"),
            detained=counts.get("detained"),
            participants=counts.get("participants"),
            attribution=attribution,  # type: ignore[arg-type]
            confidence=min(0.95, 0.5 + 0.08 * filled),
            rules=(trigger_id, code.rule),
        )

    def _date_warnings(
        self, mention: Mention, own_date: bool, cues: Sequence[Found], code: Coded
    ) -> None:
        if not (own_date and mention.date and self.published):
            return
        if (
            mention.factuality not in ("planned", "called_for")
            and mention.date.value > self.published
        ):
            self.warnings.append(
                Warning(
                    "W_DATE_AFTER_PUBLICATION",
                    f"event dated {mention.date.value} after publication {self.published}",
                    mention.date.span,
                )
            )
        future_cue = any(
            isinstance(c.info, CueInfo)
            and c.info.role == "planned"
            and abs(c.start - code.trigger.start) < 60
            for c in cues
        )
        if future_cue and (self.published - mention.date.value).days > 7:
            self.warnings.append(
                Warning(
                    "W_PUBLICATION_DATE_SUSPECT",
                    f"the text speaks of {mention.date.text!r} ({mention.date.value}) as future, "
                    f"but it was published {self.published}",
                    mention.date.span,
                )
            )

    def _count_conflicts(self, events: Sequence[Mention]) -> None:
        seen: dict[tuple[str, object], Mention] = {}
        for m in events:
            if m.killed is None or m.factuality not in ("asserted", "reported"):
                continue
            key = (m.sub_event_type, m.date.value if m.date else None)
            other = seen.get(key)
            if (
                other is not None
                and other.killed is not None
                and other.killed.value != m.killed.value
            ):
                self.warnings.append(
                    Warning(
                        "W_COUNT_CONFLICT",
                        f"killed given as {other.killed.value} ({other.killed.text!r}) and "
                        f"{m.killed.value} ({m.killed.text!r}) for the same event",
                        m.killed.span,
                    )
                )
            seen[key] = m


class _Governed:
    """``governing_roles`` of the event words of one sentence, each worked out once (the
    roles depend on the word's span, the sentence's cues and the text only)."""

    __slots__ = ("cues", "memo", "text")

    def __init__(self, cues: Sequence[Found], text: str) -> None:
        self.cues = cues
        self.text = text
        self.memo: dict[tuple[int, int], set[str]] = {}

    def __call__(self, trigger: Found) -> set[str]:
        key = (trigger.start, trigger.end)
        roles = self.memo.get(key)
        if roles is None:
            roles = self.memo[key] = governing_roles(trigger, self.cues, self.text)
        return roles


#: the cheap check before :data:`_FIRST_PERSON_CALL`
_CALL_WORDS = (
    "convocamos",
    "exhortamos",
    "llamamos",
    "hacemos un",
    "instamos",
    "we call",
    "we urge",
)
#: a communiqué's own call, at the head of a line or a sentence, or after its numbering
#: ("PRIMERO.– Convocamos a un paro", "We call on all workers to ...")
_FIRST_PERSON_CALL = re.compile(
    rf"(?:^|\n|[.!]\s|[.–—:-]\s?)\s*(?:{_words('first_person_call')})\b",
    re.IGNORECASE,
)


#: a condition set before an action ("Si el Gobierno no atiende ..., el paro se radicalizará"):
#: a threat, still planned
_IF = re.compile(r"\b(?:si|if|unless|salvo\s+que|a\s+menos\s+que)\b", re.IGNORECASE)


#: how far ahead a call's or a plan's day may be when the text's day was also in the past
_CALL_REACH_DAYS = 60


def _called_long_ago(
    ahead: DateValue | None, dates: Sequence[DateValue], published: dt.date | None
) -> bool:
    """A call's day that is months ahead in its coming reading but was passed in its past one
    is the past one: "The CGT called a 12-hour general strike on January 24", told in June,
    is January's strike, not next year's; "el jueves" of a call stays the coming Thursday."""
    if ahead is None or published is None:
        return False
    if (ahead.value - published).days <= _CALL_REACH_DAYS:
        return False
    return any(d.span == ahead.span and d.value <= published for d in dates)


#: cue roles of a sentence that awaits what it tells: a plan, a call, a hedge, a condition
#: how far before the act threatened the threat's words may end ("threatened to block",
#: "amenazaron con volver a bloquear")
_THREAT_REACH = 24


def _threatened_act(trigger: Found, cues: Sequence[Found]) -> bool:
    """The event word is the act a threat holds over someone, right after the threat's words
    ("have threatened to block the highway again on Tuesday", "amenazaron con bloquear la
    vía el martes"): its weekdays lie ahead, as a plan's do."""
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == "threat"
        and c.end <= trigger.start
        and trigger.start - c.end <= _THREAT_REACH
        for c in cues
    )


_AWAITING = frozenset({"planned", "called_for", "possible", "condition", "threat", "cancelled"})


#: what follows a timeline entry's day: a dash or a colon ("Dec 7 - ", "7 de diciembre: ")
_ENTRY_MARK = re.compile(r"\s*[-–—:]\s")


def _opens_line(text: str, start: int) -> bool:
    """Whether a sentence starting at ``start`` opens a line, as a timeline's entry must
    (``_timeline_day``; the caller reads the sentence's dates only then, extract-perf8)."""
    return start <= 0 or text[max(0, start - 2) : start].strip(" \t") in ("\n\n", "\n")


def _opens_entry(text: str, at: int) -> bool:
    """Whether the date at ``at`` opens its line, as a chronology's entry does ("10 de
    diciembre. En Andahuaylas ...", "- Dec. 11: ...")."""
    line = text.rfind("\n", 0, at) + 1
    return not text[line:at].strip(" \t-–—•*")


def _timeline_day(text: str, start: int, dates: Sequence[DateValue]) -> DateValue | None:
    """The day that opens a paragraph as a timeline's entry ("Dec 7 - Congress votes ...",
    "7 de diciembre: ..."), else None."""
    if not _opens_line(text, start):
        return None
    for d in dates:
        if (
            d.precision == "day"
            and not text[start : d.span[0]].strip()
            and _ENTRY_MARK.match(text, d.span[1])
        ):
            return d
    return None


def _claim_cues(cues: Sequence[Found]) -> list[Found]:
    """The cues claims read: not those that only make an event a call ("convocatorias a nuevos
    bloqueos", ids ending in ``.event_only``)."""
    return [
        c for c in cues if not (isinstance(c.info, CueInfo) and c.info.id.endswith(".event_only"))
    ]


def _claim_fact(event_fact: str) -> Factuality:
    return "reported" if event_fact == "reported" else "asserted"


def _inside(trigger: Found, regions: Sequence[tuple[int, int]]) -> bool:
    """A casualty word that only belongs to a tally ("la cifra de fallecidos") names no event."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or info.kind not in ("killing", "injury", "arrest"):
        return False
    return any(a <= trigger.start < b for a, b in regions)


PROTESTS_ = "Protests"
#: how far back "de aquel año" looks for the year it means
_THAT_YEAR_REACH = 2000
#: how far back a bare "el día 10" looks for the day and month its paragraph told
_TOLD_MONTH_REACH = 600
#: how far back a day told before a weekday with its day number is looked for
_TOLD_WEEKDAY_REACH = 1500
#: "ese día", "aquella jornada", "that same day": a day named before (``Extractor._that_day``)
_THAT_DAY = re.compile(
    rf"\b(?:ese|aquel|esa|aquella)\s+(?:mismo\s+|misma\s+)?(?:{_words('day_noun', ('es',))})\b"
    rf"|\bthat\s+(?:same\s+)?(?:{_words('day_noun', ('en',))})\b",
    re.IGNORECASE,
)
#: a word every match of ``_THAT_DAY`` holds (``holds_any``)
_THAT_DAY_WORDS = ("dia", "día", "jornada", "day")
#: how far back (characters) the day "ese día" points to is looked for
_THAT_DAY_REACH = 600
#: a day without a year resolved this many days before publication is most of a year back
_BACKGROUND_DAY = 180
#: the most days a chronology's entry with no year may follow the entry before it
#: (``_Run._entry_year``)
_ENTRY_REACH = 120
#: a year alone ("1983", "2000"); the lookbehind sits after the first digit so that ``re``
#: skips ahead to a "1" or a "2" instead of trying the pattern at every position
_BARE_YEAR = re.compile(r"((?:1(?<![\d.,/-]1)[89]|2(?<![\d.,/-]2)0)\d\d)(?![\d.,/]\d)")
#: the first two digits of every match of ``_BARE_YEAR`` (``holds_any``)
_BARE_YEAR_OPENINGS = ("18", "19", "20")
#: sub-types a later generic mention of the same blast or strike takes over
#: a definite article or demonstrative just before a noun refers back: "the bombing", "el atentado"
_DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those|el|la|los|las|este|esta|ese|esa|estos|estas|esos|esas|"
    r"dicho|dicha)\s+$",
    re.IGNORECASE,
)
_SPECIFIC_REMOTE = frozenset({"Suicide bomb", "Air/drone strike", "Grenade", "Chemical weapon"})
_GENERIC_REMOTE = frozenset(
    {"Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Attack"}
)
_CLOCK = re.compile(
    r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?P<ap>[ap])\.?\s*m\b)?", re.IGNORECASE
)


#: the minute of the day that ends the morning
_NOON = 12 * 60


def _clock(entry: DateValue | None) -> tuple[dt.date, int] | None:
    """The day and the minute of the day of a live-blog entry's stamp ("21:15", "9.30 p.m.")."""
    if entry is None:
        return None
    m = _CLOCK.search(entry.text)
    if m is None:
        return None
    hour = int(m.group("h"))
    if m.group("ap") and m.group("ap").lower() == "p" and hour < 12:
        hour += 12
    return entry.value, hour * 60 + int(m.group("m"))


#: one person told by a pronoun as the one the force befell: "*she was never* beaten", "*lo*
#: golpearon", "*he had been* beaten"
_PRONOUN_VICTIM = re.compile(
    r"\b(?:she|he|her|him|ella|él|la|lo)\b(?:\s+(?:was|had|has|been|never|not|no|nunca|fue|"
    r"haya|habría|sido|golpearon|golpeó))*\s+\Z",
    re.IGNORECASE,
)


def _same_victim(mention: Mention, last: Mention, code: Coded) -> Mention:
    """The death told after an incident, of its victim ("An armoured police vehicle ran over a
    delivery rider ... He died in hospital a few hours later"; "X was shot by unidentified men
    while he was dancing at a sit-in. He died yesterday"): the person who died is whom that
    incident befell, not whoever the sentence, which names nobody, would default to."""
    base = code.rule.removesuffix(".inherited")
    if (
        base == code.rule
        or base not in _CASUALTY_RULES
        or mention.sub_event_type != last.sub_event_type
        or mention.actor2 is None
        or mention.actor2.span != (0, 0)
        or last.actor2 is None
        # one person, the one named ("He died"), not others ("Seven people died later")
        or any(c is not None and c.value > 1 for c in (mention.killed, mention.injured))
    ):
        return mention
    return replace(mention, actor2=last.actor2)


def _incident_before(events: Sequence[Mention], mention: Mention) -> Mention:
    """The incident a death told next would be of: the last of the three events told before
    that has its type, past the protest the victim was attacked at ("shot a student while he
    was dancing at a peaceful sit-in. He died yesterday"); else the last event."""
    for earlier in reversed(events[-3:]):
        if earlier.sub_event_type == mention.sub_event_type:
            return earlier
    return events[-1]


#: the sub-event types of an incident of a crowd, whose wounded a later count may tell
_CROWD_SUB_EVENTS = frozenset(
    {"Violent demonstration", "Excessive force against protesters", "Protest with intervention"}
)


def _crowd_wounded(
    killed: bool,
    figures: dict[str, Count] | None,
    last: Coded | None,
    crowd: Coded | None,
) -> bool:
    """A count of many wounded told in a sentence of its own after a mob's violence on one
    person ("A police officer was also killed overnight. Hospitals reported treating at least
    68 wounded"): the wounded are the crowd's incident's, told before the lone victim, not the
    mob's."""
    if killed or crowd is None or last is None or last is crowd:
        return False
    injured = (figures or {}).get("injured")
    return last.sub_event_type == "Mob violence" and injured is not None and injured.value >= 2


_CASUALTY_RULES = frozenset(
    {
        "protest.casualties",
        "protest.casualties.ctx",
        "protest.lethal",
        "protest.victims",
        "vac.casualties",
    }
)
_DEMANDED = frozenset({"resignation", "removal", "election_vote", "emergency", "curfew"})
#: count categories of casualties
_CASUALTIES = frozenset({"killed", "injured"})
#: the state forces that shoot (police, military), as opposed to the civil state named in passing
_FORCE_SECTORS = frozenset({"COP", "MIL"})


def _forces_named(actors: Sequence[Found]) -> bool:
    """The sentence names the police or the military as actors (not as a cited source)."""
    return any(
        isinstance(a.info, ActorInfo)
        and a.info.sector in _FORCE_SECTORS
        and a.info.role != "source"
        for a in actors
    )


def _wounds_of_riot(code: Coded, last: Coded | None, figures: Mapping[str, Count] | None) -> bool:
    """The sentence tells the dead and wounded of a violent demonstration told before and how they
    were hurt ("Dozens were wounded, many of them by gunshots", "A man and a woman were killed ...
    two dozen others were treated for bullet wounds", "the man was shot in the chest"): ACLED codes the
    casualties of a riot with the riot, whoever dies (docs/vocabulary.md). The caller checks that the
    sentence names neither the forces nor a town of its own (then it may tell another incident)."""
    if (
        last is None
        or last.sub_event_type != "Violent demonstration"
        or code.rule != "protest.force"
    ):
        return False
    if not figures or not ({"killed", "injured"} & set(figures)):
        return False
    info = code.trigger.info
    return isinstance(info, TriggerInfo) and info.kind == "force"


def _demanded(code: Coded, cues: Sequence[Found], text: str) -> bool:
    """ "exigen la renuncia", "urged the government to lift the state of emergency": a claim, not an event."""
    info = code.trigger.info
    if not isinstance(info, TriggerInfo):
        return False
    if info.kind not in _DEMANDED:
        return _restraint_asked(code.trigger, cues, text)
    return any(
        isinstance(c.info, CueInfo)
        # "until Boluarte resigns", "hasta que Dina Boluarte renuncie": a condition asks for it
        and c.info.role in ("demand", "called_for", "condition")
        and 0 <= code.trigger.start - c.end <= 60
        # a modal right before the verb ("Congress must vote", "debería renunciar") calls for the
        # event
        # itself, which is coded with that factuality
        and text[c.end : code.trigger.start].strip() != ""
        for c in cues
    )


#: how far (characters) before a restrained event word the demand that asks the restraint may
#: be; further when the restraint names a use ("to end the use of firearms"), which only a
#: demand asks for
_RESTRAINT_ASK_REACH = 60
_RESTRAINT_USE_REACH = 160
_RESTRAINT_USE = re.compile(rf"\b(?:{_words('restraint_use')})\b", re.IGNORECASE)


def _restraint_asked(trigger: Found, cues: Sequence[Found], text: str) -> bool:
    """ "urged the police to stop using firearms", "pidió que no se usen armas letales": what a
    demand asks someone not to do, or to stop doing, is no event (``restraint`` cues, right
    before the event word; a bare "no" may deny a fact: "insisten en que no dispararon"). A
    restraint that names a use ("end the use of", "suspender el uso de") says by itself what is
    asked, so its demand may stand further back, before the other things it asks ("calls on the
    authorities to release anyone detained ..., to end the use of firearms against
    demonstrators"); "to stop" may tell a purpose ("fired tear gas to stop the march") and
    needs its demand near."""
    asks = [
        c.end
        for c in cues
        if isinstance(c.info, CueInfo)
        and c.info.role in ("demand", "called_for")
        and 0 <= trigger.start - c.end <= _RESTRAINT_USE_REACH
    ]
    return any(
        isinstance(r.info, CueInfo)
        and r.info.role == "restraint"
        # right before the event word, or taking in its first word ("no usar armas letales")
        and (0 <= trigger.start - r.end <= 16 or r.start < trigger.start < r.end)
        and any(
            a <= r.start
            and (
                trigger.start - a <= _RESTRAINT_ASK_REACH
                or _RESTRAINT_USE.search(text, r.start, r.end) is not None
            )
            for a in asks
        )
        for r in cues
    )


#: event words whose clause adds figures to the sentence's incident rather than telling another one
_FAMILY = {"Protests": "demonstration", "Riots": "demonstration"}
_SAME_INCIDENT = frozenset({"killing", "injury", "arrest"})


def _clauses(
    cues: Sequence[Found], text: str, sentence: tuple[int, int], facts: Collection[int] = ()
) -> list[tuple[int, int, bool]]:
    """The sentence cut where a clause that may tell another incident begins: at a subordinator
    ("after", "cuando", "tras"), at a coordinator that follows a comma or semicolon (", but",
    "; y") and at the coordinators of second facts at ``facts`` (:func:`_facts_with_dead`)."""
    start, end = sentence
    cuts: dict[int, bool] = {
        start: True
    }  # where a clause starts -> does it depend on the incident told
    # every match of ``_ELLIPTIC_DAMAGE`` holds one of its damage words: read once for the
    # sentence, not for every comma and coordinator in it (extract-perf8)
    damage = _damage_told(text, start, end)
    for c in cues:
        if not isinstance(c.info, CueInfo) or not start < c.start < end:
            continue
        if c.info.role == "subordinator":
            cuts[c.start] = True
        elif c.info.role == "coordinator" and (
            text[max(start, c.start - 3) : c.start].rstrip().endswith((",", ";"))
            # "recuerda que ... murieron en Juliaca y que ... falleció en el Cusco": a second fact
            # with dead of its own
            or c.start in facts
            # "murieron dos pobladores y la comisaría fue incendiada", "and the police station
            # was set on fire": a passive with a subject of its own tells another incident, with
            # or without a comma
            or _PASSIVE_CLAUSE.match(text, c.end, min(end, c.end + 80)) is not None
            # "Detienen a un dirigente y la federación anuncia que radicalizará el paro", "and
            # the union said it would strike": a subject of its own and a speech verb tell
            # another fact
            or _SPEECH_CLAUSE.match(text, c.end, min(end, c.end + 80)) is not None
            # "dos muertos y la comisaría en llamas": the same with the verb left out, after
            # the casualties of the first clause
            or (
                damage
                and _ELLIPTIC_DAMAGE.match(text, c.end, min(end, c.end + 60)) is not None
                and _CASUALTY_WORD.search(text, start, c.start) is not None
            )
        ):
            cuts[c.start] = False
    for m in _COMMA.finditer(text, start, end) if damage else ():
        if (
            _ELLIPTIC_DAMAGE.match(text, m.end(), min(end, m.end() + 60)) is not None
            and _CASUALTY_WORD.search(text, start, m.start()) is not None
        ):
            # "Two killed, police station torched in Peru's highlands": a headline's second
            # clause, a building and what befell it with no verb, after a comma
            cuts[m.end()] = False
    i = text.find(";", start, end)
    while i >= 0:
        cuts[i + 1] = False
        i = text.find(";", i + 1, end)
    for c in cues:
        if (
            isinstance(c.info, CueInfo)
            and c.info.id.endswith(".subordinator_place")
            and start < c.start < end
            and _FRONTED_HEAD.fullmatch(text, start, c.start) is not None
        ):
            # "In Ayacucho, where soldiers shot dead ten people last week, residents held a vigil
            # on Saturday night": the relative clause of a fronted town tells what happened there
            # before; the main clause after its commas tells an incident of its own
            for m in _COMMA.finditer(text, c.end, end):
                cuts.setdefault(m.end(), False)
    ordered = sorted(cuts)
    return [(a, b, cuts[a]) for a, b in zip(ordered, [*ordered[1:], end], strict=True) if b > a]


#: the forces answering a riot ("que respondieron con bombas lacrimógenas", "police responded
#: with tear gas"): their answer is part of it, not an intervention of its own
_RESPONSE = re.compile(
    rf"\b(?:{_words('response')}|(?:{_words('repel')})\s+(?:them|the\s+\w+\s+)?with)\b",
    re.IGNORECASE,
)


def _same_town(place: Location, other: Location | None) -> bool:
    """``place`` lies where ``other`` is (the same province, else the same region)."""
    if other is None:
        return False
    if place.admin2 and other.admin2:
        return place.admin2 == other.admin2
    return bool(place.admin1 and place.admin1 == other.admin1)


#: how far (characters) before the force word the forces' answer may open ("Los agentes
#: respondieron con bombas lacrimógenas y disparos")
_ANSWER_REACH = 60


def _answers(trigger: Found, text: str) -> bool:
    """The force word is told as the forces' answer, in its own sentence: "La policía respondió
    con disparos", "officers answered with pellets", "responded with live fire"."""
    lo = max(0, trigger.start - _ANSWER_REACH)
    stop = max(text.rfind(".", lo, trigger.start), text.rfind("\n", lo, trigger.start))
    return _RESPONSE.search(text, max(lo, stop + 1), trigger.end) is not None


#: a clause that opens on a passive told of a subject of its own, after "y"/"and": "y la
#: comisaría de la ciudad fue incendiada", "y fue incendiada la comisaría", "and the town's police
#: station was set on fire" (not "y fue detenido", whose subject is the one before)
_PASSIVE_CLAUSE = re.compile(
    r"\s+(?:(?:además|también|luego|then|also|later)\s+)?(?:"
    r"(?:el|la|los|las|su|sus|the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:fue|fueron|ha\s+sido|han\s+sido|was|were|has\s+been|have\s+been)\s+"
    r"(?:set|burnt|[a-záéíóúñ]+(?:ad[oa]s?|id[oa]s?|ed|en))\b"
    r"|(?:fue|fueron)\s+[a-záéíóúñ]+(?:ad[oa]s?|id[oa]s?)\s+(?:el|la|los|las|su|sus)\s)",
    re.IGNORECASE,
)


#: a clause that opens on a subject of its own and a speech verb, after "y"/"and": "y la
#: federación anuncia que radicalizará el paro", "and the union said it would strike"
#: (twenty-fifth session, blind20); never a bare verb, whose subject is the one before ("y
#: anunció que ...")
_SPEECH_CLAUSE = re.compile(
    r"\s+(?:el|la|los|las|su|sus|the|its|their)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:anuncia|anuncian|anunció|anunciaron|advierte|advierten|advirtió|advirtieron|dice|dicen|"
    r"dijo|dijeron|afirma|afirman|afirmó|asegura|aseguran|aseguró|amenaza|amenazan|amenazó|"
    r"announces|announce|announced|says|say|said|warns|warn|warned|threatens|threatened|vows|"
    r"vowed)\s+(?:que|con|it|they|he|she|to|that)\b",
    re.IGNORECASE,
)


#: a clause set days away from the one before it: "a day after he led a nationwide strike",
#: "two days after", "un día después de que", "al día siguiente de" (twenty-fifth session,
#: blind20); hours or a bare "after" may be the same incident's ("arrested after the march turned
#: violent")
_DAYS_AFTER = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|several|a\s+few)\s+(?:days?|weeks?)\s+after"
    r"|the\s+day\s+after"
    r"|(?:un|dos|tres|cuatro|cinco|varios)\s+(?:d[ií]as?|semanas?)\s+(?:despu[eé]s|luego)\s+de"
    r"|al\s+d[ií]a\s+siguiente\s+de)\b",
    re.IGNORECASE,
)


def _apart_clause_at(cues: Sequence[Found], text: str, sentence: tuple[int, int]) -> int | None:
    """Where the sentence's first clause that tells a fact apart begins, if any: one with a
    subject and a speech verb of its own after "y"/"and" (:data:`_SPEECH_CLAUSE`), or one set
    days away (:data:`_DAYS_AFTER`)."""
    start, end = sentence
    at = [
        c.start
        for c in cues
        if isinstance(c.info, CueInfo)
        and c.info.role == "coordinator"
        and start < c.start < end
        and _SPEECH_CLAUSE.match(text, c.end, min(end, c.end + 80)) is not None
    ]
    days = _DAYS_AFTER.search(text, start, end)
    if days is not None and days.start() > start:
        at.append(days.start())
    return min(at) if at else None


#: a clause of a building and the damage it took with the verb left out, as headlines write
#: ("police station torched", "la comisaría en llamas", "courthouse set ablaze", "sede
#: saqueada"): a noun phrase of one to five words, then the participle or "in flames"; not a
#: verb's second participle ("was beaten and burned to death")
_ELLIPTIC_DAMAGE = re.compile(
    r"\s*(?!(?:cuy[oa]s?|whose|which|que|who)\b)(?:(?:el|la|los|las|su|sus|the|its|their|a|an)\s+)?"
    r"(?:(?!(?:fue|fueron|es|son|está|están|ha|han|sido|was|were|is|are|has|have|had|been|"
    r"hallad[oa]s?|encontrad[oa]s?|found)\b)[\w'’-]+\s+){1,4}?"
    r"(?:torched|burn(?:ed|t)(?:\s+down)?|set\s+ablaze|set\s+on\s+fire|in\s+flames|"
    r"looted|ransacked|en\s+llamas|incendiad[oa]s?|quemad[oa]s?|saquead[oa]s?|"
    r"calcinad[oa]s?)\b(?!\s+(?:by|por|to\s+death|alive|viv[oa]s?)\b)",
    re.IGNORECASE,
)
_COMMA = re.compile(r",")
#: a word every match of ``_ELLIPTIC_DAMAGE`` holds, in lower case: its damage words ("set" for
#: "set ablaze" and "set on fire", "flames" and "llamas" for "in flames" and "en llamas", the
#: stems of the Spanish participles)
_DAMAGE_WORDS = (
    "torched",
    "burn",
    "set",
    "flames",
    "looted",
    "ransacked",
    "llamas",
    "incendiad",
    "quemad",
    "saquead",
    "calcinad",
)


def _damage_told(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a match of ``_ELLIPTIC_DAMAGE``: one of its damage
    words in the stretch's lower case (True for a stretch with a letter ``re`` folds otherwise,
    ``numbers.window_holds_any``)."""
    return window_holds_any(text[start:end], _DAMAGE_WORDS)


#: the casualties a headline counts before its verbless damage clause ("Two killed, ...", "dos
#: muertos y ..."); arrests before it ("33 detenidos y autos incendiados") tell one riot
_CASUALTY_WORD = re.compile(
    r"\b(?:killed|dead|died|wounded|injured|hurt|muert[oa]s?|fallecid[oa]s?|herid[oa]s?)\b",
    re.IGNORECASE,
)


#: the modes of a riot's damage to property
_DAMAGE_MODES = frozenset({"arson", "looting", "vandalism"})


def _passive_clause_at(cues: Sequence[Found], text: str, at: int) -> bool:
    """A coordinator opens a passive clause of a subject of its own at ``at``
    (``_PASSIVE_CLAUSE``)."""
    if at > 0 and text[at - 1] == "," and _ELLIPTIC_DAMAGE.match(text, at, at + 60) is not None:
        return True  # "Two killed, police station torched": the verbless clause after a comma
    return any(
        c.start == at
        and isinstance(c.info, CueInfo)
        and c.info.role == "coordinator"
        and (
            _PASSIVE_CLAUSE.match(text, c.end, c.end + 80) is not None
            or _ELLIPTIC_DAMAGE.match(text, c.end, c.end + 60) is not None
        )
        for c in cues
    )


def _damage_beside(
    c: Coded, coded: Sequence[Coded], cues: Sequence[Found], text: str, at: int
) -> bool:
    """ "murieron dos pobladores durante un enfrentamiento con la Policía y la comisaría fue
    incendiada": a building burned in a passive clause of its own (at ``at``) is a second
    incident of the riot, beside the clash told before it; damage told after damage ("Shops were
    looted, and the offices were set on fire") is one riot's."""
    return (
        c.mode in _DAMAGE_MODES
        and _passive_clause_at(cues, text, at)
        and all(x.trigger.start < at for x in coded)
        and not any(
            isinstance(x.trigger.info, TriggerInfo)
            and x.trigger.info.kind in ("looting", "destruction")
            for x in coded
        )
    )


def _verbless_damage(
    coded: list[Coded],
    facts: SentenceFacts,
    cues: Sequence[Found],
    counts: Sequence[CountMatch],
    text: str,
    sentence: tuple[int, int],
) -> list[Coded]:
    """A headline's two incidents: "Two killed, police station torched in Peru's highlands",
    "Macusani: dos muertos y la comisaría en llamas". The casualties before the verbless clause
    of a building's damage (``_ELLIPTIC_DAMAGE``, after a comma or "y"/"and") are one incident,
    the damage another; when the damage word took the whole sentence, each clause is coded on its
    own words and takes its own figures."""
    if len(coded) != 1 or coded[0].clause is not None or coded[0].mode not in _DAMAGE_MODES:
        return coded
    start, end = sentence
    damage = coded[0]
    at = next(
        (
            a
            for a, _, depends in _clauses(cues, text, sentence)
            if not depends and a < damage.trigger.start and _ELLIPTIC_CUT.match(text, a)
        ),
        None,
    )
    if at is None:
        return coded
    inside = [c for c in counts if start <= c.count.span[0] < at and not c.part]
    if not any(c.category in ("killed", "injured") for c in inside):
        return coded
    first = [t for t in facts.triggers if start <= t.start < at]
    if not first:
        return coded
    sub = replace(
        facts,
        triggers=first,
        actors=[x for x in facts.actors if start <= x.start < at],
        has_killed=any(c.category == "killed" for c in inside),
        has_injured=any(c.category == "injured" for c in inside),
        has_detained=any(c.category == "detained" for c in inside),
        has_participants=any(c.category == "participants" for c in inside),
    )
    head = code_sentence(sub)[:1]
    if not head or head[0].mode in _DAMAGE_MODES:
        return coded
    h = head[0]
    if damage.sub_event_type == "Violent demonstration" and ".casualties" in h.rule:
        # the dead told with no one who killed them, beside a riot's damage, are the riot's (the
        # policy on riots, docs/vocabulary.md)
        h = replace(
            h, event_type=damage.event_type, sub_event_type=damage.sub_event_type, mode="clash"
        )
    return [
        Coded(h.event_type, h.sub_event_type, h.mode, h.trigger, f"{h.rule}.clause", (start, at)),
        Coded(
            damage.event_type,
            damage.sub_event_type,
            damage.mode,
            damage.trigger,
            f"{damage.rule}.clause",
            (at, end),
        ),
    ]


#: the start of a verbless damage clause: after a comma or a coordinator
_ELLIPTIC_CUT = re.compile(r"(?:\s*(?:y|e|and)\b)?" + _ELLIPTIC_DAMAGE.pattern, re.IGNORECASE)


def _clause_events(
    coded: Sequence[Coded],
    facts: SentenceFacts,
    cues: Sequence[Found],
    counts: Sequence[CountMatch],
    text: str,
    sentence: tuple[int, int],
    places: Callable[[], Sequence[Location]] | None = None,
) -> list[Coded]:
    """Incidents of other kinds told in other clauses of the sentence: "Protesters set fire to a
    police station after two demonstrators were shot dead", "la Policía despejó la vía, pero los
    comuneros volvieron a bloquearla". Each clause is coded on its own words; a clause that
    yields what the sentence already has adds nothing, unless it is a sibling clause set in a
    town of its own (:func:`_elsewhere`; ``places`` gives the sentence's places when asked)."""
    if not coded or len(facts.triggers) < 2:
        return []
    facts_at = _facts_with_dead(cues, counts, sentence)
    clauses = _clauses(cues, text, sentence, facts_at)
    if len(clauses) < 2:
        return []
    taken = {(c.event_type, c.sub_event_type) for c in coded}
    # an armed group's attack on a demonstration is told within the demonstration's story
    # ("the student who became a symbol of the national strike ... after unidentified gunmen
    # shot him")
    families = {
        "demonstration" if c.mode == ON_DEMONSTRATORS else _FAMILY.get(c.event_type, c.event_type)
        for c in coded
    }
    used = {c.trigger.start for c in coded}
    # the incident told in a clause joined by ", and": the clause before it is its sibling, not its
    # dependant ("In 2011 they paralysed Puno in a strike, and in 2004 residents lynched their
    # mayor")
    at = next((i for i, (a, b, _) in enumerate(clauses) if a <= coded[0].trigger.start < b), 0)
    if not clauses[at][2]:
        clauses = [(a, b, False if i == 0 else dep) for i, (a, b, dep) in enumerate(clauses)]
    # a march told in the main clause before the riot's clause ("a crowd had marched through the
    # town
    # earlier in the day before some protesters tried to force their way into the police station")
    # is a
    # demonstration of its own; deaths told there are the riot's
    march_first = at > 0 and clauses[at][2] and coded[0].sub_event_type == "Violent demonstration"
    # "Two teenagers were shot dead near the airport in Andahuaylas, where demonstrators had taken
    # over the terminal": the incident coded from a place's relative clause is what happened at
    # the place; the dead counted before it are an incident of their own
    place_clause = at > 0 and _opens_place_clause(clauses[at][0], cues, text)
    outcome = any(c.rule in POLITICAL_RULES for c in coded)
    out: list[Coded] = []
    for index, (a, b, subordinate) in enumerate(clauses):
        triggers = [t for t in facts.triggers if a <= t.start < b]
        if not triggers or any(t.start in used for t in triggers):
            continue
        inside = [c for c in counts if a <= c.count.span[0] < b]
        own_dead = (
            place_clause
            and b <= clauses[at][0]
            and any(c.category in ("killed", "injured") and not c.part for c in inside)
        ) or (
            _fact_between(facts_at, a, clauses[at][0])
            and any(c.category == "killed" and not c.part for c in inside)
        )
        # an arrest aimed at a person ("a day after he was arrested on terrorism charges") is its
        # own event
        targeted = any(
            isinstance(c.info, CueInfo) and c.info.role == "targeted" and a <= c.start < b
            for c in cues
        )
        same = _SAME_INCIDENT - {"arrest"} if targeted else _SAME_INCIDENT
        if not own_dead and not any(
            isinstance(t.info, TriggerInfo) and not t.info.weak and t.info.kind not in same
            for t in triggers
        ):
            continue  # casualties or arrests told in a clause of their own belong to the incident told
        sub = SentenceFacts(
            triggers=triggers,
            actors=[x for x in facts.actors if a <= x.start < b],
            has_killed=any(c.category == "killed" for c in inside),
            has_injured=any(c.category == "injured" for c in inside),
            has_detained=any(c.category == "detained" for c in inside),
            has_participants=any(c.category == "participants" for c in inside),
            election_topic=facts.election_topic,
            doc_protest=facts.doc_protest,
            doc_unrest=facts.doc_unrest,
            doc_unarmed=facts.doc_unarmed,
            commemoration=facts.commemoration,
            commemoration_at=facts.commemoration_at,
            targeted=targeted,
            text=facts.text,
        )
        for c in code_sentence(sub)[:1]:
            if outcome and cause_of_outcome(c, text):
                # "el ministro renunció tras las protestas en Puno": the protests that led to the
                # outcome are told as its cause, not as an event of the sentence
                continue
            # "Protesters blocked the highway near Otavalo on Tuesday, and several roads into
            # Puyo were cut": an incident of the same kind told in a sibling clause with a town
            # of its own is another one
            elsewhere = (
                (c.event_type, c.sub_event_type) in taken
                and not subordinate
                and places is not None
                and _elsewhere(c, coded, places(), text, sentence[0], (a, b))
            )
            if (
                (c.event_type, c.sub_event_type) in taken
                and not (not subordinate and _damage_beside(c, coded, cues, text, a))
                and not elsewhere
                and not (
                    # "said four people were arrested for damaging property, and officers briefly
                    # used tear gas to disperse a group": the arrests and the dispersal told in
                    # sibling clauses are two interventions (the charge names no riot of its own)
                    not subordinate
                    and _AND_CLAUSE.search(text, max(0, a - 8), min(len(text), a + 4)) is not None
                    and c.sub_event_type == "Protest with intervention"
                    and c.mode != "arrest"
                    and any(
                        x.sub_event_type == "Protest with intervention" and x.mode == "arrest"
                        for x in coded
                    )
                    and all(x.mode == "arrest" for x in out if x.sub_event_type == c.sub_event_type)
                )
            ):
                continue
            if (
                c.sub_event_type == "Protest with intervention"
                and ("Riots", "Violent demonstration") in taken
                and (
                    _RESPONSE.search(text, a, b)
                    # "Los manifestantes respondieron con piedras y quemaron llantas; los agentes
                    # usaron gases lacrimógenos y detuvieron a once personas": the forces' tear gas
                    # and arrests told after the riot, with no crowd of their own, answer it
                    or (
                        any(
                            x.sub_event_type == "Violent demonstration" and x.trigger.start < a
                            for x in coded
                        )
                        # a crowd of its own, dispersed or demonstrating ("used tear gas to
                        # disperse a group that tried to break through a cordon"), is another scene
                        and not any(
                            isinstance(t.info, TriggerInfo)
                            and (t.info.kind == "protest" or t.info.mode == "dispersal")
                            for t in triggers
                        )
                    )
                )
            ):
                # "enfrentamientos entre los manifestantes, que lanzaban piedras, y los agentes, que
                # respondieron con bombas lacrimógenas": the forces' answer is part of the riot
                continue
            riot = next(
                (
                    x
                    for x in coded
                    if x.sub_event_type == "Violent demonstration" and x.trigger.start < a
                ),
                None,
            )
            if (
                (
                    c.sub_event_type == "Excessive force against protesters"
                    # "y los agentes respondieron con disparos: murieron dos personas": the
                    # forces' fire on people the clause does not call demonstrators
                    or c.rule == "vac.force"
                )
                and riot is not None
                and _RESPONSE.search(text, a, b)
                and any(x.count.span[0] >= a for x in counts)
                and not any(
                    isinstance(t.info, TriggerInfo) and t.info.kind == "protest" for t in triggers
                )
            ):
                # "demonstrators burned a police post, and officers responded with live fire; two
                # people died there": the forces' fire told as their answer to the riot, with its
                # dead, is the riot's (the riot policy, docs/vocabulary.md), a mention of its own
                # for the figures of its clause
                taken.add((riot.event_type, riot.sub_event_type))
                end = _dead_clause_after(clauses, index, facts, counts) or b
                out.append(
                    Coded(
                        riot.event_type,
                        riot.sub_event_type,
                        riot.mode,
                        c.trigger,
                        f"{c.rule}.clause.riot_response",
                        (a, end),
                    )
                )
                continue
            if (
                c.sub_event_type == "Excessive force against protesters"
                and riot is not None
                # no figure from the clause on ("and officers responded with live fire; two
                # people died there": the fire with its dead), no voice of its own before the fire
                # ("relatives said the victims had been shot": another account; a closing
                # "according to witnesses" sources the whole sentence) and no crowd of its own
                and not any(x.count.span[0] >= a for x in counts)
                and not any(
                    isinstance(q.info, CueInfo)
                    and q.info.role == "reported"
                    and a <= q.start < c.trigger.start
                    for q in cues
                )
                and not any(
                    isinstance(t.info, TriggerInfo) and t.info.kind == "protest" for t in triggers
                )
            ):
                # "hundreds tried to storm the airport, breaking through the fence, and soldiers
                # guarding the runway opened fire": the forces' fire told after the crowd's
                # violence, with no figure or crowd of its own, is part of the riot (the riot
                # policy, docs/vocabulary.md; twenty-fifth session, blind20)
                continue
            if (
                c.sub_event_type == "Protest with intervention"
                and ("Protests", "Excessive force against protesters") in taken
                and not any(
                    isinstance(t.info, TriggerInfo) and t.info.kind == "protest" for t in triggers
                )
            ):
                # "los militares dispararon contra los manifestantes ..., mientras un helicóptero
                # lanzaba bombas lacrimógenas": the forces' tear gas beside their fire on the same
                # crowd is part of the force used on it, not an intervention of its own
                continue
            if c.sub_event_type == "Peaceful protest" and any(
                x.sub_event_type == "Protest with intervention"
                and x.trigger.start >= b
                and _takes_it_back(x.trigger, text)
                and not (
                    _DAY_WORD.search(text, a, b)
                    and _DAY_WORD.search(text, b, _clause_end(clauses, x.trigger.start))
                )
                for x in coded
            ):
                # "unas doscientas personas se concentraron en la avenida Abancay; la policía las
                # dispersó con gases": the gathering the forces then dispersed ("las", "them") is
                # the intervention's protest, one event (twentieth session, spurious2); each told
                # with a day of its own ("El martes bloquearon la vía ..., y la Policía los desalojó
                # ayer"), they are two
                continue
            if march_first and a == clauses[0][0] and c.sub_event_type == "Peaceful protest":
                pass
            elif own_dead:
                pass
            elif subordinate and _FAMILY.get(c.event_type, c.event_type) in families:
                # "killed when security forces clashed with demonstrators": one demonstration; only
                # a
                # clause joined by ", but" / ", y" may tell a second one
                continue
            rule = f"{c.rule}{ELSEWHERE_RULE}" if elsewhere else c.rule
            taken.add((c.event_type, c.sub_event_type))
            end = b
            if c.sub_event_type == _EXCESSIVE and not facts.forces_hurt:
                end = _dead_clause_after(clauses, index, facts, counts) or b
            out.append(
                Coded(c.event_type, c.sub_event_type, c.mode, c.trigger, f"{rule}.clause", (a, end))
            )
    return out


def _elsewhere(
    c: Coded,
    coded: Sequence[Coded],
    places: Sequence[Location],
    text: str,
    start: int,
    clause: tuple[int, int],
) -> bool:
    """The sibling clause ``clause`` tells an incident of its own with its own word (``c``'s, not
    weak, not a casualty's or an arrest's, which add to the incident told, nor a shooting's,
    which ``_split_by_place`` places) in a town of its own:
    the clauses before it name a town, it names another and none of theirs."""
    info = c.trigger.info
    if not isinstance(info, TriggerInfo) or info.weak or info.kind in _SAME_INCIDENT:
        return False
    if info.kind in _INCIDENT_KINDS or c.sub_event_type == _EXCESSIVE:
        # shootings and crackdowns told town by town are split by ``_split_by_place``
        return False
    if not all(x.trigger.start < clause[0] for x in coded):
        return False
    towns = [p for p in places if _town(p) and not distance_reference(p, text)]
    own = {p.name for p in towns if start <= p.span[0] < clause[0]}
    theirs = {p.name for p in towns if clause[0] <= p.span[0] < clause[1]}
    return bool(own) and bool(theirs) and not own & theirs


def _dead_clause_after(
    clauses: Sequence[tuple[int, int, bool]],
    index: int,
    facts: SentenceFacts,
    counts: Sequence[CountMatch],
) -> int | None:
    """Where the clause right after a clause of fire on a crowd ends, when it only counts the
    dead or wounded: "demonstrators burned a police post, and officers responded with live fire;
    *two people died there*" (the dead of the fire, not of the burning told first)."""
    if index + 1 >= len(clauses):
        return None
    a, b, _ = clauses[index + 1]
    if any(
        isinstance(t.info, TriggerInfo)
        and not t.info.weak
        and t.info.kind not in ("killing", "injury")
        for t in facts.triggers
        if a <= t.start < b
    ):
        return None
    inside = [c for c in counts if a <= c.count.span[0] < b]
    if not inside or any(c.category not in ("killed", "injured") or c.part for c in inside):
        return None
    return b


#: the crowd told before taken up again by a pronoun at the forces' word: "las dispersó", "los
#: desalojaron", "dispersed them", "cleared them"
#: a word that names a day: two clauses that each hold one tell two times
_DAY_WORD = re.compile(
    rf"\b(?:{_words('day_word')})\b",
    re.IGNORECASE,
)


def _clause_end(clauses: Sequence[tuple[int, int, bool]], at: int) -> int:
    """The end of the clause that holds ``at``."""
    return next((b for a, b, _ in clauses if a <= at < b), clauses[-1][1])


_PRONOUN_BEFORE = re.compile(r"\b(?:las|los)\s+\Z", re.IGNORECASE)
#: "them" right after the word, or as its object or the one its purpose acts on ("fired tear gas
#: at them", "fired tear gas to keep them back")
_PRONOUN_AFTER = re.compile(
    rf"\s+(?:(?:at|on)\s+|to\s+(?:{_words('keep_back')})\s+)?them\b", re.IGNORECASE
)


def _takes_it_back(trigger: Found, text: str) -> bool:
    """The forces' word takes up the crowd told before with a pronoun (``las``/``los`` before
    it, ``them`` after it)."""
    return (
        _PRONOUN_BEFORE.search(text, max(0, trigger.start - 5), trigger.start) is not None
        or _PRONOUN_AFTER.match(text, trigger.end) is not None
    )


def _facts_with_dead(
    cues: Sequence[Found], counts: Sequence[CountMatch], sentence: tuple[int, int]
) -> frozenset[int]:
    """Where a second fact told with its own "that" ("y que", "and that": ``coordinator_fact``
    cues) begins, when the dead are counted both before it and after it in the sentence:
    "recuerda que el lunes murieron diecisiete civiles en Juliaca y que el miércoles un dirigente
    falleció en el Cusco" tells two deadly incidents. The wounded told after "and that" ("had
    attacked the airport, and that 75 officers were injured") are the first fact's."""
    start, end = sentence
    dead = [
        c.count.span[0]
        for c in counts
        if c.category == "killed" and not c.part and start <= c.count.span[0] < end
    ]
    return frozenset(
        c.start
        for c in cues
        if start < c.start < end
        and isinstance(c.info, CueInfo)
        and c.info.id.endswith(".coordinator_fact")
        and any(at < c.start for at in dead)
        and any(at > c.start for at in dead)
    )


def _fact_between(facts: Collection[int], one: int, other: int) -> bool:
    """A second fact (:func:`_facts_with_dead`) begins between the clauses at ``one`` and at
    ``other``, or opens the later of them: the two clauses tell two facts."""
    lo, hi = min(one, other), max(one, other)
    return one != other and any(lo < at <= hi for at in facts)


#: a clause joined by ", and" / ", y" (a sibling, where ";" or a subordinator is not)
_AND_CLAUSE = re.compile(r",\s*(?:and|y|e)\b", re.IGNORECASE)


def _opens_place_clause(at: int, cues: Sequence[Found], text: str) -> bool:
    """A place's relative clause opens at ``at`` after a comma (", where ...", ", donde ...":
    ``subordinator_place`` cues)."""
    return text[:at].rstrip().endswith(",") and any(
        c.start == at and isinstance(c.info, CueInfo) and c.info.id.endswith(".subordinator_place")
        for c in cues
    )


#: the demonstration's own kinds of incident the forces or the crowd make of it on a day
_ON_A_DEMONSTRATION = frozenset(
    {"Protest with intervention", "Excessive force against protesters", "Violent demonstration"}
)
#: the actions a report tells by how long they had lasted (a strike too)
_GONE_ON_MODES = LASTING_MODES | {"strike"}
#: how far from a lasting action's word the phrase of how long it had lasted may stand
_STANDING_REACH = 60


def _standing_protests(
    coded: Sequence[Coded],
    facts: SentenceFacts,
    cues: Sequence[Found],
    dates: Sequence[DateValue],
    text: str,
) -> list[Coded]:
    """A blockade, an occupation or a strike told beside the day's intervention, force or riot
    as having gone on before it is a peaceful protest of its own (docs/gold-format.md: every
    sentence that names a codable event; ACLED codes the days of a blockade apart from its
    clearing): "police cleared the highway near Chala after a blockade that had choked the
    coastal route for days", "desbloquearon la Panamericana ..., donde los pobladores
    mantenían cortada la vía desde hacía cinco días", "troops guarding the plant, which
    residents had blockaded for a week, opened fire", "murió ... en el noveno día del paro
    nacional". How long it had lasted is a "since" date, a figure of days or weeks
    (:func:`~veeduria.extract.dates.tells_how_long`) or a `lasted` cue ("for days") near its
    word; the demonstration the forces act on that day ("fired tear gas at thousands who
    marched", "dispersed demonstrators who were still blocking the bridge") stays one event."""
    if not any(c.sub_event_type in _ON_A_DEMONSTRATION for c in coded) or any(
        c.sub_event_type == "Peaceful protest" for c in coded
    ):
        return []
    used = {c.trigger.start for c in coded}
    since = period_starts(dates, _cue_spans(cues, "since"), text)
    lasted = _cue_spans(cues, "lasted")
    for t in facts.triggers:
        info = t.info
        if (
            t.start in used
            or not isinstance(info, TriggerInfo)
            or info.kind != "protest"
            or info.weak
            or info.mode not in _GONE_ON_MODES
        ):
            continue
        lo, hi = t.start - _STANDING_REACH, t.end + _STANDING_REACH
        if (
            any(lo <= a and b <= hi for a, b in since)
            or any(lo <= a and b <= hi for a, b in lasted)
            or tells_how_long(text, max(lo, 0), hi)
        ):
            return [Coded(PROTESTS_, "Peaceful protest", info.mode, t, "protest.standing")]
    return []


def _standing_start(
    choice: DateChoice,
    code: Coded,
    told: Sequence[DateValue],
    since: Sequence[DateValue],
    text: str,
    sentence: tuple[int, int],
    story: DateValue | None,
) -> DateChoice:
    """The days of a blockade, an occupation or a strike told beside the day's incident
    (:func:`_standing_protests`): from the day it began to the sentence's own day (else the
    story's). It began the day its length counts back to ("mantenían cortada la vía desde hacía
    cinco días", "en el noveno día del paro"), else on the date after its "since" ("blocked by
    farm workers since Wednesday"). The date is that first day, with the window up to the
    incident's day, so reports of the blockade on other days can share it. ``told``: the
    sentence's dates; ``since``: those that open a period."""
    lo, hi = code.trigger.start - _STANDING_REACH, code.trigger.end + _STANDING_REACH
    day = next(
        (d for d in told if d.precision == "day" and d not in since and sentence[0] <= d.span[0]),
        story,
    )
    if day is not None and day.precision != "day":
        day = None
    window = (
        lasting_start(text, (code.trigger.start, code.trigger.end), sentence, day.value)
        if day is not None
        else None
    )
    if window is not None and window.start is not None:
        began = window.start
        said = (window.text, window.span)
    else:
        opened = next((d for d in since if lo <= d.span[0] and d.span[1] <= hi), None)
        if opened is None:
            return choice
        if day is None:
            return DateChoice(opened, "since")
        began = opened.start or opened.value
        said = (opened.text, opened.span)
    if day is None or began >= day.value:
        return choice
    return DateChoice(DateValue(began, "week", said[0], said[1], began, day.value), "since")


#: how far a figure's town may stand after it: " in Senkata", " en Senkata", " more in"
_TOWN_AFTER = 12
#: a longer lead to a figure's town, read by its words rather than its length: " more in the
#: district of Ilave", " más en la provincia de Azángaro" (the kind of place may open the
#: place's own mention)
_TOWN_NOUN_AFTER = re.compile(
    r"\s+(?:(?:more|m[aá]s)\s+)?(?:in|en|at)\s+(?:(?:the|la|el)\s+)?"
    rf"(?:(?:{_words('town_noun')})\s+(?:of|de|del)\s+)?",
    re.IGNORECASE,
)
#: how far a `further` cue may stand from its figure: "ten more", "otras diez"
_FURTHER_REACH = 2


def _union_strike(mention: Mention, union: Actor | None) -> tuple[Mention, Actor | None]:
    """A strike the labour group of the story's general strike holds again: "The CGT called a
    general strike on January 24 ... It held a second, 24-hour strike on May 9". Returns the
    mention and the story's labour group after it."""
    actor = mention.actor1
    if actor is not None and actor.sector == "LAB":
        return mention, actor
    if union is not None and actor is not None and actor.span == (0, 0):
        # the protesters a strike implies, no one named: the story's union
        return replace(mention, actor1=union), union
    return mention, union


#: what joins a list item's place before its figure: "Puno, 21"
_ITEM_PLACE_BEFORE = re.compile(r"\s*,\s*")


def _item_place(
    figure: tuple[int, int], places: Sequence[Location], text: str, rules: CountRules
) -> Location | None:
    """The place of one item of a toll's breakdown by place ("Puno, 21; Ayacucho, 10", "18 en
    Puno y 10 en Ayacucho", "21 in Puno"): the place right before its figure past a comma, or
    right after it past "en"/"in" (``item_place`` words)."""
    for p in places:
        if p.span[1] <= figure[0] and _ITEM_PLACE_BEFORE.fullmatch(text, p.span[1], figure[0]):
            return p
        if 0 <= p.span[0] - figure[1] <= 6 and rules.item_place_re.fullmatch(
            text[figure[1] : p.span[0]].lower()
        ):
            return p
    return None


def _item_scope(
    figure: tuple[int, int], places: Sequence[Location], text: str, rules: CountRules
) -> str | None:
    """The scope of one item of a breakdown by place: a region is its department, a town its
    own name."""
    p = _item_place(figure, places, text, rules)
    if p is None:
        return None
    if p.geo_precision == 3 and p.admin1:
        return p.admin1
    return p.name or p.admin1


def _beside_items(
    places: Sequence[Location], counts: Sequence[CountMatch], text: str, rules: CountRules
) -> list[Location]:
    """The places of a sentence but those of the items of a breakdown by place: "la cifra
    asciende a 49: Puno, 21; Ayacucho, 10" counts the whole country, not its last item's
    department."""
    items = [
        p
        for c in counts
        if c.part and (p := _item_place(c.count.span, places, text, rules)) is not None
    ]
    return [p for p in places if p not in items]


def _town(place: Location) -> bool:
    """A town or a part of one ("Senkata", in El Alto), not a region or a country."""
    return place.geo_precision in (1, 2)


def _separators(cues: Sequence[Found], text: str, start: int, end: int) -> list[int]:
    """Where a clause may open in ``text[start:end]``: a comma or semicolon, or a coordinator
    ("and", "y")."""
    at = [i for i in range(start, end) if text[i] in ",;"]
    at.extend(
        c.start
        for c in cues
        if isinstance(c.info, CueInfo)
        and c.info.role == "coordinator"
        and start <= c.start
        and c.end <= end
    )
    return sorted(at)


def _elliptic_figures(
    counts: Sequence[CountMatch],
    cues: Sequence[Found],
    places: Sequence[Location],
    dates: Sequence[DateValue],
    text: str,
    span: tuple[int, int],
    numbers: NumberRules,
) -> list[CountMatch]:
    """Bare numbers in ``span`` that repeat the category of the figure before them, their noun
    left out: next to a `further` cue ("ten more", "otras diez", "another ten") or right before
    a town ("and ten in Senkata", "y dos en Ilave")."""
    taken = [m.count.span for m in counts] + [m.head.span for m in counts]
    further = [
        (c.start, c.end) for c in cues if isinstance(c.info, CueInfo) and c.info.role == "further"
    ]
    out: list[CountMatch] = []
    for n in find_numbers(text, span[0], span[1], numbers):
        if n.article or any(a < n.end and n.start < b for a, b in taken):
            continue
        if _is_date_number(n, dates):
            continue
        beside = any(
            0 <= n.start - b <= _FURTHER_REACH or 0 <= a - n.end <= _FURTHER_REACH
            for a, b in further
        )
        town = any(0 < p.span[0] - n.end <= _TOWN_AFTER and _town(p) for p in places)
        if town and not beside:
            gap = text[n.end : min(p.span[0] for p in places if p.span[0] > n.end)].split()
            town = len(gap) <= 1  # one preposition: "ten in Senkata", not "ten police in"
        if beside or town:
            count = Count(n.value, n.value, None, "exact", n.text, n.span)
            out.append(CountMatch("killed", count, TextRef(n.text, n.span)))
    return out


def _bare_lead_in(
    figure: CountMatch, joint: int, town: Location, cues: Sequence[Found], text: str
) -> bool:
    """Between the clause's opening and a figure whose noun was left out stand only a
    coordinator, a `further` cue and a fronted town with its preposition ("; in Senkata, ten
    more", "y en Senkata, otras diez", "and ten"): not "a town of 300,000"."""
    a = figure.count.span[0]
    spans = [
        (c.start, c.end)
        for c in cues
        if isinstance(c.info, CueInfo)
        and c.info.role in ("coordinator", "further")
        and joint <= c.start
        and c.end <= a
    ]
    spans.append(town.span)
    chars = list(text[joint:a])
    for x, y in spans:
        for i in range(max(x, joint), min(y, a)):
            chars[i - joint] = " "
    return len("".join(chars).replace(",", " ").replace(";", " ").split()) <= 1


#: how far an `estimate` cue may stand before the figure or the toll noun it puts a number on
_ESTIMATE_REACH = 4


#: a plain past copula between a bare toll noun and its figure: "los intervenidos *fueron* 193"
_COPULA_TOLL = re.compile(r"\s+(?:fueron|eran)\s+", re.IGNORECASE)


def _copula_toll(match: CountMatch, text: str) -> bool:
    """A bare toll noun whose figure follows a plain past copula ("los intervenidos fueron 193",
    "los heridos fueron doce"): the count of one finished incident, not a rising toll, which
    takes a verb of growth ("ascienden a", "ya suman")."""
    head, count = match.head.span, match.count.span
    verb = _COPULA_TOLL.match(text, head[1], count[1])
    return match.bare and verb is not None and verb.end() < count[1]


def _estimated(match: CountMatch, cues: Sequence[Found]) -> bool:
    """A source puts the figure of a toll noun, right before it ("put the number of injured at
    31", "cifró en 17 el número de muertos": `estimate` cues)."""
    first = min(match.count.span[0], match.head.span[0])
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == "estimate"
        and c.start < first + _ESTIMATE_REACH
        and first - c.end <= _ESTIMATE_REACH
        for c in cues
    )


#: how far before and after an arrest word the people detained before may be named
_DETAINED_BEFORE, _DETAINED_AFTER = 30, 12


def _near_detained(trigger: Found, cues: Sequence[Found], sentence_start: int) -> bool:
    """The arrest word names people detained before (`those_detained` cues next to it: "those
    detained", "the detainees", "los detenidos")."""
    lo = max(sentence_start, trigger.start - _DETAINED_BEFORE)
    hi = trigger.end + _DETAINED_AFTER
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == "those_detained"
        and c.start >= lo
        and c.end <= hi
        for c in cues
    )


def _released(trigger: Found, cues: Sequence[Found], sentence_start: int) -> bool:
    """People detained before (:func:`_near_detained`) in a sentence that tells their release
    (`released` cues: "had been released", "fueron liberados", "puestos en libertad")."""
    released = any(isinstance(c.info, CueInfo) and c.info.role == "released" for c in cues)
    return released and _near_detained(trigger, cues, sentence_start)


def _split_by_place(
    coded: Sequence[Coded],
    counts: Sequence[CountMatch],
    cues: Sequence[Found],
    places: Sequence[Location],
    dates: Sequence[DateValue],
    text: str,
    sentence: tuple[int, int],
    numbers: NumberRules,
    triggers: Sequence[Found] = (),
) -> tuple[list[Coded], list[CountMatch]]:
    """A sentence that counts the dead of two towns, each with its figure, tells two incidents:
    "contabilizó diez muertos en Sacaba y diez fallecidos en Senkata", "ten people died in
    Sacaba and ten in Senkata", "In Sacaba, ten people died ...; in Senkata, ten more", "En
    Sacaba murieron diez personas y en Senkata, otras diez". The later figure, its noun perhaps
    left out, is an incident of its own, of the same kind, in the clause that opens before it or
    before its fronted town; each clause names its own town.

    Returns the incidents added and the figures whose noun was left out (for their clause).
    """
    if len(coded) != 1 or coded[0].clause is not None:
        return [], []
    first = coded[0]
    if first.event_type not in ("Protests", "Riots", "Violence against civilians"):
        return [], []
    killed = sorted(
        (m for m in counts if m.category == "killed" and not m.part and not m.toll),
        key=lambda m: m.count.span[0],
    )
    if len([p for p in places if _town(p)]) < 2:
        return [], []
    if not killed:
        return _split_nouns_by_place(first, triggers, cues, places, text, sentence, numbers), []
    lead = killed[0]
    lead_end = max(lead.count.span[1], lead.head.span[1])
    later = [m for m in killed[1:] if m.count.span[0] >= lead_end]
    elliptic = _elliptic_figures(
        counts, cues, places, dates, text, (lead_end, sentence[1]), numbers
    )
    for second in sorted([*later, *elliptic], key=lambda m: m.count.span[0]):
        a = second.count.span[0]
        tail = max(second.count.span[1], second.head.span[1])
        # "Chame, west of the capital": the capital only locates Chame
        towns = [
            p
            for p in places
            if _town(p) and p.span[0] >= lead_end and not distance_reference(p, text)
        ]
        after = [
            p
            for p in towns
            if 0 < p.span[0] - tail <= _TOWN_AFTER
            or _TOWN_NOUN_AFTER.fullmatch(text, tail, p.span[0]) is not None
        ]
        fronted = [p for p in towns if p.span[1] <= a]
        town = after[0] if after else (fronted[-1] if fronted else None)
        if town is None:
            continue
        # "murió en Juli y otro más en Ilave": the coordinator opens the figure of another one
        upto = min(tail if second.another else a, town.span[0])
        opens = [i for i in _separators(cues, text, lead_end, upto) if i > 0]
        if not opens:
            continue
        joint = opens[-1]
        if second in elliptic and not _bare_lead_in(second, joint, town, cues, text):
            continue
        own = [p for p in places if sentence[0] <= p.span[0] < joint and _town(p)]
        if not own or all(p.name == town.name for p in own):
            continue
        trigger = Found(max(a, tail - len(second.head.text)), tail, first.trigger.info)
        part = Coded(
            first.event_type,
            first.sub_event_type,
            first.mode,
            trigger,
            f"{first.rule}.placed_part",
            (joint, sentence[1]),
        )
        return [part], [second] if second in elliptic else []
    where = _town_clause_figure(first, lead, cues, places, text, sentence)
    if where:
        return where, []
    return _split_nouns_by_place(first, triggers, cues, places, text, sentence), []


#: what joins a clause told at the same time somewhere else: "as", "while", "mientras"
_MEANWHILE = re.compile(rf"\b(?:{_words('meanwhile')})\b", re.IGNORECASE)
#: the codes of a death told with a demonstration word and no violence of the crowd's (a death
#: told after the march word keeps it peaceful: "Thousands march in Lima as one dies in Puno")
_DEATH_AT_DEMONSTRATION = frozenset({"protest.died", "protest.left", "protest.peaceful"})


def _dead_elsewhere(
    coded: Sequence[Coded],
    counts: Sequence[CountMatch],
    triggers: Sequence[Found],
    places: Sequence[Location],
    text: str,
    sentence: tuple[int, int],
) -> list[Coded] | None:
    """A death told in a town of its own beside a demonstration in another town is an incident
    of its own: "Protester killed in Arequipa as thousands march in Lima", "Un muerto en Juliaca
    mientras miles marchan en Lima", "Muere manifestante en Ayacucho; en Lima, miles marchan".
    The part of the dead (up to or from a semicolon or a `meanwhile` word) keeps the sentence's code at its own town; the demonstration's part is a peaceful
    protest at its town, with no dead. Returns the two codes, or None when the sentence does
    not split so (one town, the same town in both parts, the dead and the march in one part).
    """
    if len(coded) != 1 or coded[0].clause is not None:
        return None
    first = coded[0]
    if first.rule not in _DEATH_AT_DEMONSTRATION:
        return None
    info = first.trigger.info
    if not isinstance(info, TriggerInfo) or info.kind != "protest":
        return None
    killed = [m for m in counts if m.category == "killed" and not m.part and not m.toll]
    if len(killed) != 1:
        return None
    dead = killed[0]
    dead_at = (
        min(dead.count.span[0], dead.head.span[0]),
        max(dead.count.span[1], dead.head.span[1]),
    )
    march = (first.trigger.start, first.trigger.end)
    lo, hi = (dead_at[1], march[0]) if dead_at[0] < march[0] else (march[1], dead_at[0])
    if lo >= hi:
        return None
    # a comma or "and" may join the dead and the demonstration they died at ("killed in Chincheros,
    # west of the city, during protests on the road to Ayacucho"): only a semicolon or a word of
    # the same time sets the other town's march apart
    joints = [i for i in range(lo, hi) if text[i] == ";"]
    joints.extend(m.start() for m in _MEANWHILE.finditer(text, lo, hi))
    towns = [p for p in places if _town(p) and not distance_reference(p, text)]
    for joint in sorted(set(joints)):
        before = {p.name for p in towns if sentence[0] <= p.span[0] < joint}
        after = {p.name for p in towns if joint <= p.span[0] < sentence[1]}
        if not before or not after or before & after:
            continue
        parts = ((sentence[0], joint), (joint, sentence[1]))
        dead_part, march_part = parts if dead_at[0] < march[0] else parts[::-1]
        # the death's own word, else its figure, stands for the incident of the dead
        death = next(
            (
                t
                for t in triggers
                if isinstance(t.info, TriggerInfo)
                and t.info.kind == "killing"
                and dead_part[0] <= t.start < dead_part[1]
            ),
            Found(dead_at[0], dead_at[1], TriggerInfo("dead_elsewhere", "killing", None)),
        )
        # a death told with a demonstration word is force used on it, whoever is not named
        out = [
            Coded(
                "Protests",
                "Excessive force against protesters",
                "firearms",
                death,
                f"{first.rule}.placed_part",
                dead_part,
            ),
            Coded(
                "Protests",
                "Peaceful protest",
                info.mode,
                first.trigger,
                "protest.peaceful.placed_part",
                march_part,
            ),
        ]
        return sorted(out, key=lambda c: c.trigger.start)
    return None


#: the opening of a clause where another source gives its own figure for the incident just
#: counted: "; local clerics put the toll above 90", ", and neighbourhood organisations speak of
#: five", "; opposition politicians spoke of more than a hundred wounded"
_SOURCE_CLAUSE = re.compile(
    r"\s*(?:;|,\s*(?:and|while|whereas|but|y|mientras\s+que|pero)\b)\s*"
    r"(?:(?:[\w.'’-]+\s+){1,5}?)"
    rf"(?:{_words('source_verb')})\b",
    re.IGNORECASE,
)
#: what may stand between a source's verb and its figure: "above", "at", "at least", "more than"
_SOURCE_FIGURE_GAP = re.compile(
    r"\s+(?:(?:above|over|at|at\s+least|at\s+more\s+than|more\s+than|nearly|about|al\s+menos|"
    r"más\s+de|hasta|unos|unas|cerca\s+de)\s+)?",
    re.IGNORECASE,
)
#: a word in that gap that makes the source's figure a floor (anywhere in it: "above", "más")
_AT_LEAST = re.compile(_words("at_least"), re.IGNORECASE)
_SOURCE_KINDS = ("killed", "injured")
_SOURCE_REACH = 100


def _split_by_source(
    first: Coded,
    counts: Sequence[CountMatch],
    text: str,
    sentence: tuple[int, int],
    numbers: NumberRules,
) -> tuple[list[Coded], list[CountMatch]]:
    """Another source's figure for the incident just counted, told in a clause of its own
    ("Amnesty International has counted at least 66 dead; local clerics put the toll above 90",
    "at least three people died, and neighbourhood organisations speak of five"), is that
    source's mention of the incident: the same event, coded from its clause with its figure.

    Returns the mention added and the bare figure read for it (a figure with no noun: "speak
    of five")."""
    if first.clause is not None or first.event_type not in ("Protests", "Riots"):
        return [], []
    told = [c for c in counts if c.category in _SOURCE_KINDS and not c.part and c.count.value > 0]
    if not told or len({c.category for c in told}) != 1:
        return [], []
    lead = min(told, key=lambda c: c.count.span[0])
    lead_end = max(lead.count.span[1], lead.head.span[1])
    if lead.count.high is not None and lead.count.span[0] < lead.head.span[1] < lead_end:
        lead_end = lead.head.span[1]  # a range with the rival's figure in it ("three ... five")
    # the clause may open after the rest of the figure's own ("55 people injured in the unrest
    # had been admitted; opposition politicians spoke of ...")
    opening = _SOURCE_CLAUSE.search(text, lead_end, min(sentence[1], lead_end + _SOURCE_REACH))
    if opening is None:
        return [], []
    joint = opening.start()
    later = [c for c in told if c is not lead and c.count.span[0] >= opening.end()]
    if later:
        rival = later[0]
        if rival.count.value == lead.count.value:
            return [], []
        bare: list[CountMatch] = []
    else:
        gap = _SOURCE_FIGURE_GAP.match(text, opening.end(), sentence[1])
        at = gap.end() if gap is not None else opening.end()
        found = find_numbers(text, at, min(sentence[1], at + 40), numbers)
        if not found or found[0].start != at or found[0].article:
            return [], []
        number = found[0]
        if number.value == lead.count.value or text[number.end : sentence[1]].strip(" .;)") != "":
            return [], []
        words = gap.group() if gap is not None else ""
        qualifier: Qualifier = "at_least" if _AT_LEAST.search(words) else "exact"
        rival = CountMatch(
            lead.category,
            Count(number.value, number.value, None, qualifier, number.text, number.span),
            TextRef(number.text, number.span),
        )
        bare = [rival]
    a, b = rival.count.span
    part = Coded(
        first.event_type,
        first.sub_event_type,
        first.mode,
        Found(a, b, first.trigger.info),
        f"{first.rule}.source_part",
        (joint, sentence[1]),
    )
    return [part], bare


def _town_clause_figure(
    first: Coded,
    lead: CountMatch,
    cues: Sequence[Found],
    places: Sequence[Location],
    text: str,
    sentence: tuple[int, int],
) -> list[Coded]:
    """The dead counted in a clause opened after a town of their own, by a subordinator right
    after its comma ("condemned the deaths in Senkata and in Sacaba, where nine coca growers
    were killed last Friday", "las muertes de Senkata y de Sacaba, donde murieron nueve
    cocaleros"), are an incident of that town, apart from the event word before it in another
    town."""
    a = lead.count.span[0]
    tail = max(lead.count.span[1], lead.head.span[1])
    if first.trigger.end > min(a, lead.head.span[0]):
        return []
    fronted = [p for p in places if _town(p) and first.trigger.end <= p.span[0] and p.span[1] <= a]
    if not fronted:
        return []
    town = fronted[-1]
    opener = [
        c
        for c in cues
        if isinstance(c.info, CueInfo)
        and c.info.role == "subordinator"
        and town.span[1] <= c.start < a
        and text[town.span[1] : c.start].strip() == ","
    ]
    if not opener:
        return []
    own = [p for p in places if first.trigger.start <= p.span[0] < town.span[0] and _town(p)]
    if not own or any(p.name == town.name for p in own):
        return []
    trigger = Found(max(a, tail - len(lead.head.text)), tail, first.trigger.info)
    return [
        Coded(
            first.event_type,
            first.sub_event_type,
            first.mode,
            trigger,
            f"{first.rule}.placed_part",
            (town.span[0], sentence[1]),
        )
    ]


#: event words that name an incident with its dead or its shots
_INCIDENT_KINDS = frozenset({"killing", "force"})
_EXCESSIVE = "Excessive force against protesters"


def _day_of(mention: Mention) -> dt.date | None:
    """The day of ``mention``, when its date gives one."""
    date = mention.date
    return date.value if date is not None and date.precision == "day" else None


def _another_day(day: dt.date | None, other: dt.date | None) -> bool:
    return day is not None and other is not None and day != other


def _split_nouns_by_place(
    first: Coded,
    triggers: Sequence[Found],
    cues: Sequence[Found],
    places: Sequence[Location],
    text: str,
    sentence: tuple[int, int],
    numbers: NumberRules | None = None,
) -> list[Coded]:
    """Two incidents named by their words, joined by a coordinator, each in a town of its own:
    "The shooting of coca growers in Sacaba on November 15 and the deaths outside the fuel plant
    in El Alto four days later", "la balacera de Sacaba y las muertes de Senkata días después",
    "doce días después de la balacera en Huayllani y ocho después del desbloqueo de Senkata"
    (a "después de" after an amount counts days, it opens no clause).
    The later word is an incident of its own, of the same kind, in its own clause."""
    for t in triggers:
        info = t.info
        if (
            t.start <= first.trigger.end
            or not isinstance(info, TriggerInfo)
            or not (
                info.kind in _INCIDENT_KINDS
                # "la balacera de Sacaba y el desbloqueo de Senkata": beside a shooting, the
                # clearing of another town is the same kind of incident
                or (info.kind == "intervention" and first.sub_event_type == _EXCESSIVE)
            )
        ):
            continue
        joints = [
            (c.start, c.end)
            for c in cues
            if isinstance(c.info, CueInfo)
            and c.info.role == "coordinator"
            and first.trigger.end <= c.start
            and c.end <= t.start
        ]
        if not joints:
            continue
        joint, joint_end = joints[-1]
        if any(
            isinstance(c.info, CueInfo)
            and c.info.role == "subordinator"
            and joint <= c.start < t.start
            and not (numbers is not None and _counted_days(text, joint_end, c.start, numbers))
            for c in cues
        ):
            continue  # "... and a courthouse in Macusani, after two were shot dead": one incident
        ends = [i for i in range(t.end, sentence[1]) if text[i] in ",;:"]
        close = ends[0] if ends else sentence[1]
        # the first incident's town follows its word (a dateline before it is no town of its own)
        own = [p for p in places if first.trigger.start <= p.span[0] < joint and _town(p)]
        theirs = [p for p in places if joint <= p.span[0] < close and _town(p)]
        if not own or not theirs or {p.name for p in own} & {p.name for p in theirs}:
            continue
        return [
            Coded(
                first.event_type,
                first.sub_event_type,
                first.mode,
                t,
                f"{first.rule}.placed_part",
                (joint, close),
            )
        ]
    return []


def _parallel_story(
    story: DateValue | None,
    opening: DateValue | None,
    code: Coded,
    shifts: Sequence[Shift],
) -> DateValue | None:
    """The day a shift of the sentence counts from for ``code``: when a clause-governing shift
    before the one that reaches it already governed an earlier clause ("Doce días después de la
    balacera en Huayllani y ocho después del desbloqueo de Senkata, ..."), both count from where
    the sentence began, not from the day the first gave. So does a second event word under the
    one shift ("The day before, protesters set fire to Parliament and forced Oli to resign": both
    the day before the story's, not the resignation a day before the fire)."""
    if not any(s.span[1] <= code.trigger.start for s in shifts):
        return story
    return opening


def _counted_days(text: str, start: int, end: int, numbers: NumberRules) -> bool:
    """``text[start:end]`` is an amount, perhaps with its unit ("ocho", "four days"): the
    "después de", "after" that follows counts time from what it governs."""
    words = text[start:end].split()
    return 1 <= len(words) <= 2 and parse_number(words[0], numbers) is not None


def _before_later_plans(
    dates: Sequence[DateValue], end: int, published: dt.date
) -> list[DateValue]:
    """The dates, less the future ones told after ``end`` (in a later sibling clause)."""
    return [d for d in dates if d.span[0] < end or d.value <= published]


def _coordinate_parts(
    cues: Sequence[Found], text: str, sentence: tuple[int, int]
) -> list[tuple[int, int]]:
    """The sentence cut only where a sibling clause opens (", but", "; y"), when it has any."""
    cuts = [a for a, _, depends in _clauses(cues, text, sentence) if not depends]
    if not cuts:
        return []
    bounds = [sentence[0], *cuts, sentence[1]]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _remembered_clauses(
    coded: Sequence[Coded], counts: Sequence[CountMatch], end: int
) -> list[Coded]:
    """Cut the stretch after a commemoration cue between the killings it remembers: each runs from
    the cut before it to the first figure after its word ("of the ten people killed in Ayacucho on
    Dec. 15 and of | the 18 who died in Juliaca on Jan. 9"), or to the next killing's word."""
    remembered = sorted(
        (c for c in coded if c.rule == "protest.remembered" and c.clause),
        key=lambda c: c.trigger.start,
    )
    cuts: dict[int, tuple[int, int]] = {}
    for i, c in enumerate(remembered):
        begin = cuts[remembered[i - 1].trigger.start][1] if i else c.clause[0]  # type: ignore[index]
        if i + 1 < len(remembered):
            nxt = remembered[i + 1].trigger.start
            figures = [m.count.span[0] for m in counts if c.trigger.end <= m.count.span[0] < nxt]
            stop = min(figures, default=nxt)
        else:
            stop = end
        cuts[c.trigger.start] = (begin, stop)
    return [
        Coded(c.event_type, c.sub_event_type, c.mode, c.trigger, c.rule, cuts[c.trigger.start])
        if c.rule == "protest.remembered" and c.trigger.start in cuts
        else c
        for c in coded
    ]


#: how many words may stand between a remembered killing and the scene clause that tells it
_SCENE_OF_REMEMBERED_WORDS = 8


def _scene_of_remembered(
    coded: Sequence[Coded], text: str, scene: re.Pattern[str] | None
) -> list[Coded]:
    """A killing word in the scene clause of a remembered one ("a diez días de la masacre del
    aeropuerto, en la que murieron 18 personas", "the massacre at the airport, in which 18 people
    died") tells the same killing: one incident, whose stretch holds the clause's figure."""
    remembered = sorted(
        (c for c in coded if c.rule == "protest.remembered"), key=lambda c: c.trigger.start
    )
    if scene is None or len(remembered) < 2:
        return list(coded)
    told_again = {
        b.trigger.start
        for a, b in zip(remembered, remembered[1:], strict=False)
        if scene.search(gap := text[a.trigger.end : b.trigger.start]) is not None
        and len(gap.split()) <= _SCENE_OF_REMEMBERED_WORDS
    }
    return [c for c in coded if c.rule != "protest.remembered" or c.trigger.start not in told_again]


def _remembered_figure(match: CountMatch, code: Coded, facts: SentenceFacts) -> bool:
    """A figure told after the commemoration cue of a vigil or march ("to mark one year since soldiers
    shot dead ten people") counts the dead remembered, not the mourners' casualties; so do the dead
    told after the word of a vigil or funeral itself ("held a candlelit vigil outside the cathedral
    for the 18 people killed", "el sepelio de los dos comuneros fallecidos")."""
    if code.rule != "protest.commemoration":
        return False
    at = facts.commemoration_at
    if match.category == "killed":
        vigil = min(
            (
                t.start
                for t in facts.triggers
                if isinstance(t.info, TriggerInfo) and t.info.mode in ("vigil", "funeral")
            ),
            default=None,
        )
        if vigil is not None and (at is None or vigil < at):
            at = vigil
    return at is not None and match.count.span[0] > at


def _in_clauses(match: CountMatch, coded: Sequence[Coded]) -> bool:
    """The figure lies in the clause of an incident coded from a clause of its own."""
    return any(
        c.clause is not None and c.clause[0] <= match.count.span[0] < c.clause[1] for c in coded
    )


#: cue roles under which a demanded event is itself coded (a march called for, a strike announced)
_PROSPECTIVE = frozenset(
    {"planned", "called_for", "announcement", "threat", "negated", "negator", "cancelled"}
)


def _affirmed(
    facts: SentenceFacts, governed: _Governed, cues: Sequence[Found] = ()
) -> SentenceFacts:
    """ "La marcha terminó sin enfrentamientos": a negated event word does not type the sentence's
    incident when another one is affirmed (the denial is coded apart, by ``_denied``). An event
    word inside the denial itself ("rechazó" of "rechazó la versión de que ...", a vote's word
    elsewhere) affirms nothing."""
    negated = [t for t in facts.triggers if "negated" in governed(t)]
    if not negated:
        return facts
    denials = [
        (c.start, c.end) for c in cues if isinstance(c.info, CueInfo) and c.info.role == "negated"
    ]
    kept = [
        t
        for t in facts.triggers
        if t not in negated
        and not _target_of(t, negated, facts.text)
        and not any(a <= t.start and t.end <= b for a, b in denials)
    ]
    if not any(
        isinstance(t.info, TriggerInfo) and not t.info.weak and t.info.kind not in NOT_EVENTS
        for t in kept
    ):
        return facts
    return replace(facts, triggers=kept)


#: what lies between a denied act and the people it would have targeted: "denied that police
#: used excessive force against the marchers", "negó que dispararan contra los manifestantes"
_TARGET_LINK = re.compile(
    r"\s+(?:against|at|on|towards?|contra|sobre|hacia)\s+(?:(?:the|los|las|a|an|unos|unas)\s+)?"
    r"(?:[^\W\d_]+\s+){0,2}\Z"
)


def _target_of(trigger: Found, negated: Sequence[Found], text: str) -> bool:
    """The demonstrators named as whom a denied act targeted ("denied having used force
    against the marchers") are the denial's frame, not a demonstration affirmed by the
    sentence."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or info.kind != "protest":
        return False
    return any(
        0 <= trigger.start - n.end <= 40 and _TARGET_LINK.match(text[n.end : trigger.start])
        for n in negated
    )


_NAME_LINK = frozenset(
    {
        "de",
        "del",
        "la",
        "las",
        "los",
        "el",
        "y",
        "e",
        "para",
        "sobre",
        "contra",
        "of",
        "the",
        "and",
        "for",
        "on",
        "against",
    }
)


def _generic(trigger: Found, cues: Sequence[Found], text: str) -> bool:
    """ "538 cases of rape during the conflict", "a site linked to abuses during the armed
    conflict", "casos de tortura": an event word counted in cases, or naming what a place or a
    body is known for, with no article, is a kind of event over a period, not an incident
    (``generic`` cues right before it; "deaths linked to the protests" keeps its protests).
    So is the next word joined to it ("cifras de detenidos ni de heridos", "cases of rape and
    torture")."""
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role in _KIND_ROLES
        and 0 <= trigger.start - c.end <= 30
        and _GENERIC_GAP.fullmatch(text, c.end, trigger.start) is not None
        # "any picket blocking a street would be removed", "cualquier movilización será
        # reprimida" are of no time; "denied that any arrest had been arbitrary" denies the
        # arrests (twenty-first session, spurious3; ``any_one`` cues, factual5)
        and not (c.info.role == "any_one" and denied_before(c, cues))
        for c in cues
    )


#: cue roles of what would have happened and did not (``extract/counterfactuals.py``)
_COUNTERFACTUAL = frozenset({"counterfactual", "counterfactual_then"})
#: cue roles that make the event word after them a kind: "cases of", "any", "cualquier"
_KIND_ROLES = frozenset({"generic", "any_one"})


#: a list item's mark alone between two sentences ("3. ", "- ")
_ITEM_ONLY = re.compile(r"\s*(?:[\-–—•*·▪]|\d{1,3}[.)])?\s*")


def _next_to(text: str, end: int, start: int) -> bool:
    """The sentence at ``start`` follows the one that ends at ``end`` with nothing between but
    blanks or the mark of a numbered line: a live report's entries ("3. 14:00 – ... tres
    fallecidos ...\n\n4. 15:30 – La cifra de muertos sube a cinco") follow each other as
    sentences do (twenty-fifth session, blind21b)."""
    return end >= 0 and _ITEM_ONLY.fullmatch(text, end, start) is not None


def _updated_toll(cue: Found, count: CountMatch, cues: Sequence[Found], start: int) -> bool:
    """ "Eight people were killed. *The toll later rose to ten*", "La cifra luego subió a diez",
    "Más tarde, el saldo se elevó a cuatro": an ``update`` cue between the toll's noun and its
    figure, or in the words before the noun, says the figure is a later count of the incident
    just told, which it replaces; it starts no running toll (twenty-second session, factual5)."""
    low = max(start, cue.start - 20)
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == "update"
        and low <= c.start
        and c.end <= count.count.span[1]  # a toll's span runs from its noun to its figure
        for c in cues
    )


def _kind_said(trigger: Found, cues: Sequence[Found]) -> bool:
    """ "La protesta no es un delito", "Protest is a right": a ``kind_said`` cue right after the
    event word says what every such event is; the word names no incident."""
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == "kind_said"
        and 0 <= c.start - trigger.end <= 1
        for c in cues
    )


#: from a chant word to a word of what is chanted: a quote opened and not closed yet
_CHANTED = re.compile(
    r"\s*:?\s*(?:(?:the|la|el|las|los)\s+)?[«\"“‘'][¡!¿]?[^«»\"“”‘’\n]{0,80}", re.IGNORECASE
)


def _chanted(trigger: Found, cues: Sequence[Found], text: str, role: str = "chant") -> bool:
    """'Gritan «¡Dina asesina!»', 'chanting "Killer police!"': the event word stands in the
    quotes right after a word of chanting, shouting or a placard's reading (``chant`` cues):
    it is what a slogan says, not an incident (twentieth session, spurious2). With ``role``
    "naming", the quotes hold the name given to an event ('what organisers call "the taking of
    Lima"')."""
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == role
        and 0 < trigger.start - c.end <= 90
        and _CHANTED.fullmatch(text, c.end, trigger.start) is not None
        for c in cues
    )


def _leaders_of(trigger: Found, cues: Sequence[Found], text: str) -> bool:
    """ "procesar a los líderes de los bloqueos", "the leaders of the strike", "the strike's
    organisers": a protest noun that names who lead, call or speak for a protest (``leaders_of``
    cues) names those people, not an event. The noun follows "de"/"of" and an article or a
    demonstrative only, so it is no verb ("los dirigentes de Puno marcharon" keeps its march),
    or comes right before the cue, with a possessive ("the strike's organisers", "protest
    leaders")."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or info.kind != "protest":
        return False
    for c in cues:
        if not isinstance(c.info, CueInfo) or c.info.role != "leaders_of":
            continue
        if 0 <= trigger.start - c.end <= 20 and _LEADERS_LINK.fullmatch(text, c.end, trigger.start):
            return True  # after an article: a noun, never a verb ("dirigentes de Puno marcharon")
        if 0 <= c.start - trigger.end <= 4 and _POSSESSIVE.fullmatch(text, trigger.end, c.start):
            return True
    return False


def _protest_target(trigger: Found, triggers: Sequence[Found], text: str) -> bool:
    """ "comerciantes salieron a protestar contra los bloqueos", "residents marched against the
    strike": a protest noun after "contra"/"against" and an article, with another protest word
    of the sentence before it, is what that protest is against (a protest told elsewhere), not
    a protest of its own."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or info.kind != "protest":
        return False
    link = _AGAINST.search(text, max(0, trigger.start - 30), trigger.start)
    if link is None:
        return False
    return any(
        t is not trigger
        and isinstance(t.info, TriggerInfo)
        and t.info.kind == "protest"
        and t.end <= link.start()
        and link.start() - t.end <= 40
        and _CLAUSE_BREAK.search(text, t.end, link.start()) is None
        for t in triggers
    )


#: "contra los", "en contra del", "against the": what a protest is against, right before the noun
_AGAINST = re.compile(
    r"\b(?:(?:en\s+)?contra\s+(?:de\s+)?(?:los|las|la|el|esos|esas|estos|estas)|(?:en\s+)?contra\s+del|"
    r"against\s+(?:the|these|those|this|that))\s+\Z",
    re.IGNORECASE,
)
#: a clause break between two protest words: the second belongs to a clause of its own
_CLAUSE_BREAK = re.compile(r"[.;:!?]|,\s*(?:y|e|pero|and|but|while|mientras)\b", re.IGNORECASE)


#: between a ``leaders_of`` cue and the protest noun it is of: "de los", "del", "of the", "of
#: these"
_LEADERS_LINK = re.compile(
    r"\s+(?:de\s+(?:los|las|la|el|esa|esas|ese|esos|esta|estas|este|estos)|del|of(?:\s+(?:the|these|"
    r"those|this|that|its|their))?)\s+",
    re.IGNORECASE,
)
#: between a protest noun and the cue of its leaders: a possessive or a space ("the strike's
#: organisers", "protest leaders")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])?\s+")
#: what may stand between a ``generic`` cue and its event word: nothing, or another event
#: word and a coordinator ("cifras de detenidos ni de heridos")
_GENERIC_GAP = re.compile(
    r"\s*"
    # a modifier or two of the kind (twentieth session, spurious2): "anyone planning further unlawful
    # demonstrations", "quienes convoquen nuevas movilizaciones ilegales"
    rf"(?:(?:{_words('kind_modifier')})\s+){{0,2}}"
    r"(?:\w+\s+(?:ni|y|e|o|u|and|or|nor)\s+(?:de\s+|of\s+)?)?",
    re.IGNORECASE,
)


#: a town fronted at the head of a sentence before its relative clause: "In Cusco, where ...",
#: "En Juliaca, donde ..."
_FRONTED_HEAD = re.compile(r"\s*(?:en|in)\s+[^,;.]{2,60},\s*", re.IGNORECASE)
#: factualities of a source's account: what was said or denied about an incident
_ACCOUNT_FACTS = frozenset({"reported", "negated"})
#: a place fronted at the head of a sentence and set off by a comma: "En Lima, ...", "In La
#: Paz, ..."
_FRONTED_PLACE = re.compile(r"\s*(?:en|in|desde|from)\s+(?:(?:la|el|the)\s+)?\Z", re.IGNORECASE)


def _speaker_scene(
    place: Location,
    reporting: Sequence[tuple[int, int]],
    trigger: int,
    text: str,
    sentence_start: int,
) -> bool:
    """A place fronted at the head of a sentence before a reporting verb that governs the event
    word ("En Lima, el ministro de Defensa sostuvo que ... y negó que se haya dado la orden de
    disparar", "In La Paz, the minister said that soldiers fired on no one") is where the source
    spoke, not where the incident it tells of happened."""
    b = place.span[1]
    return _fronted(place, text, sentence_start) and any(
        b < r0 and r1 <= trigger for r0, r1 in reporting
    )


def _fronted(place: Location, text: str, sentence_start: int) -> bool:
    """The place stands at the head of its sentence, set off by a comma: "En Arequipa, ..."."""
    a, b = place.span
    return (
        sentence_start <= a
        and _FRONTED_PLACE.fullmatch(text, sentence_start, a) is not None
        and text[b : b + 1] == ","
    )


#: the death of someone wounded before: "un tercer herido ... falleció", "murió a causa de
#: sus heridas", "died of his wounds", "succumbed to his injuries"
_LATER_DEATH = re.compile(
    rf"\b(?:{_words('wounded', ('es',))})\b[^.;:]{{0,80}}?"
    rf"\b(?:{_words('died_after_wounded', ('es',))})|"
    rf"\b(?:{_words('died_stem')})\s+(?:{_words('cause_of_death')})\s+de\s+"
    rf"(?:las|sus)\s+(?:{_words('wounds', ('es',))})|"
    rf"\b(?:{_words('died_of')})\s+(?:of|from)\s+(?:his|her|their|the)?\s*"
    rf"(?:{_words('wounds', ('en',))})|"
    rf"\b(?:{_words('succumbed')})\s+(?:his|her|their|the)\s+(?:{_words('wounds', ('en',))})|"
    rf"\b(?:{_words('wounded', ('en',))})\b[^.;:]{{0,80}}?"
    rf"\b(?:{_words('died_after_wounded', ('en',))})\b|"
    # a toll that grew with one more death: "La lista de fallecidos creció el miércoles con la
    # muerte de un joven", "the death toll rose on Tuesday with the death of a second man"
    rf"\b(?:{_words('toll_grew')})\b[^.;:]{{0,60}}?"
    rf"\b(?:{_words('death_with')})\b",
    re.IGNORECASE,
)


#: a period told by its first and last days: "entre el 11 de diciembre y el 28 de enero",
#: "between 19 and 28 January", "from Dec. 7 to Jan. 28"
_PERIOD_OPENS = re.compile(
    r"\b(?:entre|between|from|desde|del)\s+(?:[^\W\d]+\.?\s+){0,2}\d", re.IGNORECASE
)
#: a word every match of ``_PERIOD_OPENS`` holds (``holds_any``)
_PERIOD_OPEN_WORDS = ("entre", "between", "from", "desde", "del")
_PERIOD_JOIN = re.compile(
    r"\s*(?:,\s*)?(?:y|and|to|al|hasta|until|through)\s+(?:el\s+|the\s+)?\Z", re.I
)
_PERIOD_HEAD = re.compile(r"\b(?:entre|between|from|desde|del)\s+(?:el\s+|the\s+)?\Z", re.I)
#: the least number of days a period of a tally spans
_PERIOD_DAYS = 14


def _period(dates: Sequence[DateValue], text: str) -> list[Found]:
    """A tally cue at the end of a period told by two days at least :data:`_PERIOD_DAYS`
    apart, as "between December and March" is one."""
    days = sorted(
        (d for d in dates if d.precision == "day" and d.span != (0, 0)), key=lambda d: d.span
    )
    for first, last in zip(days, days[1:], strict=False):
        if (last.value - first.value).days < _PERIOD_DAYS:
            continue
        head = _PERIOD_HEAD.search(text, max(0, first.span[0] - 12), first.span[0]) or (
            _PERIOD_OPENS.match(text, first.span[0], first.span[1])
        )
        join = _PERIOD_JOIN.search(text, first.span[1], last.span[0])
        if head is not None and join is not None:
            return [Found(last.span[0], last.span[1], CueInfo("period", "tally"))]
    return []


#: "the highest figure so far", "la cifra más alta hasta el momento": "so far" ranks a figure
#: against earlier reports of the same incident, it sets no period
_SUPERLATIVE_BEFORE = re.compile(
    rf"\b(?:{_words('superlative')})(?:\s+[\w-]+){{0,2}}\s+$",
    re.IGNORECASE,
)
#: incidents whose result a toll told right after them may count
_DEADLY_SUB_EVENTS = frozenset(
    {
        "Excessive force against protesters",
        "Violent demonstration",
        "Mob violence",
        "Attack",
        "Armed clash",
    }
)
#: a toll noun that names what an incident left ("el saldo", "the toll"), not a count kept
_RESULT_NOUN = re.compile(
    rf"\b(?:el|the|ese|este|that|this)\s+(?:death\s+)?(?:{_words('result_noun')})$",
    re.IGNORECASE,
)
#: "so far", "hasta el momento": in a live blog's entry, the day's count up to the entry
_SO_FAR = re.compile(rf"(?:{_words('so_far')})\b", re.IGNORECASE)
#: a tally cue that tells a period ("in the protests", "durante las protestas", "since ..."),
#: not a verb of the toll ("has risen to", "asciende a")
_PERIOD_PHRASE = re.compile(
    r"\b(?:in|during|since|over|throughout|between|so\s+far|to\s+date|en|durante|desde|entre|"
    rf"a\s+lo\s+largo|hasta|en\s+lo\s+que|{_words('time_unit')})\b",
    re.IGNORECASE,
)


def _disputed(
    counts: Sequence[CountMatch],
    cues: Sequence[Found],
    text: str,
    sentence: tuple[int, int],
    numbers: NumberRules,
    dates: Sequence[DateValue],
    places: Sequence[Location],
) -> CountMatch | None:
    """The figure another source's bare figure disputes later in the sentence: "human rights
    groups counted at least seven dead since Thursday; *the government acknowledged three*",
    "more than 100 people have been detained or are missing; *one legal aid group puts the
    number at 140*". Two sources' counts of the same thing, with no day of its own between
    them, are a toll and its rival, not an incident: the figure of one kind just before the
    rival figure is returned. A figure told with a day or a town of its own ("12 people were
    arrested in Juliaca on Monday; the ombudsman put the figure at 15"), or after both a day
    and a town in its sentence, counts an incident; a town in the source's name before it ("a
    Caracas-based observatory said ...") does not."""
    taken = [c.count.span for c in counts]
    rivals = competing_figures(cues, text, sentence, taken, numbers, dates)
    if not rivals:
        return None
    rival = rivals[0]
    told = [
        c
        for c in counts
        if c.category in ("killed", "injured", "detained")
        and c.count.value > 0
        and c.count.span[1] <= rival.start
    ]
    if not told or len({c.category for c in told}) != 1:
        return None
    figure = told[-1]
    since = since_date(cues, dates)
    if any(
        d.precision == "day"
        and figure.count.span[0] <= d.span[0] < rival.start
        and (since is None or d.span != since.span)
        for d in dates
    ) or any(
        p.geo_precision == 1 and figure.count.span[0] <= p.span[0] < rival.start for p in places
    ):
        return None
    if (
        since is None
        and any(
            isinstance(q.info, CueInfo)
            and q.info.id.endswith(".tally_given")
            and figure.count.span[1] <= q.start < rival.start
            for q in cues
        )
        and any(
            d.precision == "day" and sentence[0] <= d.span[0] < figure.count.span[0] for d in dates
        )
        and any(
            p.geo_precision == 1 and sentence[0] <= p.span[0] < figure.count.span[0] for p in places
        )
    ):
        # "On the night of 3 May, police opened fire on residents of Siloé, in Cali; at least
        # three people died, and neighbourhood groups speak of five": a day and a town before the
        # figure name the one incident both sources count (a toll that "later rose to 16" is
        # not another source's figure)
        return None
    return figure


#: the cue id of a source's count named as such ("según el recuento de", "according to a tally by")
_SOURCE_COUNT = ".tally_source_count"
#: a source's own count ("counts ten dead", "has recorded 40 deaths")
_COUNTED = ".tally_counted"
#: where the clause of a bare toll's figure ends ("Los fallecidos ya son 18 en Juliaca*,* donde")
_BARE_CLAUSE_END = re.compile(r"[;:!?()]|[.,](?!\d)")
_BARE_REACH = 80


def _bare_clause(c: CountMatch, text: str) -> tuple[int, int]:
    """From a bare toll's noun to the end of the clause after its figure."""
    stop = _BARE_CLAUSE_END.search(text, c.count.span[1], c.count.span[1] + _BARE_REACH)
    return c.head.span[0], stop.start() if stop else min(len(text), c.count.span[1] + _BARE_REACH)


#: a clause break between a toll's figure and a ``since`` cue told after it
_SINCE_BREAK = re.compile(r"[,;:(]")


def _tally_scopes(
    tallies: Sequence[Tally], events: Sequence[Mention], story: str | None
) -> list[Tally]:
    """A tally whose sentence names no country or region counts in the country the story is
    set in: the whole text's country when it is not Peru; else, when no event is placed in
    Peru, the country of the nearest placed event before it (else after it); else Peru. "Rights
    groups say 47 people have died since the protests began" in a story on Kenya is Kenya's
    toll, not Peru's."""
    placed = sorted(
        (m.trigger.span[0], m.location.country)
        for m in events
        if m.location is not None and m.location.country
    )
    out: list[Tally] = []
    for t in tallies:
        if t.scope is not None:
            out.append(t)
            continue
        scope = story if story and story != "Peru" else None
        if scope is None and not any(c == "Peru" for _, c in placed):
            before = [c for at, c in placed if at <= t.span[0]]
            after = [c for at, c in placed if at > t.span[0]]
            scope = before[-1] if before else (after[0] if after else None)
        out.append(replace(t, scope=scope or "Peru"))
    return out


#: how far a period told before its figure may stand ("desde el 7 de diciembre se registran 47
#: fallecidos", "Since December 7, 26 people have died")
_SINCE_OPENS_REACH = 40


def _since_opens_figure(
    since: tuple[int, int], figure: tuple[int, int], text: str, rules: CountRules
) -> bool:
    """A period right before its figure, in the same clause, counts it: "desde el 7 de
    diciembre se registran 47 fallecidos". A relative or a subordinator between them dates an
    incident instead: "since 2015, when three protesters were shot dead"."""
    if not 0 <= figure[0] - since[1] <= _SINCE_OPENS_REACH:
        return False
    gap = text[since[1] : figure[0]]
    if ";" in gap or ":" in gap:
        return False
    return rules.relative_break_re.search(" " + gap.lower() + " ") is None


def _since_apart(c: CountMatch, toll: Found, cues: Sequence[Found], text: str) -> bool:
    """Every ``since`` cue of the sentence stands after the toll's figure, in a clause of its
    own: "The number killed in Monday's clashes rose to 18, *making it the bloodiest day since*
    the protests began" (the worst day of a period, not the toll's period); "the number killed
    since December rose to 26" keeps its period."""
    first = min(toll.start, c.count.span[0])
    last = max(toll.end, c.count.span[1])
    since = [q for q in cues if isinstance(q.info, CueInfo) and q.info.role == "since"]
    return (
        bool(since)
        and all(
            q.start >= last and _SINCE_BREAK.search(text, last, q.start) is not None for q in since
        )
        and not any(q.end <= first for q in since)
    )


def _period_in_clause(c: CountMatch, cues: Sequence[Found], text: str) -> bool:
    """A ``since`` cue or a tally's period phrase in a bare toll's clause ("Los fallecidos
    *desde diciembre* ya son 46")."""
    start, end = _bare_clause(c, text)
    return any(
        isinstance(q.info, CueInfo)
        and (
            q.info.role == "since"
            or (q.info.role == "tally" and _PERIOD_PHRASE.match(text, q.start))
        )
        and start <= q.start
        and q.end <= end
        for q in cues
    )


def _bare_toll_of_incident(
    c: CountMatch,
    places: Sequence[Location],
    dates: Sequence[DateValue],
    cues: Sequence[Found],
    text: str,
) -> bool:
    """The clause of a bare casualty noun's figure, from the noun to the end of the clause after
    the figure, names a town or a day and no period: "Los fallecidos *en Juliaca* ya son 18",
    "The injured reached 40 *in Juliaca on Monday*" count one incident's people; "Los
    fallecidos desde diciembre ya son 46", "the dead in the protests number 60" count a
    period's."""
    start, end = _bare_clause(c, text)
    if _period_in_clause(c, cues, text):
        return False
    return any(
        p.geo_precision == 1 and start <= p.span[0] and p.span[1] <= end for p in places
    ) or any(d.precision == "day" and start <= d.span[0] and d.span[1] <= end for d in dates)


def _town_toll(
    toll: Found,
    figure: tuple[int, int],
    places: Sequence[Location],
    cues: Sequence[Found],
    text: str,
) -> bool:
    """Between a toll noun and its figure stands a town, and no period: "the death toll in
    Ayacucho has risen to six" counts that town's incident's dead."""
    start, end = toll.end, figure[1]  # a toll's figure may take its noun in
    if end <= start:
        return False
    if not any(p.geo_precision == 1 and start <= p.span[0] and p.span[1] <= end for p in places):
        return False
    return not any(
        isinstance(q.info, CueInfo)
        and (
            q.info.role == "since"
            or (q.info.role == "tally" and _PERIOD_PHRASE.match(text, q.start))
        )
        and start <= q.start
        and q.end <= end
        for q in cues
    )


def _later_death(
    triggers: Sequence[Found], last: Coded, text: str, sentence: tuple[int, int]
) -> list[Coded]:
    """A sentence that codes nothing of its own but tells one more dead of the incident told
    before ("A third dies in hospital in Juliaca the following day", "Un herido de esa jornada
    murió al día siguiente", "An 18th victim dies of his wounds"): a death of that incident,
    of its type, as ACLED adds such deaths to the original event."""
    start, end = sentence
    if not (_ORDINAL_DEATH.search(text, start, end) or _LATER_DEATH.search(text, start, end)):
        return []
    death = next(
        (t for t in triggers if isinstance(t.info, TriggerInfo) and t.info.kind == "killing"),
        None,
    )
    if death is None:
        return []
    return [Coded(last.event_type, last.sub_event_type, last.mode, death, "later_death")]


def _own_part(text: str, code: Coded, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence between semicolons that holds the event word: a later death
    told after a semicolon ("...; un tercer herido murió al día siguiente") is not the first
    part's incident."""
    t = code.trigger.start
    lo = text.rfind(";", start, t)
    hi = text.find(";", t, end)
    return (lo + 1 if lo >= 0 else start), (hi if hi >= 0 else end)


def _later_death_after(
    triggers: Sequence[Found], coded: Sequence[Coded], text: str, sentence: tuple[int, int]
) -> list[Coded]:
    """The part of a sentence after its last semicolon that tells one more dead of the incident
    the sentence told ("los dos comuneros abatidos el 18 de enero tenían heridas de bala; un
    tercer herido de esa jornada murió al día siguiente en Juliaca"): a death of that incident,
    told apart from it, as :func:`_later_death` does for a sentence of its own."""
    start, end = sentence
    semi = text.rfind(";", start, end)
    # a wounded man's death, not an ordinal of the same count ("nueve de las diez víctimas
    # murieron por disparos ...; la décima falleció por un traumatismo")
    if (
        semi < 0
        or any(semi < c.trigger.start for c in coded)
        or not _LATER_DEATH.search(text, semi + 1, end)
    ):
        return []
    after = [t for t in triggers if t.start > semi]
    found = _later_death(after, coded[0], text, (semi + 1, end))
    return [replace(c, clause=(semi + 1, end)) for c in found]


#: one person's gunshot told with no word of its end: "he was shot in the back", "recibió un
#: impacto de bala en el tórax" (twenty-sixth session, counts3)
_SHOT_ONE = re.compile(rf"\b(?:{_words('shot_one')})\b", re.IGNORECASE)
#: what parts the paragraphs of a text
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_LETHAL = frozenset({"asserted", "reported", "historical"})


def _shot_one_died(events: Sequence[Mention], text: str) -> list[Mention]:
    """The shot of one person whose death of one is told in its sentence or the sentence
    next to it, in the same paragraph, is that death's event: "We met the family of the man
    killed; his brother told us he was shot in the back", "confirma la muerte de Remo Candia.
    Recibió un impacto de bala en el tórax" count one dead on the shot, as ACLED codes the
    dead on the event that killed them. A shot told beside a death of several ("Ten people
    died that day") or beside none keeps no figure: the one shot may have survived."""
    dead = [
        m
        for m in events
        if m.killed is not None
        and m.killed.value == 1
        and m.killed.qualifier == "exact"
        and m.factuality in _LETHAL
    ]
    if not dead:
        return list(events)
    out = list(events)
    for i, m in enumerate(events):
        if m.killed is not None or m.injured is not None or m.factuality not in _LETHAL:
            continue
        shot = next(
            (
                x
                for x in _SHOT_ONE.finditer(text, *m.sentence)
                if _nearest(x.span(), m.sentence, events) is m
            ),
            None,
        )
        if shot is None:
            continue  # the shot must be told by the mention's own words, not a march beside it
        others = [
            d.killed.value
            for d in events
            if d is not m and d.killed is not None and _beside(d.sentence, m.sentence, text)
        ]
        if not others or any(v != 1 for v in others):
            continue  # "Ten people died in Ayacucho that day": not this one's death alone
        if not any(d is not m and _beside(d.sentence, m.sentence, text) for d in dead):
            continue
        out[i] = replace(
            m,
            killed=Count(1, 1, None, "exact", shot.group(0), shot.span()),
            rules=(*m.rules, "shot_one_died"),
        )
    return out


#: how far a shot may stand from the event word it tells of ("Recibió un impacto de bala en el
#: tórax durante los enfrentamientos")
_SHOT_REACH = 60


def _nearest(
    span: tuple[int, int], sentence: tuple[int, int], events: Sequence[Mention]
) -> Mention | None:
    """The mention of ``sentence`` whose event word stands nearest ``span``, within
    :data:`_SHOT_REACH` characters."""
    best: tuple[int, Mention] | None = None
    for e in events:
        if e.sentence != sentence:
            continue
        t0, t1 = e.trigger.span
        gap = max(0, t0 - span[1], span[0] - t1)
        if gap <= _SHOT_REACH and (best is None or gap < best[0]):
            best = (gap, e)
    return best[1] if best else None


def _beside(a: tuple[int, int], b: tuple[int, int], text: str) -> bool:
    """Sentences ``a`` and ``b`` are one, or follow each other in one paragraph."""
    if a == b:
        return True
    first, second = (a, b) if a[0] < b[0] else (b, a)
    gap = text[first[1] : second[0]]
    return len(gap.strip()) == 0 and _PARAGRAPH_BREAK.search(gap) is None


#: one more dead, counted by an ordinal: "A third dies in hospital", "an 18th victim died",
#: "a third person wounded in the clashes died", "un tercer herido murió", "una cuarta víctima
#: falleció", "la decimoctava víctima"
_ORDINAL_DEATH = re.compile(
    rf"\b(?:an?|the|un|una|el|la)\s+(?:{_words('ordinal')}|\d{{1,3}}(?:st|nd|rd|th)|"
    r"\d{1,3}(?:\.?[ºª°]|er|ra|ro|do|da|to|ta|vo|va|no|na|mo|ma))\b"
    rf"[^.;:,()]{{0,60}}?\b(?:{_words('dying')})\b",
    re.IGNORECASE,
)
#: the aside of a toll that names some of its dead: "..., including a protester killed on
#: Thursday", "..., entre ellos un comunero que murió el martes"
_TOLL_ASIDE = re.compile(rf",\s*(?:{_words('toll_aside')})\s+", re.IGNORECASE)
_ORDINAL_VALUES = {
    **{
        w: i + 2
        for i, w in enumerate(
            "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
        )
    },
    **{
        w: i + 2
        for i, w in enumerate(
            "segundo tercer cuarto quinto sexto septimo octavo noveno decimo".split()
        )
    },
    "tercero": 3,
}
_ORDINAL_WORD = re.compile(r"\b(?:an?|the|un|una|el|la)\s+(\w+)", re.IGNORECASE)


def _ordinal_after(
    counts: list[CountMatch],
    text: str,
    start: int,
    end: int,
    places: Sequence[Location] = (),
) -> list[CountMatch]:
    """The dead of a sentence and one more told by the next ordinal: "three officers were shot
    dead and a fourth died of his injuries overnight", "dos comuneros murieron y un tercero
    falleció en el hospital" count four and three. Only the ordinal right after the figure
    adds to it; another ("two died; a fifth ...") tells of another count. An ordinal whose
    clause names a town of its own, apart from the figure's ("Two people were killed in
    Chincheros and a third died in Andahuaylas", "dos murieron en Chincheros y una tercera
    persona falleció en Andahuaylas") is one dead of another incident (``_split_by_place``)."""
    killed = [c for c in counts if c.category == "killed" and not c.part]
    if not killed:
        return counts
    figure = killed[0]
    later = _ORDINAL_DEATH.search(text, figure.count.span[1], end)
    if later is None or ";" in text[figure.count.span[1] : later.start()]:
        return counts  # "...; un tercer herido de esa jornada murió al día siguiente": its own
    # "y un tercero falleció": the ordinal's own article read as one dead is the ordinal
    inside = [c for c in killed[1:] if later.start() <= c.count.span[0] < later.end()]
    if len(killed) - len(inside) != 1:
        return counts
    word = _ORDINAL_WORD.match(text, later.start())
    if word is None:
        return counts
    value = fold(word.group(1))
    if value.endswith("a"):  # "una cuarta víctima", "una tercera persona"
        value = value[:-1] + "o"
    more = figure.count.value + 1
    if _ORDINAL_VALUES.get(value) != more:
        return counts
    if _towns_apart(places, (start, later.start()), (later.start(), end)):
        a, b = later.span()
        one = CountMatch(
            "killed", Count(1, 1, None, "exact", text[a:b], (a, b)), TextRef(text[a:b], (a, b))
        )
        return [c for c in counts if c not in inside] + [one]
    a, b = figure.count.span[0], later.end()
    count = replace(figure.count, value=more, low=more, text=text[a:b], span=(a, b))
    return [replace(c, count=count) if c is figure else c for c in counts if c not in inside]


def _towns_apart(
    places: Sequence[Location], first: tuple[int, int], second: tuple[int, int]
) -> bool:
    """Both stretches of a sentence name a town, and none of the second's is one of the
    first's."""
    mine = {p.name for p in places if _town(p) and first[0] <= p.span[0] < first[1]}
    theirs = {p.name for p in places if _town(p) and second[0] <= p.span[0] < second[1]}
    return bool(mine) and bool(theirs) and not mine & theirs


#: the first death of a crisis is one death: "Cuba admits first death in protests", "It is the
#: first death in the protests", "Es la primera muerte registrada en la capital", "el primer
#: fallecido de la jornada"; not "the first death anniversary", nor the first death "since"
#: another event, which is what that sentence tells ("It is the first confirmed fatality since
#: thousands took to the streets on Sunday")
#: a word every match of ``_ORDINAL_DEATH`` holds, and of ``_FIRST_DEATH`` (``holds_any``)
_DYING_WORDS = ("die", "succumb", "muri", "muere", "fallec", "muerto", "vida")
_FIRST_WORDS = ("first", "primer")
_FIRST_DEATH = re.compile(
    rf"\b(?:{_words('first')})\s+(?:(?:{_words('first_death_qualifier')})\s+)?"
    rf"(?:{_words('first_death')})\b"
    rf"(?!\s+(?:{_words('first_death_not')}|since|desde))",
    re.IGNORECASE,
)
#: how far after the sentence of its incident "otras diez personas resultaron heridas" may stand
_MORE_REACH = 240
#: how far before or after its event word a present state verb may stand
_STATE_REACH = 30
#: measures that stand once declared: one told as in force is the one declared
_STANDING_MODES = frozenset({"curfew", "state_of_emergency"})
#: the day of a past incident told again in a later month or year: "on the anniversary", "en
#: el aniversario", "al cumplirse un año"
_ANNIVERSARY = re.compile(
    rf"\b(?:on\s+the\s+(?:first\s+|second\s+)?(?:{_words('anniversary', ('en',))})|"
    rf"en\s+el\s+(?:primer\s+|segundo\s+)?(?:{_words('anniversary', ('es',))})|"
    r"al\s+cumplirse\s+\w+\s+años?)\b",
    re.IGNORECASE,
)


def _on_anniversary(told: DateValue, incident: DateValue) -> DateValue:
    """The incident's day of the month in the month (or year) ``told``; ``told`` when that
    day does not fall in it."""
    try:
        if told.precision == "month":
            value = told.value.replace(day=incident.value.day)
        else:
            value = incident.value.replace(year=told.value.year)
    except ValueError:
        return told
    if incident.value >= value or (told.start and told.end and not told.start <= value <= told.end):
        return told
    return DateValue(value, "day", told.text, told.span)


#: lasting actions besides strikes that a report can tell as going on (``compat.LASTING``):
#: marked ``ONGOING_RULE`` so that resolution joins them to the action begun before
_GOING_ON_MODES = frozenset(
    {"blockade", "occupation", "sit_in", "hunger_strike", "curfew", "state_of_emergency"}
)


def _near_cue(trigger: Found, cues: Sequence[Found], role: str, sentence_start: int) -> bool:
    """A cue of ``role`` stands next to the event word, within :data:`_STATE_REACH` of it."""
    lo = max(sentence_start, trigger.start - _STATE_REACH)
    hi = trigger.end + _STATE_REACH
    return any(
        isinstance(c.info, CueInfo) and c.info.role == role and c.start >= lo and c.end <= hi
        for c in cues
    )


def _present_state(trigger: Found, cues: Sequence[Found], sentence_start: int, text: str) -> bool:
    """The event word is told as a state that still holds, in the present tense, next to it
    (`present_state` cues): "la Panamericana Sur continúa bloqueada", "el corte ... se
    mantiene", "persiste el bloqueo", "the road remains blocked", "the blockade persists"."""
    # "the remains of burned tyres": a cue word after an article is a noun, no verb of state
    # (twenty-sixth session, dates15)
    verbs = [c for c in cues if _ARTICLE_BEFORE.search(text, max(0, c.start - 8), c.start) is None]
    return _near_cue(trigger, verbs, "present_state", sentence_start) or _near_cue(
        trigger, verbs, "in_force", sentence_start
    )


#: an article right before a word: the word is a noun ("the remains of")
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:the|el|la|los|las)\s+\Z", re.IGNORECASE)


#: an item of a list of states: "– Carretera Puno–Desaguadero: bloqueada en Ilave", "Puente
#: de Desaguadero: cerrado por los manifestantes", "- Highway 3S: blocked at Chala"
_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*[-–—•*]?[ \t]*[^\n:.;]{2,80}:[ \t]*\Z")


#: what a list item can find standing on the report's day: a road blocked, a site held, a strike
#: or a curfew in force; a clash, a death or an arrest is an incident ("Juliaca: enfrentamientos
#: dejan 17 muertos" is a headline of its own, with no day)
_STATE_MODES = frozenset({"blockade", "occupation", "strike", "sit_in", "hunger_strike"})
_STATE_KINDS = frozenset({"emergency", "curfew"})


def _listed_state(trigger: Found, text: str) -> bool:
    """The event word opens what a list item says of the road or site it names ("Carretera
    Juliaca–Puno: bloqueada en Caracoto", "Bridge: closed by protesters"): with no verb of its
    own it is the state the report finds on its own day, as "continúa bloqueada" is."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or (
        info.mode not in _STATE_MODES and info.kind not in _STATE_KINDS
    ):
        return False
    line = text.rfind("\n", 0, trigger.start) + 1
    return _LIST_ITEM.search(text, max(0, line - 1), trigger.start) is not None


#: an article or a preposition right before a word of shots or weapons: the word is a noun
#: that names the fire talked about ("atribuyó los disparos a", "el origen del disparo",
#: "respondieron a ataques con armas de fuego"), not a verb that tells it
_FIRE_NOUN_BEFORE = re.compile(
    r"\b(?:los|las|el|la|del|al|un|una|con|de|the|of|with)\s+\Z", re.IGNORECASE
)


def _denied_fire_named(events: list[Mention], text: str) -> list[Mention]:
    """In a sentence where the forces deny using force ("negó haber disparado contra la
    población"), shots or weapons named by a noun with no dead or wounded of their own ("...
    y atribuyó los disparos a los propios marchistas", "respondieron a ataques con armas de
    fuego", "deberá determinar el origen del disparo") are the fire the denial speaks of, not
    an incident of their own: the denial is the sentence's event."""
    denied = {
        m.sentence
        for m in events
        if m.factuality == "negated"
        and m.sub_event_type == "Excessive force against protesters"
        and any(r.endswith(".denied") for r in m.rules)
    }
    if not denied:
        return events
    return [
        m
        for m in events
        if not (
            m.sentence in denied
            and m.factuality != "negated"
            and m.sub_event_type == "Excessive force against protesters"
            and m.killed is None
            and m.injured is None
            and _FIRE_NOUN_BEFORE.search(text, max(0, m.trigger.span[0] - 12), m.trigger.span[0])
        )
    ]


def _undated_headline(events: Sequence[Mention], text: str) -> list[int]:
    """The events of the text's first sentence (its headline or lead) that give no date."""
    if not events or text[: events[0].sentence[0]].strip():
        return []
    first = events[0].sentence
    return [
        i
        for i, m in enumerate(events)
        if m.sentence == first and m.date is None and m.factuality in ("asserted", "reported")
    ]


def _headline_dates(
    events: list[Mention], headline: Sequence[int], standing: Sequence[int]
) -> list[Mention]:
    """A headline names the story's own event ("Honduras imposes curfew as deadly unrest follows
    disputed vote"): it takes the date the body gives that event, the first later mention of its
    type and mode ("imposed a 10-day curfew ... late on Friday"), not the first incident the
    body dates ("The pots started banging ... on Saturday evening"); a measure told as in force
    or starting to hold ("just as the curfew began") is not its declaration. With no such
    mention it keeps the first dated incident (:func:`_fill_dates`)."""
    out = list(events)
    held = set(standing)
    for i in headline:
        m = events[i]
        alike = [
            d
            for j, d in enumerate(events)
            if j > i
            and j not in held
            and d.sentence != m.sentence
            and d.sub_event_type == m.sub_event_type
            and d.mode == m.mode
            and d.factuality in ("asserted", "reported")
            and d.date is not None
        ]
        if not alike:
            continue
        # "Police fire tear gas at protesters in Puno" over a body that tells tear gas in Cusco
        # on Tuesday, then in Puno on Wednesday: the mention at the headline's place, else in
        # its region, else the first of its kind
        best = max(place_match(m.location, d.location) for d in alike)
        same = next(d for d in alike if place_match(m.location, d.location) == best)
        out[i] = replace(m, date=same.date)
    return out


#: the most words of a headline that opens a section of a bulletin ("Toque de queda.")
_SECTION_HEAD_WORDS = 5


def _section_head(text: str, m: Mention) -> bool:
    """The event is the headline of a section of a bulletin or a digest: a short sentence with a
    final stop that opens its line and starts with the event word ("Enfrentamientos en
    Macusani.", "Toque de queda.", "Curfew in Bogotá."), with more text in its paragraph."""
    start, end = m.sentence
    line = text.rfind("\n", 0, start)
    head = text[start:end].strip()
    if text[line + 1 : start].strip() or not head.endswith(".") or head.endswith("..."):
        return False
    if len(head.split()) > _SECTION_HEAD_WORDS or m.trigger.span[0] - start > len(head) - len(
        head.lstrip()
    ):
        return False
    section = text.find("\n\n", end)
    return bool(text[end : section if section >= 0 else len(text)].strip())


def _section_head_dates(events: list[Mention], text: str) -> list[Mention]:
    """The headline of a section of a radio bulletin or a news digest ("Enfrentamientos en
    Macusani. Dos comuneros murieron ayer ...", "Toque de queda. La Alcaldía recordó que el toque
    de queda decretado el viernes ...") gives no day of its own: it names what its section
    tells, so it takes the day of the first mention of its type in the section, else of the
    section's first dated incident, not the day the bulletin was at before it."""
    out = list(events)
    for i, m in enumerate(events):
        own = m.date is not None and m.sentence[0] <= m.date.span[0] < m.sentence[1]
        if own or not _section_head(text, m):
            continue
        stop = text.find("\n\n", m.sentence[1])
        stop = stop if stop >= 0 else len(text)
        section = [
            d
            for d in events[i + 1 :]
            if m.sentence[1] <= d.sentence[0] < stop and d.date is not None
        ]
        same = [d for d in section if d.sub_event_type == m.sub_event_type]
        told = [d for d in section if d.factuality in ("asserted", "reported")]
        follow = same or told
        if follow:
            out[i] = replace(m, date=follow[0].date)
    return out


def _standing_dates(events: list[Mention], standing: Sequence[int]) -> list[Mention]:
    """A curfew or state of emergency told as in force ("sigue vigente el toque de queda", "the
    curfew remains in place", "amaneció este domingo bajo toque de queda") is the measure the
    story declared: it takes the day of that declaration, told before or after it, in the same
    region (the latest one not after its own day), and keeps its own day when none is told."""
    out = list(events)
    held = set(standing)
    for i in standing:
        m = out[i]
        region = m.location.admin1 if m.location is not None else None
        declared = [
            d.date
            for j, d in enumerate(events)
            if j not in held
            and d.mode == m.mode
            and d.factuality in ("asserted", "reported")
            and d.date is not None
            and d.date.precision == "day"
            and (m.date is None or d.date.value <= m.date.value)
            and (region is None or d.location is None or d.location.admin1 in (None, region))
        ]
        if declared:
            # dated by its declaration, it is that measure, not one told going on
            rules = tuple(r for r in m.rules if r != ONGOING_RULE)
            out[i] = replace(m, date=max(declared, key=lambda d: d.value), rules=rules)
    return out


#: a beating carried to death, right after its verb: "beat the town's mayor to death", "lo
#: golpearon hasta matarlo"
_TO_DEATH = re.compile(
    rf"(?P<object>[^.;:,]{{0,40}}?)\s*\b(?:{_words('to_death')})\b",
    re.IGNORECASE,
)
#: an object that names more than one person: the figure is for the counts to find
_PLURAL_OBJECT = re.compile(
    rf"\b(?:{_words('plural_object')}|them|los|las|\d+)\b",
    re.IGNORECASE,
)
#: a number that takes part of a group ("tres de los heridos", "two of them") is no toll's figure
_PARTITIVE_AFTER = re.compile(
    r"\s+(?:de|of)\s+(?:los|las|the|ellos|ellas|them|those)\b", re.IGNORECASE
)
#: "if"/"si" opening a conditional clause: at the start of the sentence or of a clause, or after
#: "that"/"que" ("warned that if ...", "advirtió que, si ..."); "asked if", "no se sabe si" are
#: "whether", and "si bien" is "although"
_CONDITION = re.compile(
    r"(?:^|[,;:—–(]\s*|\b(?:that|and|but|que|y|pero)\s+)(?:if|si)\b(?!\s+bien\b)"
    # other conditions (twenty-first session, spurious3): an infinitive opening a clause ("De
    # concretarse el paro, los mercados cerrarían"), a case ("en caso de que haya bloqueos", "in
    # the event of a strike"), "should" before its subject ("Should the strike go ahead, ...")
    r"|(?:^|[,;:—–(]\s*|\b(?:que|y|pero)\s+)de\s+(?:no\s+)?\w+(?:ar|er|ir)se\b"
    r"|\b(?:en\s+caso\s+de(?:\s+que)?|in\s+(?:the\s+)?event\s+(?:of|that)|in\s+case\s+of)\b"
    r"|(?:^|[,;:—–]\s*)should\s+(?!not\b|be\b|have\b)(?=\w)"
    # a question left open: "It does not say whether soldiers fired", "no se sabe si dispararon"
    rf"|(?P<open>\b(?:{_words('open_unknown')}|(?:not|n't)\s+(?:{_words('open_not')})|"
    rf"no\s+(?:se\s+)?(?:{_words('open_no')}))"
    r"\s+(?:whether|if|si)\b)",
    re.IGNORECASE,
)
#: a word every match of ``_CONDITION`` holds whole (``holds_word``)
_CONDITION_WORDS = ("if", "si", "whether", "de", "caso", "event", "case", "should")
#: the same without "de", which only its infinitive branch ("De concretarse el paro") needs
#: whole, with an infinitive's "-arse", "-erse" or "-irse" after it (extract-perf8: "de" stands in
#: nearly every Spanish window)
_CONDITION_WORDS_BUT_DE = tuple(w for w in _CONDITION_WORDS if w != "de") + tuple(
    # the longest word of each ("menos" of "a menos que"), which the phrase holds whole
    sorted({max(w.lower().split(), key=len) for w in role_words("pipeline", "trailing_condition")})
)
_INFINITIVE_SE = ("arse", "erse", "irse")


def _condition_may_hold(guard: str | None, start: int, end: int) -> bool:
    """Whether ``_CONDITION`` or ``_TRAILING_IF`` may match in ``guard[start:end]`` (the
    document's lower case, ``numbers.case_guard``; True when there is none): one of their words
    whole, "de" only beside an infinitive's "-se" ending."""
    if holds_word(guard, start, end, _CONDITION_WORDS_BUT_DE):
        return True
    return holds_any(guard, start, end, _INFINITIVE_SE) and holds_word(guard, start, end, ("de",))


#: what an open question takes as given: "se desconoce si hubo detenidos *durante* el desalojo"
_PRESUPPOSED = re.compile(r"\b(?:durante|during|amid|en\s+medio\s+de|en\s+el\s+marco\s+de)\b", re.I)
_CLAUSE_CUT = re.compile(r"[,;:.?!—–()]")


def _in_condition(trigger: Found, text: str, sentence_start: int, guard: str | None = None) -> bool:
    """The event word lies in a conditional clause, between "if"/"si" and the comma that closes
    it: "The ministry warned that if the blockades continue, fuel could run short", "si se
    prolongan los bloqueos, faltará combustible". What the condition names is not told as
    happening; the main clause after the comma ("..., sus bases tomarán el aeropuerto") keeps
    its event. So does an open question ("It does not say whether soldiers fired live
    rounds", "no se sabe si los agentes dispararon", "it is unclear whether police used tear
    gas"); a question asked ("A reader asks whether the army has been deployed") is not, and
    the frame of what is unknown stays ("se desconoce si hubo detenidos durante el desalojo")."""
    lo = max(sentence_start, trigger.start - 80)
    if not _condition_may_hold(guard, lo, trigger.start):
        return False  # every condition and open question holds one (``guard``: ``case_guard``)
    window = text[lo : trigger.start]
    last = None
    for m in _CONDITION.finditer(window):
        last = m
    if last is None:
        return _in_trailing_condition(trigger, text, sentence_start, lo)
    if last.group("open") and _PRESUPPOSED.search(window, last.end()):
        return False
    return (
        _CLAUSE_CUT.search(window, last.end()) is None
        # "If the government does not resign we will block the roads", "si no renuncia
        # bloquearemos las vías": with no comma, the main clause opens on its subject's future
        and (bool(last.group("open")) or _MAIN_FUTURE.search(window, last.end()) is None)
    )


#: "if"/"si" closing a threat, after its main clause: "bloquearán la carretera si no se identifica
#: al autor del disparo", "they will block the road if the officer is not named"
#: ("unless", "a menos que": the `trailing_condition` words of pipeline.yaml; twenty-sixth session)
_TRAILING_IF = re.compile(
    rf"\b(?:(?:if|si)\b(?!\s+bien\b)|(?:{_words('trailing_condition')})\b)", re.IGNORECASE
)


def _in_trailing_condition(trigger: Found, text: str, sentence_start: int, lo: int) -> bool:
    """The event word lies in a condition set after a threat or a plan in the future ("advirtieron
    que bloquearán la carretera si no se identifica al autor del disparo", "farmers warned they
    would block the highway if the officer who fired is not identified"): the condition names
    what the threat asks for, not an event of the sentence. "if" after no future is "whether"
    ("asked if police had fired")."""
    window = text[lo : trigger.start]
    last = None
    for m in _TRAILING_IF.finditer(window):
        last = m
    if last is None or _CLAUSE_CUT.search(window, last.end()) is not None:
        return False
    main = text[max(sentence_start, lo + last.start() - 120) : lo + last.start()]
    return _MAIN_FUTURE.search(main) is not None or _THREAT_MODAL.search(main) is not None


#: a main clause in the conditional of a threat told in reported speech: "warned they would block"
#: or a threat's verb: "amenazaron con tomar el puente", "threatened to occupy the mine"
_THREAT_MODAL = re.compile(
    rf"\b(?:(?:would|will)\s+(?:not\s+)?[a-z]+|{_words('threat_verb')})\b", re.IGNORECASE
)


#: the future of a main clause after a condition with no comma: "we will", "they'll",
#: "bloquearemos", "marcharán"
_MAIN_FUTURE = re.compile(
    r"\b(?:we|they|I|you|he|she)\s+(?:will|shall|'ll|are\s+going\s+to)\b"
    r"|\b[a-záéíóúñ]{3,}(?:remos|r[aá]n)\b",
    re.IGNORECASE,
)


def _tells_clash(triggers: Sequence[Found], code: Coded) -> bool:
    """The event's sentence, or its clause when it was coded from one, tells a clash ("protests
    that night ended in clashes and looting", "el enfrentamiento se prolongó durante tres
    horas"): a riot told so fought the forces, whatever word gave its mode."""
    clause = code.clause
    return any(
        isinstance(t.info, TriggerInfo)
        and t.info.kind == "clash"
        and (clause is None or clause[0] <= t.start < clause[1])
        for t in triggers
    )


def _heading_town(places: Sequence[Location]) -> Location | None:
    """The town a heading line names, the first one, if it names one."""
    return next((p for p in places if p.geo_precision == 1), None)


#: a sentence that opens with a bare plural, the subject of a copula and an adjective, says
#: something of a kind, not of an incident: "Pellet shotguns are cheap", "Protests are common in
#: the south", "Los bloqueos son frecuentes en la región" (not "Protests are expected", nor "The
#: protests are peaceful": with an article they are the story's)
_GENERIC_SUBJECT = re.compile(
    r"(?!(?:the|these|those|its|their|our|los|las|estos|estas|sus|nuestros|"
    rf"{_words('generic_quantifier')})\b)"
    r"(?:[^\W\d_]+\s+)?[^\W\d_]+s\s+(?:are|son)\s+"
    rf"(?!(?:not|no|{_words('generic_not_predicate')})\b)"
    r"(?:[^\W\d_]+(?<!ed)(?<!en)(?<!ado)(?<!ido)(?<!ada)(?<!ida)(?<!ados)(?<!idos)(?<!adas)(?<!idas)(?<!ing))"
    r"(?=[\s,.;])",
    re.IGNORECASE,
)
#: the copula every match of ``_GENERIC_SUBJECT`` holds whole (``holds_word``)
_GENERIC_COPULAS = ("are", "son")


#: the number of a report's section before its title: "III.", "2)", "IV -"
_SECTION_NUMBER = re.compile(r"(?:^|\n)[ \t]*(?:[IVXLC]{1,6}|\d{1,2}|[A-Za-z])[.)][ \t]*\Z")


def _numbered_heading(text: str, start: int, end: int) -> bool:
    """The sentence is the title of a numbered section of a report ("III. Vías bloqueadas", "2.
    Roads blocked"): what it names is what the section lists, told by the lines under it."""
    line = text.rfind("\n", 0, start) + 1
    # a match opens the text or the line: at the line's break, the only one before ``start``
    if _SECTION_NUMBER.match(text, max(0, line - 1), start) is None:
        return False
    after = text.find("\n", end)
    rest = text[start : after if after != -1 else len(text)].strip()
    return (
        bool(rest)
        and not rest.endswith((".", "!", "?", ";", ","))
        and len(rest.split()) <= _HEADING_WORDS
    )


#: at most this many words in a slogan
_SLOGAN_WORDS = 6


def _slogan(text: str, start: int, end: int) -> bool:
    """The sentence is a short cry ("¡Ni un muerto más!", "¡Justicia para las víctimas!", "No
    more deaths!"): what it names is what people shout, not an incident it tells of."""
    line = text[start:end].strip()
    return (line.endswith("!") or line.startswith("¡")) and len(line.split()) <= _SLOGAN_WORDS


#: at most this many words in a heading line with no question mark
_HEADING_WORDS = 10


def _short_line(text: str, start: int, end: int) -> bool:
    """The sentence opens its line and has no more words than a heading: what
    :func:`_day_line` asks before its dates, which cost more to read."""
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False
    return len(text[start:end].split()) <= _HEADING_WORDS


def _day_line(text: str, start: int, end: int, dates: Sequence[DateValue]) -> bool:
    """The sentence opens its line on a day and is short: the answer to a question heading or a
    section's date ("January 9, in Juliaca.", "El 15 de diciembre, en Ayacucho.")."""
    if not _short_line(text, start, end):
        return False
    body = text[start:end]
    lead = len(body) - len(body.lstrip())
    return any(d.precision == "day" and d.span[0] - start <= lead for d in dates)


#: the place before the day of a paragraph's lead: a name of capitalised words (with "de",
#: "del", "la" between), a parenthesis ("Macusani (Carabaya, Puno)") and names after commas
_LEAD_NAME = (
    r"[A-ZÁÉÍÓÚÑÜ][\w'’.-]*(?:[ \t]+(?:(?:de|del|la|las|los)[ \t]+)?[A-ZÁÉÍÓÚÑÜ][\w'’.-]*){0,3}"
)
_LEAD_PLACE = re.compile(
    rf"{_LEAD_NAME}(?:[ \t]*\([^()\n]{{1,40}}\))?(?:[ \t]*,[ \t]*{_LEAD_NAME}){{0,2}}[ \t]*,[ \t]*"
)
#: at most this many words before the day of a paragraph's lead
_LEAD_WORDS = 6


#: a numbered item's mark before a paragraph's lead: "1.", "2)", "b)"
_ITEM_MARK = re.compile(r"[ \t]*(?:\d{1,2}|[a-z])[.)][ \t]*")
#: at most this many words in a place that leads a paragraph alone ("San Juan de Lurigancho.")
_LEAD_PLACE_WORDS = 4
#: a round-up's item: its mark, a short label with a capital and a stop or a colon, then its
#: text on the same line ("3. Puno. Continúan los bloqueos", "- Cusco: la policía dispersó",
#: "• Roads — Farmers blocked")
_LABELLED_ITEM = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-–—•*·▪])[ \t]+(?P<label>[^\W\d_][^\n.:;!?—–]{0,40}?)"
    r"[ \t]*(?:[.:]|[ \t][—–-])[ \t]+\S"
)
#: at most this many words in a round-up item's label
_ITEM_LABEL_WORDS = 4


def _labelled_items(text: str) -> list[int]:
    """Where the items of a round-up start: lines opened by a mark and a short label before
    their text ("1. Lima. El sábado ...", "2. Puno. Continúan ...", "- Cusco: ..."), when the
    text has two or more of them; a list of sentences with no labels is none."""
    starts = [
        m.start()
        for m in _LABELLED_ITEM.finditer(text)
        if m.group("label")[0].isupper() and len(m.group("label").split()) <= _ITEM_LABEL_WORDS
    ]
    return starts if len(starts) > 1 else []


def _lead_space(text: str, start: int) -> int:
    body = text[start : start + 8]
    return len(body) - len(body.lstrip())


def _lead_day(text: str, start: int, end: int, dates: Sequence[DateValue]) -> DateValue | None:
    """The day that ends a lead made of a place and that day ("Cusco, miércoles 18.") when the
    paragraph goes on after it on the same line; None otherwise."""
    line_end = text.find("\n", end)
    if not text[end : line_end if line_end != -1 else len(text)].strip():
        return None  # "Lima, 22 de enero de 2023" above a letter: a line of its own
    at = start + _lead_space(text, start)
    for d in dates:
        if d.precision != "day" or text[d.span[1] : end].strip() not in (".", ":", ""):
            continue
        before = text[at : d.span[0]]
        if len(before.split()) > _LEAD_WORDS:
            continue
        m = _LEAD_PLACE.match(text, at, d.span[0])
        if m is not None and m.end() == d.span[0]:
            return d
    return None


def _field_line(text: str, start: int, end: int, dates: Sequence[DateValue]) -> bool:
    """The sentence is a line that gives a record's date under a label ("Ruling read on: 14 June
    2023", "Fecha de la sentencia: 14 de junio de 2023", "Date: 3 May"): the day the record was
    made, like a publication day, not the day of what the record tells."""
    line_end = text.find("\n", start)
    stop = end if line_end < 0 else min(end, line_end)
    colon = text.find(":", start, stop)
    if colon < 0 or not text[start:colon].strip() or len(text[start:colon].split()) > 5:
        return False
    after = [d for d in dates if d.span[0] > colon and d.span[1] <= stop]
    if len(after) != 1:
        return False
    rest = text[colon + 1 : after[0].span[0]] + text[after[0].span[1] : stop]
    return not any(ch.isalpha() for ch in rest)


def _heading(text: str, start: int, end: int) -> bool:
    """The sentence is a line of its own that heads a section: a question ("What happened on 9
    January 2023?", "¿Qué pasó el 9 de enero?") or a short line with no final stop ("Monday,
    9 January")."""
    before = text.rfind("\n", 0, start)
    if text[before + 1 : start].strip():
        return False
    if text[start:end].rstrip().endswith("?") and len(text[start:end].split()) <= _HEADING_WORDS:
        # "What happened on Tuesday? A crowd pelted the motorcade ...": an explainer's question
        # that opens its paragraph heads it, the answer on the same line
        return True
    after = text.find("\n", end)
    line = text[start : after if after != -1 else len(text)].strip()
    if not line or "\n" in line:
        return False
    if line.endswith("?"):
        return True
    return not line.endswith((".", "!", ":", ";", ",")) and len(line.split()) <= _HEADING_WORDS


#: a relative clause of what a decision allows: "lo que permite a", "that allowed the army to"
_PERMITS = re.compile(
    r"\b(?:lo\s+que|que|which|that)\s+(?:(?:le|les|also|también)\s+)?"
    rf"(?:{_words('permits')})\b"
    # what a bill or a rule bans: "A bill to ban lead pellets in crowd control", "un proyecto
    # que prohíbe el uso de perdigones"
    rf"|\b(?:{_words('bans')})\b",
    re.IGNORECASE,
)


#: a word every match of ``_PERMITS`` holds (``holds_any``)
_PERMIT_WORDS = (
    "permit",
    "habilit",
    "autori",
    "authori",
    "allow",
    "lets",
    "enabl",
    "exim",
    "exempt",
    "shield",
    "ban",
    "outlaw",
    "proh",
)


#: the lifting of a measure in the infinitive or the gerund, just before the measure's word:
#: "descartó derogar el estado de excepción", "se negó a levantar el toque de queda", "ruled out
#: lifting the curfew"; a finite verb ("levantó el toque de queda") tells that it was lifted
_LIFTING = re.compile(
    rf"\b(?:{_words('lifting')})\s+(?:(?:el|la|los|las|the|its|this|that)\s+)?\Z",
    re.IGNORECASE,
)
#: the measures a government declares, whose lifting is another act
_MEASURES = frozenset({"state_of_emergency", "curfew"})


#: a court's verdict on what it judges, with the court as its subject: "The court declared the
#: detentions arbitrary", "el tribunal condenó al excapitán por los disparos"; "found" and
#: "ruled" take a clause of facts ("the court found that police fired"), which tells the event
_VERDICT = re.compile(
    rf"\b(?:{_words('court')})\b[^.;:!?]{{0,40}}?"
    rf"\b(?:{_words('verdict')})\b"
    r"[^.;:!?]*\Z",
    re.IGNORECASE,
)
#: a proceeding opened against people for what it names, or on an incident told before: "opened
#: an investigation into Boluarte and several ministers for genocide and homicide", "charges of
#: murder against six officers", "investigations into those attacks", "dispuso una investigación
#: preliminar contra la presidenta por homicidio calificado"; one opened on an incident it tells
#: ("abrió una investigación por el homicidio de un suboficial, cuyo vehículo fue incendiado
#: anoche") keeps it
_PROCEEDING = re.compile(
    rf"(?:\b(?:{_words('proceeding', ('en',))})\s+(?:into|against)\s+"
    rf"(?:(?:those|these|the\s+(?:{_words('incident_plural')}))\b|[^.;:!?]{{0,90}}?\bfor\b)"
    rf"|\b(?:{_words('charged')})\b"
    rf"|\b(?:{_words('investigation')}|{_words('proceeding', ('es',))})"
    rf"(?:\s+(?:{_words('proceeding_kind')}))?\s+(?:contra|a)\s+[^.;:!?]{{0,100}}?\bpor\b"
    rf"|\b(?:{_words('investigation')})\s+(?:por|sobre)\s+(?:esas|esos|estas|estos)\b)"
    r"[^.;:!?]*\Z",
    re.IGNORECASE,
)


def _first_words(*roles: str) -> tuple[str, ...]:
    """The first word of each phrase of ``roles`` in lower case (a stem's letters before its
    ``*``): every match of an alternation of those roles (``_words``) holds one of them, so a
    window that holds none cannot match it (extract-perf7)."""
    firsts = set()
    for role in roles:
        for phrase in role_words("pipeline", role):
            first = phrase.split(" ")[0].lower()
            firsts.add(first[:-1] if first.endswith("*") else first)
    return tuple(sorted(firsts))


#: what every match of ``_VERDICT`` holds (a court's word) and of ``_PROCEEDING`` (a word of
#: a proceeding, a charge or an investigation)
_VERDICT_WORDS = _first_words("court")
_PROCEEDING_WORDS = _first_words("proceeding", "charged", "investigation")


def _judged(trigger: Found, text: str, sentence_start: int, guard: str | None = None) -> bool:
    """The event word is what a court's verdict judges ("The court declared the detentions
    arbitrary", "el tribunal condenó al excapitán por el disparo") or what a proceeding is opened
    on ("an investigation into the minister for homicide", "charges of murder against six
    officers"): the incident is told where the story tells it, and the verdict or the
    proceeding is no incident of its own (twentieth session, coding8). ``guard``
    (``numbers.case_guard``): each pattern runs only when the window holds a word all its
    matches hold."""
    lo = max(sentence_start, trigger.start - 160)
    return (
        holds_any(guard, lo, trigger.start, _VERDICT_WORDS)
        and _VERDICT.search(text, lo, trigger.start) is not None
    ) or (
        holds_any(guard, lo, trigger.start, _PROCEEDING_WORDS)
        and _PROCEEDING.search(text, lo, trigger.start) is not None
    )


def _lifting_named(trigger: Found, text: str, sentence_start: int) -> bool:
    """A state of emergency or a curfew named as what lifting it would end ("aunque descartó
    derogar el estado de excepción", "refused to lift the curfew"): the lifting is refused, asked
    for or weighed, and the measure's declaration is no event of the sentence (twentieth
    session, coding8)."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or info.mode not in _MEASURES:
        return False
    return _LIFTING.search(text, max(sentence_start, trigger.start - 30), trigger.start) is not None


def _permitted(trigger: Found, text: str, sentence_start: int, guard: str | None = None) -> bool:
    """The event word is what a decision allows, in the relative clause that says so, with no
    stop between: "declaró el estado de emergencia, lo que permite a las Fuerzas Armadas
    participar en el control del orden interno", "a decree that allowed the army to patrol
    the roads". Being allowed is not taking place, nor is being banned ("A bill to ban lead
    pellets in crowd control", "un proyecto que prohíbe el uso de perdigones"), nor what a
    decree exempts from punishment ("que exime de responsabilidad penal a los militares que
    participen en operativos")."""
    lo = max(sentence_start, trigger.start - 80)
    if not holds_any(guard, lo, trigger.start, _PERMIT_WORDS):
        return False  # none of the pattern's verbs (``guard``: ``numbers.case_guard``)
    window = text[lo : trigger.start]
    last = None
    for m in _PERMITS.finditer(window):
        last = m
    if last is None:
        return False
    return _CLAUSE_CUT.search(window, last.end()) is None


#: trigger classes of an end or a deal, which a demand may ask for
_ENDINGS = frozenset({"change_activity", "agreement"})
#: how far after a demand the end it asks for may stand
_ASK_REACH = 60

#: how many words may stand between a time frame's opener and its event word ("since the
#: national strike"), and between the event word and the verb that began it ("protests first began")
_FRAME_WORDS = 5
_BEGAN_WORDS = 2
#: how far after the beginning its day may follow ("began on April 28", "comenzaron el lunes")
_DAY_AFTER_BEGAN = 4


def _few_words(gap: str, most: int) -> bool:
    return len(gap.split()) <= most and not any(ch in gap for ch in ",;:.()?!")


def _time_frame(trigger: Found, cues: Sequence[Found], text: str, days: Sequence[int] = ()) -> bool:
    """The event word names only the time from which the sentence counts (`time_frame` then
    `began` cues): "three months after the protests began, prosecutors have not charged ...",
    "desde que comenzaron las protestas", "since the start of the protests", "desde el inicio
    del paro". A beginning told with its day (at ``days``, starts of the sentence's days) is
    the start of the action, an event ("the third since the strike began on April 28")."""
    frames = [
        c
        for c in cues
        if isinstance(c.info, CueInfo)
        and c.info.role == "time_frame"
        and c.end <= trigger.start
        and _few_words(text[c.end : trigger.start], _FRAME_WORDS)
    ]
    if not frames:
        return False
    began = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "began"]
    for f in frames:
        for b in began:
            if b.start <= trigger.start < b.end and _few_words(text[f.end : b.start], _BEGAN_WORDS):
                verb_end = b.end  # "después de que estallaran las protestas": the verb itself
            elif f.end <= b.start and b.end <= trigger.start:
                verb_end = trigger.end  # "desde que comenzaron las protestas", "since the start of"
            elif b.start >= trigger.end and _few_words(text[trigger.end : b.start], _BEGAN_WORDS):
                verb_end = b.end  # "since the protests began"
            else:
                continue
            return not any(0 <= d - verb_end <= _DAY_AFTER_BEGAN for d in days)
    return False


def _asked_to_end(trigger: Found, cues: Sequence[Found], text: str) -> bool:
    """An end or a deal that a demand asks for, in the demand's own clause: "realizaron un
    plantón para pedir que se levanten los bloqueos", "urged the unions to end the strike".
    It is the claim's topic; the sentence's own incident (the sit-in) is coded instead."""
    info = trigger.info
    if not isinstance(info, TriggerInfo) or info.kind not in _ENDINGS:
        return False
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role in ("demand", "called_for")
        and 0 <= trigger.start - c.end <= _ASK_REACH
        and not _CLAUSE_CUT.search(text, c.end, trigger.start)
        for c in cues
    )


#: what parts the items of a site's menu or a breadcrumb ("Inicio | Política | Protestas",
#: "Home › World › Americas", "Noticias · Perú · Puno")
_MENU_SEPARATOR = re.compile(r"\s[|›»·•>]\s")
#: the signs ``_MENU_SEPARATOR`` parts items by: a line with none is one item
_MENU_SIGNS = "|›»·•>"
#: at least this many items, each of at most ``_MENU_ITEM_WORDS`` words, make a menu
_MENU_ITEMS = 3
_MENU_ITEM_WORDS = 3


def _menu_line(text: str, start: int, end: int) -> bool:
    """The sentence is a line of a site's menu or a breadcrumb: three or more short items,
    section names, parted by a bar, a chevron or a dot ("Inicio | Política | Protestas |
    Deportes", "Home › World › Americas"). A section name is no event; a headline with its
    kicker ("Puno | Protestas dejan tres muertos en Juliaca") has two items and long ones."""
    line = text[start:end]
    if not any(sign in line for sign in _MENU_SIGNS):
        return False  # no separator: one item (extract-perf7)
    if "\n" in line.strip():
        return False
    items = _MENU_SEPARATOR.split(line)
    return len(items) >= _MENU_ITEMS and all(
        0 < len(item.split()) <= _MENU_ITEM_WORDS for item in items
    )


#: the articles a section's label may hold beside its event word ("Las protestas")
_LABEL_FILLER = re.compile(r"[\W_]*(?:(?:the|la|el|los|las)\b[\W_]*)?", re.IGNORECASE)


def _label_line(text: str, start: int, end: int, triggers: Sequence[Found]) -> bool:
    """The sentence is a line of its own made of nothing but its event words: a section's label
    ("PROTESTAS", "Strikes", "Paro nacional") over a story, which names a kind of news, no
    incident: no place, no one, no day. A headline ("Paro en Puno", "Deadly clashes in
    Juliaca") says more than its event word."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if (
        text[line_start:start].strip()
        or text[end : len(text) if line_end < 0 else line_end].strip()
    ):
        return False
    cursor = start
    for t in sorted(triggers, key=lambda t: t.start):
        if t.start < cursor:
            cursor = max(cursor, t.end)
            continue
        if _LABEL_FILLER.fullmatch(text, cursor, t.start) is None:
            return False
        cursor = t.end
    return re.fullmatch(r"[\W_]*", text[cursor:end]) is not None


def _crossref_line(text: str, folded: str, start: int, lead_in: re.Pattern[str]) -> int:
    """Where the link to another story that begins a line at ``start`` ends, or -1.

    "LEE TAMBIÉN: Bloquean la carretera Cusco-Puno" and "READ MORE | Police clear a road"
    end with their line; a lead-in alone on its line ("Te puede interesar") takes the next
    line that holds words with it, the linked headline. A lead-in must be followed by a
    separator or the line's end ("Read more about the clashes" is a sentence), and a
    sentence that does not begin its line is no such link.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return -1
    match = lead_in.match(folded, start)
    if match is None:
        return -1
    line_end = text.find("\n", match.end())
    if line_end < 0:
        line_end = len(text)
    rest = text[match.end() : line_end].lstrip(" \t")
    if rest and rest[0] not in _CROSSREF_SEPARATORS:
        return -1
    if rest.strip(_CROSSREF_SEPARATORS + " \t"):
        return line_end  # the headline follows on the same line
    # the lead-in alone: the next line that holds words is the linked headline
    pos = line_end
    while pos < len(text):
        nxt = text.find("\n", pos + 1)
        end = len(text) if nxt < 0 else nxt
        if text[pos + 1 : end].strip():
            return end
        pos = end
    return len(text)


#: what follows the lead-in of a link to another story on its line
_CROSSREF_SEPARATORS = ":|»>·-–—"


def _in_name(trigger: Found, text: str, sentence_start: int) -> bool:
    """The event word is part of a capitalised name in mid-sentence ("la Organización para la Prohibición
    de las Armas Químicas"); the names of demonstrations and massacres ("la Gran Marcha Nacional", "la
    Masacre de Accomarca") still name events."""
    info = trigger.info
    if (
        not isinstance(info, TriggerInfo)
        or info.kind in ("protest", "killing")
        or trigger.start <= sentence_start
    ):
        return False
    # the word itself first (most event words are not capitalised), then whether anything but
    # spaces comes before it in the sentence
    surface = text[trigger.start : trigger.end]
    words = [w for w in surface.split() if w.lower() not in _NAME_LINK]
    if not (words and all(w[:1].isupper() for w in words) and not surface.isupper()):
        return False
    return not text[sentence_start].isspace() or bool(text[sentence_start : trigger.start].strip())


#: the head of a body's name before a protest word in it ("el Comité Nacional de Paro",
#: "Comando Unitario de Lucha", "the National Strike Committee" is caught after)
_BODY_HEAD = re.compile(
    rf"\b(?:{_words('body_head')})"
    r"(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w-]*|de|del|la|las|los|y|of|the|for|and)){0,5}\s+$"
)
#: a body named by a protest word ("protest front", "strike committee", "Comité de Huelga"
#: before it is caught by ``_BODY_HEAD``)
_BODY_AFTER = re.compile(rf"\s+(?:{_words('body_after')})\b")


def _names_a_body(trigger: Found, text: str) -> bool:
    """A protest word that names a body, not an event: "El Comité Nacional de Paro convocó
    ...", "Ayacucho's protest front, Fredepa, has called ...", "the National Strike Committee"."""
    info = trigger.info
    if not (isinstance(info, TriggerInfo) and info.kind == "protest"):
        return False
    if _BODY_AFTER.match(text, trigger.end):
        return True
    surface = text[trigger.start : trigger.end]
    return surface[:1].isupper() and bool(
        _BODY_HEAD.search(text, max(0, trigger.start - 60), trigger.start)
    )


def _hedged_toll(figures: dict[str, Count], triggers: Sequence[Found], governed: _Governed) -> bool:
    """The death or injury that makes the event is itself hedged: the casualty word nearest the
    figure is governed by "habría", "may have", "allegedly"."""
    for category in ("killed", "injured"):
        count = figures.get(category)
        if count is None:
            continue
        near = [
            t
            for t in triggers
            if isinstance(t.info, TriggerInfo)
            and t.info.kind in ("killing", "injury")
            and abs(t.start - count.span[1]) <= 40
        ]
        if near:
            nearest = min(near, key=lambda t: abs(t.start - count.span[1]))
            if "possible" in governed(nearest):
                return True
    return False


def _demand_first(coded: Sequence[Coded], cues: Sequence[Found]) -> bool:
    """A demand verb opens the sentence's predicate: it comes before every coded event word,
    and none of them is a demonstration (a march demanded is a call, coded as such)."""
    if any(
        isinstance(c.trigger.info, TriggerInfo) and c.trigger.info.kind == "protest" for c in coded
    ):
        return False
    first = min(c.trigger.start for c in coded)
    return any(
        isinstance(c.info, CueInfo) and c.info.role == "demand" and c.end <= first for c in cues
    )


def _is_date_number(number: object, dates: Sequence[DateValue]) -> bool:
    start = getattr(number, "start", -1)
    value = getattr(number, "value", 0)
    return any(d.span[0] <= start < d.span[1] for d in dates) or (
        getattr(number, "digits", False) and 1900 <= value <= 2100
    )


def _qualifier(cues: Sequence[Found], position: int) -> str:
    for cue in cues:
        info = cue.info
        if (
            isinstance(info, CueInfo)
            and info.role in ("at_least", "at_most", "about")
            and 0 <= position - cue.end <= 3
        ):
            return info.role
    return "exact"


def _bucket(found: Sequence[Found], sentences: Sequence[tuple[int, int]]) -> list[list[Found]]:
    """Hits grouped by the sentence they lie in (hits across a sentence boundary are dropped)."""
    starts = [s for s, _ in sentences]
    out: list[list[Found]] = [[] for _ in sentences]
    for f in found:
        i = bisect.bisect_right(starts, f.start) - 1
        if i >= 0 and f.end <= sentences[i][1]:
            out[i].append(f)
    return out


def _event_names(cues: Sequence[Found]) -> tuple[str, ...]:
    """The rules naming the events the sentence names ("la Toma de Lima"): ``name:`` and the
    cue's id without its language ("es.name.toma_de_lima" -> "name:toma_de_lima"). A name
    inside a longer one ("takeover of Lima" in "third takeover of Lima") is not counted."""
    names = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "event_name"]
    return tuple(
        sorted(
            {
                EVENT_NAME_RULE + c.info.id.split(".", 2)[-1]
                for c in names
                if isinstance(c.info, CueInfo)
                and not any(
                    o is not c
                    and o.start <= c.start
                    and c.end <= o.end
                    and o.end - o.start > c.end - c.start
                    for o in names
                )
            }
        )
    )


def _cue_spans(cues: Sequence[Found], role: str) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in cues if isinstance(c.info, CueInfo) and c.info.role == role]


#: words at most between a "since" word and the "began" verb of its clause ("since the
#: protests began", "desde que se iniciaron las protestas")
_SINCE_BEGAN_REACH = 4


def _own_began(
    began: Sequence[tuple[int, int]], since: Sequence[tuple[int, int]], text: str
) -> list[tuple[int, int]]:
    """The "began" verbs that may date an event word: not one in a "since" clause ("the first
    person killed in the capital since the protests began in December"), whose day opens the
    period a story counts in, not the day of an event it tells."""
    return [
        (a, b)
        for a, b in began
        if not any(
            end <= a
            and len(text[end:a].split()) <= _SINCE_BEGAN_REACH
            and not any(ch in text[end:a] for ch in ",;:.()")
            for _, end in since
        )
    ]


_TOLD = frozenset({"asserted", "reported", "historical"})


#: an event word that heads a noun phrase naming an earlier event ("luego de los
#: enfrentamientos") and has no date of its own: it takes no later day of its sentence
EARLIER_RULE = "date.earlier_phrase"


#: an event named by how long before the writing it happened ("a diez días de la masacre", "ten
#: days after the massacre"): its day is not where the story is
DISTANCE_RULE = "date.at_distance"


#: an event with no day of its own told after the story went on to a day it does not give (the
#: funeral of someone it told dead): it takes no day of what follows either
LATER_RULE = "date.later_unknown"


def _fill_dates(
    events: list[Mention], weak: Mapping[int, DateValue] | None = None
) -> list[Mention]:
    """A headline or lead that gives no date takes the date of the first dated incident after it.

    ``weak``: events told before a source's dated words (", police said on Monday"), by index; they
    happened on that day or before, so they take the incident after them only when it is not later.
    """
    weak = weak or {}
    out = list(events)
    following: DateValue | None = None
    for i in range(len(out) - 1, -1, -1):
        m = out[i]
        bound = weak.get(i)
        if m.date is None and bound is not None:
            usable = following is not None and following.value <= bound.value
            out[i] = replace(m, date=following if usable else bound)
        elif (
            m.date is None
            and following is not None
            and m.factuality in ("asserted", "reported")
            # "luego de los enfrentamientos en Juliaca": an event named as earlier than its
            # sentence's day does not take the day of what follows it
            and EARLIER_RULE not in m.rules
            and LATER_RULE not in m.rules
        ):
            out[i] = replace(m, date=following)
        elif (
            m.date is not None
            and m.factuality in ("asserted", "reported")
            # the day a blockade told beside an incident began is not the incident's
            and "protest.standing" not in m.rules
        ):
            following = m.date
    return out


_DENIABLE = frozenset(
    {
        "force",
        "killing",
        "attack",
        "arrest",
        "clash",
        "riot",
        "injury",
        "intervention",
        "resignation",
        "removal",
        "election_vote",
        "emergency",
        "curfew",
        "deployment",
    }
)


def _denied(coded: Sequence[Coded], facts: SentenceFacts, governed: _Governed) -> list[Coded]:
    """ "El ministro negó que dispararan contra los manifestantes que intentaron tomar el aeropuerto":
    the denial is an event of its own (negated) beside the incident the sentence asserts."""
    if not coded or "negated" in governed(coded[0].trigger):
        return []
    told = {c.trigger.start for c in coded}  # a clause that told the denied word has its event
    denied = [
        t
        for t in facts.triggers
        if isinstance(t.info, TriggerInfo)
        and t.info.kind in _DENIABLE
        and t.start not in told
        and "negated" in governed(t)
    ]
    if not denied:
        return []
    # the demonstration the sentence tells gives the denial its frame: "no arrests were made" at a
    # march is an intervention that did not happen
    frame = [
        t for t in facts.triggers if isinstance(t.info, TriggerInfo) and t.info.kind == "protest"
    ]
    sub = SentenceFacts(
        triggers=sorted([*denied, *frame], key=lambda t: t.start),
        actors=facts.actors,
        has_killed=False,
        has_injured=False,
        has_detained=False,
        has_participants=False,
        election_topic=False,
        doc_protest=facts.doc_protest,
        doc_unrest=facts.doc_unrest,
        text=facts.text,
    )
    out = [c for c in code_sentence(sub) if c.trigger in denied][:1]
    return [
        Coded(c.event_type, c.sub_event_type, c.mode, c.trigger, f"{c.rule}.denied") for c in out
    ]


def _is_arrest(code: Coded) -> bool:
    info = code.trigger.info
    return code.sub_event_type == "Arrests" or (
        isinstance(info, TriggerInfo) and info.kind == "arrest"
    )


def _one_person(cues: Sequence[Found], trigger: Found) -> tuple[int, int] | None:
    """ "arrested him", "fue detenido": one person, when no figure is given."""
    for cue in cues:
        info = cue.info
        if isinstance(info, CueInfo) and info.role == "one_person":
            if cue.start - 25 <= trigger.start <= cue.end + 25:
                return cue.start, cue.end
    return None


def _rival_range(
    counts: list[CountMatch],
    tallied: set[str],
    text: str,
    end: int,
    numbers: NumberRules,
    dates: Sequence[DateValue],
) -> list[CountMatch]:
    """The count of one kind of a sentence with another source's bare figure for it later on
    (``tallies.source_rival``): "Police said 3 people were killed in Puno, while organisers said
    12", "... mientras que los organizadores hablaron de 15". Both figures are kept as the
    count's range, its value the lowest (ACLED's conservative figure), its text both."""
    kinds = {
        c.category for c in counts if c.category in ("killed", "injured", "detained") and not c.part
    }
    if len(kinds) != 1 or kinds & tallied:
        return counts
    told = [c for c in counts if c.category in kinds and not c.part and c.count.value > 0]
    if not told:
        return counts
    last = told[-1]
    rival = source_rival(text, last.count.span[1], end, numbers, dates)
    if rival is None or rival.value == last.count.value:
        return counts
    low, high = sorted((last.count.value, rival.value))
    span = (last.count.span[0], rival.end)
    ranged = Count(low, low, high, "at_least", text[span[0] : span[1]], span)
    return [replace(c, count=ranged) if c is last else c for c in counts]


def _denied_harm(by_category: Mapping[str, Count], cues: Sequence[Found], start: int) -> bool:
    """A zero of injured said by a source before it ("The ministry insists that nobody was hurt",
    "la Policía aseguró que nadie resultó herido")."""
    count = by_category.get("injured")
    if count is None or count.value != 0:
        return False
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role == "reported"
        and start <= c.start
        and c.end <= count.span[0]
        for c in cues
    )


def _figure(by_category: Mapping[str, Count], category: str) -> bool:
    count = by_category.get(category)
    return count is not None and count.value > 0


_CONJOINED = re.compile(
    r"^\s*(?:,|y|e|and|&|más|plus)\s*(?:otros?|otras?|another)?\s*$", re.IGNORECASE
)


#: how far after a figure its aside may name the forces among the casualties ("18 people,
#: including a police officer, died")
_ASIDE_REACH = 40


#: the kinds of a crowd's acts an arrest may be charged with (``coding._charges``)
_CROWD_CHARGES = frozenset({"riot", "clash", "looting", "destruction"})


def _charged_crowd_acts(cues: Sequence[Found], triggers: Sequence[Found], text: str) -> bool:
    """Every cue of a targeted arrest in the sentence is the charge of a crowd's act right
    after it ("por los presuntos delitos de disturbios", "accused of rioting"), none a person
    sought ("dirigentes", "en su domicilio")."""
    targeted = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role == "targeted"]
    return bool(targeted) and all(
        any(
            isinstance(t.info, TriggerInfo)
            and t.info.kind in _CROWD_CHARGES
            and 0 <= t.start - c.end <= 16
            and "," not in text[c.end : t.start]
            for t in triggers
        )
        for c in targeted
    )


def _forces_hurt(
    matches: Sequence[CountMatch], actors: Sequence[Found], text: str, adjunct: re.Pattern[str]
) -> frozenset[str]:
    """The sentence counts police officers or soldiers among its dead or wounded ("four police
    officers were killed", "84 policías heridos", "nine people were hurt, including a mounted
    officer", "once heridos, entre ellos tres agentes"), and no dead of its own who are not the
    forces ("murieron 17 civiles y un policía" names dead on both sides): the categories
    (killed, injured) that count them."""
    forces = [
        a
        for a in actors
        if isinstance(a.info, ActorInfo)
        and a.info.inter == 1
        and a.info.sector in ("COP", "MIL")
        and a.info.role != "source"
    ]
    if not forces:
        return frozenset()
    hurt: set[str] = set()
    for m in matches:
        if m.category not in ("killed", "injured") or not m.count.value:
            continue
        a, b = m.count.span
        counted = aside = False
        for f in forces:
            if not a <= f.start <= b + _ASIDE_REACH or "." in text[b : f.start]:
                continue
            opener = adjunct.search(text[a : f.start].lower())
            if opener is None:
                counted = counted or f.end <= b  # "four police officers were killed"
            elif not ends_with_agent_word(text[a + opener.end() : f.start]):
                # "nine people were hurt, including a mounted officer"; not "dos heridos, uno de
                # ellos golpeado por soldados"
                aside = True
        # one officer among many dead ("Eighteen people, including a police officer, died")
        # leaves the dead on the other side
        if counted or (aside and m.category == "injured"):
            hurt.add(m.category)
        elif m.category == "killed" and not m.part:
            return frozenset()
    return frozenset(hurt)


def _combine(
    matches: Sequence[CountMatch], text: str, anchor: int | None = None
) -> dict[str, Count]:
    """One count per category; "17 civiles y un policía" adds up; otherwise the figure closest to
    the event's word (``anchor``), or the largest when there is none."""
    out: dict[str, Count] = {}
    heads: dict[str, tuple[int, int]] = {}
    for m in sorted(matches, key=lambda m: m.count.span[0]):
        if m.category == "detained" and m.count.value == 0:
            continue  # "no arrests were made": a coder records no figure, not zero
        prev = out.get(m.category)
        if prev is None:
            out[m.category] = m.count
            heads[m.category] = m.head.span
            continue
        if m.part:
            if m.revised:  # "... later gave a figure of 211": the later source's figure
                out[m.category] = m.count
            continue  # "17 muertos, tres de ellos policías": a breakdown adds nothing
        gap = text[prev.span[1] : m.count.span[0]]
        # "dejaron heridos a un patrullero y a una mujer": groups that share their verb add up
        shared = heads.get(m.category) == m.head.span and m.count.span[0] >= prev.span[1]
        # "un manifestante murió en Juliaca y otro murió en el hospital": one more adds up
        if shared or _CONJOINED.match(gap) or m.another:
            high = (
                None
                if prev.high is None and m.count.high is None
                else (prev.high or prev.value) + (m.count.high or m.count.value)
            )
            out[m.category] = Count(
                value=prev.value + m.count.value,
                low=prev.low + m.count.low,
                high=high,
                qualifier=prev.qualifier if prev.qualifier != "exact" else m.count.qualifier,
                text=text[prev.span[0] : m.count.span[1]],
                span=(prev.span[0], m.count.span[1]),
            )
        elif m.category == "injured" and _ORDINAL_ONE.match(prev.text) and m.count.value > 1:
            # "a third person wounded ... was in critical condition and that at least 20 people
            # had been hurt": the one told by an ordinal is one of the group, the group's figure
            # is the count, whichever is nearer the event's word
            out[m.category] = m.count
        elif m.category == "injured" and _ORDINAL_ONE.match(m.count.text) and prev.value > 1:
            continue  # "20 people were hurt, and a third person died": the group's figure again
        elif anchor is not None:
            if abs(m.count.span[0] - anchor) < abs(prev.span[0] - anchor):
                out[m.category] = m.count
        elif m.count.value > prev.value:
            out[m.category] = m.count
    return out


#: one wounded person told by an ordinal ("a third person", "una tercera víctima", "el cuarto
#: herido"): one of a group that another figure of the sentence counts (the dead are not: "two
#: were killed and a third died" adds one)
_ORDINAL_ONE = re.compile(
    r"(?:a|an|the|un|una|el|la)\s+(?:second|third|fourth|fifth|sixth|seventh|"
    r"segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|séptim[oa])\b",
    re.IGNORECASE,
)
