import pytest

from veeduria.extract.pipeline import _language
from veeduria.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Murieron dos. La policía lo confirmó.",
            ["Murieron dos.", "La policía lo confirmó."],
        ),
        ("es", "El Gral. Angulo habló. Luego se fue.", ["El Gral. Angulo habló.", "Luego se fue."]),
        (
            "es",
            "Vive en la Av. Abancay 123. Nada más.",
            ["Vive en la Av. Abancay 123.", "Nada más."],
        ),
        ("en", "On Jan. 9 police fired. Many died.", ["On Jan. 9 police fired.", "Many died."]),
        ("en", "Gen. M. Gómez said so. It ended.", ["Gen. M. Gómez said so.", "It ended."]),
        (
            "es",
            "Titular sin punto\n\nCuerpo de la nota.",
            ["Titular sin punto", "Cuerpo de la nota."],
        ),
        ("es", "¿Quién disparó? Nadie lo sabe.", ["¿Quién disparó?", "Nadie lo sabe."]),
    ],
)
def test_split_sentences_respects_abbreviations(lang, text, expected):
    rules = _language(lang).sentences
    assert [text[a:b] for a, b in split_sentences(text, rules)] == expected


def test_split_sentences_cuts_runaway_text():
    rules = _language("es").sentences
    text = ("palabra " * 1000).strip()
    spans = split_sentences(text, rules)
    assert all(b - a <= 2000 for a, b in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
