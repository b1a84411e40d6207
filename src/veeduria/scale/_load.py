"""Shards into the store, through the serial pipeline's storing path.

:class:`ShardLoader` is the pipeline's ``_Ingester`` fed from shards instead of readers:
each shard item goes in, in partition order, as a reader's item would, with the extraction
the worker made (its rows, or the error it raised) instead of one made here. Batching,
duplicates (stored before or seen earlier in the run), quarantine entries, document
versions and counts are therefore those of ``run_ingest``: both engines store the same rows.
The near-duplicate band keys and node plans the workers computed go to the resolution that
ends the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from veeduria.pipeline import _Ingester
from veeduria.resolve.components import NodePlan, plans_from_json
from veeduria.scale._shards import ShardItem, read_shard

#: Documents per transaction of the loader at least (``settings.batch_size`` when larger).
#: Every commit writes the pages it changed to SQLite's write-ahead log, and the pages of
#: the extraction tables' indexes are changed again by the next batch: loading the shards
#: of 2,000 generated documents wrote 235 MB at 50 documents a transaction, 98 MB at 500,
#: and took about a quarter less CPU. A serial run keeps ``batch_size``: it extracts
#: between its commits, which a batch of 500 would put further apart.
LOAD_BATCH = 500


@dataclass
class ShardLoader(_Ingester):
    """Writes shard items to the store a batch at a time; counts like ``run_ingest``.

    ``plans`` keeps the node plans of the documents the workers extracted (by document
    id), for the resolution that ends the run (``veeduria.scale._resolve``), which reads
    their mentions back a bucket at a time: kept here, the mentions of 100,000 documents
    made this process 2 GB before the resolution began.
    """

    plans: dict[str, list[NodePlan]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.batch_size is None:
            self.batch_size = max(LOAD_BATCH, int(self.settings.batch_size))

    def add(self, item: ShardItem) -> None:
        if item.failure is not None:
            self.add_failure(item.failure)
            return
        assert item.document is not None
        if item.bands is not None:
            self.known_bands[item.document.id] = item.bands
        doc_id = item.document.id
        if item.nodes is not None and doc_id not in self.plans:
            self.plans[doc_id] = plans_from_json(item.nodes)
        self.add_document(item.document, item.extracted)

    def load(self, shard: Path) -> None:
        """Every item of one shard, in reading order."""
        for item in read_shard(shard):
            self.add(item)
