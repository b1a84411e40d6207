"""Every lexicon file an extraction reads is named, with its version, in the extraction's
``versions``: a mention can always be traced to the words that made it."""

from pathlib import Path

import pytest

import veeduria.lexicons
from veeduria.extract import load_resources
from veeduria.resources.loader import load_lexicon

LEXICONS = Path(veeduria.lexicons.__file__).parent


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_lexicon_file_is_versioned(lang):
    versions = load_resources((lang,)).versions
    files = sorted(p.stem for p in (LEXICONS / lang).glob("*.yaml"))
    assert files, f"no lexicon files in {LEXICONS / lang}"
    missing = [name for name in files if f"{lang}/{name}" not in versions]
    assert not missing, f"not recorded in Extraction.versions: {missing}"
    for name in files:
        assert versions[f"{lang}/{name}"].startswith(load_lexicon(lang, name).version + "#")
