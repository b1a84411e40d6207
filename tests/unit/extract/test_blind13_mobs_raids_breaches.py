"""Nineteenth session (extract-blind13): one officer killed by a mob or a crowd is mob violence
in every mention that names the mob; the forces who break into a place intervene (no riot); an
arrest made in a raid on a home or an office is an arrest; the narrative present "burns down"
of a timeline names the fire."""

from __future__ import annotations

import pytest


def _coded(mentions, text, language):
    return [(m.event_type, m.sub_event_type) for m in mentions(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un sargento de la Policía fue interceptado por una turba y quemado dentro de su camioneta.",
            "es",
        ),
        ("Horas después murió un cabo de la Policía, atacado por una turba.", "es"),
        ("A police sergeant was killed late on Tuesday when a crowd set fire to his van.", "en"),
        ("A police sergeant died after a mob set fire to his van.", "en"),
    ],
)
def test_one_officer_killed_by_a_mob_is_mob_violence(mentions, text, language):
    events = mentions(text, language)
    assert ("Riots", "Mob violence") in [(m.event_type, m.sub_event_type) for m in events]
    mob = next(m for m in events if m.sub_event_type == "Mob violence")
    assert mob.actor1 is not None and mob.actor1.inter == 5
    assert mob.actor2 is not None and mob.actor2.inter == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: the officer fires on the crowd, the mob burns property, an officer wounded
        ("A police officer fired into the crowd, killing a teenager.", "en"),
        ("Police fired on a crowd, killing two people.", "en"),
        ("Un policía disparó contra la multitud y mató a un joven.", "es"),
        ("Una turba atacó la comisaría y quemó dos patrulleros.", "es"),
        ("Un agente resultó herido por una pedrada de la turba.", "es"),
    ],
)
def test_no_mob_killing_without_an_officer_killed_by_it(mentions, text, language):
    assert ("Riots", "Mob violence") not in _coded(mentions, text, language)


def test_forces_breaking_in_intervene(mentions):
    text = "Police used a water cannon truck to break into the university campus and detained 80 students."
    events = mentions(text, "en")
    assert events and all(m.event_type != "Riots" for m in events)
    assert events[0].actor1 is not None and events[0].actor1.inter == 1


@pytest.mark.parametrize(
    "text",
    [
        "Protesters broke into the police station and set it on fire.",
        "A crowd broke into the police station and freed two detainees.",
    ],
)
def test_crowds_breaking_in_stay_rioters(mentions, text):
    assert ("Riots", "Violent demonstration") in _coded(mentions, text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The opposition leader was arrested in a raid on his home before dawn.", "en"),
        (
            "Masked officers raided the offices of two opposition parties and detained the party chairman.",
            "en",
        ),
        ("El dirigente fue detenido durante el allanamiento de su vivienda en Juliaca.", "es"),
    ],
)
def test_arrest_in_a_raid_on_a_home_is_an_arrest(mentions, text, language):
    assert _coded(mentions, text, language) == [("Strategic developments", "Arrests")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: a raid on a camp or an occupied place is the forces' intervention
        ("Police raided the protest camp at dawn and detained 40 people.", "en"),
        ("Police raided the occupied campus and detained 150 students.", "en"),
        ("La policía allanó el local tomado por los estudiantes y detuvo a 40 personas.", "es"),
    ],
)
def test_raid_on_an_occupation_stays_an_intervention(mentions, text, language):
    assert _coded(mentions, text, language) == [("Protests", "Protest with intervention")]


def test_narrative_present_burns_down(mentions):
    text = "Jan 19 - An old mansion near the main square burns down during the night."
    assert [m.trigger.text for m in mentions(text, "en")] == ["burns down"]


def test_threat_to_burn_down_is_no_fact(mentions):
    text = "Protesters threaten to burn down the town hall if the mayor does not resign."
    assert all(m.factuality != "asserted" for m in mentions(text, "en"))


@pytest.mark.parametrize(
    ("text", "language", "force"),
    [
        (
            "The teacher died in police custody at the central police station on Sunday.",
            "en",
            "COP",
        ),
        ("Protests erupted after a blogger died in police custody.", "en", "COP"),
        ("A soldier said the conscript died in military custody.", "en", "MIL"),
        ("The blogger died in custody on Sunday.", "en", "COP"),
        ("Un joven murió bajo custodia policial en la comisaría de Juliaca.", "es", "COP"),
        ("Los manifestantes denuncian que un detenido murió en la carceleta.", "es", "COP"),
    ],
)
def test_death_in_custody_is_an_attack_by_the_forces(mentions, text, language, force):
    events = [m for m in mentions(text, language) if m.event_type == "Violence against civilians"]
    assert [m.sub_event_type for m in events] == ["Attack"]
    assert events[0].actor1 is not None and events[0].actor1.sector == force
    assert events[0].actor2 is not None and events[0].actor2.inter == 7


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: shot at a demonstration, held in custody without a death
        ("Police shot dead two protesters, and a third died in hospital.", "en"),
        ("The two leaders remain in police custody.", "en"),
        ("Los detenidos siguen bajo custodia policial en la comisaría.", "es"),
    ],
)
def test_no_custody_attack_without_a_death_in_custody(mentions, text, language):
    assert "Attack" not in [m.sub_event_type for m in mentions(text, language)]
