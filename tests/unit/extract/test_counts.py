"""Casualty, detention and crowd counts in Spanish and English."""

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veeduria.extract.counts import compile_counts, find_counts
from veeduria.extract.numbers import compile_numbers, normalize
from veeduria.resources import load_lexicon


@pytest.fixture(scope="module")
def rules():
    return {lang: (compile_counts(lang), compile_numbers(lang)) for lang in ("es", "en")}


def _counts(rules, lang, text, start=0, end=None):
    count_rules, number_rules = rules[lang]
    return find_counts(text, start, len(text) if end is None else end, count_rules, number_rules)


def _summary(found):
    return [
        (m.category, m.count.value, m.count.low, m.count.high, m.count.qualifier) for m in found
    ]


# (lang, text, [(category, value, low, high, qualifier), ...])
CASES = [
    # the ages of several people glued to their group (tenth session)
    ("es", "dos jóvenes de 19 y 21 años murieron", [("killed", 2, 2, None, "exact")]),
    (
        "es",
        "tres comuneros de 30, 41 y 52 años resultaron heridos",
        [("injured", 3, 3, None, "exact")],
    ),
    # a plural event noun before one name: a place, not one person
    ("es", "con las muertes de Macusani", []),
    ("en", "after the deaths of Juliaca", []),
    ("es", "las detenciones de Juan Pérez y Ana Ruiz", [("detained", 2, 2, None, "exact")]),
    # one who got away hurt
    ("es", "su compañero logró escapar con heridas leves", [("injured", 1, 1, None, "exact")]),
    ("en", "his colleague escaped with minor injuries", [("injured", 1, 1, None, "exact")]),
    # taken to a police station: detained
    ("es", "40 personas fueron conducidas a la comisaría", [("detained", 40, 40, None, "exact")]),
    ("es", "17 muertos", [("killed", 17, 17, None, "exact")]),
    ("es", "veintisiete fallecidos", [("killed", 27, 27, None, "exact")]),
    ("es", "dos heridos de bala", [("injured", 2, 2, None, "exact")]),
    ("es", "200 detenidos", [("detained", 200, 200, None, "exact")]),
    ("es", "más de 200 detenidos", [("detained", 200, 200, None, "at_least")]),
    ("es", "al menos 17 personas murieron", [("killed", 17, 17, None, "at_least")]),
    ("es", "por lo menos 30 heridos", [("injured", 30, 30, None, "at_least")]),
    ("es", "murieron 17 personas", [("killed", 17, 17, None, "exact")]),
    ("es", "murió un manifestante", [("killed", 1, 1, None, "exact")]),
    ("es", "resultaron heridas 30 personas", [("injured", 30, 30, None, "exact")]),
    ("es", "30 personas resultaron heridas", [("injured", 30, 30, None, "exact")]),
    ("es", "fueron detenidas 192 personas", [("detained", 192, 192, None, "exact")]),
    ("es", "la policía detuvo a 200 personas", [("detained", 200, 200, None, "exact")]),
    ("es", "decenas de heridos", [("injured", 10, 10, None, "at_least")]),
    ("es", "cientos de manifestantes", [("participants", 100, 100, None, "at_least")]),
    ("es", "miles de personas marcharon", [("participants", 1000, 1000, None, "at_least")]),
    ("es", "decenas de miles de manifestantes", [("participants", 10000, 10000, None, "at_least")]),
    ("es", "unos 5.000 manifestantes", [("participants", 5000, 5000, None, "about")]),
    ("es", "marcharon unas 5.000 personas", [("participants", 5000, 5000, None, "about")]),
    ("es", "un centenar de detenidos", [("detained", 100, 100, None, "about")]),
    ("es", "entre 10 y 15 heridos", [("injured", 10, 10, 15, "at_least")]),
    ("es", "de 10 a 15 heridos", [("injured", 10, 10, 15, "at_least")]),
    ("es", "dos o tres muertos", [("killed", 2, 2, 3, "at_least")]),
    ("es", "hasta 20 detenidos", [("detained", 20, 20, None, "at_most")]),
    ("es", "cerca de 30 heridos", [("injured", 30, 30, None, "about")]),
    ("es", "casi 30 heridos", [("injured", 30, 30, None, "about")]),
    ("es", "30 o más heridos", [("injured", 30, 30, None, "at_least")]),
    ("es", "varios heridos", [("injured", 3, 3, None, "at_least")]),
    ("es", "18 personas, entre ellas un policía, murieron", [("killed", 18, 18, None, "exact")]),
    ("es", "17 muertos, de los cuales 3 eran policías", [("killed", 17, 17, None, "exact")]),
    (
        "es",
        "17 civiles y un policía murieron",
        [("killed", 17, 17, None, "exact"), ("killed", 1, 1, None, "exact")],
    ),
    (
        "es",
        "murieron 17 civiles y un policía",
        [("killed", 17, 17, None, "exact"), ("killed", 1, 1, None, "exact")],
    ),
    (
        "es",
        "17 muertos y 30 heridos",
        [("killed", 17, 17, None, "exact"), ("injured", 30, 30, None, "exact")],
    ),
    (
        "es",
        "murieron 17 personas y 30 resultaron heridas",
        [("killed", 17, 17, None, "exact"), ("injured", 30, 30, None, "exact")],
    ),
    (
        "es",
        "murieron 17 civiles y 30 policías resultaron heridos",
        [("killed", 17, 17, None, "exact"), ("injured", 30, 30, None, "exact")],
    ),
    (
        "es",
        "mataron anoche a dos civiles e hirieron a otros siete",
        [("killed", 2, 2, None, "exact"), ("injured", 7, 7, None, "exact")],
    ),
    ("es", "la muerte de un manifestante", [("killed", 1, 1, None, "exact")]),
    ("es", "la detención de 20 personas", [("detained", 20, 20, None, "exact")]),
    ("es", "un manifestante de 17 años murió", [("killed", 1, 1, None, "exact")]),
    (
        "es",
        "Dos jóvenes, uno de ellos de apenas 15 años, murieron ayer",
        [("killed", 2, 2, None, "exact")],
    ),
    ("es", "Un adolescente de 16 años habría fallecido", [("killed", 1, 1, None, "exact")]),
    ("es", "las 17 personas que murieron", [("killed", 17, 17, None, "exact")]),
    ("es", "detuvieron a los trece asaltantes", [("detained", 13, 13, None, "exact")]),
    (
        "es",
        "asesinaron a 18 compatriotas, entre ellos un menor",
        [("killed", 18, 18, None, "exact")],
    ),
    ("es", "Castillo fue detenido por agentes de la Policía", [("detained", 1, 1, None, "exact")]),
    ("es", "el artefacto no dejó heridos", [("injured", 0, 0, None, "exact")]),
    ("es", "sin que se registraran víctimas mortales", [("killed", 0, 0, None, "exact")]),
    # "nobody was hurt" means nobody was killed either; "no dejó heridos" says only that
    (
        "es",
        "nadie resultó herido",
        [("injured", 0, 0, None, "exact"), ("killed", 0, 0, None, "exact")],
    ),
    (
        "es",
        "la cifra de fallecidos en las protestas asciende a 18",
        [("killed", 18, 18, None, "exact")],
    ),
    ("es", "elevó a 44 la cifra de fallecidos", [("killed", 44, 44, None, "exact")]),
    # an ordinal tells one death (ACLED: the event's fatalities); it is no figure of its own
    ("es", "una novena persona murió el sábado", [("killed", 1, 1, None, "exact")]),
    ("es", "la muerte de una novena persona herida", [("killed", 1, 1, None, "exact")]),
    ("en", "a ninth protester died on Saturday", [("killed", 1, 1, None, "exact")]),
    ("en", "the death of a ninth protester", [("killed", 1, 1, None, "exact")]),
    # an adverb inside the verb phrase
    ("en", "a man was then beaten to death", [("killed", 1, 1, None, "exact")]),
    ("en", "two protesters were later shot dead", [("killed", 2, 2, None, "exact")]),
    ("en", "a protester was reportedly killed", [("killed", 1, 1, None, "exact")]),
    ("es", "dos manifestantes resultaron gravemente heridos", [("injured", 2, 2, None, "exact")]),
    ("es", "un dirigente fue luego detenido", [("detained", 1, 1, None, "exact")]),
    # a day between the verb and its preposition
    (
        "es",
        "elevó este miércoles a ocho el número de fallecidos",
        [("killed", 8, 8, None, "exact")],
    ),
    ("es", "el 9 de enero murieron 17", [("killed", 17, 17, None, "exact")]),
    ("en", "17 killed", [("killed", 17, 17, None, "exact")]),
    ("en", "at least 17 people were killed", [("killed", 17, 17, None, "at_least")]),
    ("en", "killing 17", [("killed", 17, 17, None, "exact")]),
    ("en", "killing at least 10 rebels", [("killed", 10, 10, None, "at_least")]),
    ("en", "seventeen dead", [("killed", 17, 17, None, "exact")]),
    ("en", "more than 200 detained", [("detained", 200, 200, None, "at_least")]),
    ("en", "200 people were arrested", [("detained", 200, 200, None, "exact")]),
    ("en", "police arrested 40 people", [("detained", 40, 40, None, "exact")]),
    ("en", "dozens of injured", [("injured", 12, 12, None, "at_least")]),
    ("en", "dozens were injured", [("injured", 12, 12, None, "at_least")]),
    ("en", "hundreds of protesters", [("participants", 100, 100, None, "at_least")]),
    ("en", "thousands marched", [("participants", 1000, 1000, None, "at_least")]),
    ("en", "tens of thousands marched", [("participants", 10000, 10000, None, "at_least")]),
    ("en", "some 5,000 protesters", [("participants", 5000, 5000, None, "about")]),
    ("en", "between 10 and 15 wounded", [("injured", 10, 10, 15, "at_least")]),
    ("en", "up to 20 people were detained", [("detained", 20, 20, None, "at_most")]),
    ("en", "nearly 30 people were injured", [("injured", 30, 30, None, "about")]),
    ("en", "a protester was killed", [("killed", 1, 1, None, "exact")]),
    ("en", "a 17-year-old protester was killed", [("killed", 1, 1, None, "exact")]),
    ("en", "18 people, including a police officer, died", [("killed", 18, 18, None, "exact")]),
    ("en", "the death of a protester", [("killed", 1, 1, None, "exact")]),
    ("en", "the killing of two young men", [("killed", 2, 2, None, "exact")]),
    ("en", "Two young men were killed", [("killed", 2, 2, None, "exact")]),
    (
        "en",
        "17 civilians and a police officer were killed",
        [("killed", 17, 17, None, "exact"), ("killed", 1, 1, None, "exact")],
    ),
    (
        "en",
        "A Peruvian soldier was killed and two others were wounded",
        [("killed", 1, 1, None, "exact"), ("injured", 2, 2, None, "exact")],
    ),
    (
        "en",
        "two dozen other people were treated for bullet wounds",
        [("injured", 24, 24, None, "about")],
    ),
    ("en", "the 18 who died in Juliaca", [("killed", 18, 18, None, "exact")]),
    (
        "en",
        "no one was hurt",
        [("injured", 0, 0, None, "exact"), ("killed", 0, 0, None, "exact")],
    ),
    ("en", "there were no injuries", [("injured", 0, 0, None, "exact")]),
    ("en", "Camacho was detained by police on Wednesday", [("detained", 1, 1, None, "exact")]),
    (
        "en",
        "The death toll since the protests began now stands at 18",
        [("killed", 18, 18, None, "exact")],
    ),
    (
        "en",
        "bring to at least 46 the number of people killed",
        [("killed", 46, 46, None, "at_least")],
    ),
    ("en", "the clashes left 17 dead on Jan. 9, 2023", [("killed", 17, 17, None, "exact")]),
    # issue #3: a complement of the person noun between the group and its verb
    (
        "es",
        "Cinco dirigentes del Frente de Defensa de Huanta fueron detenidos ayer",
        [("detained", 5, 5, None, "exact")],
    ),
    (
        "es",
        "al menos diez integrantes de las disidencias murieron en el bombardeo",
        [("killed", 10, 10, None, "at_least")],
    ),
    ("en", "two members of the union were arrested", [("detained", 2, 2, None, "exact")]),
    # issue #3: a part of a group named before
    ("en", "adding that 12 of them had been injured", [("injured", 12, 12, None, "exact")]),
    ("es", "doce de ellos resultaron heridos", [("injured", 12, 12, None, "exact")]),
    (
        "es",
        "Dos jóvenes, uno de ellos de apenas 15 años, murieron ayer",
        [("killed", 2, 2, None, "exact")],
    ),
    # issue #3: an article after a comma is not a coordinated count without its noun
    (
        "en",
        "police detained 11 people, a police spokesman said",
        [("detained", 11, 11, None, "exact")],
    ),
    # issue #3: people named after a verb or event noun count one each
    (
        "es",
        "la Policía mató a Inti Sotelo y Bryan Pintado en el Centro de Lima",
        [("killed", 2, 2, None, "exact")],
    ),
    (
        "es",
        "confirmó la muerte de Víctor Santisteban, de 55 años",
        [("killed", 1, 1, None, "exact")],
    ),
    ("en", "police arrested Pedro Castillo on Wednesday", [("detained", 1, 1, None, "exact")]),
    (
        "es",
        "Detuvieron a Juan Pérez, María Quispe y Luis Mamani en Juliaca",
        [("detained", 3, 3, None, "exact")],
    ),
    (
        "en",
        "Police arrested Camacho, a right-wing leader, on Wednesday",
        [("detained", 1, 1, None, "exact")],
    ),
    # issue #3: two nouns share one number
    (
        "en",
        "More than 70 soldiers and police officers have been killed",
        [("killed", 70, 70, None, "at_least")],
    ),
    # issue #3: an article and noun between the number and its head
    ("es", "ya son once los muertos", [("killed", 11, 11, None, "exact")]),
    ("es", "serían seis las personas fallecidas", [("killed", 6, 6, None, "exact")]),
    ("es", "Una veintena de manifestantes fueron detenidos", [("detained", 20, 20, None, "about")]),
    ("es", "fueron heridos de bala cuatro pobladores", [("injured", 4, 4, None, "exact")]),
    ("es", "Dos policías resultaron con heridas de perdigones", [("injured", 2, 2, None, "exact")]),
    ("en", "14 protesters were taken to hospital", [("injured", 14, 14, None, "exact")]),
    ("en", "Another protester died on Tuesday", [("killed", 1, 1, None, "exact")]),
    # issue #3: two participles share one auxiliary
    (
        "en",
        "A man accused of stealing cattle was beaten and burned to death by villagers",
        [("killed", 1, 1, None, "exact")],
    ),
    ("es", "dos comuneros fueron torturados y asesinados", [("killed", 2, 2, None, "exact")]),
    (
        "es",
        "Cinco manifestantes fueron golpeados y detenidos por la Policía",
        [("detained", 5, 5, None, "exact")],
    ),
    ("en", "two people were arrested and later released", [("detained", 2, 2, None, "exact")]),
    # issue #3: vague words multiply a counting word after them; "a few" is not one person
    ("en", "several dozen people were arrested", [("detained", 36, 36, None, "at_least")]),
    ("es", "varias decenas de personas fueron detenidas", [("detained", 30, 30, None, "at_least")]),
    ("en", "a few protesters were arrested", [("detained", 2, 2, None, "at_least")]),
    ("es", "algunos manifestantes fueron detenidos", [("detained", 2, 2, None, "at_least")]),
    ("en", "scores of people were injured", [("injured", 20, 20, None, "at_least")]),
    ("es", "ya suma más de medio centenar de muertos", [("killed", 50, 50, None, "at_least")]),
    ("en", "half a dozen people were injured", [("injured", 6, 6, None, "about")]),
    ("es", "presentaba una herida de bala", []),
    # issue #3: beaten is hurt, beaten to death is killed
    (
        "en",
        "police rescued two suspected thieves who had been beaten by a mob",
        [("injured", 2, 2, None, "exact")],
    ),
    ("es", "tres manifestantes fueron golpeados por agentes", [("injured", 3, 3, None, "exact")]),
    ("en", "two men were beaten to death", [("killed", 2, 2, None, "exact")]),
    ("en", "an eighth officer survived with gunshot wounds", [("injured", 1, 1, None, "exact")]),
    # issue #3: the number after "another", an age whose noun is left out
    (
        "en",
        "killing at least 10 rebels and wounding another five",
        [("killed", 10, 10, None, "at_least"), ("injured", 5, 5, None, "exact")],
    ),
    (
        "es",
        "Un joven de 22 años y una mujer de 35 murieron",
        [("killed", 1, 1, None, "exact"), ("killed", 1, 1, None, "exact")],
    ),
    ("en", "villagers lynched two suspected thieves", [("killed", 2, 2, None, "exact")]),
    ("en", "soldiers killed Castillo supporters", []),
    ("en", "troops arrested Monday", []),
    # issue #3: "victims"/"casualties" say "none" of both categories, and nothing with a number
    (
        "es",
        "una carga de dinamita estalló sin causar víctimas",
        [("killed", 0, 0, None, "exact"), ("injured", 0, 0, None, "exact")],
    ),
    ("es", "la explosión dejó cinco víctimas", []),
    ("es", "el artefacto no dejó heridos", [("injured", 0, 0, None, "exact")]),
    ("en", "the hospital where he died", [("killed", 1, 1, None, "exact")]),
    (
        "es",
        "al menos cuatro soldados tuvieron que ser hospitalizados por intoxicación",
        [("injured", 4, 4, None, "at_least")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_find_counts_reads_figures(rules, lang, text, expected):
    assert _summary(_counts(rules, lang, text)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "el 9 de enero"),
        ("es", "en 2023 murieron"),
        ("es", "en 2000 manifestantes tomaron el local"),
        ("es", "un joven de 17 años"),
        ("es", "uno de los heridos"),
        ("es", "uno de los manifestantes"),
        ("es", "S/ 200 para los heridos"),
        ("es", "el 17% de los heridos"),
        ("es", "17 por ciento de los manifestantes"),
        ("es", "a las 10 murieron"),
        ("es", "en el kilómetro 30 murieron"),
        ("es", "en la cuadra 5 murieron"),
        ("es", "murieron 17 años después"),
        ("es", "mataron 2 horas después"),
        ("es", "murieron el 17 de enero"),
        ("es", "detuvieron el 9 de enero"),
        ("es", "el décimo herido"),
        ("es", "los manifestantes marcharon"),
        ("es", "murieron un día después"),
        ("en", "Jan. 9"),
        ("en", "in 2000 protesters occupied the square"),
        ("en", "a 17-year-old"),
        ("en", "one of the protesters"),
        ("en", "$200 for the injured"),
        ("en", "17% of protesters"),
        ("en", "kilometer 30 dead"),
        ("en", "killing 17 years ago"),
        ("en", "killed 2 hours later"),
        ("en", "killed on Jan. 9"),
        ("en", "the 17th victim died"),
        ("en", "protesters marched"),
    ],
)
def test_find_counts_ignores_what_is_not_a_count(rules, lang, text):
    assert _counts(rules, lang, text) == []


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "head"),
    [
        (
            "es",
            "Según la Defensoría, al menos 17 personas murieron el lunes.",
            "al menos 17 personas murieron",
            "murieron",
        ),
        ("es", "Ayer murieron 17 personas en Juliaca.", "murieron 17 personas", "murieron"),
        ("es", "Hubo 30 heridos.", "30 heridos", "heridos"),
        (
            "en",
            "Officials said at least 17 people were killed.",
            "at least 17 people were killed",
            "were killed",
        ),
        ("en", "The clashes left 17 dead.", "17 dead", "dead"),
    ],
)
def test_find_counts_text_span_and_head(rules, lang, text, phrase, head):
    (found,) = _counts(rules, lang, text)
    assert found.count.text == phrase
    assert text[found.count.span[0] : found.count.span[1]] == phrase
    assert found.head.text == head
    assert text[found.head.span[0] : found.head.span[1]] == head


