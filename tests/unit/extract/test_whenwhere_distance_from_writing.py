"""A past event named by how long ago it was ("a diez días de la masacre", "ten days after the
massacre", "a un mes de las muertes") is that long before the day its sentence names, else
before the day the text is written, never before a day the story carried on from an earlier
sentence; the phrase dates no other event, and a march told beside it is what remembers it
(twenty-second session, whenwhere: `dates.names_past_event`, `pipeline.DISTANCE_RULE`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

JAN19 = dt.date(2023, 1, 19)
JAN10_2025 = dt.date(2025, 1, 10)


def _on(found: list[Mention], word: str) -> list[Mention]:
    return [m for m in found if m.trigger.text.lower().startswith(word)]


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        # the story is at last night; the distance counts from the day of the writing
        (
            "Los deudos velaron anoche a sus muertos en la plaza de Armas de Ilave. La velada "
            "se hizo a diez días de la masacre del puente, en la que murieron seis comuneros.",
            "es",
            "masacre",
            dt.date(2023, 1, 9),
        ),
        (
            "Residents marched through Ayaviri yesterday. A month after the massacre in "
            "Andahuaylas, no officer has been charged.",
            "en",
            "massacre",
            dt.date(2022, 12, 19),
        ),
        (
            "Relatives kept watch in the main square of Ilave last night. Ten days after the "
            "massacre at the bridge, in which six farmers died, no officer has been questioned.",
            "en",
            "massacre",
            dt.date(2023, 1, 9),
        ),
        # a day of the sentence's own is what the distance counts from
        (
            "El martes 17, a una semana de la masacre, los familiares marcharon en Ilave.",
            "es",
            "masacre",
            dt.date(2023, 1, 10),
        ),
        (
            "On Tuesday, a week after the massacre, relatives marched through Ilave.",
            "en",
            "massacre",
            dt.date(2023, 1, 10),
        ),
    ],
)
def test_a_past_event_at_a_distance_counts_from_the_writing(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    found = _on(mentions(text, language, JAN19), word)
    assert found, f"no {word!r} extracted"
    assert found[0].date is not None and found[0].date.value == day


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        # near miss: "after" governs a clause, not the noun of a past event: the story's day
        (
            "Soldiers shot dead eight people in Ayacucho on Thursday. The killings came a day "
            "after the government declared a state of emergency.",
            "en",
            "state of emergency",
            dt.date(2023, 1, 18),
        ),
        (
            "Los militares mataron a ocho personas en Ayacucho el jueves. Las muertes llegaron "
            "un día después de que el Gobierno declarara el estado de emergencia.",
            "es",
            "estado de emergencia",
            dt.date(2023, 1, 18),
        ),
    ],
)
def test_a_shift_over_a_clause_still_counts_from_the_story(
    mentions: Callable[..., list[Mention]], text: str, language: str, word: str, day: dt.date
) -> None:
    found = _on(mentions(text, language, JAN19), word)
    assert found, f"no {word!r} extracted"
    assert found[0].date is not None and found[0].date.value == day


@pytest.mark.parametrize(
    ("text", "language", "march", "sit_in"),
    [
        (
            "Ayer, al cumplirse dos años de la masacre, cientos de vecinos marcharon por el "
            "centro de Ilave.\n\nEn Puno, un grupo de deudos realizó un plantón frente a la "
            "Corte Superior.",
            "es",
            "marcharon",
            "realizó un plantón",
        ),
        (
            "Yesterday, two years after the massacre, hundreds of residents marched through "
            "Ilave.\n\nIn Puno, relatives held a sit-in outside the High Court.",
            "en",
            "marched",
            "sit-in",
        ),
    ],
)
def test_the_march_at_a_distance_is_of_its_own_day_and_the_story_stays_there(
    mentions: Callable[..., list[Mention]], text: str, language: str, march: str, sit_in: str
) -> None:
    found = mentions(text, language, JAN10_2025)
    yesterday = dt.date(2025, 1, 9)
    marches = _on(found, march)
    assert marches, f"no {march!r}: {[m.trigger.text for m in found]}"
    assert marches[0].sub_event_type == "Peaceful protest"
    assert marches[0].date is not None and marches[0].date.value == yesterday
    killed = _on(found, "mas")
    assert all(m.date is not None and m.date.value == dt.date(2023, 1, 9) for m in killed)
    sits = _on(found, sit_in)
    assert sits and sits[0].factuality == "asserted"
    assert sits[0].date is not None and sits[0].date.value == yesterday


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La vigilia se hizo a diez días de la masacre del puente, en la que murieron seis "
            "comuneros.",
            "es",
        ),
        (
            "The vigil came ten days after the massacre at the bridge, in which six farmers died.",
            "en",
        ),
    ],
)
def test_the_killing_told_again_in_its_scene_clause_keeps_its_figure(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    killed = _on(mentions(text, language, JAN19), "mas")
    assert killed, "no massacre"
    assert killed[0].killed is not None and killed[0].killed.value == 6
