"""Our YAML data files (lexicons, gazetteer, sites, gold texts), read with libyaml.

PyYAML's wheels ship libyaml; its safe loader builds the same values as the pure-Python one
in a fraction of the time (every process that extracts reads about 2 MB of lexicons and
gazetteer at start, a Dask worker too). The pure loader stands in where libyaml is missing.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load``, with libyaml when PyYAML has it; raises ``yaml.YAMLError``."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
