"""Evidence highlighting by splitting text into segments, never by inserting markup.

``segments(text, spans)`` cuts the text at every span boundary and returns the pieces in
order, each with the labels of the spans covering it. The template prints every piece as
autoescaped text inside a ``<mark>`` or not, so a document containing ``<script>`` shows the
characters ``<script>`` and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

#: CSS class per label kind; anything else is shown as "other"
KINDS = {
    "trigger": "trigger",
    "killed": "count",
    "injured": "count",
    "detained": "count",
    "participants": "count",
    "date": "date",
    "location": "place",
    "actor1": "actor",
    "actor2": "actor",
    "attribution": "source",
    "tally": "tally",
    "claim": "claim",
    "warning": "warning",
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Segment:
    text: str
    labels: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """CSS class of the most specific label (the first one in ``KINDS`` order)."""
        for label in KINDS:
            if label in self.labels:
                return KINDS[label]
        return "other" if self.labels else ""

    @property
    def title(self) -> str:
        return ", ".join(self.labels)


def segments(
    text: str, spans: Iterable[Span], *, transform: Callable[[str], str] | None = None
) -> list[Segment]:
    """Split ``text`` at span boundaries; invalid or empty spans are ignored.

    Args:
        text: The document text.
        spans: Character spans with labels; they may overlap.
        transform: Applied to every piece's text (public mode masks names with it).
    """
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        labels = tuple(sorted({s.label for s in valid if s.start <= start and end <= s.end}))
        piece = text[start:end]
        if transform is not None:
            piece = transform(piece)
        if out and out[-1].labels == labels:
            out[-1] = Segment(out[-1].text + piece, labels)
        else:
            out.append(Segment(piece, labels))
    return out


def mention_spans(data: dict[str, object]) -> list[Span]:
    """The evidence spans of one stored mention (``mention_to_dict`` shape)."""
    out: list[Span] = []

    def add(label: str, ref: object) -> None:
        if isinstance(ref, dict):
            span = ref.get("span")
            if isinstance(span, list | tuple) and len(span) == 2:
                start, end = span
                if isinstance(start, int) and isinstance(end, int) and end > start:
                    out.append(Span(start, end, label))

    add("trigger", data.get("trigger"))
    for name in ("date", "location", "actor1", "actor2", "attribution"):
        add(name, data.get(name))
    counts = data.get("counts")
    if isinstance(counts, dict):
        for name, ref in counts.items():
            add(str(name), ref)
    return out
