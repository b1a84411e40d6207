"""Claims12: constructions of reporting that state a demand, and near misses that state none.

Signs and chants ask what their quotation says, and only that; Congress asked shut in the
passive, a state of emergency asked suspended, a person wanted gone; Spanish deadlines and
"emplazar", "insistir en" with a subjunctive; a proposal; an end urged to what goes on; forces
the state says it will send. Near misses: a question put to someone ("asked about", "pressed for
details"), a fact insisted on, what must come "before" a topic, the adjective "proposed", a
chant told beside the action of the sentence. Passages written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Claim, Document


def _extract(resources: Resources, text: str, language: str) -> list[Claim]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 18))
    return list(extract(doc, resources).claims)


def _topics(resources: Resources, text: str, language: str) -> list[str]:
    return sorted(c.topic for c in _extract(resources, text, language))


@pytest.mark.parametrize(
    ("language", "text", "want"),
    [
        # signs, banners and placards: what their quotation says is asked
        (
            "en",
            'Protesters carried signs that read "New elections now" and "Free Castillo".',
            ["early_elections", "release_of_prisoner"],
        ),
        (
            "en",
            "Banners reading 'Justice for the 49' hung from the balconies along the route.",
            ["justice_for_victims"],
        ),
        (
            "es",
            "Los manifestantes llevaban pancartas con la frase «Cierre del Congreso ya».",
            ["closure_of_congress"],
        ),
        (
            "es",
            "Con carteles que decían «Nuevas elecciones ya», cientos de personas recorrieron el"
            " centro.",
            ["early_elections"],
        ),
        # Congress shut or closed in the passive, the emergency suspended
        ("en", "Demonstrators demanded that Congress be shut down.", ["closure_of_congress"]),
        (
            "en",
            "Rights groups urged the government to suspend the state of emergency in Puno.",
            ["end_state_of_emergency"],
        ),
        (
            "es",
            "El gobernador regional pidió al Ejecutivo que suspenda el estado de emergencia.",
            ["end_state_of_emergency"],
        ),
        ("es", "Los gremios exigen disolver el Congreso.", ["closure_of_congress"]),
        # the person wanted gone
        (
            "en",
            "Protesters want Boluarte gone and a constituent assembly convened.",
            ["constituent_assembly", "resignation"],
        ),
        ("en", "Most of the marchers we spoke to want her gone.", ["resignation"]),
        ("es", "Los manifestantes quieren que Boluarte se vaya.", ["resignation"]),
        (
            "en",
            'A spokeswoman said its members would stay "until the president goes".',
            ["resignation"],
        ),
        # Spanish deadlines, "emplazar", "insistir en" with a subjunctive
        (
            "es",
            "Los gremios dieron un plazo de 48 horas al Gobierno para instalar una mesa de diálogo.",
            ["dialogue"],
        ),
        (
            "es",
            "Los dirigentes emplazaron al Ejecutivo a derogar el decreto en un plazo de 72 horas.",
            ["other"],
        ),
        (
            "es",
            "Los familiares insistieron en que se sancione a los responsables de las muertes.",
            ["justice_for_victims"],
        ),
        (
            "en",
            "Protest leaders have set a 72-hour deadline for the government to lift the state of"
            " emergency.",
            ["end_state_of_emergency"],
        ),
        # a proposal asks for what it names
        (
            "es",
            "El Ejecutivo propuso adelantar las elecciones a abril de 2024.",
            ["early_elections"],
        ),
        (
            "en",
            "The president proposed bringing forward elections to April 2024.",
            ["early_elections"],
        ),
        # an end urged to what goes on
        ("en", "The church urged an end to the violence.", ["other"]),
        ("en", "Police urged an end to the blockade so that ambulances could pass.", ["other"]),
        # forces the state says it will send
        ("en", "The government said it would send 2,000 soldiers to Puno.", ["other"]),
        (
            "en",
            "The interior ministry said it would send more police to the southern highway.",
            ["other"],
        ),
        # pressed for, in the past
        (
            "en",
            "Relatives pressed for an independent investigation into the killings.",
            ["justice_for_victims"],
        ),
    ],
)
def test_claims12_claims(resources: Resources, language: str, text: str, want: list[str]) -> None:
    assert _topics(resources, text, language) == want


@pytest.mark.parametrize(
    ("language", "text", "want"),
    [
        # a chant or a sign beside the sentence's action calls no action
        (
            "en",
            "Chanting slogans against the government, hundreds of protesters marched toward"
            " Congress on Thursday.",
            [],
        ),
        ("en", 'Chanting "Dina murderer", hundreds marched through downtown Lima.', []),
        (
            "en",
            'Banners reading "No more deaths" hung from balconies as police fired tear gas at'
            " the protest.",
            [],
        ),
        ("en", "Holding signs, hundreds of protesters blocked the highway on Monday.", []),
        (
            "es",
            "Coreando arengas contra el Gobierno, cientos de manifestantes marcharon hacia el"
            " Congreso.",
            [],
        ),
        # a question put to someone asks nothing
        ("en", "Asked about the strike, the minister declined to comment.", []),
        ("en", "She was pressed for details of the investigation but declined to comment.", []),
        (
            "en",
            "When pressed for an answer on early elections, the premier changed the subject.",
            [],
        ),
        # a fact insisted on asks nothing
        ("es", "Boluarte insiste en que no renunciará.", []),
        ("es", "El ministro insistió en que la marcha será pacífica.", []),
        (
            "es",
            "La presidenta insistió en que las protestas son financiadas por grupos criminales.",
            [],
        ),
        (
            "en",
            "The president insisted that the protests were being financed by criminal groups.",
            [],
        ),
        # what must come first is asked, not what waits for it
        (
            "en",
            "The federation insisted that the president must step down before any talks could"
            " begin.",
            ["resignation"],
        ),
        # the adjective and the passive of "proposed"
        ("en", "The proposed march route was changed at the last minute.", []),
        ("en", "A tax reform proposed by the president sparked the strike in April.", []),
        ("es", "La ruta propuesta para la marcha fue cambiada a última hora.", []),
        # a person wanted out of somewhere, or gone to a place, is no resignation
        ("en", "His supporters want Castillo out of prison.", ["release_of_prisoner"]),
        ("es", "Los dirigentes pidieron que los delegados se vayan a sus comunidades.", ["other"]),
        # a deployment told, not announced; forces no one sends
        ("en", "The government sent 2,000 soldiers to Puno last week.", []),
        ("en", "The singer said she would send her fans a new song.", []),
    ],
)
def test_claims12_near_misses(
    resources: Resources, language: str, text: str, want: list[str]
) -> None:
    assert _topics(resources, text, language) == want


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Thousands of protesters converged on Lima, clashing with police as they pressed"
            " demands for President Dina Boluarte to resign.",
            "Protesters (Peru)",
        ),
    ],
)
def test_claims12_claimant_not_after_preposition(
    resources: Resources, text: str, claimant: str
) -> None:
    claims = _extract(resources, text, "en")
    assert [c.claimant for c in claims] == [claimant]


@pytest.mark.parametrize(
    ("language", "text", "want"),
    [
        # what an open question names is neither asked nor called
        ("en", "The government must now decide whether to call early elections.", []),
        ("en", "It is not clear whether the unions will call another strike.", []),
        ("es", "No está claro si los gremios convocarán a un nuevo paro.", []),
        ("es", "Se desconoce si la CGTP marchará el jueves.", []),
        # the call before the question stays; a topic before "whether" stays
        (
            "en",
            "Unions called a strike and asked whether the government would negotiate.",
            ["strike"],
        ),
        (
            "en",
            "The opposition called for a referendum on whether to convene a constituent assembly.",
            ["constituent_assembly"],
        ),
        # a sentence that opens on years counted back recalls, it claims nothing
        ("es", "Hace dos años, los agricultores pidieron la derogatoria de la ley agraria.", []),
        ("es", "Hace más de una década, los mineros exigieron la renuncia del ministro.", []),
        ("en", "Three years ago, students demanded the resignation of the rector.", []),
        ("en", "In the 1990s, unions called a general strike against Fujimori.", []),
        ("es", "En los años noventa, los gremios convocaron a un paro contra Fujimori.", []),
        # days counted back, or years counted from an event, are the story's time
        (
            "es",
            "Hace dos días, los agricultores pidieron la derogatoria de la ley agraria.",
            ["other"],
        ),
        ("en", "Two days ago, students demanded the resignation of the rector.", ["resignation"]),
        (
            "en",
            "Two years after the killings, relatives are still demanding justice.",
            ["justice_for_victims"],
        ),
    ],
)
def test_claims12_open_questions_and_years_ago(
    resources: Resources, language: str, text: str, want: list[str]
) -> None:
    assert _topics(resources, text, language) == want


@pytest.mark.parametrize(
    ("language", "text", "want"),
    [
        # talks asked in plain words
        ("en", 'The premier called on the organisers to "sit down and talk".', ["dialogue"]),
        ("es", "El presidente pidió a la dirigencia indígena sentarse a conversar.", ["dialogue"]),
        # a condition that waits for a detainee's freedom asks it
        (
            "es",
            "Los dirigentes no levantarán el paro mientras su presidente siga detenido.",
            ["release_of_prisoner", "strike"],
        ),
        # what is ruled out is refused, not asked; what is not ruled out stays open
        (
            "es",
            "«Pedimos calma a la población», dijo el ministro, quien descartó una vez más la"
            " renuncia del gabinete.",
            ["other"],
        ),
        (
            "en",
            '"We call for calm," the minister said, and again ruled out the resignation of the'
            " cabinet.",
            ["other"],
        ),
        (
            "es",
            "«Pedimos calma a la población», dijo el ministro, quien no descarta la renuncia del"
            " gabinete.",
            ["other", "resignation"],
        ),
        # a detainee held, told, is no condition
        ("es", "El dirigente sigue detenido en la comisaría de Juliaca, informó su abogado.", []),
    ],
)
def test_claims12_talks_custody_ruled_out(
    resources: Resources, language: str, text: str, want: list[str]
) -> None:
    assert _topics(resources, text, language) == want
