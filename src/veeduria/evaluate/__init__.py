"""Scoring the extractor against annotated gold documents (docs/gold-format.md)."""

from veeduria.evaluate.gold import GoldDocument, load_gold
from veeduria.evaluate.scorer import Report, evaluate

__all__ = ["GoldDocument", "Report", "evaluate", "load_gold"]
