"""Extraction: ``extract(document, resources) -> Extraction``, a pure function.

``load_resources(languages)`` compiles every lexicon once; pass the result to ``extract``.
"""

from veeduria.extract.pipeline import Resources, extract, load_resources

__all__ = ["Resources", "extract", "load_resources"]
