"""Words that name another force in another country (session extract-actors3).

"Military police" are the police of Brazil's states (the Polícia Militar) and the army's in
Honduras (the Policía Militar del Orden Público): an actors.yaml entry's ``countries`` maps a
story's country to the entry whose actor the same words name there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.errors import ResourceError
from veeduria.extract.lexical import ActorInfo
from veeduria.models import Mention
from veeduria.resources.schemas.actors import Entry

DAY = dt.date(2024, 7, 31)


def _actor1(found: list[Mention]) -> list[str | None]:
    return [m.actor1.name if m.actor1 else None for m in found]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "In Tegucigalpa, military police fired tear gas at supporters of the opposition who"
            " had blocked the boulevard.",
            "en",
            "Military Forces of Honduras",
        ),
        (
            "Military police officers dispersed a crowd of Nasralla supporters in San Pedro Sula"
            " with tear gas.",
            "en",
            "Military Forces of Honduras",
        ),
        (
            "In Porto Alegre, military police fired tear gas at teachers who had blocked an"
            " avenue.",
            "en",
            "Police Forces of Brazil",
        ),
        (
            "En San Pedro Sula, la Policía Militar dispersó con gases lacrimógenos a los pobladores"
            " que bloqueaban la carretera.",
            "es",
            "Military Forces of Honduras",
        ),
        (
            "En Belo Horizonte, agentes de la Policía Militar dispersaron con gases a los"
            " manifestantes que marchaban hacia la alcaldía.",
            "es",
            "Police Forces of Brazil",
        ),
        (
            "En Recife, policías militares dispersaron con balas de goma a los estudiantes que"
            " protestaban frente a la gobernación.",
            "es",
            "Police Forces of Brazil",
        ),
    ],
)
def test_military_police_by_country(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    assert expected in _actor1(mentions(text, language, DAY))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # near misses: the police and the army named as such keep their names in Honduras
        (
            "In Tegucigalpa, police fired tear gas at supporters of the opposition who had"
            " blocked the boulevard.",
            "en",
            "Police Forces of Honduras",
        ),
        (
            "En Tegucigalpa, la Policía Nacional dispersó con gases lacrimógenos a los"
            " manifestantes.",
            "es",
            "Police Forces of Honduras",
        ),
        # Chile's Carabineros are the police
        (
            "In Valparaíso, Carabineros fired tear gas at students marching to Congress.",
            "en",
            "Police Forces of Chile",
        ),
    ],
)
def test_forces_named_as_such(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    assert expected in _actor1(mentions(text, language, DAY))


def test_in_country_falls_back_to_the_entry() -> None:
    army = ActorInfo("x.mil", "Military Forces of Peru", 1, "State forces", "MIL", "both", None)
    mp = ActorInfo(
        "x.mp",
        "Police Forces of Peru",
        1,
        "State forces",
        "COP",
        "both",
        None,
        countries=(("Honduras", army),),
    )
    assert mp.in_country("Honduras") is army
    assert mp.in_country("Brazil") is mp


def test_countries_must_name_entries_of_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from veeduria.extract import lexical
    from veeduria.resources.loader import load_lexicon

    real = load_lexicon("en", "actors")
    broken = Entry(
        id="en.act.broken",
        name="Police Forces of Peru",
        inter=1,
        type="State forces",
        sector="COP",
        terms=("gendarmes",),
        countries={"Honduras": "en.act.no_such_entry"},
    )

    def fake(language: str, name: str) -> object:
        lex = load_lexicon(language, name)
        if name == "actors":
            return dataclasses.replace(real, entries=(*real.entries, broken))
        return lex

    monkeypatch.setattr(lexical, "load_lexicon", fake)
    with pytest.raises(ResourceError) as err:
        lexical.compile_lexical("en")
    assert err.value.code == "E015"
