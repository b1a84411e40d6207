"""The mob words of ``lexicons/<lang>/mob.yaml`` and the patterns of coding's mob rules built
from them, on sentences of our own."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from veeduria.errors import ResourceError
from veeduria.extract import coding
from veeduria.extract.wordlists import alternation, role_words
from veeduria.resources import load_lexicon
from veeduria.resources.schemas.mob import Entry

LANGUAGES = ("es", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_holds_a_word_of_its_entry(lang):
    for entry in load_lexicon(lang, "mob").entries:
        assert entry.examples, f"{entry.id} has no example"
        for example in entry.examples:
            assert any(w.lower() in example.lower() for w in entry.words), (entry.id, example)


def test_every_role_has_words():
    roles = {e.role for lang in LANGUAGES for e in load_lexicon(lang, "mob").entries}
    assert roles == set(Entry.model_fields["role"].annotation.__args__)


def test_schema_rejects_malformed_entries():
    with pytest.raises(ValidationError):
        Entry.model_validate({"id": "es.mob.x", "role": "crowd", "words": ["turba", "turba"]})
    with pytest.raises(ValidationError):
        Entry.model_validate({"id": "es.mob.x", "role": "horde", "words": ["turba"]})


def test_a_role_with_no_words_names_the_files():
    with pytest.raises(ResourceError) as err:
        role_words("mob", "no_such_role")
    assert "lexicons/en/mob.yaml" in str(err.value)


def test_phrases_may_take_any_whitespace():
    assert r"beaten\s+to\s+death" in alternation("mob", "burned_or_beaten", any_space=True)
    assert r"beaten\ to\ death" in alternation("mob", "burned_or_beaten")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Una muchedumbre rodeó la comisaría de Ilave.", True),
        ("Moradores iracundos quemaron la vivienda del juez.", True),
        ("Furious townspeople dragged the official out.", True),
        ("An angry crowd stormed the town hall.", True),
        # near misses: a crowd that is no agent, people not angry
        ("Los moradores marcharon en calma.", False),
        ("Crowds of shoppers filled the market.", False),
    ],
)
def test_mob(text, expected):
    assert bool(coding._MOB.search(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El cuerpo del agente fue hallado carbonizado.", True),
        ("Los dos vigilantes fueron golpeados hasta la muerte.", True),
        ("The guard was stoned to death by the crowd.", True),
        ("El agente fue golpeado en la marcha.", False),
        ("Quemaron llantas en la vía.", False),
    ],
)
def test_burned_or_beaten(text, expected):
    assert bool(coding._BURNED_OR_BEATEN.search(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Según la fiscalía, murió un teniente de la comisaría.", "un teniente"),
        ("An army corporal was stabbed near the bridge.", "An army corporal"),
        ("La policía dispersó la marcha.", None),
    ],
)
def test_one_officer(text, expected):
    m = coding._ONE_OFFICER.search(text)
    assert (m.group(0) if m else None) == expected


def test_officer_suffers():
    text = "a police officer was later set on fire"
    m = coding._ONE_OFFICER.search(text)
    assert m is not None and coding._OFFICER_SUFFERS_AFTER.match(text, m.end())
    text = "the officer was praised"
    m = coding._ONE_OFFICER.search(text)
    assert m is not None and not coding._OFFICER_SUFFERS_AFTER.match(text, m.end())
    assert coding._OFFICER_SUFFERS_BEFORE.search("tras el linchamiento del ")
    assert not coding._OFFICER_SUFFERS_BEFORE.search("tras la visita del ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lanzaron huaracas y objetos contundentes.", True),
        ("Attackers used catapults and rocks.", True),
        ("Lanzaron bombas lacrimógenas.", False),
    ],
)
def test_crowd_weapons(text, expected):
    assert bool(coding._CROWD_WEAPONS.search(text)) is expected
