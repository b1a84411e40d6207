"""Bulk inserts that cost the driver's time, not the statement builder's (issue #7).

An ingest of 10,000 documents and the resolution after it insert about 400,000 rows. For
each row of an ``executemany`` SQLAlchemy builds a parameter dict and runs its checks,
which on SQLite costs more than the insert itself. :func:`insert_many` converts the
values with SQLAlchemy's own bind processors (so the stored values are exactly those of
``conn.execute(table.insert(), rows)``) and hands the driver one prepared statement and
plain tuples. On other databases it is ``conn.execute(table.insert(), rows)``.

A JSON value that comes already encoded (:class:`Encoded`, as Dask shards carry them) is
stored as it is on SQLite, and decoded for SQLAlchemy elsewhere.

A full resolution refills tables it has emptied (or found empty): :func:`indexes_deferred`
drops their secondary indexes while they fill and builds them again, sorted, at the end.
"""

from __future__ import annotations

import functools
import json
import operator
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

Processor = Callable[[Any], Any] | None


class Encoded(str):
    """A JSON column's value already encoded the way the store encodes it
    (:func:`encode_json_value`): on SQLite it is stored as it is, not encoded again."""

    __slots__ = ()


def encode_json_value(value: Any) -> Encoded:
    """``value`` as SQLAlchemy's JSON type encodes it on SQLite (``json.dumps``; None as
    JSON ``null``); a test checks both store the same text."""
    return Encoded(json.dumps(value))


def insert_many(conn: sa.Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT ``rows`` (dicts with the same keys) into ``table`` on ``conn``."""
    if not rows:
        return
    plan = _plan(conn.dialect, table, tuple(rows[0])) if conn.dialect.name == "sqlite" else None
    if plan is None:
        conn.execute(table.insert(), [_decoded(row) for row in rows])
        return
    sql, names, processors = plan
    conn.exec_driver_sql(sql, _tuples(rows, names, processors))


@contextmanager
def indexes_deferred(conn: sa.Connection, tables: Sequence[sa.Table]) -> Iterator[None]:
    """Inside a write transaction on ``conn``: the secondary indexes of ``tables`` dropped
    for the block and created again from their own SQL when it ends (on SQLite).

    For a block that fills tables which are empty, or which it empties first: SQLite then
    builds each index once from sorted keys instead of inserting every row's key at a random
    place of a B-tree (a full resolution of 10,000 documents writes about 400,000 rows
    into the events and the resolution state). The unique indexes that keys and
    constraints make stay, and so does every check they do. It is all one transaction:
    if the block raises, the indexes are not made again here, and the caller's rollback
    brings them back with everything else. On other databases nothing changes (PostgreSQL
    would lock the tables against readers while an index is missing).
    """
    if conn.dialect.name != "sqlite" or not tables:
        yield
        return
    names = sorted({t.name for t in tables})
    marks = ", ".join("?" for _ in names)
    found: list[tuple[str, str]] = [
        (str(name), str(sql))
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({marks}) ORDER BY name",
            tuple(names),
        )
    ]
    for name, _ in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in found:
        conn.exec_driver_sql(sql)


def _tuples(
    rows: Sequence[Mapping[str, Any]], names: tuple[str, ...], processors: tuple[Processor, ...]
) -> list[tuple[Any, ...]]:
    """Each row's values in ``names`` order, converted by the column's processor if any."""
    get = operator.itemgetter(*names)
    convert = [(i, process) for i, process in enumerate(processors) if process is not None]
    if len(names) == 1:
        process = processors[0]
        return [(get(row) if process is None else process(get(row)),) for row in rows]
    if not convert:
        return [get(row) for row in rows]
    out: list[tuple[Any, ...]] = []
    for row in rows:
        values = list(get(row))
        for i, process in convert:
            values[i] = process(values[i])
        out.append(tuple(values))
    return out


@functools.cache
def _plan(
    dialect: Dialect, table: sa.Table, names: tuple[str, ...]
) -> tuple[str, tuple[str, ...], tuple[Processor, ...]] | None:
    """The statement and per-column converters for rows with these keys.

    None when SQLAlchemy would add values of its own (a column left out that has a
    Python-side default), or a key is not a column: those go through SQLAlchemy.
    """
    columns = table.c
    if any(name not in columns for name in names):
        return None
    if any(c.default is not None or c.onupdate is not None for c in columns if c.name not in names):
        return None
    preparer = dialect.identifier_preparer
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        preparer.format_table(table),
        ", ".join(preparer.format_column(columns[name]) for name in names),
        ", ".join("?" for _ in names),
    )
    processors = tuple(_processor(columns[name].type, dialect) for name in names)
    return sql, names, processors


def _processor(kind: sa.types.TypeEngine[Any], dialect: Dialect) -> Processor:
    process = kind.dialect_impl(dialect).bind_processor(dialect)
    if not isinstance(kind, sa.JSON) or process is None:
        return process
    json_process = process

    def encoded_or_process(value: Any) -> Any:
        return str(value) if type(value) is Encoded else json_process(value)

    return encoded_or_process


def _decoded(row: Mapping[str, Any]) -> Mapping[str, Any]:
    """The row with ``Encoded`` values decoded (for SQLAlchemy, which encodes them)."""
    if not any(type(v) is Encoded for v in row.values()):
        return row
    return {k: json.loads(v) if type(v) is Encoded else v for k, v in row.items()}