def test_find_counts_respects_the_range_and_gives_absolute_spans(rules):
    text = "Hubo 30 heridos. Luego murieron 17 personas. Y 200 detenidos."
    start, end = text.index("Luego"), text.index("Y 200")
    (found,) = _counts(rules, "es", text, start, end)
    assert (found.category, found.count.value) == ("killed", 17)
    assert text[found.count.span[0] : found.count.span[1]] == found.count.text


def test_find_counts_handles_empty_and_odd_ranges(rules):
    assert _counts(rules, "es", "", 0, 0) == []
    assert _counts(rules, "es", "17 muertos", 5, 2) == []
    assert _summary(_counts(rules, "es", "17 muertos", -3, 99)) == [
        ("killed", 17, 17, None, "exact")
    ]


# --- the lexicon's own examples ----------------------------------------------------------------

_BLOCKERS = {"not_before", "hour_before", "not_after", "year_marker", "relative_break"}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_count_words_examples_match_their_entry(rules, lang):
    for entry in load_lexicon(lang, "count_words").entries:
        assert entry.examples, f"{entry.id} has no example"
        for example in entry.examples:
            found = _counts(rules, lang, example)
            if entry.role in _BLOCKERS:
                assert found == [], f"{entry.id}: {example!r} gave {_summary(found)}"
                continue
            assert found, f"{entry.id}: no count in {example!r}"
            if entry.role in ("head", "verb", "event_noun", "toll", "toll_subject"):
                assert any(m.category == entry.category for m in found), (entry.id, example)
                heads = " ".join(normalize(m.head.text) for m in found)
                assert any(normalize(p) in heads for p in entry.patterns), (entry.id, example)
            elif entry.role == "qualifier":
                assert any(m.count.qualifier == entry.qualifier for m in found), (entry.id, example)
            elif entry.role == "range":
                assert any(m.count.high is not None for m in found), (entry.id, example)
            elif entry.role == "zero":
                assert any(m.count.value == 0 for m in found), (entry.id, example)
        for counter in entry.counter_examples:
            found = _counts(rules, lang, counter)
            if entry.role in ("head", "verb", "event_noun", "toll", "toll_subject"):
                found = [m for m in found if m.category == entry.category]
            assert found == [], f"{entry.id}: counter-example {counter!r} gave {_summary(found)}"


