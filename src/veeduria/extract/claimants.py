"""Who makes a claim, read over the whole document.

``claims.find_claims`` names the claimant its sentence gives: the actor told before the cue.
Three cases need more than the sentence:

- a statement in the first person plural ("Exigimos la renuncia de ...", "We urge the
  authorities to ...", "Nuestra plataforma de lucha es: ...") is made by whoever issues the
  statement: the organisation that introduces it ("La Coordinadora Nacional de Derechos Humanos
  expresó en un comunicado ...", "In a statement, the federation said ..."), that speaks as
  "nosotros, los ... de ..." / "we, the ... of ...", that heads it (the title "Pronunciamiento de
  la CGTP", a letterhead over "COMUNICADO", a lead "La Defensoría del Pueblo informa que ...") or
  that signs it (a closing line "Consejo Directivo, Frente de Defensa de ..."). With none of these
  the claimant stays unknown, never the actor the sentence names before the verb ("Ante la
  represión policial, exigimos ...": not the police). The later items of a first-person claim in
  its sentence ("Exhortamos a los manifestantes a ..., y a la Policía a ...") are the same
  speaker's;
- a claim quoted or told before its speaker ('"Exigimos justicia", dijo el dirigente', "...,
  the federation said in a statement"): the speaker after it;
- a claimant in a story of another country than Peru takes that country ("Protesters (Chile)"),
  as the events' actors do.

The dictionary's name is used when the words name an actor it knows ("la CGTP": "Labour Group
(Peru)"); an organisation it does not know keeps its name as written ("Comité Regional de Lucha de
Puno").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace

from veeduria.extract.lexical import ActorInfo, CueInfo, Found
from veeduria.extract.numbers import window_holds_any
from veeduria.models import Claim, Mention

#: a statement, named in its title or its head
_STATEMENT = re.compile(
    r"\b(?:pronunciamiento|comunicado|declaraci[oó]n\s+p[uú]blica|manifiesto|carta\s+abierta|"
    r"nota\s+de\s+prensa|statement|press\s+release|for\s+immediate\s+release|communiqu[eé]|"
    r"open\s+letter)\b",
    re.IGNORECASE,
)
#: the title of a statement that names its issuer after it: "Pronunciamiento de la CGTP ...",
#: "Comunicado n.º 4 del Frente de Defensa ...", "Statement by the General Confederation of ..."
_TITLE_OF = re.compile(
    r"\s*(?:pronunciamiento|comunicado|declaraci[oó]n|manifiesto|carta\s+abierta|"
    r"nota\s+de\s+prensa|statement|press\s+release|communiqu[eé]|open\s+letter)"
    r"(?:\s+(?:n\.?\s?[ºo°]\.?|no\.|n[uú]mero)\s*[\w/-]+)?(?:\s+p[uú]blic[oa])?"
    r"\s+(?:de\s+(?:la|las|los)|del|de|by(?:\s+the)?|from(?:\s+the)?|of(?:\s+the)?)\s+",
    re.IGNORECASE,
)
#: the title of a statement whose issuer is the subject of the title's clause: "Pronunciamiento:
#: la Fetrai ratifica el paro indefinido"
_TITLE_SUBJECT = re.compile(
    r"\s*(?:pronunciamiento|comunicado|declaraci[oó]n|statement|communiqu[eé])[^:]{0,40}:\s*"
    r"(?:(?:el|la|los|las|the)\s+)?",
    re.IGNORECASE,
)
#: the small words inside a name ("Frente de Defensa de los Intereses del Pueblo")
_CONNECTORS = frozenset(
    {"de", "del", "la", "las", "los", "y", "e", "el", "para", "of", "the", "for", "and", "on", "in"}
)
_WORD = re.compile(r"[^\s,;:.!?()\[\]\"“”«»|–—]+")
#: verbs with which a statement's issuer speaks of itself or introduces what it says
_SPEECH = re.compile(
    r"(?:expres\w+|se\w*al\w+|manifest\w+|indic\w+|afirm\w+|sostuv\w+|inform\w+|dijo|dijeron|"
    r"precis\w+|difund\w+|emiti\w+|public\w+|conden\w+|denunci\w+|rechaz\w+|exig\w+|"
    r"se\s+dirige|said|says|stated|declared|announced|wrote|issued|condemn\w*|denounc\w+|"
    r"reject\w*|calls?\s+on|urged?|demand\w*)\b",
    re.IGNORECASE,
)
#: a statement named where it is made: "en un comunicado", "in a statement"
_A_STATEMENT = re.compile(
    r"\b(?:(?:en|mediante|a\s+trav[eé]s\s+de)\s+(?:un|una|su)\s+(?:comunicado|pronunciamiento|"
    r"declaraci[oó]n|nota)|in\s+(?:a|its|their)\s+(?:joint\s+)?(?:statement|communiqu[eé]|"
    r"press\s+release|open\s+letter))\b",
    re.IGNORECASE,
)
#: how far before "en un comunicado" its verb and subject may stand
_INTRO_REACH = 160
#: how many paragraphs after its introduction a statement's "we" may be told
_INTRO_PARAGRAPHS = 2
#: who speaks as "nosotros, los ... de ...", "we, the ... of ...,"
_WE_THE = re.compile(
    r"\b(?:nosotros|nosotras|we)\s*,\s*(?P<who>(?:los|las|the)\s+[^,;:.!?\n]{3,100}?)\s*,",
    re.IGNORECASE,
)
#: how much of a statement's head its lead, letterhead or title line may take
_HEAD_REACH = 900
_HEAD_LINES = 5
#: the board of an organisation, which signs for it but names none ("Consejo Directivo"), or
#: opens the name of the organisation it belongs to ("Consejo Nacional de la CGTP")
_BOARD = (
    r"(?:(?:la|el|the)\s+)?(?:junta\s+directiva|consejo\s+(?:directivo|nacional|de\s+gobierno|"
    r"ejecutivo)|comit[eé]\s+ejecutivo(?:\s+nacional)?|secretar[ií]a\s+general|"
    r"direcci[oó]n\s+nacional|comisi[oó]n\s+organizadora|board(?:\s+of\s+directors)?|"
    r"executive\s+(?:committee|board)|secretariat|leadership)"
)
_BOARD_ONLY = re.compile(rf"\s*{_BOARD}\s*\.?\s*", re.IGNORECASE)
_BOARD_OF = re.compile(rf"\s*{_BOARD}\s+(?:de\s+la|de\s+los|del|de|of\s+the|of)\s+", re.IGNORECASE)
#: a line that names no issuer: a place and a date, a cry, a byline, a credit, an addressee
_NOT_A_NAME = re.compile(
    r"\b\d{4}\b|^\s*[¡!(\[]|!\s*$|^\s*(?:por|by|con\s+informaci[oó]n|fuente|source|redacci[oó]n|"
    r"foto|photo|notes?\s+to\s+editors|nota|a\s+la|a\s+los|a\s+las|al|to\s+the)\b",
    re.IGNORECASE,
)
#: how many closing lines may hold the signature
_SIGNATURE_LINES = 3
#: a first-person plural verb at the claim's cue: "exigimos", "convocamos", "solicitamos"
_WE_VERB = re.compile(r"[a-záéíóúñ]{3,}(?:amos|emos|imos)\b", re.IGNORECASE)
#: a first-person subject at the cue: "We urge the authorities"
_WE_AT = re.compile(r"(?:we|nosotros|nosotras)\b", re.IGNORECASE)
#: a first-person subject or possessive right before the cue: "we call on", "we strongly urge",
#: "Nuestra plataforma de lucha", "our demand"
_WE_BEFORE = re.compile(
    r"(?:\b(?:we|nosotros|nosotras)(?:\s+(?:also|again|strongly|firmly|hereby|therefore|further|"
    r"urgently|now|must)){0,2}|\b(?:our|nuestra|nuestro|nuestras|nuestros))\s+$",
    re.IGNORECASE,
)
#: a word every match of ``_WE_BEFORE`` holds (``window_holds_any``)
_WE_WORDS = ("we", "our", "nosotr", "nuestr")
#: the comma that closes a quotation or a clause, before its speaker: '", dijo', ',” said'
_SAID_AFTER = re.compile(r"[\"”»]\s*,\s*|,\s*[\"”»]?\s*")
_DEMANDING = frozenset({"demand", "called_for", "announcement", "threat"})
_SAYING = _DEMANDING | {"reported"}
#: how far after the closing comma the speaker and its verb stand
_SPEAKER_REACH = 40
#: how far after a verb of saying its subject may begin ("dijo el dirigente", "said the union")
_SUBJECT_GAP = 8
_CLAUSE_END = re.compile(r"[;:!?]|\.\s")
#: how the names of several claimants are joined, as ACLED joins associated actors
JOINED = "; "


def _name_end(text: str, start: int, end: int) -> int:
    """Where a name that begins at ``start`` ends: capitalised words (or acronyms) and the small
    words between them; ``start`` itself when no name begins there."""
    last = prev = start
    for m in _WORD.finditer(text, start, end):
        if text[prev : m.start()].strip():
            break  # punctuation between the words
        prev = m.end()
        word = m.group(0)
        if word[0].isupper() or (word[0].isdigit() and last > start):
            last = m.end()
        elif word.lower() not in _CONNECTORS or last == start:
            break
    return last


def _is_name(text: str, start: int, end: int) -> bool:
    while start < end and text[start].isspace():
        start += 1
    return start < end and _name_end(text, start, end) >= len(text[:end].rstrip(" .,;"))


def _actor_in(actors: Sequence[Found], start: int, end: int) -> ActorInfo | None:
    """The actor the dictionary reads at the head of a name ("Frente de Defensa de ...", "CGTP");
    one inside it ("Confederación de Nacionalidades *Indígenas* del Ecuador") is not the name's."""
    for a in actors:
        if isinstance(a.info, ActorInfo) and a.start == start and a.end <= end:
            return a.info
    return None


