"""Assembles the extractors into ``extract``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from veeduria.models import Document, Extraction, Warning

EXTRACTOR_NAME = "veeduria.rules"
EXTRACTOR_VERSION = "0.1.0"


@dataclass(frozen=True)
class Resources:
    languages: tuple[str, ...]
    versions: dict[str, str] = field(default_factory=dict)


def load_resources(languages: Sequence[str] = ("es", "en")) -> Resources:
    return Resources(languages=tuple(languages))


def extract(document: Document, resources: Resources) -> Extraction:
    warnings: list[Warning] = []
    if document.language not in resources.languages:
        warnings.append(
            Warning("W_LANGUAGE_SKIPPED", f"language {document.language!r} is not coded")
        )
    return Extraction(document=document, warnings=tuple(warnings), versions=dict(resources.versions))