def test_count_rules_record_lexicon_versions(rules):
    assert any(v.startswith("es/count_words@") for v in rules["es"][0].versions)


# --- properties --------------------------------------------------------------------------------

WORDS = {
    "es": [
        "17",
        "1.200",
        "diecisiete",
        "un",
        "una",
        "al menos",
        "más de",
        "entre",
        "y",
        "a",
        "de",
        "decenas",
        "muertos",
        "heridos",
        "detenidos",
        "personas",
        "manifestantes",
        "murieron",
        "fueron detenidos",
        "la muerte de",
        "entre ellas",
        ",",
        ".",
        "años",
        "de enero",
        "a las",
        "no",
        "sin",
        "2000",
        "%",
        "la cifra de fallecidos",
        "asciende a",
        "que",
        "un policía",
        "(",
        ")",
        "—",
    ],
    "en": [
        "17",
        "1,200",
        "seventeen",
        "a",
        "an",
        "at least",
        "more than",
        "between",
        "and",
        "to",
        "of",
        "dozens",
        "dead",
        "injured",
        "detained",
        "people",
        "protesters",
        "were killed",
        "killing",
        "the death of",
        "including",
        ",",
        ".",
        "years",
        "Jan.",
        "no one",
        "2000",
        "%",
        "the death toll",
        "stands at",
        "who",
        "a police officer",
        "(",
        ")",
        "—",
    ],
}


