"""Patterns built from the word lists of a lexicon (``{id, role, words}`` entries).

The extract modules keep each pattern's structure in code and take its words from
``lexicons/<lang>/<name>.yaml``: :func:`alternation` gives a role's words as a regular
expression alternation, escaped and longest first, built when the module that needs it is
loaded (once per process). A word (or a word of a phrase) that ends in ``*`` is a stem: it
stands for the stem and any word characters after it (``falleci*`` is ``falleci\\w*``), as in
the trigger lexicons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veeduria.errors import ResourceError
from veeduria.resources.loader import load_lexicon

#: the languages whose words a pattern is built from, unless it names its own
LANGUAGES = ("es", "en")


def role_words(name: str, role: str, languages: Sequence[str] = LANGUAGES) -> tuple[str, ...]:
    """The words of ``role`` in the ``name`` lexicon of ``languages``, longest first (then in
    alphabetical order).

    Raises:
        ResourceError: a file is missing or invalid, or none of them has a word for ``role``.
    """
    words = {
        word
        for language in languages
        for entry in load_lexicon(language, name).entries
        if entry.role == role
        for word in entry.words
    }
    if not words:
        files = ", ".join(f"lexicons/{lang}/{name}.yaml" for lang in languages)
        raise ResourceError(f"{files}: no words for the role {role!r}", code="E015")
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def alternation(
    name: str, role: str, *, any_space: bool = False, languages: Sequence[str] = LANGUAGES
) -> str:
    """The words of ``role`` as a regular-expression alternation (no group around it): each
    word escaped, longest first; with ``any_space`` a space in a phrase matches any run of
    whitespace. A pattern whose structure differs by language takes each language's words for
    its own branch. A word (or a word of a phrase) ending in ``*`` is a stem followed by any
    word characters (``\\w*``)."""
    escaped = (_escaped(w) for w in role_words(name, role, languages))
    if any_space:
        escaped = (e.replace("\\ ", r"\s+") for e in escaped)
    return "|".join(escaped)


def _escaped(word: str) -> str:
    """``word`` as a pattern: escaped, and each of its words that ends in ``*`` read as a stem
    followed by ``\\w*`` ("amenaz* con" is ``amenaz\\w*\\ con``)."""
    return re.escape(" ").join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") and len(w) > 1 else re.escape(w)
        for w in word.split(" ")
    )
