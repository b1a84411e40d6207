"""Demands, calls to action, threats and announcements.

A claim is a cue ("exigen", "called for", "amenazaron con") followed, within the clause, by
a topic ("la renuncia", "early elections"). One sentence can carry several topics ("exigen
la renuncia de Boluarte, el cierre del Congreso y elecciones"): each is a claim. Claimant is
the actor named before the cue; the target is a person named after the topic.
"""

from __future__ import annotations

from collections.abc import Sequence

from veeduria.extract.lexical import ActorInfo, CueInfo, Found, TopicInfo
from veeduria.models import Claim, Factuality

_ACTION_TOPICS = frozenset({"strike", "march", "blockade"})
_CLAIM_ROLES = {
    "demand": "demand",
    "called_for": "call_to_action",
    "threat": "threat",
    "announcement": "announcement",
}
_TOPIC_REACH = 160  # characters after the cue in which its topics stand
_PERSON_TOPICS = frozenset({"resignation", "release_of_prisoner"})


def find_claims(
    text: str,
    sentence: tuple[int, int],
    cues: Sequence[Found],
    topics: Sequence[Found],
    actors: Sequence[Found],
    factuality: Factuality,
) -> list[Claim]:
    claims: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    claim_cues = [c for c in cues if isinstance(c.info, CueInfo) and c.info.role in _CLAIM_ROLES]
    for topic in topics:
        if not isinstance(topic.info, TopicInfo):
            continue
        # a topic belongs to the closest cue before it ("convocó a un paro ... y exigió la
        # renuncia")
        before = [c for c in claim_cues if 0 <= topic.start - c.end <= _TOPIC_REACH]
        if not before:
            continue
        cue = max(before, key=lambda c: c.end)
        assert isinstance(cue.info, CueInfo)
        role = cue.info.role
        name = topic.info.topic
        if role == "threat":
            kind = "threat"
        elif name in _ACTION_TOPICS and role in ("called_for", "demand"):
            kind = "call_to_action"
        elif role == "announcement":
            kind = "announcement"
        else:
            kind = "demand"
        if (kind, name) in seen:
            continue
        seen.add((kind, name))
        start, end = cue.start, min(sentence[1], max(topic.end, cue.end))
        claims.append(
            Claim(
                kind=kind,
                topic=name,
                text=text[start:end],
                span=(start, end),
                factuality=factuality,
                claimant=_claimant(actors, cue),
                addressee=None,
                target=_target(actors, topic) if name in _PERSON_TOPICS else None,
            )
        )
    # a threat with no known topic is still a threat ("threatened to kill the men")
    for cue in claim_cues:
        if not (isinstance(cue.info, CueInfo) and cue.info.role == "threat"):
            continue
        if any(c.span[0] <= cue.start < c.span[1] or c.span[0] == cue.start for c in claims):
            continue
        end = min(sentence[1], cue.end + 60)
        claims.append(
            Claim(
                kind="threat",
                topic="other",
                text=text[cue.start : end],
                span=(cue.start, end),
                factuality=factuality,
                claimant=_claimant(actors, cue),
            )
        )
    return claims


def _claimant(actors: Sequence[Found], cue: Found) -> str | None:
    before = [
        a
        for a in actors
        if isinstance(a.info, ActorInfo) and a.end <= cue.start and a.info.role != "source"
    ]
    if not before:
        return None
    info = before[-1].info
    assert isinstance(info, ActorInfo)
    return info.person or info.name


def _target(actors: Sequence[Found], topic: Found) -> str | None:
    for a in actors:
        info = a.info
        if isinstance(info, ActorInfo) and info.person and 0 <= a.start - topic.end <= 40:
            return info.person
    return None
