"""A day a shift gave is a day the text named (twenty-sixth session, dates15): "On July 15, ...
The next day, a student was shot dead by police ... Five more people were killed that day"
puts the five deaths on the 16th, the day the story moved to, not on the 15th written out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

PUBLISHED = dt.date(2024, 7, 22)
FIRST = {
    "en": "On July 15, activists of the ruling party's student wing attacked protesters at Dhaka "
    "University with sticks and iron rods, leaving more than 100 injured.",
    "es": "El 15 de julio, activistas del ala estudiantil del partido de gobierno atacaron con "
    "palos y barras de hierro a los manifestantes en la Universidad de Dhaka y dejaron más de 100 "
    "heridos.",
}
SHIFTS = {
    "en": [("The next day", dt.date(2024, 7, 16)), ("Two days later", dt.date(2024, 7, 17))],
    "es": [("Al día siguiente", dt.date(2024, 7, 16)), ("Dos días después", dt.date(2024, 7, 17))],
}
SECOND = {
    "en": "{shift}, Abu Sayed, a student, was shot dead by police in the northern city of Rangpur "
    "as he stood before them with his arms outstretched. Video of his death spread across the "
    "country within hours.",
    "es": "{shift}, Abu Sayed, un estudiante, murió baleado por la policía en la ciudad de Rangpur "
    "cuando estaba frente a ellos con los brazos abiertos. El video de su muerte circuló por todo "
    "el país en pocas horas.",
}
THAT_DAY = {
    "en": (
        "At least five more people were killed that day in Chittagong, according to hospital "
        "officials.",
        "killed",
    ),
    "es": (
        "Al menos otras cinco personas murieron ese día en Chittagong, según fuentes del hospital.",
        "murieron",
    ),
}


@pytest.mark.parametrize(
    ("lang", "shift", "day"),
    [(lang, s, d) for lang in ("en", "es") for s, d in SHIFTS[lang]],
)
def test_that_day_is_the_day_a_shift_gave(
    mentions: Callable[..., list[Mention]], lang: str, shift: str, day: dt.date
) -> None:
    later, word = THAT_DAY[lang]
    text = f"{FIRST[lang]} {SECOND[lang].format(shift=shift)} {later}"
    found = [m for m in mentions(text, lang, PUBLISHED) if word in m.trigger.text]
    assert found, text
    assert found[-1].date is not None and found[-1].date.value == day
