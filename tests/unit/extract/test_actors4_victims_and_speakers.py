"""Whom an event befell and who only tells it (extract-actors4).

The press and passers-by the forces hurt at a demonstration are civilians, not protesters; a
mob's victim nobody names is a civilian, demonstrators beaten by it are protesters; the source
a sentence cites is no victim, arrester or looter; a riot told as a clash fought the forces;
a riot called for or announced is the protesters' plan; looters nobody names are rioters.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veeduria.models import Mention

Mentions = Callable[..., list[Mention]]


def _one(mentions: Mentions, text: str, language: str, sub_event_type: str) -> Mention:
    found = [m for m in mentions(text, language) if m.sub_event_type == sub_event_type]
    assert found, [(m.sub_event_type, m.trigger.text) for m in mentions(text, language)]
    return found[0]


def _name(actor: object) -> str | None:
    return getattr(actor, "name", None)


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type"),
    [
        (
            "Two reporters were beaten by police near the cathedral during the march.",
            "en",
            "Excessive force against protesters",
        ),
        (
            "A bystander was killed by a stray police bullet during the protest in Lima.",
            "en",
            "Excessive force against protesters",
        ),
        (
            "Police fired tear gas at the march in Lima, wounding a photographer.",
            "en",
            "Protest with intervention",
        ),
        (
            "Un reportero gráfico resultó herido por un perdigón policial durante la marcha en "
            "Lima.",
            "es",
            "Excessive force against protesters",
        ),
        (
            "Un transeúnte murió alcanzado por una bala durante la represión de la marcha en "
            "Juliaca.",
            "es",
            "Excessive force against protesters",
        ),
    ],
)
def test_press_and_passers_by_hurt_are_civilians(
    mentions: Mentions, text: str, language: str, sub_event_type: str
) -> None:
    assert _name(_one(mentions, text, language, sub_event_type).actor2) == "Civilians (Peru)"


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type"),
    [
        # journalists who tell it, or one counted among others, are no victim
        (
            "Journalists said police fired tear gas at the marchers in Lima.",
            "en",
            "Protest with intervention",
        ),
        (
            "Police fired pellets at the marchers in Lima, a reporter for a local radio said.",
            "en",
            "Protest with intervention",
        ),
        (
            "Los periodistas informaron que la policía dispersó a los manifestantes en Lima.",
            "es",
            "Protest with intervention",
        ),
        # a journalist hurt where the force struck the demonstration is one victim among them
        (
            "Police fired tear gas at the protesters in Lima, wounding a photographer.",
            "en",
            "Protest with intervention",
        ),
        (
            "Represión en la marcha de jubilados en Lima: un fotógrafo herido y 90 detenidos.",
            "es",
            "Protest with intervention",
        ),
    ],
)
def test_press_that_tells_is_no_victim(
    mentions: Mentions, text: str, language: str, sub_event_type: str
) -> None:
    assert _name(_one(mentions, text, language, sub_event_type).actor2) == "Protesters (Peru)"


@pytest.mark.parametrize(
    ("text", "language", "actor2"),
    [
        # the source that tells it is no victim: the victim nobody names is a civilian
        (
            "The suspect was beaten to death by a mob in Juliaca, prosecutors said.",
            "en",
            "Civilians (Peru)",
        ),
        (
            "El sospechoso fue linchado por una turba en Juliaca, según la Fiscalía.",
            "es",
            "Civilians (Peru)",
        ),
        # the victim named stays
        ("Residents of Ilave lynched a police officer on Sunday.", "en", "Police Forces of Peru"),
        # those it beat were demonstrating
        (
            "A mob beat pensioners who were protesting outside the social security building in "
            "Managua.",
            "en",
            "Protesters (Nicaragua)",
        ),
        (
            "Una turba golpeó a los maestros que marchaban por el centro de Managua.",
            "es",
            "Protesters (Nicaragua)",
        ),
    ],
)
def test_mob_victim(mentions: Mentions, text: str, language: str, actor2: str) -> None:
    assert _name(_one(mentions, text, language, "Mob violence").actor2) == actor2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Tuesday night the protests in Arequipa ended in clashes and looting.", "en"),
        ("La protesta en Arequipa terminó en enfrentamientos y saqueos.", "es"),
    ],
)
def test_riot_told_as_clash_fought_the_forces(mentions: Mentions, text: str, language: str) -> None:
    riot = _one(mentions, text, language, "Violent demonstration")
    assert _name(riot.actor2) == "Police Forces of Peru"


def test_riot_without_clash_or_dead_names_no_force(mentions: Mentions) -> None:
    text = "Protesters set fire to the courthouse in Huamanga on Thursday."
    assert _one(mentions, text, "en", "Violent demonstration").actor2 is None


@pytest.mark.parametrize(
    ("text", "language", "actor1"),
    [
        # asked for or announced: no rioters yet
        (
            "The leaders urged their supporters to storm the airport in Juliaca.",
            "en",
            "Protesters (Peru)",
        ),
        (
            "Los dirigentes llamaron a tomar el aeropuerto de Juliaca el lunes.",
            "es",
            "Protesters (Peru)",
        ),
        # done: the rioters
        ("Los manifestantes tomaron el aeropuerto de Juliaca el lunes.", "es", "Rioters (Peru)"),
    ],
)
def test_riot_planned_is_the_protesters(
    mentions: Mentions, text: str, language: str, actor1: str
) -> None:
    assert _name(_one(mentions, text, language, "Violent demonstration").actor1) == actor1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three shops were looted in central Juliaca overnight, prosecutors said.", "en"),
        (
            "Tres tiendas fueron saqueadas en el centro de Juliaca durante la noche, según la "
            "Fiscalía.",
            "es",
        ),
    ],
)
def test_looters_nobody_names_are_rioters(mentions: Mentions, text: str, language: str) -> None:
    looting = _one(mentions, text, language, "Looting/property destruction")
    assert _name(looting.actor1) == "Rioters (Peru)"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Prosecutors said three banks were looted in Juliaca on Monday night.", "en"),
        ("Según la Fiscalía, tres tiendas fueron saqueadas en el centro de Juliaca.", "es"),
    ],
)
def test_damage_a_prosecutor_tells_is_no_intervention(
    mentions: Mentions, text: str, language: str
) -> None:
    kinds = {m.sub_event_type for m in mentions(text, language)}
    assert "Protest with intervention" not in kinds


def test_police_damage_is_their_intervention(mentions: Mentions) -> None:
    text = "Police smashed the gates of the university in Lima."
    assert _one(mentions, text, "en", "Protest with intervention").actor1 is not None


@pytest.mark.parametrize(
    ("text", "language", "actor1"),
    [
        # the prosecutor who tells of the arrests does not make them
        (
            "La Fiscalía informó que no hay detenidos por las muertes en Juliaca.",
            "es",
            "Police Forces of Peru",
        ),
        # the judge who orders one does
        (
            "A judge ordered the arrest of the former governor of Puno on Monday.",
            "en",
            "Judiciary of Peru",
        ),
    ],
)
def test_arrester(mentions: Mentions, text: str, language: str, actor1: str) -> None:
    assert _name(_one(mentions, text, language, "Arrests").actor1) == actor1


@pytest.mark.parametrize(
    ("text", "language", "actor2"),
    [
        # rioters arrested were met by the forces
        (
            "Disturbios frente a la Legislatura de Buenos Aires: 40 detenidos y tres autos "
            "incendiados.",
            "es",
            "Police Forces of Argentina",
        ),
        (
            "Rioters set fire to two cars outside the legislature in Buenos Aires and 40 people "
            "were arrested.",
            "en",
            "Police Forces of Argentina",
        ),
        # no arrest, no dead, no clash: no force is named or implied
        (
            "Un grupo de manifestantes incendió dos autos frente a la Legislatura de Buenos Aires.",
            "es",
            None,
        ),
    ],
)
def test_riot_with_arrests_met_the_forces(
    mentions: Mentions, text: str, language: str, actor2: str | None
) -> None:
    riot = _one(mentions, text, language, "Violent demonstration")
    assert _name(riot.actor2) == actor2


@pytest.mark.parametrize(
    ("text", "language", "actor2"),
    [
        # the forces the riot killed fought it, not the troops named nearer its word
        (
            "La ciudad amaneció bajo custodia militar tras los enfrentamientos del jueves en "
            "Llallagua, en los que murieron tres policías.",
            "es",
            "Police Forces of Peru",
        ),
        (
            "Troops patrolled the town after Thursday's clashes in Llallagua, in which three "
            "police officers were killed.",
            "en",
            "Police Forces of Peru",
        ),
        # with no force hurt, the one named nearest the riot's word
        (
            "Los militares custodiaban el aeropuerto de Huamanga y los manifestantes se "
            "enfrentaron a ellos durante horas.",
            "es",
            "Military Forces of Peru",
        ),
    ],
)
def test_riot_fought_the_forces_it_hurt(
    mentions: Mentions, text: str, language: str, actor2: str
) -> None:
    riot = _one(mentions, text, language, "Violent demonstration")
    assert _name(riot.actor2) == actor2
