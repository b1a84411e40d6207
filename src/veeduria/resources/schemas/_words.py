"""Entries that are a role and a list of literal words (``places``, ``mob``)."""

from __future__ import annotations

from pydantic import Field, model_validator

from veeduria.resources.schemas._base import BaseEntry


class WordsEntry(BaseEntry):
    """``{id, role, words: [...]}``; the lexicon's own ``Entry`` narrows ``role``. A word is
    literal (escaped when a pattern is built from it), with no spaces at its ends and no double
    space, and is listed once."""

    role: str
    words: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _words_are_words(self) -> WordsEntry:
        seen: set[str] = set()
        for word in self.words:
            if not word or word != word.strip() or "  " in word:
                raise ValueError(f"word {word!r}: empty, or with spaces at its ends or doubled")
            if word in seen:
                raise ValueError(f"word {word!r} is listed twice")
            seen.add(word)
        return self
