"""Cumulative counts ("la cifra de fallecidos desde diciembre asciende a 48").

A count is a tally when a tally cue stands just before or after it, or when the sentence
says since when ("desde el 7 de diciembre", "since the protests began"). Tallies are a
series of their own and never an incident's count.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from veeduria.extract.lexical import ActorInfo, CueInfo, Found
from veeduria.extract.numbers import (
    NumberMatch,
    NumberRules,
    find_numbers,
    holds_any,
    lower_slice,
    read_ordinal,
)
from veeduria.extract.wordlists import alternation
from veeduria.models import DateValue, Tally

_BEFORE = 70
_AFTER = 45
_TALLY_WHAT = frozenset({"killed", "injured", "detained"})
#: a colon that ends a clause, not one inside a time ("14:30")
_COLON = re.compile(r":(?!\d)")
#: verbs that give another source's bare figure for a toll just told ("the government acknowledged
#: three", "hablan de cinco"): read by ``competing_figures`` only, never the cue of a counted figure
_GIVEN = ".tally_given"
#: a period told as the subject of its toll ("four months of protests left 120 dead"): a cue only
#: before the figure ("lynched their mayor after weeks of protests" dates one incident)
_PERIOD_SUBJECT = ".tally_period"


def tally_cue(
    count_span: tuple[int, int],
    cues: Sequence[Found],
    head: tuple[int, int] | None = None,
    others: Sequence[tuple[int, int]] = (),
    text: str = "",
    numbers: NumberRules | None = None,
) -> Found | None:
    """The tally cue that makes the count at ``count_span`` cumulative, if any.

    A cue inside a longer verb of the count itself does not count: "two people *may have been
    injured*" is a guess about one incident, not the perfect of a running toll. A cue nearer
    another count (``others``) is that count's ("detuvo a 15 personas el martes; en total,
    ya son 300 los detenidos"), and none reaches across a semicolon or a colon of ``text``
    ("The toll rises: officials now say 13 people have been killed in Cali today": the
    figure's own clause tells that day's incident). A cue after the count that has a bare
    figure of its own right after it (read with ``numbers``) is that figure's: "Two protesters
    were shot dead on Tuesday, *bringing to 18* the number of people who have died" keeps the
    incident's two; so is every cue after that figure.
    """
    start, end = count_span
    for cue in cues:
        if not isinstance(cue.info, CueInfo) or cue.info.role != "tally":
            continue
        if cue.info.id.endswith(_GIVEN):
            continue  # "reconoce tres muertos en el enfrentamiento" is that incident's
        if cue.info.id.endswith(_PERIOD_SUBJECT) and (
            cue.start >= start
            or (
                _AFTER_STRETCH.search(text, max(0, cue.start - 40), cue.start) is not None
                and "," in text[cue.end : start]
            )
        ):
            # "After three weeks of protests, police killed two people on Monday": when the
            # incident happened ("after weeks of protests in which 20 people had died" counts)
            continue
        if (
            head is not None
            and head[0] <= cue.start
            and cue.end <= head[1]
            and (cue.start, cue.end) != head
        ):
            continue
        if cue.start < end and start < cue.end:
            return cue  # cue inside the count ("the death toll ... stands at 18")
        if any(o[0] < cue.end and cue.start < o[1] for o in others):
            # part of another figure ("... bringing the number of arrests to 300", "Two died in
            # Juliaca, and 18 people *have died since* December")
            continue
        if 0 <= start - cue.end <= _BEFORE:
            between = (cue.end, start)
        elif 0 <= cue.start - end <= _AFTER:
            between = (end, cue.start)
            if _PARTITIVE_HEAD.search(text, max(0, start - 12), start) is None and any(
                0 <= o[0] - cue.end <= _BEFORE and not _clause_break(text, cue.end, o[0])
                for o in others
            ):
                # "...; en total, ya son 300 los detenidos": the next figure's cue, unless a
                # semicolon or colon parts them ("47 uniformados resultaron lesionados durante
                # los desbloqueos de esa semana; los transportadores hablan de 19 conductores
                # heridos": the cue cannot be the later figure's, so it is the earlier one's)
                continue
            if numbers is not None and any(
                isinstance(q.info, CueInfo)
                and q.info.role == "tally"
                and end <= q.start <= cue.start
                and _own_figure(q, text, numbers)
                for q in cues
            ):
                continue  # "..., bringing to 18 the number of people who have died"
        else:
            continue
        if any(between[0] <= o[0] and o[1] <= between[1] for o in others):
            continue  # another figure stands between them
        gap = text[between[0] : between[1]]
        if ";" in gap or _COLON.search(gap):
            continue
        return cue
    return None


#: a figure that heads a partitive: "*Of the* 49 people who died in the protests ..., at least 20
#: were killed by bullets", "*De las* 46 personas fallecidas ..., 39 murieron en enfrentamientos"
#: (twenty-fifth session, blind20): the whole the later figure is a part of keeps the period its
#: own relative clause tells, even when the part stands near it
_PARTITIVE_HEAD = re.compile(
    r"(?:^|[^\w])(?:of|de)\s+(?:the|l[oa]s)\s+(?:more\s+than\s+|m[aá]s\s+de\s+)?\Z", re.I
)


def _clause_break(text: str, start: int, end: int) -> bool:
    """A semicolon or a clause-ending colon in ``text[start:end]``: no tally cue reaches across
    it."""
    gap = text[start:end]
    return ";" in gap or _COLON.search(gap) is not None


#: the words a toll verb's own figure may stand after ("rose *to at least* 11", "brings *the
#: total to* 18", "eleva *a más de* 40")
_OWN_FIGURE_GAP = re.compile(r"(?:\s*[\w]+){0,4}\s*", re.IGNORECASE)
_OWN_FIGURE_REACH = 30
#: the end of a clause, not a separator inside a figure ("1,000", "1.200")
_FIGURE_CLAUSE_END = re.compile(r"[;:!?()]|[.,](?!\d)")


def _own_figure(cue: Found, text: str, numbers: NumberRules) -> bool:
    """A tally cue with a bare figure of its own a few words after it ("bringing to 18",
    "rose to at least 20", "la cifra asciende a 18"): a number that is no date, year or lone
    article, in the cue's clause."""
    stop = _FIGURE_CLAUSE_END.search(text, cue.end, cue.end + _OWN_FIGURE_REACH)
    end = stop.start() if stop else min(len(text), cue.end + _OWN_FIGURE_REACH)
    for number in find_numbers(text, cue.end, end, numbers):
        if number.article or (number.digits and 1900 <= number.value <= 2100):
            continue
        if number.digits and (
            _MONTH_AFTER.match(text, number.end) or _MONTH_BEFORE.search(text, 0, number.start)
        ):
            # "in the protests between 5 March and 9 May": a day of the month, no figure
            # (twenty-fifth session, blind20)
            continue
        return _OWN_FIGURE_GAP.fullmatch(text, cue.end, number.start) is not None
    return False


