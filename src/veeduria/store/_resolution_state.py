"""Queries over the state of incremental resolution (revision 0004, ``resolution_*``).

Every function takes an open connection: an incremental resolution reads and writes inside
one transaction (``veeduria.events.resolve_store``). The tables are described in
``schema.py``; what they are for in docs/resolution.md ("Incremental runs").
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from veeduria.store._bulk import insert_many
from veeduria.store.schema import (
    documents,
    event_mentions,
    event_reviews,
    events,
    mentions,
    resolution_bands,
    resolution_blocks,
    resolution_docs,
    resolution_members,
    resolution_meta,
)

#: Version of what the state tables hold, and of the resolution rules that made them; a
#: store with another one is resolved in full (4: towns outside Peru are places of their own;
#: 5: a peaceful protest is apart from other sub-events of its report; 6: a denial joins
#: within its report undated, a recollection keeps a date its sentence gives; 7: a national
#: strike and a region's strike are two events; 8: districts of one province are compatible;
#: 9: strikes told as going on, named events; 10: a strike told as going on is in the
#: component of the strike it chooses only; 11: blockades, occupations and curfews told
#: going on choose theirs too, and every lasting action is filed for them; a blockade
#: and a vigil are events of their own; 12: a town named as its department stands for its
#: province; 13: a week-dated violent report joins a day of another violent sub-type;
#: 14: strong agreement needs an actor of one kind in common, not one name; 15: a distance
#: and a natural region name no site; 16: a month-dated side joins an incident told in
#: stages when it is of one of its kinds; 17: an armed group's attack is no side of a
#: demonstration; 18: a hospital, a clinic or a morgue names no site; 19: a month-dated side
#: joins a side that gives every type it gives; 20: sites do not tell apart two actions
#: held by a whole territory; 21: an undated report of what happened is dated by the week
#: before its publication; 22: a site only one later sentence of a report's incident names
#: does not place it across documents; 23: a metropolitan area or a town's "cercado" names
#: no site, and a proper name is one site in both languages: the Capitolio, the Capitol;
#: 24: an event that happened and that no report dates takes the week before publication;
#: 25: across documents, sites do not keep apart two reports of the dead of one day, the
#: looting joins the riot that looted, and a denial told beside what happened keeps the
#: report's publication window; 26: across documents, the dead of one day placed at the
#: department's namesake join a town of the department, and a week-dated report of the dead
#: is not kept alone by a day without dead in its week; 27: the forces killed by a crowd and
#: the people the forces killed are two incidents, and summaries store who the dead are;
#: 28: a department's namesake is ambiguous only among the partners of its own province
#: when it has such, and a side placed less finely that tells only types a cluster holds
#: joins it without agreement below the department; 29: a report that tells no peaceful
#: protest is ambiguous only among the partners that tell none either, when it has such;
#: 30: a month- or year-dated report of violence is ambiguous only among the partners that
#: count dead, when it has such; 31: an incident a sibling clause tells in a town of its own
#: stays out of the cluster of its sentence's other events).
STATE_VERSION = "31"
#: Values per ``IN (...)`` list and rows per INSERT.
CHUNK = 500


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def current_documents() -> sa.Select[Any]:
    """Ids of the documents resolution reads: with mentions, not superseded by a newer
    version at the same URL."""
    newer = documents.alias("newer")
    return (
        sa.select(documents.c.id)
        .where(sa.exists().where(mentions.c.doc_id == documents.c.id))
        .where(~sa.exists().where(newer.c.previous_id == documents.c.id))
    )


@dataclass(frozen=True)
class DocFacts:
    """What resolution needs of a document besides its text."""

    source_name: str | None
    url: str | None
    published: dt.date | None


@dataclass(frozen=True)
class Delta:
    """What changed since the state was written.

    ``new_docs``: current documents the state does not know; ``stale_docs``: documents
    re-extracted since; ``gone_docs``: documents (and their groups) no longer current;
    ``mention_docs``: documents with mentions the state does not know; ``gone_mentions``:
    ``(mention_id, doc_id, component)`` of mentions no longer current.
    """

    new_docs: list[str]
    stale_docs: list[str]
    gone_docs: list[tuple[str, str]]
    mention_docs: set[str]
    gone_mentions: list[tuple[str, str, str]]

    @property
    def empty(self) -> bool:
        return not (
            self.new_docs
            or self.stale_docs
            or self.gone_docs
            or self.mention_docs
            or self.gone_mentions
        )


def meta(conn: sa.Connection) -> dict[str, str]:
    return {r.key: r.value for r in conn.execute(sa.select(resolution_meta))}


def set_meta(conn: sa.Connection, values: Mapping[str, str]) -> None:
    conn.execute(resolution_meta.delete().where(resolution_meta.c.key.in_(list(values))))
    conn.execute(resolution_meta.insert(), [{"key": k, "value": v} for k, v in values.items()])


def needs_full(conn: sa.Connection) -> bool:
    """Whether the state cannot be used: never written, or written by another version."""
    return meta(conn).get("version") != STATE_VERSION


def delta(conn: sa.Connection) -> Delta:
    current = current_documents().subquery()
    rd = resolution_docs.c
    new_docs = list(
        conn.scalars(
            sa.select(current.c.id)
            .where(~sa.exists().where(rd.doc_id == current.c.id))
            .order_by(current.c.id)
        )
    )
    stale = list(conn.scalars(sa.select(rd.doc_id).where(rd.stale).order_by(rd.doc_id)))
    gone_docs = [
        (r.doc_id, r.dup_group)
        for r in conn.execute(
            sa.select(rd.doc_id, rd.dup_group)
            .where(~rd.doc_id.in_(sa.select(current.c.id)))
            .order_by(rd.doc_id)
        )
    ]
    rm = resolution_members.c
    current_ids = sa.select(current.c.id)
    mention_docs = set(
        conn.scalars(
            sa.select(mentions.c.doc_id)
            .where(mentions.c.doc_id.in_(current_ids))
            .where(~sa.exists().where(rm.mention_id == mentions.c.id))
            .distinct()
        )
    )
    gone = [
        (r.mention_id, r.doc_id, r.component)
        for r in conn.execute(
            sa.select(rm.mention_id, rm.doc_id, rm.component)
            .where(~sa.exists().where(mentions.c.id == rm.mention_id) | ~rm.doc_id.in_(current_ids))
            .order_by(rm.mention_id)
        )
    ]
    return Delta(new_docs, stale, gone_docs, mention_docs, gone)


# -- documents -----------------------------------------------------------------------------


def doc_facts(conn: sa.Connection, ids: Collection[str]) -> dict[str, DocFacts]:
    out: dict[str, DocFacts] = {}
    d = documents.c
    for part in chunks(sorted(ids)):
        for r in conn.execute(
            sa.select(d.id, d.source_name, d.url, d.published).where(d.id.in_(part))
        ):
            out[r.id] = DocFacts(r.source_name, r.url, r.published)
    return out


def texts(conn: sa.Connection, ids: Collection[str]) -> Iterator[tuple[str, str]]:
    """``(doc_id, text)`` of these documents, a chunk at a time."""
    d = documents.c
    for part in chunks(sorted(ids)):
        yield from (
            (r.id, r.text) for r in conn.execute(sa.select(d.id, d.text).where(d.id.in_(part)))
        )


def groups(conn: sa.Connection, doc_ids: Collection[str]) -> dict[str, str]:
    """The stored near-duplicate group of these documents."""
    rd = resolution_docs.c
    out: dict[str, str] = {}
    for part in chunks(sorted(doc_ids)):
        out.update(
            (r.doc_id, r.dup_group)
            for r in conn.execute(sa.select(rd.doc_id, rd.dup_group).where(rd.doc_id.in_(part)))
        )
    return out


def group_members(conn: sa.Connection, group_ids: Collection[str]) -> dict[str, str]:
    """Every document of these groups, with its group."""
    rd = resolution_docs.c
    out: dict[str, str] = {}
    for part in chunks(sorted(group_ids)):
        out.update(
            (r.doc_id, r.dup_group)
            for r in conn.execute(sa.select(rd.doc_id, rd.dup_group).where(rd.dup_group.in_(part)))
        )
    return out


def band_holders(conn: sa.Connection, keys: Collection[str]) -> dict[str, list[str]]:
    """Stored documents per LSH band key."""
    rb = resolution_bands.c
    out: dict[str, list[str]] = {}
    for part in chunks(sorted(keys)):
        for r in conn.execute(
            sa.select(rb.band, rb.doc_id).where(rb.band.in_(part)).order_by(rb.doc_id)
        ):
            out.setdefault(r.band, []).append(r.doc_id)
    return out


def write_docs(
    conn: sa.Connection,
    *,
    groups_now: Mapping[str, str],
    new_bands: Mapping[str, Sequence[str]],
    removed: Collection[str],
) -> None:
    """Store the group of ``groups_now``'s documents (not stale), the bands of new ones, and
    forget ``removed`` documents."""
    rd, rb = resolution_docs.c, resolution_bands.c
    gone = sorted(set(removed) | set(new_bands))
    for part in chunks(gone):
        conn.execute(resolution_bands.delete().where(rb.doc_id.in_(part)))
    for part in chunks(sorted(set(removed) | set(groups_now))):
        conn.execute(resolution_docs.delete().where(rd.doc_id.in_(part)))
    # rows made a chunk at a time: a full run of 100,000 documents has about 900,000
    # band rows, 170 MB as a list of dicts at once
    insert(
        conn,
        resolution_docs,
        ({"doc_id": d, "dup_group": g, "stale": False} for d, g in sorted(groups_now.items())),
    )
    insert(
        conn,
        resolution_bands,
        ({"band": k, "doc_id": d} for d in sorted(new_bands) for k in sorted(set(new_bands[d]))),
    )


# -- clusters ------------------------------------------------------------------------------


def components_of_docs(conn: sa.Connection, doc_ids: Collection[str]) -> set[str]:
    rm = resolution_members.c
    found: set[str] = set()
    for part in chunks(sorted(doc_ids)):
        found.update(conn.scalars(sa.select(rm.component).where(rm.doc_id.in_(part)).distinct()))
    return found


def components_of_blocks(conn: sa.Connection, keys: Collection[str]) -> set[str]:
    rb = resolution_blocks.c
    found: set[str] = set()
    for part in chunks(sorted(keys)):
        found.update(conn.scalars(sa.select(rb.component).where(rb.block.in_(part)).distinct()))
    return found


def members_of_components(
    conn: sa.Connection, components: Collection[str]
) -> list[tuple[str, str, str, str]]:
    """``(mention_id, doc_id, cluster_id, component)`` of every mention in these components."""
    rm = resolution_members.c
    out: list[tuple[str, str, str, str]] = []
    query = sa.select(rm.mention_id, rm.doc_id, rm.cluster_id, rm.component)
    for part in chunks(sorted(components)):
        out.extend(
            (r.mention_id, r.doc_id, r.cluster_id, r.component)
            for r in conn.execute(query.where(rm.component.in_(part)))
        )
    return out


def members_of_clusters(
    conn: sa.Connection, cluster_ids: Collection[str]
) -> list[tuple[str, str, str]]:
    """``(mention_id, doc_id, cluster_id)`` of every mention in these clusters."""
    rm = resolution_members.c
    out: list[tuple[str, str, str]] = []
    for part in chunks(sorted(cluster_ids)):
        out.extend(
            (r.mention_id, r.doc_id, r.cluster_id)
            for r in conn.execute(
                sa.select(rm.mention_id, rm.doc_id, rm.cluster_id).where(rm.cluster_id.in_(part))
            )
        )
    return out


def clusters_of_mentions(conn: sa.Connection, mention_ids: Collection[str]) -> dict[str, str]:
    rm = resolution_members.c
    out: dict[str, str] = {}
    for part in chunks(sorted(mention_ids)):
        out.update(
            (r.mention_id, r.cluster_id)
            for r in conn.execute(
                sa.select(rm.mention_id, rm.cluster_id).where(rm.mention_id.in_(part))
            )
        )
    return out


def mention_rows(
    conn: sa.Connection, *, ids: Collection[str] = (), doc_ids: Collection[str] = ()
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(id, doc_id, data)`` of these mentions, or of every mention of these documents."""
    m = mentions.c
    for column, values in ((m.id, ids), (m.doc_id, doc_ids)):
        for part in chunks(sorted(values)):
            for r in conn.execute(sa.select(m.id, m.doc_id, m.data).where(column.in_(part))):
                yield r.id, r.doc_id, r.data


