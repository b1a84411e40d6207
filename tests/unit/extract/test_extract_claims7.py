"""Claims read by construction (extract-claims7): a strike named as a "shutdown"; a blockade
kept ("keep the roads shut"); the state's
measures in a Spanish passive future ("las muertes serán investigadas"); threats with no verb
of threatening: a way barred to others ("no dejaremos que lleguen al Congreso", "will not let
marchers reach Congress"), a warning that there will be resistance, and a prosecutor's warning
of charges. Every sentence is written for these tests, each with a near miss that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Claim, Document


def _claims(resources: Resources, text: str, language: str) -> list[Claim]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2024, 5, 14))
    return list(extract(doc, resources).claims)


def _pairs(claims: list[Claim]) -> set[tuple[str, str]]:
    return {(c.kind, c.topic) for c in claims}


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a strike named as a shutdown
        (
            'Student coordinators have called a "total shutdown" of the capital for Monday.',
            "en",
            ("call_to_action", "strike"),
        ),
        (
            "Traders' groups threatened to call a nationwide shutdown if fuel prices rise again.",
            "en",
            ("threat", "strike"),
        ),
        # the state's measure in a passive future
        (
            "El ministro dijo que las muertes serán investigadas.",
            "es",
            ("announcement", "justice_for_victims"),
        ),
        ("El premier afirmó que el decreto será derogado.", "es", ("announcement", "other")),
        (
            "La ministra aseguró que los hechos serán investigados hasta el final.",
            "es",
            ("announcement", "justice_for_victims"),
        ),
        # the second of two joined verbs says it: its subject is the first's
        (
            "The Interior Ministry has denied that its agents beat protesters and has said the"
            " deaths will be investigated.",
            "en",
            ("announcement", "justice_for_victims"),
        ),
        # the blockade kept until a condition is met is threatened (docs/vocabulary.md, Claims:
        # one claim or two; claims11)
        (
            "Coca growers said they would keep the roads shut until the minister resigns.",
            "en",
            ("threat", "blockade"),
        ),
        # a way barred to others
        (
            "El jefe policial aseguró que no permitirán que los manifestantes tomen el aeropuerto.",
            "es",
            ("threat", "other"),
        ),
        ("«No dejaremos que lleguen al Congreso», dijo el general.", "es", ("threat", "other")),
        (
            "The police have said they will not let the caravan reach the capital.",
            "en",
            ("threat", "other"),
        ),
        (
            "Officers said they won't allow the marchers to enter the old town.",
            "en",
            ("threat", "other"),
        ),
        # a warning that there will be resistance
        (
            "Los dirigentes advirtieron que habrá una resistencia si la policía entra al valle.",
            "es",
            ("threat", "other"),
        ),
        # a prosecutor's warning of charges
        (
            "El fiscal advirtió que denunciará a los dirigentes que bloqueen las vías.",
            "es",
            ("threat", "justice_for_victims"),
        ),
    ],
)
def test_claim_read(resources: Resources, text: str, language: str, want: tuple[str, str]) -> None:
    assert want in _pairs(_claims(resources, text, language))


@pytest.mark.parametrize(
    ("text", "language", "unwanted"),
    [
        # the state's shutdown of the internet is no strike
        ("The government ordered a complete internet shutdown on Friday.", "en", "strike"),
        # a passive future that is not the state's measure, or not said to come
        ("El ministro dijo que la investigación será larga.", "es", "justice_for_victims"),
        ("El ministro dijo que el decreto no será derogado.", "es", "other"),
        ("Los dirigentes dijeron que el decreto será derogado pronto.", "es", "other"),
        # the joined verbs of a speaker who is no state
        (
            "Student leaders have denied that protesters attacked the police and have said that"
            " the killings will be investigated.",
            "en",
            "justice_for_victims",
        ),
        # the police closing a road is no blockade
        (
            "Police said they would keep the road closed to traffic during the summit.",
            "en",
            "blockade",
        ),
        # a vow that bars no one's way
        ("No permitiremos que se repita una masacre, dijo la madre.", "es", "other"),
        ("We will not let this crime go unpunished, the mother said.", "en", "other"),
        # what is barred is not threatened
        ("No permitiremos que el gobierno dé marcha atrás en la reforma.", "es", "march"),
        # a warning of what may come, not of resistance
        ("El alcalde advirtió que habrá más lluvias esta semana.", "es", "other"),
        # those charged for blocking: the blockade is not threatened
        (
            "El fiscal advirtió que denunciará a los dirigentes que bloqueen las vías.",
            "es",
            "blockade",
        ),
        # denouncing the repression charges no one
        ("Los gremios denunciaron la represión en Juliaca.", "es", "justice_for_victims"),
    ],
)
def test_claim_not_read(resources: Resources, text: str, language: str, unwanted: str) -> None:
    assert unwanted not in {c.topic for c in _claims(resources, text, language)}


def test_call_to_the_blockers_kept(resources: Resources) -> None:
    # a justice demand, then a call: the call is no one's charge
    claims = _claims(
        resources, "Exigen que se investigue a quienes dispararon y convocan a una marcha.", "es"
    )
    assert ("call_to_action", "march") in _pairs(claims)
