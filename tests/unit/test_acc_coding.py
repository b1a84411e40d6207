"""Sub-event coding of the riot / excessive-force torn case (issue #3), after docs/vocabulary.md:
demonstrators who are violent make a Violent demonstration, whoever dies."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract, load_resources
from veeduria.models import Document


@pytest.fixture(scope="module")
def resources():
    return load_resources(["es", "en"])


def _subtypes(resources, text: str, language: str) -> list[str]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 3, 2))
    return [m.sub_event_type for m in extract(doc, resources).events]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Protesters set fire to the town hall in Ilave after one man was shot dead by police, officials said.",
        ),
        (
            "es",
            "Los manifestantes incendiaron la municipalidad de Ilave tras la muerte de un comunero por disparos de la Policía.",
        ),
    ],
)
def test_acc_arson_with_shooting_is_violent_demonstration(resources, language, text):
    # issue #3: damage done by the demonstrators makes the riot, whoever shot
    assert _subtypes(resources, text, language)[0] == "Violent demonstration"


@pytest.mark.parametrize(
    ("language", "text", "second"),
    [
        (
            "en",
            "Hundreds of protesters marched to the bridge in Ilave on Tuesday and clashed with police. "
            "Twenty people were injured, several of them by gunshots.",
            "Violent demonstration",
        ),
        (
            "es",
            "Cientos de manifestantes marcharon al puente de Ilave el martes y se enfrentaron con la Policía. "
            "Veinte personas resultaron heridas, varias de ellas por impacto de bala.",
            "Violent demonstration",
        ),
        # the forces named as those who fired: the force is told as an incident of its own
        (
            "en",
            "Hundreds of protesters marched to the bridge in Ilave on Tuesday and clashed with police. "
            "Police fired live rounds at the crowd, wounding twenty people.",
            "Excessive force against protesters",
        ),
    ],
)
def test_acc_wounds_of_a_riot_take_the_riot(resources, language, text, second):
    # issue #3: "Dozens were wounded, many of them by gunshots" after a clash tells the clash's
    # casualties
    assert _subtypes(resources, text, language)[:2] == ["Violent demonstration", second]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "A policeman was killed on Tuesday when protesters attacked a patrol near the bridge in Ilave.",
        ),
        (
            "es",
            "Un policía murió el martes en el ataque de un grupo de manifestantes contra una patrulla en Ilave.",
        ),
    ],
)
def test_acc_attack_by_demonstrators_is_violent_demonstration(resources, language, text):
    # issue #3: demonstrators who attack are violent, whoever dies
    assert _subtypes(resources, text, language)[0] == "Violent demonstration"


def _events(resources, text: str, language: str):
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 3, 2))
    return extract(doc, resources).events


def test_acc_agreement_takes_no_casualties(resources):
    # issue #3: "left six people dead" counts the protests the agreement ends, not the agreement
    text = "The government and the unions signed an agreement yesterday to end a strike that left four people dead."
    agreement = [m for m in _events(resources, text, "en") if m.sub_event_type == "Agreement"]
    assert agreement and agreement[0].count("killed") is None


@pytest.mark.parametrize(
    ("text", "remembered"),
    [
        # dated in its clause: the killing remembered is an incident of its own, with its figure
        (
            "Hundreds of people marched in Lima on Wednesday carrying portraits of the six people killed in Ilave "
            "on Dec. 15, 2022.",
            [6],
        ),
        # not dated: only why they gather; the mourners still take no figure
        (
            "Hundreds of people held a vigil in Ilave on Wednesday to mark one year since soldiers shot dead six people.",
            [],
        ),
    ],
)
def test_acc_remembered_killings_are_not_the_mourners(resources, text, remembered):
    events = _events(resources, text, "en")
    mourners = [m for m in events if m.sub_event_type == "Peaceful protest"]
    assert mourners and mourners[0].count("killed") is None
    got = [
        m.count("killed").value
        for m in events
        if m.rules[-1] == "protest.remembered" and m.count("killed")
    ]
    assert got == remembered


@pytest.mark.parametrize(
    ("language", "text", "second"),
    [
        (
            "es",
            "Por la noche, grupos de manifestantes atacaron con piedras la comisaría de Ilave. "
            "La Policía respondió con gases lacrimógenos y detuvo a decenas de personas.",
            "Violent demonstration",
        ),
        (
            "en",
            "Protesters threw stones at the police station in Ilave on Tuesday. "
            "Police responded with tear gas and detained dozens of people.",
            "Violent demonstration",
        ),
        # a live-blog entry of its own tells its own scene
        (
            "es",
            "18:50 | Manifestantes lanzan piedras contra la comisaría de Ilave.\n"
            "17:10 | Agentes lanzaron bombas lacrimógenas para dispersar a una columna de manifestantes.",
            "Protest with intervention",
        ),
    ],
)
def test_acc_forces_answer_to_a_riot_is_the_riot(resources, language, text, second):
    # issue #3: tear gas and arrests told right after a violent demonstration answer it
    assert _subtypes(resources, text, language)[:2] == ["Violent demonstration", second]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an armed group firing on the forces fights them
        (
            "en",
            "The soldiers were shot by rebels hidden in the forest near Pichari.",
            "Armed clash",
        ),
        (
            "en",
            "The police officers were on patrol when gunmen hidden in a house opened fire.",
            "Armed clash",
        ),
        # no force fired on: violence against civilians
        ("en", "Gunmen opened fire on a bar in Pichari, killing four people.", "Attack"),
        # a death told in the setting of a demonstration: force used on it
        (
            "es",
            "Un comunero murió el sábado tras recibir un impacto en la cabeza mientras participaba en una marcha en Puno.",
            "Excessive force against protesters",
        ),
        # deaths told after the demonstration word are what it is against
        (
            "es",
            "Los mototaxistas acatan un paro de 24 horas contra la ola de asesinatos en Trujillo.",
            "Peaceful protest",
        ),
        # lexicon (issue #3)
        (
            "es",
            "Un policía murió calcinado luego de que una turba prendiera fuego al patrullero en Juliaca.",
            "Mob violence",
        ),
        (
            "es",
            "Un hombre estrelló un camión cargado con explosivos contra el cuartel de Tumaco.",
            "Suicide bomb",
        ),
        (
            "en",
            "A truck packed with explosives was driven into an army base in Cúcuta.",
            "Suicide bomb",
        ),
        (
            "es",
            "Los rebeldes lanzaron granadas cargadas con gas tóxico sobre las trincheras.",
            "Chemical weapon",
        ),
    ],
)
def test_acc_sub_event_of_sentence(resources, language, text, expected):
    assert _subtypes(resources, text, language)[0] == expected


def test_acc_armed_attack_with_a_blast_takes_the_dead(resources):
    # issue #3: the attack is the incident and takes the dead; the blast told after it is its own
    text = (
        "Six people were killed when an armed gang attacked a mining camp near Pataz, "
        "blowing up a bridge before opening fire on workers."
    )
    events = _events(resources, text, "en")
    kinds = {m.sub_event_type: m for m in events}
    assert kinds["Attack"].count("killed").value == 6
    assert kinds["Remote explosive/landmine/IED"].count("killed") is None


def test_acc_seizure_without_a_fight_is_a_transfer(resources):
    text = "Armed gangs seized a police station in the suburb of Tabarre on Tuesday after officers abandoned it."
    assert _subtypes(resources, text, "en") == ["Non-violent transfer of territory"]


def test_acc_coordinate_clauses_tell_two_incidents(resources):
    # issue #3: the clause before ", and" is a sibling of the incident told after it, not its
    # dependant
    text = (
        "In 2011 they paralysed Puno for weeks in a strike against mining concessions, "
        "and in 2004 residents of Ilave lynched their mayor."
    )
    events = {m.sub_event_type: m for m in _events(resources, text, "en")}
    assert set(events) == {"Peaceful protest", "Mob violence"}
    assert events["Mob violence"].count("killed").value == 1  # the one person lynched


def test_acc_vote_in_an_election_story_and_killing_a_bill(resources):
    # issue #3: "killing it" (a bill) is no killing; the story's vote is still on elections
    text = (
        "Congress voted on Thursday against a proposal to bring general elections forward to October. "
        "Lawmakers voted again on Friday to send the proposal back to committee, effectively killing it."
    )
    events = _events(resources, text, "en")
    assert [m.sub_event_type for m in events] == ["Other", "Other"]


def test_acc_a_later_plan_does_not_date_the_vote(resources):
    text = (
        "Congress voted on Tuesday to hold elections in April 2024. The reform passed 93 to 30, "
        "but it must be ratified in a second vote when the legislature reconvenes next year."
    )
    doc = Document(id="t", text=text, language="en", published=dt.date(2022, 12, 21))
    events = extract(doc, resources).events
    assert events and all(
        m.date is not None and m.date.value == dt.date(2022, 12, 20) for m in events[:2]
    )


def test_acc_march_before_the_riot_is_its_own(resources):
    # issue #3: the march told in the main clause before the riot's clause is a demonstration of its
    # own
    text = (
        "A crowd of several thousand had marched through the town of Ilave earlier in the day before some "
        "protesters tried to force their way into the police station. Two men were killed, and a dozen "
        "others were treated for bullet wounds."
    )
    assert sorted(_subtypes(resources, text, "en")) == [
        "Peaceful protest",
        "Violent demonstration",
        "Violent demonstration",
    ]


def test_acc_arrests_beside_a_weapons_seizure(resources):
    # issue #3: both are events (ACLED); the arrests take their own figure
    text = "On Wednesday, detectives arrested four suspects in a raid in Trujillo and seized three grenades and a rifle."
    events = {m.sub_event_type: m for m in _events(resources, text, "en")}
    assert set(events) == {"Disrupted weapons use", "Arrests"}
    assert events["Arrests"].count("detained").value == 4


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Truckers blocked the Pan-American Highway near Ica with burning tyres and rocks on Monday.",
        ),
        ("es", "Los manifestantes cortaron la vía con piedras y llantas encendidas cerca de Chao."),
    ],
)
def test_acc_blockade_with_burning_tyres_is_peaceful(resources, language, text):
    # docs/vocabulary.md: a road blockade without violence is a peaceful protest
    assert _subtypes(resources, text, language) == ["Peaceful protest"]


def test_acc_denial_ends_at_a_coordinated_reporting_verb(resources):
    # issue #3: "denied X and said the raid ..." — the raid is what was said, not what was denied
    text = (
        "Police denied using excessive force and said the raid on the campus had been ordered by prosecutors "
        "after students occupied it."
    )
    doc = Document(id="t", text=text, language="en", published=dt.date(2023, 1, 22))
    events = extract(doc, resources).events
    raid = [m for m in events if m.trigger.text == "raid"]
    assert (
        raid
        and raid[0].sub_event_type == "Protest with intervention"
        and raid[0].factuality != "negated"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Para contener la movilización, el Ministerio del Interior desplegó a unos 24.000 policías en Lima.",
            ["Other"],
        ),
        (
            "La Policía desplegó a 1500 efectivos para garantizar la seguridad de los visitantes.",
            [],
        ),
    ],
)
def test_acc_police_deployed_to_a_demonstration(resources, text, expected):
    # issue #3: police sent to a demonstration are a deployment (SD / Other); to a festival, no
    # event
    assert _subtypes(resources, text, "es") == expected
