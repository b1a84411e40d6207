"""Storage: documents, extraction rows, quarantine and runs in SQLite or PostgreSQL.

``Store.open(url)`` connects and migrates the schema to the newest revision (Alembic scripts
shipped in ``veeduria/store/migrations``). See ``docs/storage.md``.
"""

from veeduria.store import accounts as _accounts  # noqa: F401,I001  (revision 0003 tables join the metadata)
from veeduria.store._engine import mask_url
from veeduria.store.migrate import current_revision, head_revision, upgrade
from veeduria.store.repository import QuarantineEntry, Store, StoredExtraction
from veeduria.store.schema import TABLES, metadata

__all__ = [
    "TABLES",
    "QuarantineEntry",
    "Store",
    "StoredExtraction",
    "current_revision",
    "head_revision",
    "mask_url",
    "metadata",
    "upgrade",
]
