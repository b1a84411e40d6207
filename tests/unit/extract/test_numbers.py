"""Numbers in digits and words, and the phrase tables every date/count lexicon compiles to."""

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veeduria.extract.numbers import (
    compile_numbers,
    compile_phrases,
    find_numbers,
    lower_slice,
    normalize,
    parse_number,
    phrase_regex,
    read_ordinal,
)
from veeduria.resources import load_lexicon


@pytest.fixture(scope="module")
def rules():
    return {"es": compile_numbers("es"), "en": compile_numbers("en")}


@pytest.mark.parametrize(
    ("lang", "phrase", "value"),
    [
        ("es", "17", 17),
        ("es", "1.200", 1200),
        ("es", "1,200", 1200),
        ("es", "12.500.000", 12500000),
        ("es", "5.000", 5000),
        ("es", "diecisiete", 17),
        ("es", "Diecisiete", 17),
        ("es", "dieciseis", 16),
        ("es", "veintisiete", 27),
        ("es", "veintiún", 21),
        ("es", "treinta y dos", 32),
        ("es", "ciento noventa y dos", 192),
        ("es", "doscientas", 200),
        ("es", "cien", 100),
        ("es", "cien mil", 100000),
        ("es", "dos mil", 2000),
        ("es", "mil doscientos", 1200),
        ("es", "5 mil", 5000),
        ("es", "1,5 millones", 1500000),
        ("es", "un millón", 1000000),
        ("es", "doscientos cincuenta y tres mil cuatrocientos", 253400),
        ("es", "un centenar", 100),
        ("es", "una docena", 12),
        ("es", "dos docenas", 24),
        ("es", "un millar", 1000),
        ("es", "un", 1),
        ("es", "una", 1),
        ("es", "uno", 1),
        ("es", "cero", 0),
        ("en", "17", 17),
        ("en", "1,200", 1200),
        ("en", "seventeen", 17),
        ("en", "Seventeen", 17),
        ("en", "twenty-seven", 27),
        ("en", "twenty seven", 27),
        ("en", "two hundred", 200),
        ("en", "two hundred and five", 205),
        ("en", "a hundred", 100),
        ("en", "one thousand two hundred", 1200),
        ("en", "two thousand", 2000),
        ("en", "1.5 million", 1500000),
        ("en", "a dozen", 12),
        ("en", "a", 1),
        ("en", "an", 1),
        ("en", "one", 1),
    ],
)
def test_parse_number_reads_digits_and_words(rules, lang, phrase, value):
    assert parse_number(phrase, rules[lang]) == value


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [
        ("es", ""),
        ("es", "   "),
        ("es", "17 muertos"),
        ("es", "uno dos"),
        ("es", "1,5"),  # a decimal is not a count
        ("es", "muertos"),
        ("es", "10:30"),
        ("es", "17%"),
        ("es", "15/12/2022"),
        ("en", "1.200"),  # English writes decimals with a point
        ("en", "seventeen dead"),
        ("en", "a hundred and two hundred"),
        ("en", "17th"),
    ],
)
def test_parse_number_refuses_what_is_not_one_number(rules, lang, phrase):
    assert parse_number(phrase, rules[lang]) is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "entre 10 y 15 heridos", [("10", 10), ("15", 15)]),
        ("es", "treinta y dos muertos y 5 heridos", [("treinta y dos", 32), ("5", 5)]),
        ("es", "murió un manifestante", [("un", 1)]),
        ("es", "a las 10:30 del 15/12/2022", []),
        ("es", "el 17% de los votos", []),
        (
            "en",
            "between a hundred and two hundred people",
            [("a hundred", 100), ("two hundred", 200)],
        ),
        ("en", "the 17th victim", []),
        ("en", "twenty-seven dead, 1,200 arrested", [("twenty-seven", 27), ("1,200", 1200)]),
    ],
)
def test_find_numbers_gives_text_and_absolute_spans(rules, lang, text, expected):
    prefix = "Dijo: " if lang == "es" else "Said: "
    full = prefix + text
    found = find_numbers(full, len(prefix), len(full), rules[lang])
    assert [(n.text, n.value) for n in found] == expected
    for n in found:
        assert full[n.start : n.end] == n.text


def test_find_numbers_flags_articles_and_counting_nouns(rules):
    text = "un centenar de personas y un policía"
    found = find_numbers(text, 0, len(text), rules["es"])
    assert [(n.value, n.approximate, n.article) for n in found] == [
        (100, True, False),
        (1, False, True),
    ]


