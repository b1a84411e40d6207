"""Language identification with py3langid over all of its languages.

The identifier covers every language in the py3langid model (about 140), so a French or
Portuguese text is recorded as ``fr`` or ``pt`` and later skipped by extraction instead of
being coded as Spanish. The model takes about a second to load: it is built once per
process (``functools.cache``) and only ever read afterwards.
"""

from __future__ import annotations

import functools
import logging
import re

from py3langid.langid import MODEL_FILE, LanguageIdentifier

logger = logging.getLogger(__name__)

#: Languages preferred when a very short text (a title, a slogan) scores close to them.
PREFERRED: tuple[str, ...] = ("es", "en")
#: Texts shorter than this many characters count as "very short".
SHORT_TEXT_CHARS = 100
#: A preferred language wins on a short text when its probability is at least this share of
#: the best one. Short Spanish phrases often score as Galician, Aragonese or Esperanto.
CLOSE_RATIO = 0.3
#: Only the start of a long text is scored; a few thousand characters are plenty.
MAX_SCORED_CHARS = 20_000


@functools.cache
def _identifier() -> LanguageIdentifier:
    logger.debug("loading the py3langid model")
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """Identify the language of a text.

    Scores the first ``MAX_SCORED_CHARS`` characters over every language of the py3langid
    model with normalised probabilities. For a text shorter than ``SHORT_TEXT_CHARS``, a
    preferred language (es, en) whose probability is at least ``CLOSE_RATIO`` of the best
    one is chosen instead, because short Spanish titles are often scored as a neighbour
    language.

    Args:
        text: The document text.

    Returns:
        ``(language code, probability)``, e.g. ``("es", 0.98)``.
    """
    sample = text[:MAX_SCORED_CHARS]
    ranking = _identifier().rank(sample)
    best, best_score = ranking[0]
    if len(sample.strip()) < SHORT_TEXT_CHARS and best not in PREFERRED:
        scores = dict(ranking)
        preferred = max(PREFERRED, key=lambda lang: scores.get(lang, 0.0))
        score = scores.get(preferred, 0.0)
        if score >= CLOSE_RATIO * best_score:
            return preferred, float(score)
    return str(best), float(best_score)


@functools.cache
def _code_pattern() -> re.Pattern[str]:
    return re.compile(r"[a-z]{2,3}")


def normalize_language(code: str) -> str | None:
    """Normalise a language tag to its lower-case primary subtag (``es-PE`` -> ``es``).

    Returns ``None`` for an empty value or ``auto``.

    Raises:
        ValueError: ``code`` is not a language tag.
    """
    value = code.strip().lower().replace("_", "-")
    if not value or value == "auto":
        return None
    primary = value.split("-", 1)[0]
    if not _code_pattern().fullmatch(primary):
        raise ValueError(f"{code!r} is not a language code (use e.g. 'es' or 'en')")
    return primary