def mention_texts(conn: sa.Connection, doc_ids: Collection[str]) -> Iterator[tuple[str, str, str]]:
    """``(id, doc_id, data)`` of every mention of these documents, ``data`` as JSON text
    (not decoded: it travels to where it is read, a Dask worker)."""
    m = mentions.c
    data = sa.cast(m.data, sa.Text)
    for part in chunks(sorted(doc_ids)):
        for r in conn.execute(sa.select(m.id, m.doc_id, data).where(m.doc_id.in_(part))):
            yield r[0], r[1], r[2]


def replace_components(
    conn: sa.Connection,
    *,
    old_components: Collection[str],
    gone_mentions: Collection[str],
    members: Iterable[Mapping[str, str]],
    blocks: Iterable[Mapping[str, str]],
) -> None:
    rm, rb = resolution_members.c, resolution_blocks.c
    for part in chunks(sorted(old_components)):
        conn.execute(resolution_members.delete().where(rm.component.in_(part)))
        conn.execute(resolution_blocks.delete().where(rb.component.in_(part)))
    for part in chunks(sorted(gone_mentions)):
        conn.execute(resolution_members.delete().where(rm.mention_id.in_(part)))
    insert(conn, resolution_members, members)
    insert(conn, resolution_blocks, blocks)


#: The tables of the state, which a full resolution empties and writes again.
TABLES = (resolution_blocks, resolution_members, resolution_bands, resolution_docs)


