"""Scale-out: the pure stages mapped over partitions of the sources on Dask.

``run_dask_ingest(inputs, settings, store, scheduler=..., partitions=...)`` gives the same
documents, mentions and events as ``veeduria.pipeline.run_ingest``; see docs/scale.md.
Importing this package does not import Dask: ``veeduria.scale.dask`` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from veeduria.scale.dask import partition_paths, run_dask_ingest

__all__ = ["partition_paths", "run_dask_ingest"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from veeduria.scale import dask

        return getattr(dask, name)
    raise AttributeError(name)
