"""A pellet or a tear gas canister that struck someone's body (actors7) is force used on them
(Excessive force against protesters), not the crowd control the weapon alone names; the weapon
fired at a crowd, and people "hurt by rubber pellets", stay the intervention."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("During the march in Lima, a student was hit by a pellet near the Congress.", "en"),
        ("At the rally in Cusco, a teacher was struck by a tear gas canister.", "en"),
        ("Durante la marcha en Lima, una joven fue alcanzada por un perdigón en la avenida.", "es"),
        ("En la protesta de Arequipa, un estudiante recibió perdigones en ambos ojos.", "es"),
    ],
)
def test_a_projectile_that_struck_someone(mentions, text: str, language: str) -> None:
    found = mentions(text, language)
    assert found
    assert found[0].sub_event_type == "Excessive force against protesters"
    assert found[0].actor1 is not None and found[0].actor1.name == "Police Forces of Peru"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police fired pellets at marchers in Lima on Monday.", "en"),
        ("Three people were hurt by rubber pellets during the march in Lima.", "en"),
        ("La policía dispersó a los manifestantes con perdigones y gases en Lima.", "es"),
    ],
)
def test_the_weapon_alone_stays_the_intervention(mentions, text: str, language: str) -> None:
    found = mentions(text, language)
    assert found
    assert found[0].sub_event_type == "Protest with intervention"
