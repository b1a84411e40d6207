"""Sports stories (``extract/sport.py``): the game's words are no events, but a strike of the
whole country, a protest named as the cause of what befell the game, an agreement the
government signed, and a sentence naming demonstrators and no sport word still are."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gabriel Barbosa scored twice as Flamengo beat River Plate 2-1 in the Copa Libertadores "
            "final on Saturday, a blockbuster clash moved to Lima.\n\n"
            "Then Flamengo launched a late assault.\n\n"
            "He ran on to a long ball to strike the winner past the goalkeeper.",
            "en",
        ),
        (
            "Sporting Cristal scored the only goal in stoppage time to beat Alianza in a tense "
            "football derby.\n\nThe visitors mounted a fierce attack in the second half.",
            "en",
        ),
        (
            "El fútbol volvió a Arequipa. Melgar goleó 4-0 a Binacional en el estadio de la UNSA.\n\n"
            "El cuadro rojinegro planteó un bloqueo férreo en su área.\n\n"
            "El próximo domingo, Melgar visitará a Cienciano en un choque de alto voltaje.",
            "es",
        ),
        (
            "Horas antes del pitazo inicial, la hinchada tomó las calles del centro con bombos.\n\n"
            "El segundo tiempo fue una batalla en el mediocampo, y el travesaño salvó al arquero.",
            "es",
        ),
    ],
)
def test_sports_story_game_words_are_no_events(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "mode"),
    [
        (
            "El fútbol volvió a Quito. Liga goleó 3-0 a El Nacional en el estadio, en el primer "
            "partido desde que la LigaPro suspendió su calendario por el paro nacional convocado "
            "por la Conaie.\n\nLos hinchas celebraron hasta la noche.",
            "es",
            "strike",
        ),
        (
            "El torneo se reanudó con goles en Cusco.\n\n"
            "El plantel de Garcilaso no pudo viajar el martes a Juliaca por los bloqueos en la "
            "carretera, y su partido fue reprogramado.",
            "es",
            "blockade",
        ),
        (
            "Colo-Colo scored twice in stoppage time to beat Universidad in the league on Sunday.\n\n"
            "After the general strike of Nov. 12, the players said they would not return to the "
            "pitch.",
            "en",
            "strike",
        ),
        (
            "The football season resumed on Sunday after a month.\n\n"
            "The club's bus was held up on Tuesday because of the blockades on the highway to "
            "Puno, and the fixture was postponed.",
            "en",
            "blockade",
        ),
    ],
)
def test_sport_sentence_keeps_the_countrys_protest(mentions, text, language, mode):
    """A strike of the whole country or a protest that befell the game is no game's word."""
    found = [(m.sub_event_type, m.mode) for m in mentions(text, language)]
    assert ("Peaceful protest", mode) in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Universitario scored twice to win the derby in the league on Saturday.\n\n"
            "The fans left the stadium singing.\n\n"
            "On Saturday afternoon, police in Santiago fired tear gas to disperse hundreds of "
            "protesters in Plaza Italia.",
            "en",
        ),
        (
            "El clásico terminó con goles de Melgar en el estadio.\n\n"
            "Los hinchas celebraron en la plaza.\n\n"
            "En Juliaca, la Policía dispersó con gases lacrimógenos a los manifestantes el sábado.",
            "es",
        ),
    ],
)
def test_sports_story_sentence_naming_demonstrators_keeps_its_event(mentions, text, language):
    subs = [m.sub_event_type for m in mentions(text, language)]
    assert "Protest with intervention" in subs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El campeonato se reanudó con goles.\n\n"
            "El acuerdo firmado el jueves entre el Gobierno y las organizaciones indígenas permitió "
            "reanudar el campeonato.",
            "es",
        ),
        (
            "El acta suscrita por el Gobierno y los dirigentes del paro el lunes puso fin a las "
            "protestas en Puno.",
            "es",
        ),
    ],
)
def test_agreement_signed_with_the_government_is_an_agreement(mentions, text, language):
    subs = [m.sub_event_type for m in mentions(text, language)]
    assert "Agreement" in subs


@pytest.mark.parametrize(
    "text",
    [
        "La Fiscalía Provincial Penal de San Román investiga la muerte de 17 manifestantes "
        "baleados por la Policía el lunes en Juliaca.",
        "El proceso penal contra los policías que dispararon contra los manifestantes en Puno "
        "sigue abierto.",
    ],
)
def test_penal_is_criminal_law_not_a_penalty_kick(mentions, text):
    assert "Excessive force against protesters" in [m.sub_event_type for m in mentions(text, "es")]


def test_a_penalty_kick_is_sport(mentions):
    text = (
        "Melgar ganó el clásico con un tiro penal en el estadio.\n\n"
        "En el segundo tiempo, Cienciano planteó un bloqueo férreo en su área."
    )
    assert mentions(text, "es") == []
