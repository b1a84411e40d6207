"""The rows of a store's tables, for comparing what two runs wrote."""

from __future__ import annotations

from collections.abc import Mapping, Set

import sqlalchemy as sa


def dump_tables(url: str, tables: Mapping[str, Set[str]]) -> dict[str, list[tuple]]:
    """Every row of ``tables`` (name -> columns left out, such as times of writing), sorted."""
    engine = sa.create_engine(url)
    out = {}
    with engine.connect() as conn:
        meta = sa.MetaData()
        meta.reflect(conn)
        for name, volatile in tables.items():
            table = meta.tables[name]
            columns = [c for c in table.c if c.name not in volatile]
            out[name] = sorted(tuple(r) for r in conn.execute(sa.select(*columns)))
    engine.dispose()
    return out