def _name(actors: Sequence[Found], text: str, start: int, end: int) -> str | None:
    """The dictionary's name of the actor written in ``text[start:end]``, else the words as
    written when they are a name ("the group", "La Coordinadora" name none)."""
    board = _BOARD_OF.match(text, start, end)
    if board is not None:
        start = board.end()  # "Consejo Nacional de la CGTP": the CGTP
    article = re.match(r"\s*(?:el|la|los|las|the)\s+", text[start:end], re.IGNORECASE)
    if article is not None:
        start += article.end()
    while start < end and text[start].isspace():
        start += 1
    info = _actor_in(actors, start, end)
    if info is not None:
        return info.person or info.name
    words = text[start:end].strip(" ,.;:-–—")
    if len(words) < 3 or not _is_name(text, start, end):
        return None
    if article is not None and " " not in words:
        return None  # "LA COORDINADORA", "the Federation": a common noun, no name
    if words.isupper() and " " in words:
        # "COORDINADORA DE GREMIOS DE LIMA" as "Coordinadora de Gremios de Lima"
        return " ".join(
            w.lower() if w.lower() in _CONNECTORS else w.capitalize() for w in words.split()
        )
    return words


def first_person(claim: Claim, text: str) -> bool:
    """The claim's cue is said in the first person plural ("Exigimos", "We urge", "Nuestra
    plataforma de lucha")."""
    return _said_by_us(text, claim.span[0], claim.span[1])