_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|se?tiembre|octubre|noviembre|diciembre)"
)
#: a day of the month told with its month after it ("5 March", "5 de marzo") or before it
#: ("March 5")
_MONTH_AFTER = re.compile(rf"\s+(?:de\s+)?{_MONTHS}\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s+\Z", re.IGNORECASE)

_SPAN_COUNT = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s+few|"
    r"a\s+couple\s+of|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|varias|varios|"
    r"muchas|muchos|unas|unos)"
)
#: a stretch of weeks, months or years the figure is counted over, after it or before it: "over
#: five weeks", "over several weeks of protest", "in the weeks that followed", "durante tres
#: semanas", "a lo largo de varios meses", "en las semanas siguientes"
_STRETCH = re.compile(
    r"\b(?:(?:over|during|across|throughout|within|in|durante|en|a\s+lo\s+largo\s+de)\s+"
    r"(?:the\s+|las\s+|los\s+)?(?:(?:past|last|first|following|previous|[uú]ltim[oa]s|primer[oa]s)\s+)?"
    rf"{_SPAN_COUNT}\s+(?:weeks|months|years|semanas|meses|a[ñn]os)"
    r"|in\s+the\s+(?:weeks|months|years)\s+(?:that\s+followed|since|after(?:wards)?|following)"
    # "from the months of unrest", "during the weeks of protest", "durante los meses de protestas"
    r"|(?:from|over|during|throughout|in|durante|en|a\s+lo\s+largo\s+de)\s+(?:the|l[oa]s)\s+"
    r"(?:weeks|months|years|semanas|meses|a[ñn]os)\s+(?:of|de)\s+(?:[^\W\d]+\s+)?"
    r"(?:protests?|unrest|demonstrations|clashes|strikes?|protestas|movilizaciones|"
    r"manifestaciones|paro|disturbios|estallido)"
    r"|en\s+(?:las\s+semanas|los\s+meses|los\s+a[ñn]os)\s+(?:siguientes|posteriores|que\s+siguieron))\b",
    re.IGNORECASE,
)
#: one week or one month the figure is counted over, named as such (twenty-first session,
#: tallies12): the actions "of that week" or "of the month" taken together ("en los conflictos
#: del mes", "durante los desbloqueos de esa semana", "in the protests of that week"), a week or
#: month reckoned back from the report ("en la última semana", "durante el último mes", "over the
#: past week", "in recent weeks") or the first week of the crisis ("in the first week", "en la
#: primera semana de protestas"), and a report's month or period ("durante el mes", "en el
#: periodo", "during the reporting period"). A weekday of that week dates one incident ("el lunes
#: de esa semana"): the pattern asks for a plural noun of actions or a reckoned week, never a day
_NAMED_STRETCH = re.compile(
    r"\b(?:(?:en|durante|a\s+lo\s+largo\s+de)\s+(?:los|las)\s+[^\W\d]+s\s+"
    r"(?:del|de\s+(?:ese|este|aquel))\s+mes"
    r"|(?:en|durante|a\s+lo\s+largo\s+de)\s+(?:los|las)\s+[^\W\d]+s\s+"
    r"de\s+(?:la|esa|esta|aquella)\s+semana"
    r"|(?:en|durante)\s+(?:la|esa|esta)\s+(?:[uú]ltima|pasada|primera)\s+semana"
    r"|(?:en|durante)\s+(?:el|ese|este)\s+(?:[uú]ltimo\s+|pasado\s+|primer\s+)?mes"
    # "en el mes de enero" names a month, a date: only "el mes de protestas" is counted over
    r"(?!\s+de\s+(?!protestas|movilizaciones|manifestaciones|paro|disturbios)\w)"
    r"|(?:en|durante)\s+el\s+(?:mismo\s+)?per[ií]odo"
    r"|(?:en|durante)\s+(?:las|los)\s+(?:[uú]ltim[oa]s|pasad[oa]s)\s+(?:semanas|meses)"
    r"|(?:in|during|throughout)\s+the\s+[^\W\d]+s\s+of\s+(?:that|the|this)\s+(?:week|month)"
    r"|(?:in|during|throughout)\s+(?:this|that|last|the)\s+(?:week|month)'s\s+[^\W\d]+s"
    r"|(?:over|during|in|within)\s+the\s+(?:past|last|first)\s+(?:week|month)"
    r"|(?:during|throughout|over|in)\s+the\s+(?:reporting\s+)?(?:month|period)"
    r"(?!\s+of\s+(?!protests|unrest|demonstrations|strikes|rioting)\w)"
    r"|(?:over|during|in)\s+(?:the\s+)?(?:past|last|recent)\s+(?:weeks|months))\b",
    re.IGNORECASE,
)
#: the first days of a strike or of the protests, counted over together (twenty-fifth session,
#: blind20): "en los dos primeros días del paro 18 policías resultaron heridos", "in the first
#: three days of the strike, 40 people were detained"; a plural of days and the action they are
#: of, never one day ("el primer día del paro" dates the day's incidents)
_FIRST_DAYS = re.compile(
    rf"\b(?:(?:en|durante|a\s+lo\s+largo\s+de)\s+(?:los|sus)\s+(?:{_SPAN_COUNT}\s+)?primeros\s+d[ií]as"
    r"\s+(?:del|de\s+la|de\s+las|de\s+los|de)\s+"
    rf"|(?:in|during|over|throughout|within)\s+(?:the|its|their)\s+first\s+(?:{_SPAN_COUNT}\s+)?days"
    r"\s+of\s+(?:the\s+|a\s+|their\s+|its\s+)?)"
    r"(?:[^\W\d]+\s+){0,2}?"
    r"(?:paro|huelga|protestas|movilizaciones|manifestaciones|bloqueos|levantamiento|estallido|"
    r"strike|protests|demonstrations|unrest|blockades|uprising|mobilisation|mobilization)\b",
    re.IGNORECASE,
)
#: a crisis named by its year, counted over as a whole (twenty-first session, tallies12): "37
#: people died in the 2019 crisis", "more than 30 people were killed during the cost-of-living
#: demonstrations of 2023", "murieron 22 personas durante las protestas de 2019", "en la crisis
#: de 2020"; a plural of actions or a crisis word, never one march ("in the march of 2019")
_YEAR_CRISIS = re.compile(
    r"\b(?:(?:in|during|throughout)\s+the\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?"
    r"(?:crisis|unrest|uprising|protests|demonstrations|riots|revolt)"
    r"|(?:in|during|throughout)\s+the\s+(?:[\w-]+\s+){0,3}?(?:crisis|unrest|uprising|protests|"
    r"demonstrations|riots|revolt)\s+of\s+(?:19|20)\d\d"
    r"|(?:en|durante)\s+(?:el|la|las|los)\s+(?:[^\W\d]+\s+){0,2}?(?:crisis|estallido|protestas|"
    r"manifestaciones|movilizaciones|disturbios|revuelta)\s+(?:social\s+)?de\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: a stretch of days or more of protest as the subject of its toll: "ten days of similar protests
#: left at least nine people dead", "tres semanas de intensas protestas dejaron 20 muertos"
_STRETCH_SUBJECT = re.compile(
    rf"\b{_SPAN_COUNT}\s+(?:days|weeks|months|d[ií]as|semanas|meses)\s+(?:of|de)\s+"
    r"(?:[^\W\d]+\s+){0,2}?(?:protests?|protesting|unrest|demonstrations|rioting|riots|clashes|"
    r"strikes?|blockades|roadblocks|violence|protestas|movilizaciones|manifestaciones|paro|"
    r"bloqueos|disturbios|enfrentamientos|violencia)\b",
    re.IGNORECASE,
)
#: a stretch of protest told as the time before something else: "after weeks of protests",
#: "after three weeks of protests", "tras dos semanas de paro"
_AFTER_STRETCH = re.compile(
    r"\b(?:after|following|tras|luego\s+de|despu[eé]s\s+de)\s+(?:[\w-]+\s+){0,2}$", re.I
)


#: a word every match of ``_STRETCH`` holds, and of ``_STRETCH_SUBJECT`` (``holds_any``)
_STRETCH_WORDS = (
    "week",
    "month",
    "year",
    "period",
    "semana",
    "mes",
    "ano",
    "año",
    "periodo",
    "período",
)
_STRETCH_SUBJECT_WORDS = ("day", "week", "month", "dia", "día", "semana", "mes")
#: the unit and "of"/"de" every match of ``_STRETCH_SUBJECT`` holds, in the guard's lower case:
#: found fast, where the pattern tries its many counts at every word of the sentence
_STRETCH_SUBJECT_UNIT = re.compile(r"(?:days|weeks|months|d[ií]as|semanas|meses)\s+(?:of|de)\s")


def stretch_cues(text: str, start: int, end: int, guard: str | None = None) -> list[Found]:
    """Tally cues for a figure counted over weeks, months or years (docs/extraction.md: a
    figure over a period of two weeks or more is a tally): "Police said they had arrested more
    than 1,000 people over five weeks", "police killed at least 60 people over several weeks of
    protest", "In the weeks that followed, 49 civilians were killed", "ten days of similar
    protests ... left at least nine people dead" (a stretch of protest as the toll's subject,
    read before the figure only, as ``tally_period`` cues are; ``tally_cue`` drops one that
    only says when an incident happened: "After three weeks of protests, police killed ...")."""
    out: list[Found] = []
    # ``guard``: :func:`veeduria.extract.numbers.case_guard` of the text, which spares the
    # patterns a sentence with none of their words
    if holds_any(guard, start, end, _STRETCH_WORDS):
        for match in _STRETCH.finditer(text, start, end):
            out.append(Found(match.start(), match.end(), CueInfo("stretch", "tally")))
        for match in _NAMED_STRETCH.finditer(text, start, end):
            out.append(Found(match.start(), match.end(), CueInfo("stretch", "tally")))
    if holds_any(guard, start, end, ("primeros", "first")):
        for match in _FIRST_DAYS.finditer(text, start, end):
            out.append(Found(match.start(), match.end(), CueInfo("stretch", "tally")))
    if _YEAR.search(text, start, end) is not None:
        for match in _YEAR_CRISIS.finditer(text, start, end):
            out.append(Found(match.start(), match.end(), CueInfo("stretch", "tally")))
    if holds_any(guard, start, end, _STRETCH_SUBJECT_WORDS) and (
        guard is None or _STRETCH_SUBJECT_UNIT.search(guard, start, end) is not None
    ):
        for match in _STRETCH_SUBJECT.finditer(text, start, end):
            out.append(
                Found(match.start(), match.end(), CueInfo("stretch" + _PERIOD_SUBJECT, "tally"))
            )
    return out


def series_cues(
    figures: Sequence[tuple[str, tuple[int, int]]],
    cues: Sequence[Found],
    text: str,
    joiner: re.Pattern[str],
) -> dict[int, Found]:
    """The tally cue each figure of a coordinated series of tolls shares with the others: "the
    ombudsman's office said seven people died *during the unrest*, 1,340 were injured and 1,152
    arrested", "siete personas murieron *durante la crisis*, 1.340 resultaron heridas y 1.152
    fueron detenidas". ``figures`` are (category, span) in text order; two are one series when
    only a ``joiner`` (a comma, "and", "y") stands between them, maybe after the cue itself, and
    every figure of the series counts another category (two dead figures beside each other are
    an incident and a toll, or two incidents). Returns figure index -> the cue of the nearest
    figure of its series that ``tally_cue`` gives one, for the figures it gives none."""
    spans = [span for _, span in figures]
    own = [tally_cue(span, cues, None, [o for o in spans if o != span], text) for span in spans]
    if not any(own):
        return {}
    cue_spans = [
        (c.start, c.end) for c in cues if isinstance(c.info, CueInfo) and c.info.role == "tally"
    ]
    chains: list[list[int]] = []
    for i in range(len(figures)):
        if (
            chains
            and i - 1 in chains[-1]
            and _joined(spans[i - 1], spans[i], cue_spans, text, joiner)
        ):
            chains[-1].append(i)
        else:
            chains.append([i])
    out: dict[int, Found] = {}
    for chain in chains:
        categories = [figures[i][0] for i in chain]
        if len(chain) < 2 or len(set(categories)) < len(categories):
            continue
        given = [i for i in chain if own[i] is not None]
        for i in chain:
            if own[i] is None and given:
                nearest = min(given, key=lambda j: abs(j - i))
                cue = own[nearest]
                assert cue is not None
                out[i] = cue
    return out


def _joined(
    a: tuple[int, int],
    b: tuple[int, int],
    cue_spans: Sequence[tuple[int, int]],
    text: str,
    joiner: re.Pattern[str],
) -> bool:
    """Only a joiner stands between figures ``a`` and ``b``, maybe after a tally cue right
    after ``a`` ("seven people died *during the unrest*, 1,340 ...")."""
    start = a[1]
    for c0, c1 in sorted(cue_spans):
        if start <= c0 and not text[start:c0].strip():
            start = max(start, c1)
    aside = _FIGURE_ASIDE.match(text, start, b[0])
    if aside is not None:
        start = aside.end()  # "had risen to 30, including three police officers, and that ..."
    gap = text[start : b[0]]
    if len(gap) > 12 or not gap.strip():
        return False
    # "... had risen to 30, *and that* more than 1,000 people had been treated": one report's
    # figures joined by a complementiser
    gap = _COMPLEMENTISER.sub(" ", gap.lower())
    return joiner.fullmatch(gap) is not None


_FIGURE_ASIDE = re.compile(
    r",\s*(?:including|among\s+them|entre\s+ell[oa]s|incluid[oa]s?)\s[^,;:.()]{1,60}(?=,)",
    re.IGNORECASE,
)
_COMPLEMENTISER = re.compile(r"(?<=\s)(?:that|que)\s+$")


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def of_one_incident(cue: Found, text: str, numbers: NumberRules) -> bool:
    """ "Los enfrentamientos dejaron *un saldo de* 17 muertos", "left *a toll of* 17 dead":
    a general tally word after an indefinite article names the result of one incident; the
    running total takes the definite one ("el saldo de muertos asciende a 48")."""
    if not isinstance(cue.info, CueInfo) or cue.info.what is not None:
        return False
    before = _WORD_BEFORE.search(text, max(0, cue.start - 12), cue.start)
    first = text[cue.start : cue.end].split(maxsplit=1)  # "a total of", "un total de"
    words = [before.group(1)] if before else []
    if len(first) > 1:
        words.append(first[0])
    return any(w.kind == "article" for word in words for w in numbers.words.lookup(word.lower()))


#: where the phrase of a toll told after its figure ends ("a ocho el número de fallecidos en
#: el operativo del martes, en ...")
_CLAUSE_END = re.compile(r"[,;:.!?()]")
_PHRASE_REACH = 90


def toll_noun(cue: Found, text: str, numbers: NumberRules) -> bool:
    """A tally cue that is a toll's noun ("la cifra de fallecidos", "el saldo", "the toll"),
    not a verb or a span of time ("asciende a", "en lo que va de", "so far")."""
    if not isinstance(cue.info, CueInfo):
        return False
    if cue.info.what is not None:
        return True
    before = _WORD_BEFORE.search(text, max(0, cue.start - 12), cue.start)
    words = text[cue.start : cue.end].split(maxsplit=1)[:1]
    if before:
        words.append(before.group(1))
    return any(w.kind == "article" for word in words for w in numbers.words.lookup(word.lower()))


def toll_of_incident(
    toll: tuple[int, int],
    figure: tuple[int, int],
    text: str,
    cues: Sequence[Found],
    dates: Sequence[DateValue],
) -> bool:
    """A toll whose own phrase names one incident counts that incident's dead, not a period.

    "El saldo *del enfrentamiento* es de ocho fallecidos", "elevó a ocho el número de
    fallecidos *en el operativo del martes*", "the death toll *from Monday's clashes* rose to
    17": the toll's phrase (between its noun and its figure, or after its noun when the figure
    comes first) holds an ``incident`` cue (a clash, a raid, an operation with its article) or
    a day. A toll of the whole crisis ("desde diciembre", "since the protests began", "en las
    protestas") holds neither, or a ``since`` cue, and stays a tally; so does a day that dates
    the report and not the incident ("elevó *este miércoles* a ocho ...").
    """
    if figure[1] > toll[1]:  # the figure after its toll, maybe taking the toll in
        start, end = toll[1], figure[1]
    else:
        start = toll[1]
        stop = _CLAUSE_END.search(text, start, start + _PHRASE_REACH)
        end = stop.start() if stop else min(len(text), start + _PHRASE_REACH)
    if start >= end:
        return False
    named = False
    for cue in cues:
        if not (start <= cue.start and cue.end <= end) or not isinstance(cue.info, CueInfo):
            continue
        if cue.info.role == "since":
            return False
        named = named or cue.info.role == "incident"
    return named or any(
        d.precision == "day" and start <= d.span[0] and d.span[1] <= end for d in dates
    )


def figure_clause_names_incident(
    figure: tuple[int, int],
    text: str,
    cues: Sequence[Found],
    dates: Sequence[DateValue] = (),
) -> bool:
    """A running toll whose figure's own phrase names one incident: "suman 18 los civiles
    fallecidos *a consecuencia de los hechos de ese día*", "the toll now stands at 12 dead *in
    Tuesday's raid*". The phrase after the figure, up to the end of its clause, holds an
    ``incident`` cue and no ``since`` cue: the figure counts that incident's dead, not a
    period's. A bare day there may date the report ("put the toll at 60 on Wednesday"); a day
    that names what the figure counts, after "of" or "de" ("31 deaths during the protests *of
    Monday, 7 July*", "ya son 18 los fallecidos *del lunes*"), names one day's incident."""
    start = figure[1]
    stop = _CLAUSE_END.search(text, start, start + _PHRASE_REACH)
    end = stop.start() if stop else min(len(text), start + _PHRASE_REACH)
    of_days = [
        d.span
        for d in dates
        if d.precision == "day"
        and start <= d.span[0] < end
        and _OF_DAY.search(text, max(start, d.span[0] - 8), d.span[0] + 4) is not None
    ]
    named = bool(of_days)
    for cue in cues:
        if not (start <= cue.start and cue.end <= end) or not isinstance(cue.info, CueInfo):
            continue
        if cue.info.role == "tally" and any(0 <= a - cue.end <= 8 for a, _ in of_days):
            continue  # "during the protests *of Tuesday*": one day's protests
        if cue.info.role in ("since", "tally"):
            return False
        named = named or cue.info.role == "incident"
    return named


#: a day that names what a figure counts: "the protests of Monday", "los fallecidos del lunes",
#: "las muertes del 9 de enero" (the date's span may take "del" in or start after it)
_OF_DAY = re.compile(r"\b(?:of|del|de\s+(?:la|el))\s+\w", re.IGNORECASE)


def dated_before_period(
    figure: tuple[int, int], cue: Found, text: str, dates: Sequence[DateValue]
) -> bool:
    """ "13 personas murieron *ayer* en la ciudad durante las protestas", "six people were killed
    *on Monday* in the unrest": a day told between the figure and the period phrase after it
    dates the deaths to one day; the period phrase only says in what crisis."""
    if cue.start < figure[1] or not isinstance(cue.info, CueInfo) or cue.info.what is not None:
        return False
    if _CLAUSE_END.search(text, figure[1], cue.start):
        return False
    return any(
        d.precision == "day" and figure[1] <= d.span[0] and d.span[1] <= cue.start for d in dates
    )


def since_date(cues: Sequence[Found], dates: Sequence[DateValue]) -> DateValue | None:
    for cue in cues:
        if isinstance(cue.info, CueInfo) and cue.info.role == "since":
            for d in dates:
                # the date may begin after the cue or take it in as its lead ("desde el lunes")
                if cue.start <= d.span[0] and d.span[0] - cue.end <= 20:
                    return d
    return None


#: how far after a tally verb its bare figure may begin, past a qualifier ("at least", "más de")
_FIGURE_REACH = 16
#: a bare figure ends its clause: "Indepaz puts the figure at 51.", "elevan la cifra a dieciséis."
_FIGURE_END = re.compile(r"\s*(?:[.;,)]|$)")


def competing_figures(
    cues: Sequence[Found],
    text: str,
    sentence: tuple[int, int],
    taken: Sequence[tuple[int, int]],
    numbers: NumberRules,
    dates: Sequence[DateValue],
) -> list[NumberMatch]:
    """Bare figures that another source gives for a toll just told: "The NGO Temblores counts
    47 homicides, and *Indepaz puts the figure at 51*", "... eleva a diez el número de muertos.
    *Otras organizaciones elevan la cifra a dieciséis*", "a tally by human rights groups
    *reached 20*". The figure has no noun of its own: it follows a tally verb with no
    category (``tally`` cues without ``what``) and ends its clause. The caller gives it the
    category of the toll told before it, in the sentence or the sentence right before."""
    out: list[NumberMatch] = []
    start, end = sentence
    for cue in cues:
        info = cue.info
        if not (isinstance(info, CueInfo) and info.role == "tally" and info.what is None):
            continue
        if not start <= cue.start < end:
            continue
        for number in find_numbers(text, cue.end, min(end, cue.end + _FIGURE_REACH), numbers):
            if any(a < number.end and number.start < b for a, b in taken):
                break  # a figure with a noun of its own, read as a count
            gap = text[cue.end : number.start]
            if gap.strip() and not any(
                isinstance(q.info, CueInfo)
                and q.info.role in ("at_least", "at_most", "about")
                and cue.end <= q.start
                and not text[q.end : number.start].strip()
                for q in cues
            ):
                break  # "... with the protests since April 28": not the verb's own figure
            if (
                number.article
                or number.value < 1
                or any(d.span[0] <= number.start < d.span[1] for d in dates)
                or (number.digits and 1900 <= number.value <= 2100)
                or _FIGURE_END.match(text, number.end) is None
            ):
                break
            out.append(number)
            break
    return out


def make_tally(
    what: str,
    count_text: str,
    value: int,
    qualifier: str,
    span: tuple[int, int],
    sentence: tuple[int, int],
    text: str,
    *,
    scope: str | None,
    since: DateValue | None,
    dates: Sequence[DateValue],
    published: dt.date | None,
    actors: Sequence[Found],
    attribution: str | None,
) -> Tally | None:
    if what not in _TALLY_WHAT:
        return None
    as_of = published
    for d in dates:
        if d is not since and d.precision == "day" and (published is None or d.value <= published):
            as_of = d.value
    source = attribution
    if source is None:
        for a in actors:
            if isinstance(a.info, ActorInfo) and a.info.role in ("source", "both"):
                source = a.info.name
                break
    start, end = sentence
    return Tally(
        what=what,
        value=value,
        qualifier=qualifier,  # type: ignore[arg-type]
        text=text[start:end],
        span=(start, end),
        scope=scope,
        since=since.value if since else None,
        as_of=as_of,
        attribution=source,
    )


#: what may stand right before a rank of the dead: an article or a possessive ("the", "la", "the
#: protests'", "Peru's")
_RANK_LEAD = re.compile(r"\b(?:the|its|their|el|la|[\w-]+['’]s?)\s+")
#: a sentence that may rank its dead at all
_DEATH_HINT = re.compile(
    r"di(?:e|ed)\b|death|killed|victim|fatalit|muert|fallec|v[ií]ctima|morir|asesin"
)
#: a word every match of ``_DEATH_HINT`` holds (in the lower case it is searched in): looked
#: for with ``in`` first, which most sentences, with no death in them, fail faster
_DEATH_HINT_WORDS = (
    "die",
    "death",
    "killed",
    "victim",
    "víctima",
    "fatalit",
    "muert",
    "fallec",
    "morir",
    "asesin",
)
#: the dead a rank counts, right after it: "the 58th *victim*", "the 58th *person to die*", "the
#: 50th *protester killed*", "la quincuagésima *víctima*", "el 58.º *fallecido*", "el quinto
#: *comunero en morir*" (a person noun needs its death: "the 58th person arrested" is no death)
_RANKED_DEAD = re.compile(
    r"\s+(?:(?:known|confirmed|reported|recorded|official)\s+)?"
    r"(?:(?:victim|death|fatality|casualty|v[ií]ctima(?:\s+mortal)?|fallecid[oa]|muert[oa]|"
    r"muerte|deceso)(?!\w)"
    r"|(?:person|protester|demonstrator|civilian|man|woman|boy|girl|student|young\s+man|"
    r"persona|manifestante|comunero|civil|joven|mujer|hombre|estudiante|adolescente)\s+"
    r"(?:to\s+(?:die|be\s+killed|lose\s+(?:his|her|their)\s+life)|killed|"
    r"en\s+(?:morir|fallecer|perder\s+la\s+vida)|fallecid[oa]|muert[oa]|asesinad[oa])(?!\w))",
    re.IGNORECASE,
)
#: the dead named before their number: "la víctima *número* 50", "el fallecido número 58"; or
#: left out after a death told before ("la primera víctima mortal de Lima, y *la número 58* en
#: todo el país")
_DEAD_BEFORE_NUMBER = re.compile(
    r"\b(?:el|la)\s+(?P<dead>(?:v[ií]ctima(?:\s+mortal)?|fallecid[oa]|muert[oa]|muerte|deceso)\s+)?"
    r"(?:n[uú]mero|n\.?\s?[ºo°]|nro\.?)\s+",
    re.IGNORECASE,
)
_DEATH_WORD = re.compile(
    r"\b(?:v[ií]ctimas?\s+mortal(?:es)?|fallecid[oa]s?|muert[oa]s?|muertes?|muri[óo]|falleci[óo]|"
    r"asesinad[oa]s?)\b",
    re.IGNORECASE,
)
#: what makes a rank a running toll: the crisis it counts in, since when, or the whole country
#: ("the 58th person to die *in the protests*", "la víctima número 50 *de las protestas*", "la
#: número 58 *en todo el país*", "*since December*"); a rank with none ("a fourth victim died")
#: is one more dead of the incident told
_RANK_SCOPE = re.compile(
    r"[^;:.!?]{0,40}?\b(?:(?:in|during|of|amid|across|de|en|durante)\s+(?:the\s+|l[oa]s?\s+|esta\s+|this\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:protests?|unrest|crisis|demonstrations|uprising|conflict|country|"
    r"nation|protestas|manifestaciones|movilizaciones|crisis|estallido|conflicto|pa[ií]s|"
    r"represi[oó]n)\b|since\b|desde\b|nationwide\b|a\s+nivel\s+nacional\b)",
    re.IGNORECASE,
)
_RANK_REACH = 60


def ordinal_tolls(
    text: str, start: int, end: int, numbers: NumberRules
) -> list[tuple[int, tuple[int, int]]]:
    """Running tolls told by the rank of one dead (docs/extraction.md): "became the 58th person
    to die in the protests", "la víctima número 50 de las protestas", "el quincuagésimo
    fallecido desde diciembre", "la primera víctima mortal de Lima, y la número 58 en todo el
    país". Returns (value, span of the rank's phrase) for each rank of two or more whose phrase is
    followed, in its clause, by the crisis, a period or the country it counts over. The rank's
    own dead is one dead of the incident told, which the caller counts."""
    out: list[tuple[int, tuple[int, int]]] = []
    low = lower_slice(text, start, end)
    if not any(word in low for word in _DEATH_HINT_WORDS) or _DEATH_HINT.search(low) is None:
        return out
    for m in _DEAD_BEFORE_NUMBER.finditer(low):
        if m.group("dead") is None and _DEATH_WORD.search(low, 0, m.start()) is None:
            continue  # "la número 58" with no death told before it
        found = find_numbers(text, start + m.end(), min(end, start + m.end() + 12), numbers)
        if not found or found[0].start != start + m.end() or found[0].article:
            continue
        value, stop = found[0].value, found[0].end - start
        if value >= 2 and _RANK_SCOPE.match(low, stop, stop + _RANK_REACH):
            out.append((value, (start + m.start(), start + stop)))
    for lead in _RANK_LEAD.finditer(low):
        pos = lead.end()
        rank = read_ordinal(low, pos, numbers)
        if rank is None or rank[0] < 2:
            continue
        value, stop = rank
        dead = _RANKED_DEAD.match(low, stop)
        if dead is None:
            continue
        if _RANK_SCOPE.match(low, dead.end(), dead.end() + _RANK_REACH):
            out.append((value, (start + pos, start + dead.end())))
    return out


#: another source's figure for the count just told, later in its sentence: "Police said three
#: people were killed, *while organisers said 12*", "..., *but the ombudsman counted five*",
#: "la Policía reportó tres heridos *y los organizadores hablaron de 12*", "*mientras que la
#: Defensoría registró cinco*": a joiner, a source of at most five words, a verb that gives a
#: figure and the bare figure (with at most a qualifier before it), which ends its clause
_RIVAL_SOURCE = re.compile(
    rf"(?:,|;|\s)\s*(?:{alternation('tallies', 'rival_joiner', any_space=True)})\s+"
    r"(?:(?:the|la|el|los|las|other|otras?|otros?)\s+)?"
    rf"(?:[\w.'’-]+\s+){{1,5}}?(?:{alternation('tallies', 'rival_verb', any_space=True)})\s+"
    rf"(?:(?:{alternation('tallies', 'rival_qualifier', any_space=True)})\s+)?$",
    re.IGNORECASE,
)
_RIVAL_REACH = 90


def source_rival(
    text: str, after: int, end: int, numbers: NumberRules, dates: Sequence[DateValue]
) -> NumberMatch | None:
    """A bare figure another source gives, later in the sentence, for the count that ends at
    ``after`` (see ``_RIVAL_SOURCE``): "Police said 3 people were killed in Puno, while
    organisers said 12". None when the next number after ``after`` is no such figure: one with a
    noun of its own ("and 20 were wounded"), a date, a year, an article, or one that does not end
    its clause ("while organisers said 12 of them were minors")."""
    for number in find_numbers(text, after, min(end, after + _RIVAL_REACH), numbers):
        if (
            number.article
            or (number.digits and 1900 <= number.value <= 2100)
            or any(d.span[0] <= number.start < d.span[1] for d in dates)
            or _FIGURE_END.match(text, number.end) is None
        ):
            return None
        if (
            _RIVAL_SOURCE.search(text, max(after, number.start - _RIVAL_REACH), number.start)
            is None
        ):
            return None
        gap = text[after : number.start]
        if _RIVAL_SOURCE.search(gap) is None:
            return None
        return number
    return None
