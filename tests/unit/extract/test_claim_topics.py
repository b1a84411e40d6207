"""Which topic a claim gets (topics): the decision list of docs/vocabulary.md ("Claims") read
the same way in both languages. Street actions are `march`, the state's warning against road
closures is `blockade`, a mediator or a mesa técnica is `dialogue`, shops told to close are a
`strike`, an inquiry into the dead is `justice_for_victims` and one into a fire is `other`, a
protest asked to stay peaceful is `other`. Every sentence is written for these tests, each rule
with near misses that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _topics(resources: Resources, text: str, language: str) -> set[str]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 2, 7))
    return {c.topic for c in extract(doc, resources).claims}


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # the state's warning against road closures and barricades (rule 6)
        (
            "El gobernador advirtió que no permitirá cierres de vías en la provincia.",
            "es",
            "blockade",
        ),
        (
            "La ministra advirtió que la policía despejará todas las carreteras del sur.",
            "es",
            "blockade",
        ),
        (
            "El prefecto advirtió que no tolerará barricadas en el centro de Tacna.",
            "es",
            "blockade",
        ),
        (
            "The interior minister warned that he would not tolerate roadblocks on the coast road.",
            "en",
            "blockade",
        ),
        (
            "El frente pidió a los comuneros cerrar los accesos a Ilave desde el lunes.",
            "es",
            "blockade",
        ),
        # a go-between and a mesa técnica (rule 3)
        (
            "La Iglesia anunció que enviará una comisión a Andahuaylas para mediar entre las partes.",
            "es",
            "dialogue",
        ),
        (
            "Los arroceros pidieron instalar una mesa técnica sobre el precio del grano.",
            "es",
            "dialogue",
        ),
        (
            "The bishops said they would send two envoys to mediate between the miners and the ministry.",
            "en",
            "dialogue",
        ),
        # shops, stalls and schools closed for the stoppage (rule 5)
        (
            "El comité pidió a los vendedores del mercado cerrar sus puestos el jueves.",
            "es",
            "strike",
        ),
        ("Los bodegueros anunciaron que mantendrán sus tiendas cerradas mañana.", "es", "strike"),
        (
            "The teachers' federation vowed to keep schools closed until the wage deal is signed.",
            "en",
            "strike",
        ),
        # the movement's bases arriving in the capital (rule 4)
        (
            "La confederación anunció que sus comunidades seguirán llegando a Quito durante la semana.",
            "es",
            "march",
        ),
        # justice: those who ordered the shooting, commanders charged, the force used (rule 2)
        (
            "Exigimos que la Fiscalía identifique y sancione a quienes ordenaron disparar.",
            "es",
            "justice_for_victims",
        ),
        (
            "Los deudos pidieron a la Fiscalía que determine si el uso de la fuerza fue proporcional.",
            "es",
            "justice_for_victims",
        ),
        (
            "The widows' association demanded that the colonels also be charged.",
            "en",
            "justice_for_victims",
        ),
        (
            "The ombudswoman asked prosecutors to establish whether the use of force was lawful.",
            "en",
            "justice_for_victims",
        ),
    ],
)
def test_the_topic_follows_the_written_rule(
    resources: Resources, text: str, language: str, want: str
) -> None:
    assert want in _topics(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language", "unwanted"),
    [
        # a traffic closure an authority orders, in the singular, is no blockade claim
        (
            "La municipalidad anunció el cierre de vías por la procesión del domingo.",
            "es",
            "blockade",
        ),
        # stalls shut for fear are told, not called for
        ("Los vendedores cerraron sus puestos por temor a los saqueos.", "es", "strike"),
        ("The council voted to keep schools closed because of the flooding.", "en", "strike"),
        # an inquiry into a fire no one died in is `other`
        (
            "El ministro atribuye el incendio a los manifestantes; los gremios lo niegan y piden una investigación.",
            "es",
            "justice_for_victims",
        ),
        (
            "The traders asked for an inquiry into the fire at the bus terminal.",
            "en",
            "justice_for_victims",
        ),
        # a protest asked to stay peaceful is no call to protest
        ("La prefectura pidió que la protesta sea pacífica.", "es", "march"),
        ("The archbishop urged the farmers to protest peacefully.", "en", "march"),
        # the protests in which people died are not a protest called
        (
            "Las madres exigieron justicia para los heridos en las protestas de enero.",
            "es",
            "march",
        ),
        (
            "The families demanded justice for those killed in the protests of December.",
            "en",
            "march",
        ),
    ],
)
def test_near_misses_keep_their_topic(
    resources: Resources, text: str, language: str, unwanted: str
) -> None:
    assert unwanted not in _topics(resources, text, language)


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # an inquiry into deaths in a fire stays one of justice
        (
            "Relatives asked for an inquiry into the deaths in the fire.",
            "en",
            "justice_for_victims",
        ),
        (
            "Los deudos piden una investigación de las muertes y del incendio de la comisaría.",
            "es",
            "justice_for_victims",
        ),
        # a call for a peaceful protest is still a call to protest
        ("Los gremios convocaron a una protesta pacífica para el viernes.", "es", "march"),
    ],
)
def test_near_misses_that_keep_the_rule(
    resources: Resources, text: str, language: str, want: str
) -> None:
    assert want in _topics(resources, text, language)


def test_a_condition_repeating_a_demand_just_claimed_adds_none(resources: Resources) -> None:
    text = (
        "Decenas de comuneros se plantaron ante la fiscalía para exigir la liberación de sus "
        "dirigentes. La federación convocó a un paro de 72 horas si los detenidos no son liberados."
    )
    doc = Document(id="t", text=text, language="es", published=dt.date(2023, 2, 7))
    topics = [c.topic for c in extract(doc, resources).claims]
    assert topics.count("release_of_prisoner") == 1
    assert "strike" in topics


def test_a_condition_alone_is_a_demand_of_its_own(resources: Resources) -> None:
    text = "La federación convocó a un paro de 72 horas si los detenidos no son liberados."
    doc = Document(id="t", text=text, language="es", published=dt.date(2023, 2, 7))
    topics = [c.topic for c in extract(doc, resources).claims]
    assert topics.count("release_of_prisoner") == 1
    assert "strike" in topics