def _said_by_us(text: str, start: int, end: int) -> bool:
    verb = _WE_VERB.match(text, start)
    if verb is not None and verb.end() <= end:
        return True
    if _WE_AT.match(text, start):
        return True
    window = max(0, start - 40)
    if not window_holds_any(text[window:start], _WE_WORDS):
        return False  # no "we", "our", "nosotros", "nuestro": the pattern cannot match
    return _WE_BEFORE.search(text, window, start) is not None


def _our_call_before(text: str, sentence_start: int, start: int, cues: Sequence[Found]) -> bool:
    """A first-person claim cue earlier in the clause governs the claim: "We call on all workers
    *to join* the general strike", "Convocamos a las bases *a sumarse* a la marcha"."""
    return any(
        isinstance(c.info, CueInfo)
        and c.info.role in _DEMANDING
        and sentence_start <= c.start < start
        and not _CLAUSE_END.search(text, c.end, start)
        and _said_by_us(text, c.start, c.end)
        for c in cues
    )


def _quoted(text: str, start: int) -> bool:
    """``start`` stands inside a quotation opened on its line."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    opened = before.count("“") + before.count("«")
    closed = before.count("”") + before.count("»")
    return opened > closed or before.count('"') % 2 == 1


class Issuers:
    """The issuers of a document's first-person statements: those told at a place in the text
    (an introduction, "nosotros, los ..."), which speak for what follows them, and the one of
    the whole document (title, letterhead, lead, signature)."""

    def __init__(
        self,
        text: str,
        title: str | None,
        actors: Sequence[Found],
        title_actors: Sequence[Found],
    ) -> None:
        self.placed = sorted(_introduced(text, actors))
        statement = _is_statement(text, title)
        self.document = _title_issuer(title, title_actors) or (
            (_letterhead(text, actors) or _lead(text, actors) or _signature(text, actors))
            if statement
            else None
        )

    def for_claim(self, claim: Claim, text: str) -> str | None:
        # an introduced statement speaks in its paragraph and the next few ones, not for every
        # "we" of the rest of the story
        before = [
            name
            for at, name in self.placed
            if at <= claim.span[0] and text.count("\n\n", at, claim.span[0]) <= _INTRO_PARAGRAPHS
        ]
        if before:
            return before[-1]
        if _quoted(text, claim.span[0]):
            return None  # a quotation with no one named to say it
        return self.document


def _introduced(text: str, actors: Sequence[Found]) -> list[tuple[int, str]]:
    """Issuers named where a statement is introduced: "La CNDDHH expresó en un comunicado",
    "En un pronunciamiento, la Conaie denunció", "nosotros, los comuneros de Chumbivilcas,"."""
    out: list[tuple[int, str]] = []
    for m in _A_STATEMENT.finditer(text):
        name = _intro_before(text, m.start(), actors) or _intro_after(text, m.end(), actors)
        if name is not None:
            out.append((m.start(), name))
    for m in _WE_THE.finditer(text):
        name = _name(actors, text, m.start("who"), m.end("who"))
        if name is not None:
            out.append((m.start(), name))
    return out


def _clause_start(text: str, at: int, reach: int) -> int:
    start = max(0, at - reach)
    cut = max(text.rfind(ch, start, at) for ch in '.;:!?\n"“”«»')
    return start if cut < 0 else cut + 1


def _intro_before(text: str, at: int, actors: Sequence[Found]) -> str | None:
    """ "La CNDDHH, que agrupa a 80 organizaciones, expresó en un comunicado": the subject of
    the verb that names the statement, the clause before it or, past an aside, the first."""
    start = _clause_start(text, at, _INTRO_REACH)
    verbs = [v for v in _SPEECH.finditer(text, start, at) if at - v.end() <= 30]
    if not verbs:
        return None
    verb = verbs[-1]
    last = text.rfind(",", start, verb.start())
    if last < 0:
        return _name(actors, text, start, verb.start())
    return _name(actors, text, last + 1, verb.start()) or _name(
        actors, text, start, text.find(",", start, verb.start())
    )


def _intro_after(text: str, at: int, actors: Sequence[Found]) -> str | None:
    """ "En un comunicado, la Conaie denunció ...", "In a statement, the union said ..."."""
    comma = re.match(r"\s*,\s*", text[at : at + 4])
    if comma is None:
        return None
    start = at + comma.end()
    stop = min(len(text), start + _INTRO_REACH)
    verb = _SPEECH.search(text, start, stop)
    if verb is None or _CLAUSE_END.search(text, start, verb.start()):
        return None
    return _name(actors, text, start, verb.start())


def _is_statement(text: str, title: str | None) -> bool:
    head = _lines(text, 0, min(len(text), _HEAD_REACH))[:_HEAD_LINES]
    return any(_STATEMENT.search(text, a, b) for a, b in head) or bool(
        title and _STATEMENT.search(title)
    )


def _title_issuer(title: str | None, title_actors: Sequence[Found]) -> str | None:
    """ "Pronunciamiento de la CGTP ante ...", "Statement by the Federation of Miners",
    "Pronunciamiento: la Fetrai ratifica el paro"."""
    if not title:
        return None
    m = _TITLE_OF.match(title) or _TITLE_SUBJECT.match(title)
    if m is None:
        return None
    end = _name_end(title, m.end(), len(title))
    return _name(title_actors, title, m.end(), end) if end > m.end() else None


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    at = start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        if text[at:stop].strip():
            out.append((at, stop))
        at = stop + 1
    return out


def _letterhead(text: str, actors: Sequence[Found]) -> str | None:
    """The head of a statement names who issues it: a line in capitals ("COMITÉ REGIONAL DE
    LUCHA DE PUNO" over "COMUNICADO N.º 005"), written as the text writes it elsewhere, or a part
    of the line that names the statement ("Red Peruana de Derechos Humanos | Nota de prensa N.° 41
    | Lima, ...", "Confederación ... del Ecuador – Comunicado a la opinión pública")."""
    for a, b in _lines(text, 0, min(len(text), _HEAD_REACH))[:_HEAD_LINES]:
        line = text[a:b].strip()
        if _STATEMENT.search(line):
            parts = [(p.start(), p.end()) for p in re.finditer(r"[^|–—]+", text[a:b])]
            if len(parts) < 2:
                continue
            for ps, pe in parts:
                part = text[a + ps : a + pe]
                if _STATEMENT.search(part) or _NOT_A_NAME.search(part):
                    continue
                name = _name(actors, text, a + ps, a + pe)
                if name is not None:
                    return name
            continue
        letters = [ch for ch in line if ch.isalpha()]
        words = line.split()
        if not 2 <= len(words) <= 14 or not letters or _NOT_A_NAME.search(line):
            continue
        if sum(ch.isupper() for ch in letters) < 0.8 * len(letters):
            continue
        elsewhere = text.lower().find(line.lower(), b)
        if elsewhere >= 0:
            return _name(actors, text, elsewhere, elsewhere + len(line))
        return _name(actors, text, a, b)
    return None


def _lead(text: str, actors: Sequence[Found]) -> str | None:
    """A statement whose lead tells its issuer in the third person ("Lima, 13 de diciembre.– La
    Defensoría del Pueblo informa que ...", "La Federación ... (Fetrai), ante los hechos, se
    dirige a la opinión pública", "..., the Andean Rights Observatory said today")."""
    for m in re.finditer(r"\b(?:[Ee]l|[Ll]as?|[Ll]os|[Tt]he)\s+(?=[A-ZÁÉÍÓÚÑ])", text):
        if m.start() > _HEAD_REACH:
            break
        end = _name_end(text, m.end(), min(len(text), m.end() + 120))
        if end <= m.end():
            continue
        after = end
        acronym = re.match(r"\s*\([A-Za-zÁÉÍÓÚÑáéíóúñ]{2,12}\)", text[after : after + 16])
        if acronym is not None:
            after += acronym.end()
        aside = re.match(r"\s*,[^,.;\n]{0,80},", text[after : after + 90])
        if aside is not None:
            after += aside.end()
        verb = after + len(text[after : after + 20]) - len(text[after : after + 20].lstrip())
        heads_line = m.start() == 0 or text[m.start() - 1] == "\n"
        if _SPEECH.match(text, verb) or (heads_line and text.startswith("ante ", verb)):
            # "La Red Peruana de Derechos Humanos ante la muerte de ...": a subtitle's issuer
            return _name(actors, text, m.start(), end)
    return None


def _signature(text: str, actors: Sequence[Found]) -> str | None:
    """ "Consejo Directivo, Frente de Defensa de los Intereses de Ayacucho", "CONSEJO NACIONAL DE
    LA CGTP": a short closing line that is a name, past a board that names none, signs it."""
    for a, b in reversed(_lines(text, 0, len(text))[-_SIGNATURE_LINES:]):
        line = text[a:b]
        if len(line.split()) > 14 or _NOT_A_NAME.search(line):
            continue
        at = a
        for part in re.split(r"\s*[,|–—]\s*|\s+-\s+", line):
            offset = text.find(part, at, b)
            at = offset + len(part)
            if not part.strip() or _BOARD_ONLY.fullmatch(part):
                continue
            start, end = offset, offset + len(part.rstrip(" ."))
            board = _BOARD_OF.match(text, start, end)
            if not _is_name(text, board.end() if board else start, end):
                continue
            name = _name(actors, text, start, end)
            if name is not None:
                return name
    return None


def _speaker_after(
    claim: Claim,
    text: str,
    sentence_end: int,
    actors: Sequence[Found],
    cues: Sequence[Found],
    roles: frozenset[str],
) -> str | None:
    """'"Exigimos justicia y la libertad de los detenidos", dijo el dirigente', "..., the
    federation said in a statement": the speaker of a quotation or a clause, told after it with a
    comma and a verb of saying; the clause may go on past the claim's own words."""
    for m in _SAID_AFTER.finditer(text, claim.span[1], sentence_end):
        if _CLAUSE_END.search(text, claim.span[1], m.start()):
            return None
        reach = min(sentence_end, m.end() + _SPEAKER_REACH)
        verb = next(
            (
                c
                for c in cues
                if isinstance(c.info, CueInfo)
                and c.info.role in roles
                and m.end() <= c.start < reach
            ),
            None,
        )
        if verb is None:
            continue
        for a in actors:
            info = a.info
            if not isinstance(info, ActorInfo):
                continue
            # "dijo el dirigente", "said the federation" or "the federation said"
            if 0 <= a.start - verb.end <= _SUBJECT_GAP or (
                m.end() <= a.start and a.end <= verb.start
            ):
                return info.person or info.name
        return None
    return None


def _own_speaker(text: str, start: int, end: int, cues: Sequence[Found]) -> bool:
    """A verb of saying between a first-person claim and a later one of its sentence gives the
    later one a speaker of its own ("Exigimos justicia, y el ministro dijo que ...")."""
    return any(
        isinstance(c.info, CueInfo) and c.info.role == "reported" and start < c.start < end
        for c in cues
    )


def resolve_claimants(
    claims: Sequence[Claim],
    text: str,
    issuers: Callable[[], Issuers],
    sentences: Sequence[tuple[int, int]],
    actors: Sequence[Found],
    cues: Sequence[Found],
) -> list[Claim]:
    """Each claim with its claimant read over the document (see the module's docstring); the
    claims are read in the order of the text and given back in their own order. ``issuers``
    reads the document's issuers when a first-person claim first asks for them: most stories
    have none."""
    done: dict[int, Claim] = {}
    read: list[Issuers] = []
    cues = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role in _SAYING]
    starts = [a for a, _ in sentences]
    #: the sentence of the last first-person claim, where it begins, and its claimant
    ours: tuple[tuple[int, int], int, str | None] | None = None
    for index, claim in sorted(enumerate(claims), key=lambda pair: pair[1].span[0]):
        at = bisect_right(starts, claim.span[0]) - 1
        sentence = sentences[at] if at >= 0 and claim.span[0] < sentences[at][1] else (0, len(text))
        we = first_person(claim, text) or _our_call_before(text, sentence[0], claim.span[0], cues)
        # a quotation or a first-person clause is said by whoever a verb of saying names after
        # it; a clause told of others ("la concentración convocada por la oposición, informó el
        # Observatorio") only by whoever a verb of demanding names ("..., demandaron los
        # dirigentes")
        said = we or _quoted(text, claim.span[0])
        speaker = (
            _speaker_after(claim, text, sentence[1], actors, cues, _SAYING if said else _DEMANDING)
            if said or claim.claimant is None
            else None
        )
        if speaker is not None:
            done[index] = replace(claim, claimant=speaker)
        elif we:
            if not read:
                read.append(issuers())
            claimant = read[0].for_claim(claim, text)
            ours = (sentence, claim.span[0], claimant)
            done[index] = replace(claim, claimant=claimant)
        elif (
            ours is not None
            and ours[0] == sentence
            and not _own_speaker(text, ours[1], claim.span[0], cues)
        ):
            # "Exhortamos a los manifestantes a ..., y a la Policía Nacional a ...", "Nuestra
            # plataforma es: a) ...; d) la convocatoria a una Asamblea Constituyente": the items
            # of a first-person claim are the same speaker's
            done[index] = replace(claim, claimant=ours[2])
        else:
            done[index] = claim
    return [done[i] for i in range(len(claims))]


def localise_claimants(
    claims: Sequence[Claim], events: Sequence[Mention], localise: Callable[[str, str], str]
) -> list[Claim]:
    """A claimant named for Peru by default ("Protesters (Peru)") takes the country of the
    story told around the claim: the place of the last event told before it, else of the first
    after it, as the events' own actors do (``actors.story_country``)."""
    told = [
        (m.sentence[0], m.location.country)
        for m in events
        if m.location is not None and m.location.country
    ]
    if not any(country != "Peru" for _, country in told):
        return list(claims)
    out: list[Claim] = []
    for claim in claims:
        before = [country for at, country in told if at <= claim.span[0]]
        after = [country for at, country in told if at > claim.span[0]]
        country = before[-1] if before else (after[0] if after else None)
        if claim.claimant is None or country is None or country == "Peru":
            out.append(claim)
            continue
        names = [localise(name, country) for name in claim.claimant.split(JOINED)]
        out.append(replace(claim, claimant=JOINED.join(names)))
    return out
