import hashlib
import importlib.resources

import pytest

from veeduria.errors import ResourceError
from veeduria.extract.lexical import compile_lexical
from veeduria.extract.terms import fold
from veeduria.resources import available_languages, load_lexicon
from veeduria.resources.loader import lexicon_names

LANGUAGES = available_languages()


def test_languages_have_the_same_lexicon_files():
    names = {lang: set(lexicon_names(lang)) for lang in LANGUAGES}
    assert {"es", "en"} <= set(LANGUAGES)
    first = names[LANGUAGES[0]]
    for lang, files in names.items():
        assert files == first, f"{lang} differs: {files ^ first}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_lexicon_loads_and_is_fingerprinted(lang):
    for name in lexicon_names(lang):
        lex = load_lexicon(lang, name)
        raw = (
            importlib.resources.files("veeduria") / "lexicons" / lang / f"{name}.yaml"
        ).read_bytes()
        assert lex.sha256 == hashlib.sha256(raw).hexdigest()
        assert lex.entries, f"{lang}/{name} is empty"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("name", "matcher"),
    [("events", "triggers"), ("actors", "actors"), ("cues", "cues"), ("claims", "topics")],
)
def test_lexicon_examples_match_their_entry(lang, name, matcher):
    lexical = compile_lexical(lang)
    for entry in load_lexicon(lang, name).entries:
        if getattr(entry, "role", None) == "crossref":  # read at a line's start, not a cue
            assert lexical.crossref is not None
            for example in entry.examples:
                assert lexical.crossref.match(fold(example)), f"{entry.id}: {example!r}"
            continue
        for example in entry.examples:
            found = (
                lexical.cues_in(fold(example), 0, len(example), example.lower())
                if name == "cues"
                else lexical.find(getattr(lexical, matcher), fold(example), 0, len(example))
            )
            ids = {getattr(f.info, "id", None) for f in found}
            assert entry.id in ids, f"{entry.id}: example {example!r} does not match"


def test_unknown_lexicon_is_a_resource_error():
    with pytest.raises(ResourceError) as err:
        load_lexicon("es", "no_such_lexicon")
    assert err.value.code == "E012"


def test_schema_rejects_unknown_keys():
    from pydantic import ValidationError

    from veeduria.resources.schemas.events import Entry

    with pytest.raises(ValidationError):
        Entry.model_validate({"id": "x.y.z", "kind": "protest", "terms": ["a"], "colour": "red"})
