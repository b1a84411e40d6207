"""Loading and validating versioned language data (lexicons) and their fingerprints."""

from veeduria.resources.loader import LexiconFile, available_languages, load_lexicon

__all__ = ["LexiconFile", "available_languages", "load_lexicon"]
