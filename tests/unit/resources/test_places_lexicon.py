"""The place words of ``lexicons/<lang>/places.yaml``: their schema, the error a malformed
file gives, and the roles of a town the patterns built from them still read."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import pytest
from pydantic import ValidationError

from veeduria.errors import ResourceError
from veeduria.extract import places
from veeduria.extract.places import (
    about,
    distance_reference,
    is_origin,
    lives_in,
    mission,
    on_road,
    speaker,
    strike_scope,
    taken_to,
)
from veeduria.models import Location
from veeduria.resources import load_lexicon
from veeduria.resources.schemas.places import Entry

LANGUAGES = ("es", "en")


def _at(text: str, name: str) -> Location:
    start = text.index(name)
    return Location(text=name, span=(start, start + len(name)))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_holds_a_word_of_its_entry(lang):
    for entry in load_lexicon(lang, "places").entries:
        assert entry.examples, f"{entry.id} has no example"
        for example in entry.examples:
            assert any(w.lower() in example.lower() for w in entry.words), (entry.id, example)


def test_every_role_has_words():
    roles = {e.role for lang in LANGUAGES for e in load_lexicon(lang, "places").entries}
    assert roles == set(Entry.model_fields["role"].annotation.__args__)


def test_words_are_longest_first_and_escaped():
    words = places._role_words("belonging_unit")
    assert [len(w) for w in words] == sorted((len(w) for w in words), reverse=True)
    assert r"centros\ poblados" in places._words("belonging_unit")
    assert r"Red\s+de\s+Salud" in places._words("office_acronym", any_space=True)


@pytest.mark.parametrize(
    "entry",
    [
        {"id": "es.places.x", "role": "origin", "words": []},
        {"id": "es.places.x", "role": "origin", "words": ["natural de", "natural de"]},
        {"id": "es.places.x", "role": "origin", "words": [" natural de"]},
        {"id": "es.places.x", "role": "origin", "words": ["natural  de"]},
        {"id": "es.places.x", "role": "hometown", "words": ["natural de"]},
        {"id": "es.places.x", "role": "origin", "words": ["natural de"], "colour": "red"},
    ],
)
def test_schema_rejects_malformed_entries(entry):
    with pytest.raises(ValidationError):
        Entry.model_validate(entry)


def test_a_malformed_file_names_itself(tmp_path, monkeypatch):
    root = tmp_path / "veeduria"
    (root / "lexicons" / "es").mkdir(parents=True)
    (root / "lexicons" / "es" / "places.yaml").write_text(
        "lexicon: places\nlanguage: es\nversion: 2026.1.0\nentries:\n"
        "  - {id: es.places.origin, role: origin, words: natural de}\n",
        encoding="utf-8",
    )
    real = importlib.resources.files
    monkeypatch.setattr(
        importlib.resources, "files", lambda pkg: Path(root) if pkg == "veeduria" else real(pkg)
    )
    load_lexicon.cache_clear()
    try:
        with pytest.raises(ResourceError) as err:
            load_lexicon("es", "places")
        assert "lexicons/es/places.yaml: entry 0 is invalid" in str(err.value)
    finally:
        monkeypatch.undo()
        load_lexicon.cache_clear()


def test_a_role_with_no_words_names_the_files():
    with pytest.raises(ResourceError) as err:
        places._role_words("no_such_role")
    assert "lexicons/es/places.yaml" in str(err.value)
    assert "no_such_role" in str(err.value)


# --- the roles the words feed, on sentences of our own ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Las dirigentas, oriundas de Chucuito, llegaron al mediodía.", "Chucuito", True),
        ("Una caravana llegada desde Ilave cruzó el puente.", "Ilave", True),
        ("Many of the marchers were natives of Ayaviri.", "Ayaviri", True),
        # near misses: the place is where it happened, or a mere "de"
        ("La marcha de Chucuito terminó al mediodía.", "Chucuito", False),
        ("Los buses llegaron a Ilave por la tarde.", "Ilave", False),
    ],
)
def test_origin_words(text, name, expected):
    assert is_origin(text, text.index(name)) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Fuentes en Tacna confirmaron el desalojo del puente.", "Tacna", True),
        ("Diplomats in Quito described the curfew as strict.", "Quito", True),
        ("Hubo un desalojo en Tacna, confirmaron fuentes.", "Tacna", False),
    ],
)
def test_speaker_words(text, name, expected):
    assert speaker(_at(text, name), text) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Un grupo protestó frente al consulado de Bolivia en Tacna.", "Bolivia", True),
        ("Protesters gathered outside the Chile consulate in Lima.", "Chile", True),
        ("Un grupo protestó en Bolivia contra el alza.", "Bolivia", False),
    ],
)
def test_mission_words(text, name, expected):
    assert mission(_at(text, name), text) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Los gremios acataron la huelga nacional indefinida.", "huelga", 0),
        ("Transport unions began a nationwide stoppage.", "stoppage", 0),
        ("Comenzó el paro departamental en Madre de Dios.", "paro", 1),
        ("A province-wide strike shut the markets.", "strike", 2),
        ("El paro de transportistas afectó a Juliaca.", "paro", None),
    ],
)
def test_strike_scope_words(text, word, expected):
    start = text.index(word)
    assert strike_scope(text, (start, start + len(word))) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Una vocera que reside en la localidad de Pomata fue detenida.", "Pomata", True),
        ("The spokesman, who resides in the village of Tinta, was held.", "Tinta", True),
        ("La vocera fue detenida en la localidad de Pomata.", "Pomata", False),
    ],
)
def test_residence_words(text, name, expected):
    assert lives_in(_at(text, name), text) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Bloquearon la trocha que conduce a Putina.", "Putina", True),
        ("Pickets closed the railway line to Cusco at dawn.", "Cusco", True),
        ("Bloquearon las calles de Putina.", "Putina", False),
    ],
)
def test_road_words(text, name, expected):
    assert on_road(_at(text, name), text) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("El bloqueo se instaló a 40 kilómetros de Abancay.", "Abancay", True),
        ("The camp lies two hours from Ayacucho by road.", "Ayacucho", True),
        ("El bloqueo se instaló en el centro de Abancay.", "Abancay", False),
        ("Hubo un desalojo en Quillacollo, al noroeste de Cochabamba.", "Cochabamba", True),
        ("Clashes broke out in Sacaba, north-east of Cochabamba.", "Cochabamba", True),
        ("Clashes broke out in Sacaba and in Cochabamba.", "Cochabamba", False),
    ],
)
def test_distance_words(text, name, expected):
    assert distance_reference(_at(text, name), text) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Los heridos fueron internados en una clínica de Sicuani.", "Sicuani", True),
        ("Two protesters were airlifted to a hospital in Arequipa.", "Arequipa", True),
        ("Los heridos marcharon hasta una clínica de Sicuani.", "Sicuani", False),
    ],
)
def test_taken_words(text, name, expected):
    assert taken_to(text, text.index(name)) is expected


@pytest.mark.parametrize(
    ("text", "name", "trigger", "expected"),
    [
        ("Cientos marcharon en Cusco por los crímenes de Ilave.", "Ilave", "marcharon", True),
        ("Students marched in Lima for the martyrs of Juliaca.", "Juliaca", "marched", True),
        ("Bloquearon la vía en Ayaviri, como ya sucedió en Ilave.", "Ilave", "Bloquearon", True),
        ("Vendors struck in Tacna in support of the residents of Puno.", "Puno", "struck", True),
        # the town of the event itself
        ("Cientos marcharon por las calles de Ilave.", "Ilave", "marcharon", False),
    ],
)
def test_about_words(text, name, trigger, expected):
    a = text.index(trigger)
    assert about(_at(text, name), text, (a, a + len(trigger))) is expected