@settings(max_examples=300, deadline=None)
@given(lang=st.sampled_from(["es", "en"]), picks=st.lists(st.integers(0, 200), max_size=40))
def test_find_counts_never_raises_on_word_salad(rules, lang, picks):
    words = WORDS[lang]
    text = " ".join(words[i % len(words)] for i in picks)
    started = time.process_time()
    for m in _counts(rules, lang, text):
        assert text[m.count.span[0] : m.count.span[1]] == m.count.text
        assert m.count.value >= 0 and m.count.low == m.count.value
        assert m.count.high is None or m.count.high > m.count.low
        assert m.category in ("killed", "injured", "detained", "participants")
    assert time.process_time() - started < 2.0  # no runaway regex


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300))
def test_find_counts_never_raises_on_random_text(rules, text):
    for lang in ("es", "en"):
        started = time.process_time()
        _counts(rules, lang, text)
        assert time.process_time() - started < 2.0  # no runaway regex


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize(
    "chunk",
    [
        "1.1." * 3000,
        "muertos " * 2000,
        "murieron 17 " * 1000,
        ", " * 10000,
        "de " * 4000,
        "y 1 " * 3000,
    ],
)
def test_find_counts_is_linear_on_pathological_text(rules, lang, chunk):
    started = time.process_time()
    _counts(rules, lang, chunk)
    assert time.process_time() - started < 12.0  # no runaway regex


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # issue #3: groups that share one verb add up, even past a personal "a"
        (
            "es",
            "dejaron heridos a un patrullero y a una mujer de 60 años",
            {"injured": 2},
        ),
        ("es", "17 civiles y un policía murieron", {"killed": 18}),
        # "no arrests were made": a coder records no figure, not zero
        ("en", "no arrests were made", {}),
        ("es", "No se reportaron detenidos", {}),
        ("en", "no one was hurt", {"killed": 0, "injured": 0}),
        # a breakdown is part of the figure before it, not added to it
        ("es", "17 muertos, tres de ellos policías", {"killed": 17}),
        ("en", "Seventeen people died, including three police officers", {"killed": 17}),
    ],
)
def test_combine_gives_one_figure_per_category(rules, lang, text, expected):
    from veeduria.extract.pipeline import _combine

    combined = _combine(_counts(rules, lang, text), text)
    assert {k: c.value for k, c in combined.items()} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # issue #3: the breakdown of a figure is marked as its part
        (
            "en",
            "26 people have died since Dec. 7: 20 in clashes and six in road accidents",
            [(26, False), (20, True), (6, True)],
        ),
        ("en", "58 people have died, 47 of them in clashes", [(58, False), (47, True)]),
        ("es", "56 personas han muerto, 45 de ellas por disparos", [(56, False), (45, True)]),
        ("en", "Of those, 49 civilians died in clashes", [(49, True)]),
        ("es", "De ellos, 12 murieron en Juliaca", [(12, True)]),
        # an aside "including ..." is a detail, not a breakdown; a year is no figure
        ("en", "18 people, including a police officer, died", [(18, False)]),
        ("en", "the clashes left 17 dead on Jan. 9, 2023", [(17, False)]),
    ],
)
def test_find_counts_marks_parts(rules, lang, text, expected):
    assert [(m.count.value, m.part) for m in _counts(rules, lang, text)] == expected


