"""Event words a sentence uses for something other than an incident (``extract/asides.py``,
the reference-to-people rule and the market, series and company-stoppage words of the
lexicons): the news an event makes, a definition, the wounds a body shows, a simile, a call not
to act, a live coverage's title, an explosive the dead man handled, the only weapon a denial
concedes, an explainer's question, an epithet in quotes, people named as a possessor, the
demonstrators a denied act would have targeted."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the news of an event, which something else reacts to
        ("Zinc prices climbed in Shanghai on news of the blockade.", "en"),
        ("Bond traders shrugged off news of the strike in the southern mines.", "en"),
        ("Los vecinos celebraron en la plaza la noticia del desalojo del campamento.", "es"),
        # what a thing is, said with a present copula
        ("The so-called siege of the capital is a peaceful march, organisers insist.", "en"),
        ("La llamada toma de la ciudad es una marcha pacífica, aclaró el dirigente.", "es"),
        # wounds a body shows, described by doctors
        ("Doctors said the boy had a gunshot wound in the leg.", "en"),
        ("Según la necropsia, el joven presentaba heridas de perdigones en el tórax.", "es"),
        ("El parte médico indica que ambos tenían lesiones por balas de goma.", "es"),
        # a simile's relative clause
        ("El caso pasa de juez en juez como una papa caliente que nadie quiere patear.", "es"),
        ("The file was passed around like a ball that nobody wanted to kick.", "en"),
        # an action a call asks people not to take
        ("El gremio pidió a sus bases a no bloquear carreteras ni quemar llantas.", "es"),
        ("The mayor urged residents not to block the bridge.", "en"),
        # the title of a live coverage
        ("Live updates on Tuesday's strike in Arequipa.", "en"),
        ("Minuto a minuto del paro de transportistas de este lunes.", "es"),
        # the only weapon a denial concedes
        (
            "El general aseguró que no hubo excesos: «Solo se emplearon gases lacrimógenos», negó.",
            "es",
        ),
        # an explainer's question
        ("Why are the farmers striking?", "en"),
        ("¿Por qué protestan los mineros?", "es"),
        # an epithet in quotes
        ('The minister called the march "a provocation" and left the press conference.', "en"),
        ("El premier calificó el paro de «político» y dijo que el transporte funcionó.", "es"),
        # people named as the possessor of something else
        (
            "Los fiscales revisaron la situación legal de los detenidos y la salud de los heridos.",
            "es",
        ),
        ("La principal demanda de los huelguistas fue atendida por el Congreso.", "es"),
    ],
)
def test_aside_is_no_incident(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # markets reacting to a conflict
        ("Silver futures slipped in New York as the protests spread.", "en"),
        ("The peso fell for a second day while the blockades continued.", "en"),
        ("El precio del cobre subió en Londres mientras seguían las protestas.", "es"),
        # a series over years, not an incident
        ("The pipeline has faced repeated protests since 2015.", "en"),
        ("The mine has seen repeated blockades since 2019.", "en"),
        ("El corredor minero ha sido escenario de reiteradas protestas desde 2011.", "es"),
        # a company stopping its own work is no strike
        ("La minera paralizó sus operaciones en la unidad de Antapaccay.", "es"),
        ("La compañía mantiene paralizadas las operaciones de la planta desde marzo.", "es"),
        # what a demand is, not a protest
        ("El Congreso aprobó la ley, principal reclamo de los agricultores.", "es"),
    ],
)
def test_market_series_stoppage_demand_words(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("She denied that soldiers had used excessive force against the marchers in Cusco.", "en"),
        # a denial that concedes only tear gas: the denial stays, the tear gas is not affirmed
        (
            "The police chief denied that officers fired buckshot and said they used only tear gas.",
            "en",
        ),
    ],
)
def test_denied_act_targets_no_affirmed_demonstration(mentions, text, language):
    found = mentions(text, language)
    assert found
    assert all(m.factuality == "negated" for m in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # still incidents: a blast, a wound dealt, a strike called for a day, tear gas fired
        ("A bomb exploded outside the police station, killing two officers.", "en"),
        ("Un manifestante resultó herido por perdigones en Juliaca.", "es"),
        ("The union called the strike for Thursday.", "en"),
        ("Police fired tear gas at the marchers, the ombudsman said.", "en"),
    ],
)
def test_incidents_stay(mentions, text, language):
    assert mentions(text, language)


def test_people_counted_stay_an_incident(mentions):
    found = mentions("La policía trasladó a 12 de los detenidos a la comisaría de Juliaca.", "es")
    assert found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police said the driver died when a stick of dynamite he was handling went off.", "en"),
        ("Según la Policía, el minero murió al manipular una carga de dinamita.", "es"),
    ],
)
def test_death_told_as_handling_an_explosive(mentions, text, language):
    assert mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "detained"),
    [
        (
            "Los comuneros lanzaron piedras y quemaron una garita de peaje; los policías usaron "
            "gases lacrimógenos y detuvieron a nueve personas.",
            "es",
            9,
        ),
        (
            "Protesters hurled stones and set fire to a toll booth; police fired tear gas and "
            "arrested 14 people.",
            "en",
            14,
        ),
    ],
)
def test_forces_answer_told_after_riot_is_the_riot(mentions, text, language, detained):
    found = mentions(text, language)
    assert [m.sub_event_type for m in found] == ["Violent demonstration"]
    assert found[0].detained is not None and found[0].detained.value == detained


def test_crowd_dispersed_after_riot_is_its_own_scene(mentions):
    found = mentions(
        "Protesters set fire to a toll booth, and police used tear gas to disperse a group "
        "that tried to break through a cordon.",
        "en",
    )
    assert {m.sub_event_type for m in found} >= {"Violent demonstration"}


@pytest.mark.parametrize(
    "text",
    [
        "Comuneros cut the highway near Challhuahuacho on Monday.",
        "Farmers have cut the road to the port twice this month.",
    ],
)
def test_cutting_a_road_is_a_blockade(mentions, text):
    assert [m.sub_event_type for m in mentions(text, "en")] == ["Peaceful protest"]
