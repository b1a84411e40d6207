"""Sentence and paragraph spans for news text.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` followed by space and an upper-case letter,
a digit, an opening quote or a dash (a list's bullet before them too: ". – Carretera"), at a
blank line, or at a line break before a bulleted or lettered line ("Puno (38 puntos)\n– Carretera ...",
"...\na) La liberación"). A
short line with no end punctuation over the next line is a heading of its own ("JAN. 9 -
JULIACA, PUNO\nSeventeen civilians are killed ..."), and so is a longer one where the text is
not wrapped at a width (the next line's first word would have fitted on it). Abbreviations that
end in a period ("Sr.", "Dr.", "Jan.", "Gral.", "EE.UU.") and initials do not end a sentence;
the list lives in the language's ``abbreviations`` lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veeduria.models import Span

# end punctuation, closing quotes, then space and what may open a sentence; or a blank line.
# Written to begin with one character class: ``re`` then skips ahead to the next such
# character instead of trying the pattern at every position of the document.
_BOUNDARY = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’»)]*(?=\s+(?:[\-–—•*]\s+)?[\"'“‘«(¿¡\-–—]?[A-ZÁÉÍÓÚÑÜ0-9])"
    r"|(?<=\n)\s*\n|(?<=\n)(?=[ \t]*(?:[\-–—•*]|[a-z\d]\))[ \t]+\S))"
)
_WORD_BEFORE = re.compile(r"(\S+)$")
_DOTTED = re.compile(r"(?:[a-z]{1,2}\.)+[a-z]{1,2}")  # an acronym with dots: "ee.uu"
_MAX_SENTENCE = 2000


@dataclass(frozen=True)
class SentenceRules:
    abbreviations: frozenset[str]


def _is_abbreviation(text: str, dot: int, rules: SentenceRules) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if not match:
        return False
    word = match.group(1).lower().lstrip("(\"'“«")
    if word in rules.abbreviations:
        return True
    core = word.rstrip(".")
    # initials ("J.", "A.B.") and acronyms with dots ("EE.UU.")
    return len(core) == 1 and core.isalpha() or bool(_DOTTED.fullmatch(core))


def split_sentences(
    text: str, rules: SentenceRules, start: int = 0, end: int | None = None
) -> list[Span]:
    """Spans of the sentences in ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if match.group(0).startswith(".") and _is_abbreviation(text, match.start(), rules):
            continue
        _append(text, cursor, match.end(), spans)
        cursor = match.end()
    _append(text, cursor, end, spans)
    if "\n" not in text[start:end]:
        return spans
    return [piece for span in spans for piece in _heading_lines(text, span)]


# a line break after a line that is a heading: no end punctuation, a few words, and a capital,
# a digit or an opening quote on the next line ("JAN. 9 - JULIACA, PUNO\nSeventeen civilians")
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?=[\"'“‘«(¿¡]?[A-ZÁÉÍÓÚÑÜ0-9])")
_HEADING_END = re.compile(r"[.,;:!?…\-–—]\Z")
#: at most this many words in a heading line joined to the sentence under it
_HEADING_WORDS = 8
#: a longer line is a heading only where the text is not wrapped at a width (see ``_not_wrapped``)
_LONG_HEADING_WORDS = 16
_WORD = re.compile(r"\S+")
#: the number of a report's section before its title, read as a sentence of its own ("2. ",
#: "III. ", "3.1 ", "b) ")
_SECTION_MARK = re.compile(r"[ \t]*(?:[IVXLC]{1,6}|\d{1,2}|[A-Za-z])[.)][ \t]*")


def _heading_lines(text: str, span: Span) -> list[Span]:
    """Cut a heading line with no full stop off the sentence it was joined to ("DEC. 11 -
    ANDAHUAYLAS, APURIMAC" over "Two teenagers are killed ..."): a date, a place or a title
    over a paragraph is not part of its first sentence."""
    start, end = span
    if text.find("\n", start, end) < 0:
        return [(start, end)]  # every break the pattern finds holds a newline
    pieces: list[Span] = []
    cursor = start
    widest: list[int] = []  # the longest line of the text, measured once when needed
    for match in _LINE_BREAK.finditer(text, start, end):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if line_start < cursor and _SECTION_MARK.fullmatch(text, line_start, cursor) is None:
            # the line began inside the sentence before: not a heading of its own; a section's
            # number before it ("2. Acciones de protesta destacadas\nCusco (Chumbivilcas).") is a
            # sentence of its own, and the title after it still heads the lines under it
            # (twenty-first session, spurious3)
            continue
        line = text[line_start : match.start()].strip()
        if not line or _HEADING_END.search(line):
            continue
        words = len(line.split())
        if words > _HEADING_WORDS and (
            words > _LONG_HEADING_WORDS or not _not_wrapped(text, line_start, match, widest)
        ):
            continue
        pieces.append((cursor, match.start()))
        cursor = match.end()
    pieces.append((cursor, end))
    return pieces


def _not_wrapped(text: str, line_start: int, match: re.Match[str], widest: list[int]) -> bool:
    """Whether the line ending at ``match`` was broken on purpose, not wrapped at a width: the
    first word of the next line would have fitted on it within the text's longest line. A text
    wrapped at a width breaks a line only where its next word does not fit, so a headline of
    nine words over a lead ("Muere dirigente de Anta en enfrentamientos cerca del aeropuerto\n
    Hay 37 heridos.") is cut off, and a wrapped sentence ("... marcharon hacia el aeropuerto
    de\nJuliaca el lunes") is not."""
    if not widest:
        widest.append(max(len(line.rstrip()) for line in text.split("\n")))
    next_word = _WORD.match(text, match.end())
    if next_word is None:
        return False
    return match.start() - line_start + 1 + len(next_word.group(0)) <= widest[0]


def _append(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    # a runaway "sentence" (a table, a list without periods) is cut at line breaks
    if end - start > _MAX_SENTENCE:
        piece_start = start
        for line in re.finditer(r"\n", text[start:end]):
            cut = start + line.start()
            if cut - piece_start >= 200:
                _append(text, piece_start, cut, spans)
                piece_start = cut + 1
        if piece_start != start:
            _append(text, piece_start, end, spans)
            return
        for cut in range(start, end, _MAX_SENTENCE):
            spans.append((cut, min(end, cut + _MAX_SENTENCE)))
        return
    spans.append((start, end))


def paragraph_ids(text: str, sentences: list[Span]) -> list[int]:
    """The paragraph number of each sentence (paragraphs are separated by a line break)."""
    ids: list[int] = []
    paragraph = 0
    previous_end = 0
    for start, end in sentences:
        if "\n" in text[previous_end:start]:
            paragraph += 1
        ids.append(paragraph)
        previous_end = end
    return ids
