"""Demands listed inline after what opens them (twenty-sixth session, claims13).

"The union listed four demands: a bill to pay the debt, an end to the transfers, smaller
classes and a review of the evaluation system", "con tres demandas: la renuncia de ..., la
realización de ... y la liberación de ...", "a list of ten demands, including a freeze of fuel
prices, ...", "Recommendations: an independent investigation of each death; the release of
...": each item is a demand of its own, of the topic it names or ``other``. The opener is a
demand cue or a noun that opens a list of demands (cue role ``demand_list``: "recommendations",
"puntos"), followed closely by a colon or a word that introduces the items (cue role
``list_intro``: "including", "entre ellas"). A list set out one item a line is read by
``claims.opens_list``; this reads the items written in the sentence itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veeduria.extract.lexical import CueInfo, Found, TopicInfo
from veeduria.models import Claim, Factuality

_ACTION_TOPICS = frozenset({"strike", "march", "blockade"})
#: the cues that may open a list of what is asked
_OPENERS = frozenset({"demand", "demand_list"})
#: how far after its opener the colon or the word that introduces the items may stand ("listed
#: four demands:", "las cuatro exigencias del gremio al presidente Daniel Noboa:")
_OPENER_REACH = 60
#: what ends the stretch between opener and list, and the list itself
_BREAK = re.compile(r"[;.!?\n\"“”«»]")
_LIST_END = re.compile(r"[.!?\n](?!\d)")
#: a colon that opens items written in lower case ("demands: the resignation", "exigencias:
#: derogar"), not a quotation nor a time ("10:00")
_COLON = re.compile(r":[ \t]+(?=[a-záéíóúñ])")
#: the verbs of demanding proper whose colon opens a list ("exigen: ...", "demanded: ..."); not
#: a question put ("asked: who gave the order, who fired ...") nor a wish
_DEMAND_VERB = re.compile(
    r"demand\w*|call(?:s|ed|ing)?\s+for|exig\w+|reclam\w+|ped\w+|pid\w+|solicit\w+|plante\w+",
    re.IGNORECASE,
)
#: the cuts between items: a semicolon, else a comma and a space (not "1,50")
_SEMICOLON = re.compile(r"\s*;\s*")
_COMMA = re.compile(r",\s+")
#: a conjunction between two items, and what an item opens with after it: an article, a
#: determiner or a comparative ("and a review", "y la liberación", "and smaller classes"),
#: or, in a list of infinitives, an infinitive ("y retirar el proyecto", "and to free")
_CONJUNCTION = re.compile(r"\s+(?:y|e|and)\s+", re.IGNORECASE)
_NOMINAL_START = re.compile(
    r"(?:el|la|los|las|un|una|unos|unas|su|sus|que|mayor|mayores|más|nuevo|nueva|nuevos|nuevas|"
    r"the|a|an|more|fewer|less|higher|lower|smaller|larger|better|new|their|its|an?\s+end)\b",
    re.IGNORECASE,
)
_INFINITIVE_START = re.compile(
    r"(?:no\s+)?[a-záéíóúñ]{3,}(?:ar|er|ir)\b|(?:not\s+)?to\s+[a-z]{2,}\b", re.IGNORECASE
)
#: an item that only points back to the one before it: "y el de la gasolina", "and that of"
_POINTS_BACK = re.compile(
    r"(?:el|la|los|las|the)\s+(?:de|of|del|same|other)\b|(?:that|those)\s+of\b", re.IGNORECASE
)
_MIN_ITEM = 6  # characters: shorter pieces are no item ("y 2")


def inline_list_items(
    text: str,
    sentence: tuple[int, int],
    cues: Sequence[Found],
    topics: Sequence[Found],
    claimant: str | None,
    factuality: Factuality,
    claims: Sequence[Claim],
) -> list[Claim]:
    """One demand per item of a list written after its opener in the sentence, for each item
    that no claim of ``claims`` already tells with the same topic. ``claimant``: who makes the
    demands (the actor named before the opener)."""
    opened = _list_start(text, sentence, cues)
    if opened is None:
        return []
    start, colon = opened
    stop = _LIST_END.search(text, start, sentence[1])
    end = stop.start() if stop is not None else sentence[1]
    items = _items(text, start, end)
    if colon and len(items) < 2:
        return []  # "demands: the resignation of ...": one object, read by the verb
    out: list[Claim] = []
    for a, b in items:
        named = next(
            (
                t.info.topic
                for t in topics
                if isinstance(t.info, TopicInfo) and a <= t.start < b and t.info.topic != "ignore"
            ),
            "other",
        )
        if any(
            c.topic == named and (a < c.span[1] <= b or a <= c.span[0] < b) for c in [*claims, *out]
        ):
            continue  # the verb's own reading already tells it
        out.append(
            Claim(
                kind="call_to_action" if named in _ACTION_TOPICS else "demand",
                topic=named,
                text=text[a:b],
                span=(a, b),
                factuality=factuality,
                claimant=claimant,
            )
        )
    return out


def list_opener(text: str, sentence: tuple[int, int], cues: Sequence[Found]) -> Found | None:
    """The cue that opens a list written in the sentence, if there is one."""
    for cue in cues:
        if not (isinstance(cue.info, CueInfo) and cue.info.role in _OPENERS):
            continue
        if cue.info.id.endswith(".line_only"):
            continue  # "en dos puntos: el puente Inambari ...": places, not demands
        if _start_after(text, sentence, cue, cues) is not None:
            return cue
    return None


def _list_start(
    text: str, sentence: tuple[int, int], cues: Sequence[Found]
) -> tuple[int, bool] | None:
    opener = list_opener(text, sentence, cues)
    return None if opener is None else _start_after(text, sentence, opener, cues)


def _start_after(
    text: str, sentence: tuple[int, int], cue: Found, cues: Sequence[Found]
) -> tuple[int, bool] | None:
    """Where the items after ``cue`` begin, and whether a colon opens them."""
    reach = min(sentence[1], cue.end + _OPENER_REACH)
    brk = _BREAK.search(text, cue.end, reach)
    if brk is not None:
        reach = brk.start()
    colon = _COLON.search(text, cue.end, min(sentence[1], reach + 3))
    # "a list of ten demands, including ...": only a noun of demands is introduced so; after a
    # verb, "including" names some of its object ("demanded the resignation of several
    # officials, including the interior minister")
    intro = next(
        (
            c
            for c in cues
            if isinstance(c.info, CueInfo)
            and c.info.role == "list_intro"
            and isinstance(cue.info, CueInfo)
            and cue.info.role == "demand_list"
            and cue.end <= c.start < reach
        ),
        None,
    )
    if (
        colon is not None
        and colon.start() <= reach
        and (intro is None or colon.start() < intro.start)
        and (
            (isinstance(cue.info, CueInfo) and cue.info.role == "demand_list")
            or _DEMAND_VERB.fullmatch(text, cue.start, cue.end)
        )
    ):
        return colon.end(), True
    if intro is not None:
        at = intro.end
        return at + len(text[at:]) - len(text[at:].lstrip()), False
    return None


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the list in ``text[start:end]``, as spans."""
    cut = _SEMICOLON if _SEMICOLON.search(text, start, end) else _COMMA
    pieces: list[tuple[int, int]] = []
    at = start
    for m in cut.finditer(text, start, end):
        pieces.append((at, m.start()))
        at = m.end()
    pieces.append((at, end))
    infinitives = bool(_INFINITIVE_START.match(text, start))
    item_start = _INFINITIVE_START if infinitives else _NOMINAL_START
    items: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(pieces):
        cuts = [
            m
            for m in _CONJUNCTION.finditer(text, a, b)
            if item_start.match(text, m.end()) and not _POINTS_BACK.match(text, m.end())
        ]
        if not cuts and i == len(pieces) - 1 and len(pieces) > 1:
            # "A, B y control de precios": the last conjunction of a list closes it
            last = list(_CONJUNCTION.finditer(text, a, b))
            cuts = [m for m in last[-1:] if not _POINTS_BACK.match(text, m.end())]
        for m in cuts:
            items.append((a, m.start()))
            a = m.end()
        items.append((a, b))
    out: list[tuple[int, int]] = []
    for a, b in items:
        if _POINTS_BACK.match(text, a) and out:
            out[-1] = (out[-1][0], b)  # "y el de la gasolina extra": the item before, again
            continue
        if b - a >= _MIN_ITEM:
            out.append((a, b))
    return out
