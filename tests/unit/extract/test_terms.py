import pytest
from hypothesis import given
from hypothesis import strategies as st

from veeduria.extract.terms import TermMatcher, fold


@given(st.text())
def test_fold_keeps_length(text):
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Policía", "policia"),
        ("AYACUCHO", "ayacucho"),
        ("San Martín\n", "san martin "),
        ("“sí”", '"si"'),
    ],
)
def test_fold_lowers_strips_accents(text, folded):
    assert fold(text) == folded


def _matches(terms, text):
    matcher = TermMatcher((t, t) for t in terms)
    return [(text[h.start : h.end], h.payloads) for h in matcher.scan(fold(text))]


@pytest.mark.parametrize(
    ("terms", "text", "expected"),
    [
        (["marcha"], "La marcha llegó", ["marcha"]),
        (["marcha"], "Las marchas llegaron", []),
        (["marcha*"], "Las marchas llegaron", ["marchas"]),
        (["paro", "paro cardiaco"], "sufrió un paro cardíaco", ["paro cardíaco"]),
        (["gas"], "Gasolina", []),
        (["policia"], "la Policía Nacional", ["Policía"]),
        (["tear gas"], "fired tear\ngas at", ["tear\ngas"]),
    ],
)
def test_term_matcher_words_prefixes_longest(terms, text, expected):
    assert [m[0] for m in _matches(terms, text)] == expected


def test_term_matcher_keeps_every_payload_of_a_term():
    matcher = TermMatcher([("explosivos", "weapon"), ("explosivos", "explosive")])
    (hit,) = matcher.scan(fold("hallaron explosivos"))
    assert set(hit.payloads) == {"weapon", "explosive"}


def test_term_matcher_empty_is_harmless():
    assert TermMatcher([]).scan("anything") == []


@given(st.text(max_size=300))
def test_term_matcher_spans_are_inside_text(text):
    matcher = TermMatcher([("a", 1), ("ab*", 2), ("de la", 3)])
    for hit in matcher.scan(fold(text)):
        assert 0 <= hit.start < hit.end <= len(text)


_DICTIONARIES = [
    [("marcha*", 1), ("paro", 2), ("paro cardiaco", 3), ("de la", 4)],
    [("paro", "p"), ("la policia", "lp"), ("policia*", "pp")],
    [],
    [("a", 1), ("ab*", 2), ("de la", 3), ("la", 5)],
]


@given(
    st.text(alphabet="abdelmoprcitá ,.\n", max_size=200), st.integers(0, 20), st.integers(0, 220)
)
def test_merged_matcher_gives_each_dictionary_its_own_hits(text, start, end):
    from veeduria.extract.terms import MergedMatcher, longest

    matchers = [TermMatcher(terms) for terms in _DICTIONARIES]
    folded = fold(text)
    merged = MergedMatcher(matchers).spans(folded, start, end)
    for matcher, hits in zip(matchers, merged, strict=True):
        assert hits == matcher.spans(folded, start, end, overlapping=True)
        assert longest(list(hits)) == matcher.spans(folded, start, end)
