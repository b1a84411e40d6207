"""Twenty-sixth session (counts3): one person hit by a pellet, which wounds and does not kill as
it is told, counts one injured: "receives first aid after being hit by a pellet", "fue alcanzado
por un perdigón en la pierna"."""

from __future__ import annotations

import itertools

import pytest

from veeduria.extract.counts import compile_counts, find_counts
from veeduria.extract.numbers import compile_numbers

_RULES = {lang: (compile_counts(lang), compile_numbers(lang)) for lang in ("en", "es")}

_EN_SUBJECTS = ["A photographer", "A young man", "One student"]
_EN_HITS = [
    "was hit by a pellet",
    "was struck by a pellet",
    "was struck by pellets",
    "received first aid after being hit by a pellet",
    "received first aid after being hit by pellets",
]
_ES_SUBJECTS = ["Nuestro camarógrafo", "Un estudiante", "La reportera"]
_ES_HITS = [
    "fue alcanzado por un perdigón",
    "fue alcanzada por un perdigón",
    "fue alcanzado por perdigones",
    "recibió un perdigón",
    "recibió perdigones",
    "fue impactado por un perdigón",
]


def _injured(language: str, text: str) -> list[int]:
    rules, numbers = _RULES[language]
    return [
        m.count.value
        for m in find_counts(text, 0, len(text), rules, numbers)
        if m.category == "injured"
    ]


def _cases():
    for subject, hit in itertools.product(_EN_SUBJECTS, _EN_HITS):
        yield pytest.param("en", f"{subject} {hit} near the square.", id=f"en-{subject}-{hit}")
    for subject, hit in itertools.product(_ES_SUBJECTS, _ES_HITS):
        yield pytest.param("es", f"{subject} {hit} en la pierna.", id=f"es-{subject}-{hit}")


@pytest.mark.parametrize(("language", "text"), list(_cases()))
def test_one_hit_by_a_pellet_is_one_injured(language: str, text: str):
    assert _injured(language, text) == [1]