def clear(conn: sa.Connection) -> None:
    """Forget the whole state (a full resolution writes it again)."""
    for table in TABLES:
        conn.execute(table.delete())


# -- stored events -------------------------------------------------------------------------


def events_of_mentions(conn: sa.Connection, mention_ids: Collection[str]) -> dict[str, str]:
    """The stored event of each of these mentions."""
    em = event_mentions.c
    out: dict[str, str] = {}
    for part in chunks(sorted(mention_ids)):
        out.update(
            (r.mention_id, r.event_id)
            for r in conn.execute(
                sa.select(em.mention_id, em.event_id).where(em.mention_id.in_(part))
            )
        )
    return out


def mentions_of_events(conn: sa.Connection, event_ids: Collection[str]) -> dict[str, str]:
    """Mention -> stored event, for every mention of these events."""
    em = event_mentions.c
    out: dict[str, str] = {}
    for part in chunks(sorted(event_ids)):
        out.update(
            (r.mention_id, r.event_id)
            for r in conn.execute(
                sa.select(em.mention_id, em.event_id).where(em.event_id.in_(part))
            )
        )
    return out


def event_aliases(conn: sa.Connection) -> dict[str, tuple[str, ...]]:
    """Every stored event id with the ids it had before (``data.previous_ids``)."""
    return {
        r.id: tuple(r.previous or ())
        for r in conn.execute(
            sa.select(events.c.id, events.c.data["previous_ids"].label("previous"))
        )
    }