def test_find_numbers_respects_the_range(rules):
    text = "17 muertos y 30 heridos"
    assert [n.value for n in find_numbers(text, 3, len(text), rules["es"])] == [30]
    # a word cut by the start of the range is not read as a number ("veinti|cuatro")
    word = "veinticuatro"
    assert find_numbers(word, 6, len(word), rules["es"]) == []


@pytest.mark.parametrize("lang", ["es", "en"])
def test_number_words_examples_are_numbers(rules, lang):
    for entry in load_lexicon(lang, "number_words").entries:
        assert entry.examples, f"{entry.id} has no example"
        for example in entry.examples:
            if entry.kind == "ordinal":
                # a rank is never a figure; read where a rank is asked for, after the article
                low = example.lower()
                at = low.index(" ") + 1
                assert read_ordinal(low, at, rules[lang]) == (
                    entry.value,
                    low.index(" ", at),
                ), f"{entry.id}: {example!r}"
                assert not find_numbers(example, 0, len(example), rules[lang]), example
                continue
            found = find_numbers(example, 0, len(example), rules[lang])
            assert found, f"{entry.id}: no number in {example!r}"
            if entry.kind in ("number", "article", "multiplier", "collective", "scale"):
                words = {normalize(w) for w in entry.words}
                texts = " ".join(normalize(n.text) for n in found)
                assert any(w in texts for w in words), f"{entry.id}: {example!r} read as {found}"


# --- phrase tables --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("patterns", "text", "expected"),
    [
        (["al menos"], "Al  menos 17", ["Al  menos"]),
        (["más de"], "mas de 200", ["mas de"]),  # accents are optional
        (["heridos"], "los heridos, los malheridos", ["heridos"]),  # whole words only
        (["moviliz*"], "se movilizaron y movilizados", ["movilizaron", "movilizados"]),
        (["May"], "police may fire in May", ["May"]),  # a capital in the data must be in the text
        (["año"], "el ano y el año", ["año"]),  # ñ is not n
        (["s/", "%"], "S/ 200 y 17 %", ["S/", "%"]),
        (["Dec."], "Dec. 15 and Dec 15", ["Dec."]),
    ],
)
def test_phrase_table_matches_words_and_phrases(patterns, text, expected):
    table = compile_phrases([(p, p) for p in patterns])
    assert [m.group() for m in table.regex.finditer(text)] == expected
    for m in table.regex.finditer(text):
        assert table.lookup(m.group()), m.group()


def test_phrase_table_optional_final_dot():
    table = compile_phrases([("Dec.", 12)], optional_final_dot=True)
    assert [m.group() for m in table.regex.finditer("Dec. 15 and Dec 15 and Decca")] == [
        "Dec.",
        "Dec",
    ]
    assert table.lookup("Dec") == (12,) and table.lookup("dec.") == (12,)


def test_phrase_table_lowered_source_needs_the_capital_check():
    table = compile_phrases([("May", 5), ("mayo", 5)])
    lowered = re.compile(table.lowered_source)
    assert [m.group() for m in lowered.finditer("may mayo")] == ["may", "mayo"]
    assert table.capitalized == frozenset({"may"})


def test_phrase_regex_rejects_stars_inside_patterns():
    from veeduria.errors import ResourceError

    with pytest.raises(ResourceError):
        phrase_regex(["mo*viliz"])


@given(st.text(max_size=60))
def test_lower_slice_keeps_offsets(text):
    assert len(lower_slice(text, 0, len(text))) == len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,- yandosientmilcéú", max_size=200))
def test_numbers_never_raise_and_stay_fast(text):
    for lang in ("es", "en"):
        rules = compile_numbers(lang)
        started = time.process_time()
        for n in find_numbers(text, 0, len(text), rules):
            assert text[n.start : n.end] == n.text and n.value >= 0
        parse_number(text, rules)
        assert time.process_time() - started < 2.0  # no runaway regex


@pytest.mark.parametrize("language", ["es", "en"])
@given(
    text=st.text(alphabet="abdeinostuñ0123456789 .,:/$-_\n()«", max_size=120),
    pos=st.integers(0, 5),
)
def test_word_scanner_finds_what_its_pattern_finds(language, text, pos):
    from veeduria.extract.numbers import compile_numbers

    rules = compile_numbers(language)
    expected = [(m.span(), m.group("d")) for m in rules.token_re.finditer(text, pos)]
    found = [((a, b), m.group("d")) for a, b, m in rules.token_scan.finditer(text, pos)]
    assert found == expected
