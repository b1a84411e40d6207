"""Claims read by construction (claims8): a curfew or a deployment the state announces or says
will come is its announcement (topic ``other``), as docs/vocabulary.md says; an announcement in
the Spanish perfect or just made ("ha anunciado", "acaba de anunciar"); a shutdown kept up, a
return to Lima and the state's envoys sent to talk, told in reported speech. Every sentence is
written for these tests, each kind with near misses that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Claim, Document


def _claims(resources: Resources, text: str, language: str) -> list[Claim]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2024, 5, 14))
    return list(extract(doc, resources).claims)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The interior ministry announced a two-day curfew in Cusco on Sunday.", "en"),
        ("The premier said troops would be deployed along the highway.", "en"),
        ("The defence minister says soldiers will stay deployed in the southern provinces.", "en"),
        ("El Ejecutivo ha anunciado un toque de queda de tres días en Ayacucho.", "es"),
        ("La ministra acaba de anunciar el despliegue de dos mil militares en Juliaca.", "es"),
    ],
)
def test_a_curfew_or_deployment_the_state_announces_is_its_claim(
    resources: Resources, text: str, language: str
) -> None:
    claims = [(c.kind, c.topic, c.claimant) for c in _claims(resources, text, language)]
    assert claims == [("announcement", "other", "Government of Peru")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a curfew or a deployment told, defied or ended: no one announces it
        ("Protesters defied the curfew on Monday night.", "en"),
        ("The curfew emptied the streets of Juliaca.", "en"),
        ("Soldiers deployed in Puno were withdrawn on Friday.", "en"),
        ("The minister insisted that no officer deployed in the square carried a gun.", "en"),
        ("Los vecinos marcharon pese al toque de queda.", "es"),
        ("El despliegue de policías en la plaza duró toda la noche.", "es"),
        # the speaker's own resignation, announced in the perfect, is news, not a claim
        ("El alcalde ha anunciado su renuncia.", "es"),
    ],
)
def test_no_curfew_or_deployment_announced(resources: Resources, text: str, language: str) -> None:
    assert _claims(resources, text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Miners' leaders said they would enforce the shutdown again on Monday.", "en", "strike"),
        ("Farmers say they will return to Lima after the harvest.", "en", "march"),
        (
            "The cabinet says it will send a high-level commission to Ayacucho on Thursday.",
            "en",
            "dialogue",
        ),
        ("Los dirigentes han anunciado una marcha para el jueves.", "es", "march"),
        (
            "Students announced that the next large gathering will be held in Nis on 1 March.",
            "en",
            "march",
        ),
    ],
)
def test_a_plan_told_in_reported_speech_is_announced(
    resources: Resources, text: str, language: str, want: str
) -> None:
    assert [(c.kind, c.topic) for c in _claims(resources, text, language)] == [
        ("announcement", want)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The internet shutdown lasted three days.", "en"),
        ("Police said the shutdown had cost traders millions.", "en"),
        ("Residents said they had returned to Lima by bus.", "en"),
        ("A large gathering of relatives waited outside the morgue.", "en"),
    ],
)
def test_no_plan_told(resources: Resources, text: str, language: str) -> None:
    assert _claims(resources, text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # those answerable named: identified, suspended, charged, judged
        (
            "We demand that the police chief identify and suspend the officers responsible.",
            "en",
            "justice_for_victims",
        ),
        (
            "The widows asked the attorney general to charge the commanders of the operation.",
            "en",
            "justice_for_victims",
        ),
        (
            'La madre pidió que "se juzgue a los oficiales que ordenaron disparar".',
            "es",
            "justice_for_victims",
        ),
        (
            "La comisión exhortó a la Fiscalía a identificar a quienes dispararon en el puente.",
            "es",
            "justice_for_victims",
        ),
        # the detained freed, asked or awaited
        (
            "Exigimos la libertad inmediata de los dirigentes detenidos en Ilave.",
            "es",
            "release_of_prisoner",
        ),
        (
            "The teachers will stay on strike until the government frees detained colleagues.",
            "en",
            "release_of_prisoner",
        ),
        # a condition's own negation: what it names is asked, as "si no liberan" asks
        (
            "Farmers say they will block the bridge again if the government does not release "
            "those detained.",
            "en",
            "release_of_prisoner",
        ),
        (
            "The drivers will strike on Monday if the minister does not resign.",
            "en",
            "resignation",
        ),
    ],
)
def test_what_is_asked_is_named(resources: Resources, text: str, language: str, want: str) -> None:
    assert want in [c.topic for c in _claims(resources, text, language)]


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        # officers named for another thing; a charge that is no one's answerability
        (
            "The union demanded that the officers responsible for the operation attend the talks.",
            "en",
            "justice_for_victims",
        ),
        ("The court said both men will be charged with theft.", "en", "justice_for_victims"),
        # a release refused, and a freedom granted, not asked
        ("They said they will not release the hostages.", "en", "release_of_prisoner"),
        ("El juez dictó libertad inmediata para el dirigente.", "es", "release_of_prisoner"),
    ],
)
def test_what_is_not_asked(resources: Resources, text: str, language: str, absent: str) -> None:
    assert absent not in [c.topic for c in _claims(resources, text, language)]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # an urgent action's lines, in the polite imperative said to the reader
        (
            "Escriba a la ministra:\n\n- Exija la liberación de los comuneros detenidos en Ilave.",
            "es",
            [("demand", "release_of_prisoner")],
        ),
        (
            "Solicite que la Fiscalía investigue las muertes del puente Añashuayco.",
            "es",
            [("demand", "justice_for_victims")],
        ),
        # the protest named as why people are held is no call to it
        (
            "We urge the governor to release everyone held for peaceful protest.",
            "en",
            [("demand", "release_of_prisoner")],
        ),
        (
            "The students demanded the release of classmates arrested for joining the march.",
            "en",
            [("demand", "release_of_prisoner")],
        ),
        (
            "Exigen que liberen a los detenidos por participar en la marcha.",
            "es",
            [("demand", "release_of_prisoner")],
        ),
        # a call still called after it
        (
            "Exigen la liberación de los presos y convocan a una marcha para el viernes.",
            "es",
            [("demand", "release_of_prisoner"), ("call_to_action", "march")],
        ),
    ],
)
def test_urgent_action_lines_and_protests_held_for(
    resources: Resources, text: str, language: str, want: list[tuple[str, str]]
) -> None:
    assert [(c.kind, c.topic) for c in _claims(resources, text, language)] == want


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs as a subjunctive inside a clause ask nothing
        "El ministro dijo que no hay ley que exija al Estado pagar las deudas.",
        "Cuando la familia pida el cuerpo, la Fiscalía lo entregará.",
        "Es probable que el Congreso le pida explicaciones al ministro.",
    ],
)
def test_a_subjunctive_inside_a_clause_asks_nothing(resources: Resources, text: str) -> None:
    assert _claims(resources, text, "es") == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # an action its holders will not end until a condition is met is threatened
        (
            'La cámara de transportistas no levantará los cierres "hasta que se anule la '
            'concesión".',
            "es",
            ("threat", "blockade"),
        ),
        (
            "Los cocaleros no levantarán el paro hasta que renuncie el ministro.",
            "es",
            ("threat", "strike"),
        ),
        (
            "The miners will not lift the blockade until the minister resigns.",
            "en",
            ("threat", "blockade"),
        ),
    ],
)
def test_an_action_kept_until_a_condition_is_threatened(
    resources: Resources, text: str, language: str, want: tuple[str, str]
) -> None:
    claims = [(c.kind, c.topic) for c in _claims(resources, text, language)]
    assert want in claims
    assert sum(topic == want[1] for _, topic in claims) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an end told in the past, or no condition on it
        ("Police did not end the blockade until noon, when the crowd left.", "en"),
        ("El paro no se levantó hasta el jueves.", "es"),
        ("La policía no levantará el cerco a la plaza hasta mañana.", "es"),
    ],
)
def test_no_action_kept_until(resources: Resources, text: str, language: str) -> None:
    assert not any(c.kind == "threat" for c in _claims(resources, text, language))


@pytest.mark.parametrize(
    ("text", "language", "threat"),
    [
        # a place seized, or measures taken, if a condition is not met
        ("«Si no hay respuesta, volveremos a tomar el aeropuerto», dijo el dirigente.", "es", True),
        (
            "Si la universidad no retira las denuncias, tomaremos nuevamente el campus.",
            "es",
            True,
        ),
        ("Si el Gobierno no responde, tomaremos medidas.", "es", True),
        ("If the charges are not dropped, we will occupy the campus again.", "en", True),
        # a condition of the weather or the means, and a taxi taken
        ("Si no llueve, tomaremos la plaza con nuestras danzas.", "es", False),
        ("Si no hay buses, tomaremos un taxi.", "es", False),
        ("If it does not rain, we will take the bus.", "en", False),
    ],
)
def test_a_place_seized_if_a_condition_is_not_met_is_threatened(
    resources: Resources, text: str, language: str, threat: bool
) -> None:
    claims = _claims(resources, text, language)
    assert any(c.kind == "threat" for c in claims) is threat


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # an assembly's agreements, listed after its colon, announce what they name
        (
            "Reunida en Juliaca, la asamblea de la federación acuerda:\n\n"
            "• Acatar el paro regional desde el lunes 9.\n"
            "• Realizar una vigilia en la plaza de Armas el martes.",
            "es",
            [("announcement", "strike"), ("announcement", "march")],
        ),
        # an assembly's resolution, and no cause taken for what it announces
        (
            "The councils resolved to begin an indefinite general strike from Monday, following "
            "the failure of the government to conclude negotiations.",
            "en",
            [("announcement", "strike")],
        ),
    ],
)
def test_an_assembly_announces_what_it_agrees(
    resources: Resources, text: str, language: str, want: list[tuple[str, str]]
) -> None:
    assert [(c.kind, c.topic) for c in _claims(resources, text, language)] == want


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The court resolved to hear the case of the striking teachers next week.", "en"),
        ("La asamblea acuerda con el alcalde la fecha de la feria.", "es"),
    ],
)
def test_a_resolution_with_no_action(resources: Resources, text: str, language: str) -> None:
    assert _claims(resources, text, language) == []


def test_an_assembly_keeps_the_actions_it_agrees(resources: Resources) -> None:
    text = (
        "Reunida en Juliaca, la asamblea de la federación acuerda:\n\n"
        "• Acatar el paro regional desde el lunes 9.\n"
        "• Realizar una vigilia en la plaza de Armas el martes."
    )
    doc = Document(id="t", text=text, language="es", published=dt.date(2024, 5, 14))
    # unlike a list of demands, the items of a list of agreements keep their events
    assert len(extract(doc, resources).events) == 2