def has_structural_reviews(conn: sa.Connection) -> bool:
    """Whether any merge or split review exists (their events are recomputed every run)."""
    query = sa.select(event_reviews.c.id).where(event_reviews.c.field.in_(["_merge", "_split"]))
    return conn.execute(query.limit(1)).first() is not None


def previous_ids_of(conn: sa.Connection, event_ids: Collection[str]) -> dict[str, tuple[str, ...]]:
    """The ids these stored events had before (``data.previous_ids``)."""
    out: dict[str, tuple[str, ...]] = {}
    query = sa.select(events.c.id, events.c.data["previous_ids"].label("previous"))
    for part in chunks(sorted(event_ids)):
        out.update(
            (r.id, tuple(r.previous or ()))
            for r in conn.execute(query.where(events.c.id.in_(part)))
        )
    return out


def existing_events(conn: sa.Connection, event_ids: Collection[str]) -> set[str]:
    """Which of these ids are stored events."""
    found: set[str] = set()
    for part in chunks(sorted(event_ids)):
        found.update(conn.scalars(sa.select(events.c.id).where(events.c.id.in_(part))))
    return found


def max_review(conn: sa.Connection) -> int:
    return int(conn.scalar(sa.select(sa.func.max(event_reviews.c.id))) or 0)


def delete_orphan_events(conn: sa.Connection) -> int:
    """Delete events left without any mention (theirs were deleted); how many."""
    em = event_mentions.c
    orphan = ~sa.exists().where(em.event_id == events.c.id)
    ids = list(conn.scalars(sa.select(events.c.id).where(orphan)))
    for part in chunks(ids):
        conn.execute(events.delete().where(events.c.id.in_(part)))
    return len(ids)


def insert(conn: sa.Connection, table: sa.Table, rows: Iterable[Mapping[str, Any]]) -> None:
    """INSERT ``rows`` a chunk at a time; an iterator is consumed as it goes, never held
    whole."""
    it = iter(rows)
    while part := list(itertools.islice(it, CHUNK)):
        insert_many(conn, table, part)
