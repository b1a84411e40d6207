"""A plan not ruled out is possible, one ruled out is negated (extract-dev14).

"No descarta", "did not rule out", "a possible strike", "a strike is possible" hedge a plan:
the longer phrase hides the "no" and the "descartó" inside it, which would negate the event
word alone. "Descarta que ...", "ruled out" still negate it.
"""

from __future__ import annotations

import pytest


def _fact(mentions, text: str, language: str, word: str) -> str | None:
    found = [m.factuality for m in mentions(text, language) if word in m.trigger.text]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("La CGT no descarta un tercer paro general si avanza la reforma.", "es", "paro"),
        ("Los gremios no descartaron un paro regional la próxima semana.", "es", "paro"),
        (
            "El premier no descartó que se decrete el toque de queda en Puno.",
            "es",
            "toque de queda",
        ),
        ("Los dirigentes no descartan una nueva marcha hacia Lima.", "es", "marcha"),
        ("Union leaders have hinted that a third strike is possible.", "en", "strike"),
        ("Some leaders spoke of a possible indefinite national strike.", "en", "strike"),
        ("The union did not rule out a general strike.", "en", "strike"),
        ("The government has not ruled out a curfew in Puno.", "en", "curfew"),
    ],
)
def test_not_ruled_out_is_possible(mentions, text: str, language: str, word: str) -> None:
    assert _fact(mentions, text, language, word) == "possible"


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("El premier descarta que se vaya a declarar el toque de queda en Lima.", "es", "toque"),
        ("El ministro descartó que se declare el toque de queda en Puno.", "es", "toque"),
        ("The minister ruled out a curfew in Lima.", "en", "curfew"),
        ("Police denied that officers fired live rounds at the protesters.", "en", "fired"),
    ],
)
def test_ruled_out_is_negated(mentions, text: str, language: str, word: str) -> None:
    assert _fact(mentions, text, language, word) == "negated"


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # "possible" of manner is no hedge on the event
        ("Officials said the march would end as soon as possible.", "en", "march"),
        ("Los gremios marcharon el lunes por el centro de Juliaca.", "es", "marcharon"),
    ],
)
def test_other_senses_are_not_possible(mentions, text: str, language: str, word: str) -> None:
    assert _fact(mentions, text, language, word) not in (None, "possible")