def _cue(text, phrase):
    from veeduria.extract.lexical import CueInfo, Found

    start = text.index(phrase)
    return Found(start, start + len(phrase), CueInfo("test.tally", "tally"))


def _span(text, phrase):
    start = text.index(phrase)
    return (start, start + len(phrase))


@pytest.mark.parametrize(
    ("text", "count", "head", "cue", "others", "expected"),
    [
        # issue #3: a perfect inside a longer, modal verb is no toll
        (
            "two people may have been injured in Ilave",
            "two people may have been injured",
            "may have been injured",
            "have been injured",
            [],
            False,
        ),
        (
            "22 personas han muerto en Puno",
            "22 personas han muerto",
            "han muerto",
            "han muerto",
            [],
            True,
        ),
        # a cue that belongs to the next figure, or across a semicolon or a colon, is not this
        # one's
        (
            "detuvo a 15 personas el martes; en total, ya son 300 los detenidos",
            "detuvo a 15 personas",
            "detuvo",
            "en total",
            ["300 los detenidos"],
            False,
        ),
        # a headline's toll before a colon is not the figure after it
        (
            "The toll rises: officials now say 13 people have been killed in Cali today",
            "13 people have been killed",
            "have been killed",
            "The toll",
            [],
            False,
        ),
        (
            "arrested 15 people, bringing the number of arrests to 300",
            "arrested 15 people",
            "arrested",
            "number of arrests",
            ["the number of arrests to 300"],
            False,
        ),
    ],
)
def test_tally_cue_belongs_to_its_own_figure(text, count, head, cue, others, expected):
    from veeduria.extract.tallies import tally_cue

    found = tally_cue(
        _span(text, count),
        [_cue(text, cue)],
        _span(text, head),
        [_span(text, o) for o in others],
        text,
    )
    assert (found is not None) is expected


