"""A court's remand and a state of being held are no new arrest (twenty-fifth session, blind20).

"A judge ordered the former governor held in pre-trial detention for nine months": the person was
arrested before; the court orders him kept, the sentence tells no arrest. Spanish "prisión
preventiva" was already a weak word (an arrest only with a figure of the held); English
"pretrial detention" is now one too. The subjunctive of a condition ("no dialogará mientras su
dirigente siga detenido") is a state of being held as "sigue detenido" is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention


def _arrests(found: list[Mention]) -> list[int | None]:
    return [
        m.detained.value if m.detained is not None else None
        for m in found
        if m.mode == "arrest" or m.sub_event_type == "Arrests"
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A court ordered the former mayor held in pre-trial detention for nine months while "
            "prosecutors investigate the bribery case.",
            "en",
        ),
        ("A judge ordered six months of pretrial detention for the regional governor.", "en"),
        (
            "The council removed the mayor of Juliaca on Monday, who is in pre-trial detention in "
            "Puno.",
            "en",
        ),
        (
            "The union said it would not return to the table while its secretary general remains "
            "in pre-trial detention.",
            "en",
        ),
        (
            "El frente anunció que no dialogará con el Gobierno mientras su presidente siga "
            "detenido.",
            "es",
        ),
        (
            "Los comuneros mantendrán el bloqueo mientras permanezcan detenidos sus dirigentes, "
            "dijo el vocero.",
            "es",
        ),
    ],
)
def test_blind20_remand_or_held_is_no_arrest(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    assert _arrests(mentions(text, language, dt.date(2023, 1, 10))) == []


@pytest.mark.parametrize(
    ("text", "language", "held"),
    [
        # near misses: the arrest told keeps its event and count beside the remand
        (
            "Police arrested 20 protesters in Cusco on Monday; a judge later ordered them held in "
            "pretrial detention.",
            "en",
            20,
        ),
        ("Police detained the union leader in Cusco on Monday.", "en", 1),
        # a figure of the held on remand is the arrests' count, as "remain in custody" is
        ("At least 30 protesters remain in pre-trial detention, their lawyers said.", "en", 30),
        ("Detienen a un dirigente en Latacunga; su organización exige su liberación.", "es", 1),
    ],
)
def test_blind20_arrest_told_keeps_its_count(
    mentions: Callable[..., list[Mention]], text: str, language: str, held: int
) -> None:
    assert _arrests(mentions(text, language, dt.date(2023, 1, 10))) == [held]
