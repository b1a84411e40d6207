"""Claims11: the state's claims and the movement's vows that dev-texts19's blind files missed,
by construction (CHANGELOG, twenty-fourth session, claims11). Each construction has passages
written for these tests with the claims a coder would write (kind and topic, as
docs/vocabulary.md codes them), and near misses where no claim, or no more than the one
listed, is right."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _claims(resources: Resources, text: str, language: str) -> list[str]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 18))
    return sorted(f"{c.kind}/{c.topic}" for c in extract(doc, resources).claims)


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a vow that an action goes on until a condition is met threatens it; the condition is
        # a demand of its own (docs/vocabulary.md, Claims: one claim or two)
        (
            "Coca growers said they would keep the highway blocked until Congress is dissolved.",
            "en",
            ["demand/closure_of_congress", "threat/blockade"],
        ),
        (
            "The union said its members would strike until the labour minister resigns.",
            "en",
            ["demand/resignation", "threat/strike"],
        ),
        # the person awaited gone, told in reported speech with its tense moved back
        (
            "Miners' leaders said their members would not lift the roadblocks until Governor"
            " Ramos stepped down.",
            "en",
            ["demand/resignation", "threat/blockade"],
        ),
        # "anunciaron": the verb announces the action; the condition is still asked, not
        # announced
        (
            "Los dirigentes anunciaron que el paro se mantendrá hasta que renuncie el gobernador.",
            "es",
            ["announcement/strike", "demand/resignation"],
        ),
        # the state's word that the roads stay open warns against blockades
        (
            "The interior minister said police would keep the highways open.",
            "en",
            ["threat/blockade"],
        ),
        (
            "Officials said troops would guarantee free movement on the highways.",
            "en",
            ["threat/blockade"],
        ),
        # a taking of a place barred, told in reported speech
        (
            "The defence minister said troops would not allow the takeover of the airport.",
            "en",
            ["threat/other"],
        ),
        (
            'The government said it would not allow the marchers to "take" the capital.',
            "en",
            ["threat/other"],
        ),
        # a threat's condition that names the detained asks for their release
        (
            "Farmers threatened to block the bridge again if the detainees are not released.",
            "en",
            ["demand/release_of_prisoner", "threat/blockade"],
        ),
        # work stopped is a strike
        ("Bus drivers threatened to stop work on Monday.", "en", ["threat/strike"]),
        # the protest carried to the capital is a march announced
        (
            "The teachers say they will take their demands to Lima next week.",
            "en",
            ["announcement/march"],
        ),
        # a promise of the state of what will be done is announced
        (
            "The interior minister promised that those who looted the shops would be found and"
            " punished.",
            "en",
            ["announcement/other"],
        ),
        (
            "El ministro del Interior prometió que los saqueadores serán identificados y"
            " castigados.",
            "es",
            ["announcement/other"],
        ),
        # a measure the state floats is held over the protests
        (
            "Officials have floated a curfew in the southern provinces.",
            "en",
            ["threat/other"],
        ),
    ],
)
def test_claims11_construction_claims(
    resources: Resources, text: str, language: str, want: list[str]
) -> None:
    assert _claims(resources, text, language) == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # "until" a time waits for no condition: the action is announced, not threatened
        ("The union said the strike would last until Friday.", "en", ["announcement/strike"]),
        (
            "Los dirigentes dijeron que el paro durará hasta el viernes.",
            "es",
            ["announcement/strike"],
        ),
        # the state telling of others' action announces nothing
        ("Police said the march would end at the main square.", "en", []),
        # barring that keeps no one from a place
        ("The mayor said he would not allow the council to raise taxes.", "en", []),
        ("The coach said he would not let his players lose focus.", "en", []),
        # what is not released is no prisoner
        ("The ministry said the results are not released before noon.", "en", []),
        # work stopped by the weather, told as done
        ("Rain forced the builders to stop work on Monday.", "en", []),
        # demands carried somewhere, told as done
        ("The teachers took their demands to the ministry in a letter.", "en", []),
        # a promise of no one in the contention
        ("The singer promised that she would record a new album next year.", "en", []),
        ("El cantante prometió que volverá a Lima el próximo año.", "es", []),
        # something floated on water
        ("Rescuers floated a raft across the river.", "en", []),
    ],
)
def test_claims11_near_miss(
    resources: Resources, text: str, language: str, want: list[str]
) -> None:
    assert _claims(resources, text, language) == want
