"""The coding words of ``lexicons/<lang>/coding.yaml`` (moved out of
``veeduria.extract.coding`` in the datalists session) and the patterns built from them, on
sentences of our own, with near misses."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from veeduria.extract import coding
from veeduria.resources import load_lexicon
from veeduria.resources.schemas.coding import Entry

LANGUAGES = ("es", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_holds_a_word_of_its_entry(lang):
    for entry in load_lexicon(lang, "coding").entries:
        assert entry.examples, f"{entry.id} has no example"
        for example in entry.examples:
            assert any(w.lower() in example.lower() for w in entry.words), (entry.id, example)


def test_every_role_has_words():
    roles = {e.role for lang in LANGUAGES for e in load_lexicon(lang, "coding").entries}
    assert roles == set(Entry.model_fields["role"].annotation.__args__)


def test_schema_rejects_malformed_entries():
    with pytest.raises(ValidationError):
        Entry.model_validate({"id": "es.coding.x", "role": "speaks", "words": ["dijo", "dijo"]})
    with pytest.raises(ValidationError):
        Entry.model_validate({"id": "es.coding.x", "role": "talks", "words": ["dijo"]})


def test_the_versions_name_the_file():
    from veeduria.extract import load_resources

    versions = load_resources(("es",)).versions
    assert versions["es/coding"].startswith(load_lexicon("es", "coding").version)


def _before(pattern: re.Pattern[str], text: str, word: str) -> bool:
    at = text.index(word)
    return pattern.search(text, max(0, at - 80), at) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tras varias semanas de protestas, el ministro dimitió.", True),
        ("A raíz de las multitudinarias protestas cayó el gabinete.", True),
        ("In the wake of fresh protests, the cabinet fell.", True),
        ("Following days of protests, Congress voted.", True),
        # near misses: the protest word is no cause, or a noun stands between
        ("Los ministros discutieron las protestas.", False),
        ("After the minister's speech, protests grew.", False),
    ],
)
def test_cause_words(text, expected):
    assert (
        _before(coding._CAUSE_BEFORE, text, "protests" if "protests" in text else "protestas")
        is expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los militares mataron", True),
        ("Un soldado mató", True),
        ("Gunmen murdered", True),
        ("The army executed", True),
        ("Los militares rodearon", False),
        ("The army killings", False),
    ],
)
def test_active_kill_words(text, expected):
    assert (coding._ACTIVE_KILL.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" near the bridge", True),
        (" yesterday", True),
        (", police said", True),
        (" two farmers", False),
        (" the mayor", False),
    ],
)
def test_no_object_words(after, expected):
    assert (coding._NO_OBJECT.match(after) is not None) is expected


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("_CLASH_PARTIES_AFTER", " entre comuneros y mineros", True),
        ("_CLASH_PARTIES_AFTER", " amongst rival unions", True),
        ("_CLASH_PARTIES_AFTER", " en la plaza", False),
        ("_SPEAKS_AFTER", " reportó que hubo heridos", True),
        ("_SPEAKS_AFTER", " told reporters", True),
        ("_SPEAKS_AFTER", " reportedly fired", False),
        ("_DEADLY_AFTER", " letales en la frontera", True),
        ("_DEADLY_AFTER", " aislados en la frontera", False),
    ],
)
def test_words_after(pattern, text, expected):
    assert (getattr(coding, pattern).match(text) is not None) is expected


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("_CLASH_BEFORE_BARE", "Hubo cruentos ", True),
        ("_CLASH_BEFORE_BARE", "Overnight ", True),
        ("_CLASH_BEFORE_BARE", "Gang ", False),
        ("_DEADLY_BEFORE", "Hubo cruentas ", True),
        ("_DEADLY_BEFORE", "There were fatal ", True),
        ("_DEADLY_BEFORE", "There were brief ", False),
    ],
)
def test_words_before(pattern, text, expected):
    assert (getattr(coding, pattern).search(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "left", "aimed"),
    [
        ("Las marchas en Juli cobraron tres vidas", True, False),
        ("The riots have claimed four lives", True, False),
        ("Un paro contra las muertes", False, True),
        ("A vigil over the deaths", False, True),
        ("Las marchas en Juli reunieron a miles", False, False),
    ],
)
def test_left_dead_words(text, left, aimed):
    assert (coding._LEFT_DEAD.search(text) is not None) is left
    assert (coding._AIMED_AT.search(text) is not None) is aimed
