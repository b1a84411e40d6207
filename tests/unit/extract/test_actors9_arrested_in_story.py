"""Twenty-sixth session (actors9): whom an arrest took, when the story named him earlier.

An arrest told by a pronoun, a determiner or a bare passive ("He is arrested on his way to the
embassy", "Horas después, fue detenido", "Lasso defendió la detención") took the office-holder
a removal from office took before it ("Congress removed President Pedro Castillo"), and an
arrest whose sentence names a person by his surname ("Detienen a Leonidas Iza") took whom the
story's other arrest of that person took. The sentences are built from varied names, titles,
cue forms and orders; near misses (several people arrested, nobody named in the story) keep
their sentence's reading.
"""

import datetime as dt
import itertools

import pytest

GOV = "Government of Peru"
NAMES = ("Pedro Castillo", "Martín Vizcarra", "Manuel Merino")

REMOVED_EN = (
    "Congress removed President {name} on Monday.",
    "Lawmakers removed President {name} from office on Monday.",
)
ARREST_EN = (
    "He is arrested on his way to the Mexican embassy.",
    "Hours later he was arrested on his way to the embassy.",
    "Police arrested him on his way to the embassy.",
)
REMOVED_ES = (
    "El Congreso vacó al presidente {name} el lunes.",
    "El Congreso destituyó al presidente {name} el lunes.",
)
ARREST_ES = (
    "Horas después, fue detenido por su escolta en el centro de Lima.",
    "Horas después la policía lo detuvo en el centro de Lima.",
)


def _arrests(found):
    return [m for m in found if m.sub_event_type == "Arrests"]


@pytest.mark.parametrize(
    ("language", "removed", "arrest", "name"),
    [
        ("en", r, a, n)
        for (r, a), n in zip(itertools.product(REMOVED_EN, ARREST_EN), itertools.cycle(NAMES))
    ]
    + [
        ("es", r, a, n)
        for (r, a), n in zip(itertools.product(REMOVED_ES, ARREST_ES), itertools.cycle(NAMES))
    ],
)
def test_the_removed_office_holder_is_whom_the_pronoun_arrest_took(
    mentions, language, removed, arrest, name
):
    text = "LIMA — " + removed.format(name=name) + " " + arrest
    arrests = _arrests(mentions(text, language, dt.date(2022, 12, 8)))
    assert arrests, text
    assert all(m.actor2 is not None and m.actor2.name == GOV for m in arrests), text


LEADERS_ES = (
    (
        "Leonidas Iza",
        "El dirigente {name} fue detenido por la policía cuando se encontraba en uno de los "
        "puntos de bloqueo del paro nacional.",
    ),
    (
        "Jaime Vargas",
        "El dirigente indígena {name} fue detenido por agentes en Quito durante la marcha "
        "contra el alza de los combustibles.",
    ),
)
LATER_ES = ("Detienen a {name}", "La policía detuvo a {name} de madrugada")


@pytest.mark.parametrize(
    ("name", "told", "later", "headline_first"),
    [
        (n, t, later, first)
        for (n, t), later, first in itertools.product(LEADERS_ES, LATER_ES, (True, False))
    ],
)
def test_an_arrest_naming_the_surname_took_whom_the_other_arrest_took(
    mentions, name, told, later, headline_first
):
    parts = [later.format(name=name) + ".", told.format(name=name)]
    if not headline_first:
        parts.reverse()
    text = "\n\n".join(parts)
    arrests = _arrests(mentions(text, "es", dt.date(2022, 6, 15)))
    assert len(arrests) == 2, text
    sides = {m.actor2.name if m.actor2 else None for m in arrests}
    assert None not in sides and len(sides) == 1, (text, sides)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # nobody the story named was taken: no guess
        ("en", "LIMA — Protests spread across the south on Monday. He was arrested hours later."),
        ("es", "LIMA — Las protestas crecieron el lunes. Horas después, fue detenido en Lima."),
    ],
)
def test_no_one_named_no_guess(mentions, language, text):
    arrests = _arrests(mentions(text, language, dt.date(2022, 12, 8)))
    assert all(m.actor2 is None or m.actor2.name != GOV for m in arrests)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "LIMA — Congress removed President Pedro Castillo on Monday. "
            "Police arrested 40 protesters outside Congress.",
        ),
        (
            "es",
            "LIMA — El Congreso vacó al presidente Pedro Castillo el lunes. "
            "La policía detuvo a 40 manifestantes frente al Congreso.",
        ),
    ],
)
def test_several_taken_keep_their_sentence(mentions, language, text):
    arrests = _arrests(mentions(text, language, dt.date(2022, 12, 8)))
    assert arrests and all(m.actor2 is not None and m.actor2.name != GOV for m in arrests)
