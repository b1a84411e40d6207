"""The police or the military named only as what an attack befell ("atacó un vehículo
policial", "attacked two officers") are its target: a crowd's riot in a story of protest,
a mob's violence elsewhere; never the attacker of civilians."""

from __future__ import annotations

import pytest


def _coded(mentions, text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            m.sub_event_type,
            m.actor1.name if m.actor1 else None,
            m.actor2.name if m.actor2 else None,
        )
        for m in mentions(text, lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Esa noche, varios hombres atacaron un vehículo policial en la salida de Ayaviri.", "es"),
        ("Un grupo de personas atacó a dos policías que custodiaban el puente.", "es"),
        ("A group of men attacked a police vehicle on the road to Ilave.", "en"),
        ("Later that night a crowd attacked two soldiers guarding the bridge.", "en"),
    ],
)
def test_the_forces_attacked_are_the_target(mentions, text, lang):
    coded = _coded(mentions, text, lang)
    assert coded, text
    sub, actor1, actor2 = coded[0]
    assert sub in ("Mob violence", "Violent demonstration"), coded
    assert actor2 is not None and ("Police" in actor2 or "Military" in actor2), coded
    assert actor1 is not None and "Police" not in actor1 and "Military" not in actor1, coded


@pytest.mark.parametrize(
    ("text", "lang", "agent"),
    [
        # the forces as the agent, before the verb or after "by"/"por"
        (
            "La policía atacó a los manifestantes con perdigones en la plaza de Ayaviri.",
            "es",
            "Police",
        ),
        ("Soldiers attacked the marchers on the bridge near Ilave.", "en", "Military"),
        # gunfire on the forces by armed men stays their fight
        ("Gunmen attacked a police station in Putumayo, killing two officers.", "en", None),
    ],
)
def test_the_forces_as_agents_keep_their_coding(mentions, text, lang, agent):
    coded = _coded(mentions, text, lang)
    assert coded, text
    sub, actor1, _ = coded[0]
    if agent is None:
        assert sub not in ("Mob violence", "Violent demonstration"), coded
    else:
        assert actor1 is not None and agent in actor1, coded
