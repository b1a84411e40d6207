"""Who makes a claim, read over the document (extract-claims4, ``extract/claimants.py``): the
issuer of a first-person statement (title, letterhead, lead, introduction, "nosotros, los ...",
signature), never the actor named before "we"; the speaker told after a quotation; several
claimants joined; the story's country. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veeduria.extract import Resources, extract
from veeduria.extract.claimants import Issuers
from veeduria.models import Claim, Document


def _claims(
    resources: Resources, text: str, language: str, title: str | None = None
) -> list[Claim]:
    doc = Document(
        id="t", text=text, language=language, title=title, published=dt.date(2024, 5, 14)
    )
    return list(extract(doc, resources).claims)


def _by_topic(claims: list[Claim]) -> dict[str, str | None]:
    return {c.topic: c.claimant for c in claims}


@pytest.mark.parametrize(
    ("title", "text", "language", "topic", "claimant"),
    [
        # the title names the issuer
        (
            "Pronunciamiento de la CGTP ante la represión en Andahuaylas",
            "Exigimos la renuncia inmediata del ministro del Interior.",
            "es",
            "resignation",
            "Labour Group (Peru)",
        ),
        (
            "Statement by the General Confederation of Workers on the arrests",
            "We demand the immediate release of the 14 detained teachers.",
            "en",
            "release_of_prisoner",
            "Labour Group (Peru)",
        ),
        # the title's subject: "Comunicado: la Federación ... convoca"
        (
            "Comunicado: la Plataforma Ciudadana de Nasca convoca a la lucha",
            "Convocamos a un paro indefinido desde el lunes 20 en toda la provincia.",
            "es",
            "strike",
            "Plataforma Ciudadana de Nasca",
        ),
        # a letterhead in capitals over the statement's name, written as the text writes it
        (
            None,
            "FRENTE UNITARIO DE BARRIOS DE ILO\nCOMUNICADO N.º 3\n\n"
            "El Frente Unitario de Barrios de Ilo, reunido en asamblea, acordó lo siguiente.\n\n"
            "Exigimos el cierre del Congreso y convocamos a una marcha el jueves.",
            "es",
            "closure_of_congress",
            "Frente Unitario de Barrios de Ilo",
        ),
        # a head line that names the issuer beside the statement's name
        (
            None,
            "Colectivo Tierra y Agua | Nota de prensa N.° 7 | Arequipa, 2 de mayo\n\n"
            "Solicitamos al Ministerio Público abrir una investigación por las muertes.",
            "es",
            "justice_for_victims",
            "Colectivo Tierra y Agua",
        ),
        # the lead tells the issuer in the third person
        (
            "Nota de prensa: balance de la jornada",
            "Tacna, 3 de mayo.– La Asociación Pro Derechos Civiles informa que la jornada "
            "terminó sin heridos.\n\nPedimos la liberación de los cuatro estudiantes detenidos.",
            "es",
            "release_of_prisoner",
            "Asociación Pro Derechos Civiles",
        ),
        # the closing signature, past its board
        (
            "Pronunciamiento ante los hechos de Chala",
            "Exigimos justicia para los dos comuneros asesinados.\n\n"
            "Chala, 12 de mayo de 2024\nConsejo Directivo, Asociación de Pescadores Artesanales "
            "de Chala",
            "es",
            "justice_for_victims",
            "Asociación de Pescadores Artesanales de Chala",
        ),
        (
            "Open letter on the mine",
            "We call for an independent investigation into the shooting.\n\n"
            "Executive Committee, Valley Water Defence League",
            "en",
            "justice_for_victims",
            "Valley Water Defence League",
        ),
    ],
)
def test_claimant_a_statement_s_issuer_speaks_for_its_first_person(
    resources: Resources,
    title: str | None,
    text: str,
    language: str,
    topic: str,
    claimant: str,
) -> None:
    assert _by_topic(_claims(resources, text, language, title))[topic] == claimant


@pytest.mark.parametrize(
    ("text", "language", "topic", "claimant"),
    [
        # an organisation that introduces its statement in a news story
        (
            "La Asociación Nacional de Centros expresó en un comunicado su rechazo a la "
            'represión. "Exigimos que se investigue a los responsables", añade el texto.',
            "es",
            "justice_for_victims",
            "Asociación Nacional de Centros",
        ),
        (
            "In a statement, the Coastal Fishers Alliance said it would not negotiate. We "
            "demand the release of our leaders, the text reads.",
            "en",
            "release_of_prisoner",
            "Coastal Fishers Alliance",
        ),
        # who speaks as "nosotros, los ..."
        (
            "Nosotros, los comuneros de Llusco, exigimos la renuncia del prefecto.",
            "es",
            "resignation",
            "Civilians (Peru)",
        ),
    ],
)
def test_claimant_an_introduced_statement_is_its_issuer_s(
    resources: Resources, text: str, language: str, topic: str, claimant: str
) -> None:
    assert _by_topic(_claims(resources, text, language))[topic] == claimant


@pytest.mark.parametrize(
    ("title", "text", "language", "topic"),
    [
        # no issuer anywhere: unknown, not the police named before the verb
        (
            None,
            "Ante la represión de la Policía, exigimos la renuncia del ministro.",
            "es",
            "resignation",
        ),
        (
            None,
            "After the police raid on the campus, we demand the release of the students.",
            "en",
            "release_of_prisoner",
        ),
        # a news story is no statement: its last line is no signature
        (
            "Tensión en Juliaca",
            '"Exigimos justicia para nuestros hijos", gritaba una madre frente al hospital.\n\n'
            "Redacción Regional",
            "es",
            "justice_for_victims",
        ),
        # a board that names no organisation signs for none
        (
            "Pronunciamiento",
            "Exigimos el adelanto de elecciones.\n\nLa Junta Directiva",
            "es",
            "early_elections",
        ),
    ],
)
def test_claimant_a_first_person_claim_with_no_issuer_has_none(
    resources: Resources, title: str | None, text: str, language: str, topic: str
) -> None:
    assert _by_topic(_claims(resources, text, language, title))[topic] is None


@pytest.mark.parametrize(
    ("title", "text", "language", "topics"),
    [
        # the later items of a first-person claim are the same speaker's
        (
            "Pronunciamiento de la CGTP",
            "Exhortamos a los manifestantes a no atacar los aeropuertos y a la Policía a no "
            "usar armas de fuego.",
            "es",
            2,
        ),
        (
            "Statement by the General Confederation of Workers",
            "We call on all workers to join the general strike on Monday.",
            "en",
            1,
        ),
    ],
)
def test_claimant_the_items_of_a_first_person_claim_share_its_issuer(
    resources: Resources, title: str, text: str, language: str, topics: int
) -> None:
    got = _claims(resources, text, language, title)
    assert len(got) >= topics
    assert {c.claimant for c in got} == {"Labour Group (Peru)"}


@pytest.mark.parametrize(
    ("text", "language", "topic", "claimant"),
    [
        (
            '"Exigimos la liberación de los detenidos y el cierre del Congreso", declararon '
            "los dirigentes de la CGTP.",
            "es",
            "closure_of_congress",
            "Civilians (Peru)",
        ),
        (
            '"We demand the immediate release of the detainees," the federation said.',
            "en",
            "release_of_prisoner",
            "Labour Group (Peru)",
        ),
    ],
)
def test_claimant_a_quotation_is_its_speaker_s(
    resources: Resources, text: str, language: str, topic: str, claimant: str
) -> None:
    assert _by_topic(_claims(resources, text, language))[topic] == claimant


def test_claimant_a_claim_told_of_others_is_not_the_reporter_s(resources: Resources) -> None:
    # the reporter's verb after a call told of others gives no claimant
    got = _claims(
        resources,
        "Los transportistas convocaron a un paro para el jueves, informó la Defensoría.",
        "es",
    )
    assert _by_topic(got)["strike"] != "Human rights groups"


@pytest.mark.parametrize(
    ("text", "language", "claimant"),
    [
        (
            "Los estudiantes universitarios y la CGTP exigieron la renuncia del ministro.",
            "es",
            "Civilians (Peru); Labour Group (Peru)",
        ),
        # two hits of one name are one claimant
        ("The Federation of Miners demanded the resignation of the minister.", "en", None),
        # the same normalised name once
        ("La CGTP y la CUT exigieron la renuncia del ministro.", "es", "Labour Group (Peru)"),
    ],
)
def test_claimant_several_claimants_joined(
    resources: Resources, text: str, language: str, claimant: str | None
) -> None:
    got = _by_topic(_claims(resources, text, language))["resignation"]
    if claimant is None:
        assert got is not None and ";" not in got
    else:
        assert got == claimant


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Policía detuvo a 20 manifestantes en La Paz, Bolivia. Los manifestantes "
            "exigieron la renuncia del ministro de Gobierno.",
            "es",
        ),
        (
            "Police detained 20 protesters in La Paz, Bolivia. Protesters demanded the "
            "resignation of the government minister.",
            "en",
        ),
    ],
)
def test_claimant_takes_the_story_s_country(resources: Resources, text: str, language: str) -> None:
    got = _by_topic(_claims(resources, text, language))["resignation"]
    assert got is not None and "(Peru)" not in got


_PIECES = st.sampled_from(
    [
        "Exigimos ",
        "We urge ",
        "COMUNICADO ",
        "Pronunciamiento de la ",
        "La CGTP ",
        "expresó en un comunicado ",
        "in a statement, ",
        "nosotros, los ",
        "Consejo Directivo, ",
        "de ",
        "Frente ",
        "«",
        "»",
        '"',
        ", ",
        ".\n",
        "\n\n",
        "dijo ",
        "the federation ",
        "la renuncia ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    body=st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join),
    title=st.one_of(st.none(), st.lists(_PIECES, max_size=6).map("".join)),
)
def test_claimant_issuers_read_any_text(body: str, title: str | None) -> None:
    # the document-level readers never fail and never name an empty claimant
    issuers = Issuers(body, title, (), ())
    assert issuers.document is None or issuers.document.strip()
    assert all(name.strip() for _, name in issuers.placed)


def test_claimant_an_introduced_statement_speaks_for_its_own_paragraphs(
    resources: Resources,
) -> None:
    text = (
        "La Asociación Nacional de Centros expresó en un comunicado su rechazo a la represión."
        "\n\nEl martes hubo marchas en Puno.\n\nEl miércoles siguieron los bloqueos.\n\n"
        "El jueves llegaron delegaciones a Lima.\n\n"
        "«Exigimos la renuncia del ministro», gritaba una madre en la plaza."
    )
    got = _by_topic(_claims(resources, text, "es"))
    assert got["resignation"] != "Asociación Nacional de Centros"
