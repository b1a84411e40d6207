"""Eighteenth session (extract-blind12): a civilian nobody names by more than a trade or an age
who fires on people attacks them, also when the firing verb ends a chain of coordinated clauses
("un hombre de 77 años se bajó de su vehículo, discutió con los manifestantes y les disparó");
the verb agrees with its subject in number, and police or soldiers named in the chain or a
clause of their own ("cuando los agentes dispararon") keep the shooting theirs."""

from __future__ import annotations

import pytest


def _subs(mentions, text, language):
    return [m.sub_event_type for m in mentions(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Según la Fiscalía, un hombre de 77 años se bajó de su camioneta, discutió con los "
            "manifestantes que bloqueaban la vía y les disparó con una pistola.",
            "es",
        ),
        (
            "Un comerciante de la zona, molesto por el bloqueo, salió de su tienda y disparó "
            "contra los huelguistas.",
            "es",
        ),
        ("Dos sujetos llegaron en una moto, insultaron a los dirigentes y les dispararon.", "es"),
        ("A shopkeeper opened fire on the protesters outside his store.", "en"),
        ("A local man opened fire on the protesters at the roadblock.", "en"),
    ],
)
def test_civilians_who_fire_attack(mentions, text, language):
    assert _subs(mentions, text, language) == ["Attack"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: the forces fire, in a clause of their own or named after the subject
        ("Un hombre marchaba con los manifestantes cuando los agentes dispararon.", "es"),
        (
            "Un vecino se acercó a la barricada y los policías dispararon contra los "
            "manifestantes.",
            "es",
        ),
        # the number does not agree: the one man is not who fired
        ("Un hombre se acercó a los manifestantes y les dispararon desde un techo.", "es"),
    ],
)
def test_forces_or_others_keep_their_shooting(mentions, text, language):
    assert _subs(mentions, text, language) == ["Excessive force against protesters"]