@pytest.mark.parametrize(
    ("lang", "text", "toll", "figure", "expected"),
    [
        # a toll that names one incident (a clash, an operation) or a day counts its dead
        ("es", "El saldo del enfrentamiento es de ocho fallecidos", "saldo", "ocho", True),
        (
            "es",
            "elevó este miércoles a ocho el número de fallecidos en el operativo del martes",
            "el número de fallecidos",
            "ocho",
            True,
        ),
        ("en", "the death toll from Monday's clashes rose to 17", "the death toll", "17", True),
        ("en", "the number of dead in the raid stands at 9", "the number of dead", "9", True),
        # a toll of the whole crisis stays a tally; a day that dates the report is not the toll's
        (
            "es",
            "la cifra de fallecidos en las protestas asciende a 18",
            "la cifra de fallecidos",
            "18",
            False,
        ),
        (
            "es",
            "elevó este miércoles a ocho el número de fallecidos en las protestas",
            "el número de fallecidos",
            "ocho",
            False,
        ),
        (
            "en",
            "the death toll since the protests began rose to 60",
            "the death toll",
            "60",
            False,
        ),
        ("en", "the death toll rose to 17 on Monday", "the death toll", "17", False),
    ],
)
def test_toll_of_incident_reads_the_tolls_own_phrase(resources, lang, text, toll, figure, expected):
    from veeduria.extract.dates import read_dates
    from veeduria.extract.tallies import toll_of_incident
    from veeduria.extract.terms import fold

    res = resources.by_language[lang]
    cues = res.lexical.cues_in(fold(text), 0, len(text), text.lower())
    dates = read_dates(text, 0, len(text), dt.date(2023, 1, 12), res.dates).past
    assert toll_of_incident(_span(text, toll), _span(text, figure), text, cues, dates) is expected
