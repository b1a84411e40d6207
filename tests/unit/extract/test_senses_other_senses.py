"""Words of protest in their other senses (seventeenth session, extract-senses).

Dance troupes take the streets and parade at a festival, a procession carries a saint, a
mudslide blocks a road and a road crew clears it, a dancer executes a dance: none of these is
a protest, a blockade, an intervention or an attack. A sentence with an ``other_sense`` cue
codes only unmistakable violence unless it names demonstrators; a ``polysemous`` trigger fires
only with a protest or repression reading in its sentence or its document
(``extract/senses.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

FEB12 = dt.date(2025, 2, 12)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Cientos de comparsas tomaron las calles de Oruro durante el carnaval.", "es"),
        ("Más de cuarenta agrupaciones desfilaron ayer por la avenida principal de Tarma.", "es"),
        ("La procesión del Señor de los Milagros recorrió el centro de Lima el sábado.", "es"),
        ("Un derrumbe bloqueó durante cuatro horas la carretera a Huancavelica.", "es"),
        ("El deslizamiento de tierra cerró el paso en el kilómetro 40 de la vía.", "es"),
        ("Una cuadrilla de la municipalidad despejó la vía con maquinaria pesada.", "es"),
        ("La banda ganadora ejecutó una marinera impecable ante el jurado.", "es"),
        ("Los estudiantes ejecutaron su coreografía en el coliseo.", "es"),
        ("A mudslide blocked the highway between the two towns for most of Sunday.", "en"),
        ("Heavy snowfall blocked the mountain pass on Tuesday.", "en"),
        ("A fallen tree blocked the road near the school until noon.", "en"),
        ("Road crews with heavy machinery cleared the road by midday.", "en"),
        ("Costumed dancers paraded through the old town during the festival.", "en"),
        ("The band executed a flawless routine before the judges.", "en"),
        ("A religious procession wound through the old quarter on Good Friday.", "en"),
    ],
)
def test_words_of_protest_in_other_senses_code_no_event(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, FEB12)
    assert [(m.sub_event_type, m.trigger.text) for m in found] == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # demonstrators, forces, a demand or a protest word give the protest reading
        (
            "Los gremios tomaron las calles de Arequipa para exigir la renuncia del ministro.",
            "es",
            "Peaceful protest",
        ),
        (
            "Los manifestantes desfilaron frente al Congreso con sus banderas.",
            "es",
            "Peaceful protest",
        ),
        (
            "Pese al huaico, los comuneros mantienen el bloqueo de la carretera.",
            "es",
            "Peaceful protest",
        ),
        (
            "La Policía despejó la vía que los manifestantes habían bloqueado con piedras.",
            "es",
            "Protest with intervention",
        ),
        ("Los militares ejecutaron a dos dirigentes comunales.", "es", "Attack"),
        (
            "Police cleared the road that protesters had blocked with rocks.",
            "en",
            "Protest with intervention",
        ),
        (
            "Striking teachers paraded through the city centre to demand a pay rise.",
            "en",
            "Peaceful protest",
        ),
        (
            "Protesters blocked the highway between the two towns on Sunday.",
            "en",
            "Peaceful protest",
        ),
    ],
)
def test_the_same_words_with_a_protest_reading_still_code(
    mentions: Callable[..., list[Mention]], text: str, language: str, expected: str
) -> None:
    found = mentions(text, language, FEB12)
    assert expected in [m.sub_event_type for m in found]


def test_a_procession_in_a_story_of_protest_is_a_march(
    mentions: Callable[..., list[Mention]],
) -> None:
    text = (
        "Los familiares de las víctimas protestaron frente a la Fiscalía el lunes. Al día"
        " siguiente, una procesión recorrió las calles de Juliaca."
    )
    found = mentions(text, "es", FEB12)
    assert "procesión" in [m.trigger.text for m in found]


def test_a_festival_page_yields_no_event(mentions: Callable[..., list[Mention]]) -> None:
    text = (
        "Más de cien conjuntos tomaron las calles de la ciudad en la fiesta de la Virgen. Las"
        " agrupaciones desfilaron durante doce horas ante miles de visitantes. Un huaico bloqueó"
        " la carretera de acceso y una cuadrilla despejó la vía al mediodía."
    )
    assert mentions(text, "es", FEB12) == []
