"""One source kind per case: text, Markdown, HTML, JSON, JSONL, CSV, RSS, Atom, XML feed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from veeduria.config import Settings, load_settings
from veeduria.ingest import SourceFailure, document_id, read_source, read_text
from veeduria.models import Document

D = dt.date

# file -> the documents it yields, in order, with the fields checked
KINDS: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "es_paro.txt",
        [
            {
                "origin_kind": "text",
                "language": "es",
                "published": D(2023, 1, 12),
                "published_source": "dateline",
                "published_precision": "day",
                "title": None,
                "contains": "bloquearon este jueves la carretera Panamericana Sur",
            }
        ],
    ),
    (
        "en_report.md",
        [
            {
                "origin_kind": "text",
                "language": "en",
                "published": D(2023, 1, 10),
                "published_source": "dateline",
                "title": "Farmers block highway near Ilave",
                "contains": "open-ended strike",
            }
        ],
    ),
    (
        "es_article.html",
        [
            {
                "origin_kind": "html",
                "language": "es",
                # metadata (14 Jan) wins over the dateline in the text (13 Jan)
                "published": D(2023, 1, 14),
                "published_source": "metadata",
                "title": "Vigilia por las víctimas de Juliaca",
                "url": "https://altiplano.example/2023/01/vigilia-juliaca",
                "author": "Rosa Quispe Mamani",
                "source_name": "Diario del Altiplano",
                "contains": "encendieron velas frente a la catedral",
            }
        ],
    ),
    (
        "en_article_nodate.html",
        [
            {
                "origin_kind": "html",
                "language": "en",
                "published": D(2023, 1, 11),
                "published_source": "dateline",
                "title": "Curfew declared in Puno after clashes",
                "contains": "three-day night curfew",
            }
        ],
    ),
    (
        "records.json",
        [
            {
                "origin_kind": "json",
                "language": "es",
                "language_score": None,  # given, not detected
                "published": D(2023, 1, 20),
                "published_source": "given",
                "title": "Marcha de trabajadores del turismo en Cusco",
                "url": "https://ejemplo.example/cusco-turismo",
            },
            {
                "origin_kind": "json",
                "language": "en",
                "published": D(2023, 1, 19),
                "published_source": "given",
                "title": "Students rally in Arequipa",
            },
        ],
    ),
    (
        "records.jsonl",
        [
            {
                "origin_kind": "jsonl",
                "language": "es",
                "published": D(2023, 2, 3),
                "title": "Cierre del mercado en Tacna",
            },
            {
                "origin_kind": "jsonl",
                "language": "en",
                "published": None,
                "published_source": "none",
                "url": "https://example.example/chala",
            },
        ],
    ),
    (
        "records.csv",
        [
            {
                "origin_kind": "csv",
                "language": "es",
                "published": D(2023, 3, 1),
                "title": "Olla común en Ate",
                "url": "https://ejemplo.example/ate",
                # a quoted field keeps its paragraph break
                "contains": "populares.\n\nPiden que se restituya",
            },
            {
                "origin_kind": "csv",
                "language": "en",
                "published": None,
                "url": None,
                "title": "Teachers strike in Ayacucho",
            },
        ],
    ),
    (
        "feed.rss",
        [
            {
                "origin_kind": "rss",
                "language": "es",
                # 22:10 -05:00: the date as the feed wrote it, not the UTC date
                "published": D(2023, 1, 9),
                "published_source": "feed",
                "title": "Bloqueo en el puente internacional de Desaguadero",
                "url": "https://sur.example/desaguadero-bloqueo",
                "author": "Luis Condori",
                "source_name": "Noticias del Sur",
                # content:encoded, not the description, and without markup
                "contains": "bloquearon el puente internacional de Desaguadero",
                "absent": "Resumen",
            },
            {
                "origin_kind": "rss",
                "published": D(2023, 1, 10),
                "title": "Comunicado de la federación campesina",
                "contains": "convocó a una asamblea regional",
                "absent": "<p>",
            },
        ],
    ),
    (
        "feed.atom",
        [
            {
                "origin_kind": "atom",
                "language": "en",
                "published": D(2023, 1, 11),
                "published_source": "feed",
                "title": "Airport in Juliaca remains closed",
                "url": "https://andes.example/juliaca-airport",
                "author": "Ana Torres",
                "source_name": "Andes Monitor",
                "contains": "remained closed for a second day",
                "absent": "stays closed",
            }
        ],
    ),
    (
        "feed.xml",
        [
            {
                "origin_kind": "rss",
                "language": "es",
                "published": D(2023, 1, 15),
                "title": "Marcha de sikuris en Puno",
            }
        ],
    ),
]


def _check(document: Document, expected: dict[str, Any]) -> None:
    for name, value in expected.items():
        if name == "contains":
            assert value in document.text
        elif name == "absent":
            assert value not in document.text
        else:
            assert getattr(document, name) == value, name


@pytest.mark.parametrize(("name", "expected"), KINDS, ids=[k[0] for k in KINDS])
def test_read_source_kinds(
    name: str, expected: list[dict[str, Any]], ingest_data: Path, settings: Settings
) -> None:
    path = ingest_data / name
    items = list(read_source(path, settings))
    assert all(isinstance(item, Document) for item in items), items
    assert len(items) == len(expected)
    for document, fields in zip(items, expected, strict=True):
        assert isinstance(document, Document)
        _check(document, fields)
        assert document.origin == str(path)
        assert document.id == document_id(document.text)
        assert document.text == document.text.strip()


@pytest.mark.parametrize(
    ("name", "markers"),
    [
        ("es_article.html", ["COMENTARIO_LECTOR", "Comentarios de los lectores"]),
        ("en_article_nodate.html", ["READER_COMMENT", "the barracks"]),
    ],
)
def test_read_source_html_comments_never_in_text(
    name: str, markers: list[str], ingest_data: Path, settings: Settings
) -> None:
    (document,) = read_source(ingest_data / name, settings)
    assert isinstance(document, Document)
    for marker in markers:
        assert marker not in document.text


@pytest.mark.parametrize(
    ("name", "expected_source"),
    [("es_paro.txt", "given"), ("es_article.html", "given"), ("records.json", "given")],
)
def test_read_source_published_argument_on_single_document_files(
    name: str, expected_source: str, ingest_data: Path, settings: Settings
) -> None:
    given = D(2023, 6, 1)
    documents = list(read_source(ingest_data / name, settings, published=given))
    first = documents[0]
    assert isinstance(first, Document)
    if name == "records.json":
        # records keep their own date; the argument fills only records without one
        assert first.published == D(2023, 1, 20)
    else:
        assert (first.published, first.published_precision) == (given, "day")
    assert first.published_source == expected_source


def test_read_source_published_argument_fills_records_without_date(
    ingest_data: Path, settings: Settings
) -> None:
    given = D(2023, 6, 1)
    dated, undated = read_source(ingest_data / "records.jsonl", settings, published=given)
    assert isinstance(dated, Document) and isinstance(undated, Document)
    assert dated.published == D(2023, 2, 3)
    assert (undated.published, undated.published_source) == (given, "given")


@pytest.mark.parametrize(("name", "language"), [("es_paro.txt", "pt"), ("feed.atom", "es")])
def test_read_source_language_argument(
    name: str, language: str, ingest_data: Path, settings: Settings
) -> None:
    documents = list(read_source(ingest_data / name, settings, language=language))
    assert all(isinstance(d, Document) and d.language == language for d in documents)
    assert all(isinstance(d, Document) and d.language_score is None for d in documents)


def test_read_source_record_language_wins_over_argument(
    ingest_data: Path, settings: Settings
) -> None:
    first, second = read_source(ingest_data / "records.json", settings, language="pt")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.language, second.language) == ("es", "pt")


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


TEXT_ES = "Vecinos de Chiclayo marcharon hasta la sede del gobierno regional para exigir agua."

# (file name, content, expected: one code per item, "doc" for a document; records indexes)
RECORD_CASES: list[tuple[str, str, list[str], list[int | None]]] = [
    (
        "ragged_rows.csv",
        f'text,title\n"{TEXT_ES}",uno\n"{TEXT_ES} Dos",dos,sobra\n"{TEXT_ES} Tres",tres\n',
        ["doc", "E107", "doc"],
        [None, 1, None],
    ),
    (
        "semicolon.csv",
        f"title;text;published\nuno;{TEXT_ES};2023-01-05\n",
        ["doc"],
        [None],
    ),
    ("missing_text.csv", "text,title\n,sin texto\n", ["E107"], [0]),
    (
        "object.json",
        f'{{"text": "{TEXT_ES}", "published": "2023-01"}}',
        ["doc"],
        [None],
    ),
    (
        "mixed.json",
        f'[{{"title": "sin texto"}}, 3, {{"text": "{TEXT_ES}", "published": "10/01/2023"}},'
        f' {{"text": "{TEXT_ES}", "language": "es-PE"}}, {{"text": ""}}, {{"text": 5}}]',
        ["E106", "E106", "E106", "doc", "E106", "E106"],
        [0, 1, 2, None, 4, 5],
    ),
    ("not_records.json", '"solo una cadena"', ["E106"], [None]),
    ("empty_list.json", "[]", ["E103"], [None]),
    (
        "lines.jsonl",
        f'{{"text": "{TEXT_ES}"}}\n\n[1, 2]\n{{"title": "sin texto"}}\n',
        ["doc", "E106", "E106"],
        [None, 2, 3],
    ),
    (
        "one_empty_entry.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>Vacío</title></item><item><description>{TEXT_ES}</description></item>"
        "</channel></rss>",
        ["E111", "doc"],
        [0, None],
    ),
    (
        "no_entries.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
        ["E111"],
        [None],
    ),
    (
        "not_a_feed.xml",
        '<?xml version="1.0"?><catalog><book>Libro</book></catalog>',
        ["E109"],
        [None],
    ),
    (
        "script_only.html",
        "<html><head><title>Portada</title></head><body><script>var a = 1;</script></body></html>",
        ["E111"],
        [None],
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "codes", "records"), RECORD_CASES, ids=[c[0] for c in RECORD_CASES]
)
def test_read_source_bad_records_fail_alone(
    name: str,
    content: str,
    codes: list[str],
    records: list[int | None],
    tmp_path: Path,
    settings: Settings,
) -> None:
    items = list(read_source(_write(tmp_path, name, content), settings))
    got = ["doc" if isinstance(item, Document) else item.code for item in items]
    assert got == codes
    assert [getattr(item, "record", None) for item in items] == records
    for item in items:
        if isinstance(item, SourceFailure):
            assert item.path == str(tmp_path / name)
            assert item.message


@pytest.mark.parametrize(
    ("name", "encoding"),
    [("utf16.txt", "utf-16"), ("utf8bom.txt", "utf-8-sig"), ("utf16be.md", "utf-16-be")],
)
def test_read_source_accepts_utf8_bom_and_utf16_bom(
    name: str, encoding: str, tmp_path: Path, settings: Settings
) -> None:
    text = "Lima, 12 de enero de 2023 — Marcharon por la paz y la justicia en el Perú."
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    (document,) = read_source(_write(tmp_path, name, data), settings)
    assert isinstance(document, Document)
    assert document.text == text
    assert document.published == D(2023, 1, 12)


def test_read_source_html_declared_charset_is_honoured(tmp_path: Path, settings: Settings) -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Marcha</title></head><body>'
        f"<article><p>{TEXT_ES} Participó la población de la región.</p></article></body></html>"
    )
    (document,) = read_source(_write(tmp_path, "latin.html", page.encode("latin-1")), settings)
    assert isinstance(document, Document)
    assert "Participó la población de la región" in document.text


def test_read_source_text_longer_than_max_text_chars(tmp_path: Path) -> None:
    small = load_settings(overrides={"max_text_chars": 20}, env={})
    (failure,) = read_source(_write(tmp_path, "long.txt", TEXT_ES), small)
    assert isinstance(failure, SourceFailure)
    assert (failure.code, failure.stage) == ("E104", "parse")
    assert "max_text_chars" in failure.message


def test_read_source_missing_file(tmp_path: Path, settings: Settings) -> None:
    (failure,) = read_source(tmp_path / "gone.txt", settings)
    assert isinstance(failure, SourceFailure)
    assert (failure.code, failure.stage) == ("E110", "read")


def test_read_source_unexpected_error_is_isolated(
    monkeypatch: pytest.MonkeyPatch, ingest_data: Path, settings: Settings
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("veeduria.ingest.html.trafilatura.bare_extraction", broken)
    (failure,) = read_source(ingest_data / "es_article.html", settings)
    assert isinstance(failure, SourceFailure)
    assert failure.code == "E100"
    assert "boom" in failure.message


def test_read_source_bad_language_argument_raises(ingest_data: Path, settings: Settings) -> None:
    with pytest.raises(ValueError, match="not a language code"):
        read_source(ingest_data / "es_paro.txt", settings, language="castellano")


def test_read_text_plain_text_matches_file_id(ingest_data: Path, settings: Settings) -> None:
    raw = (ingest_data / "es_paro.txt").read_text(encoding="utf-8")
    (from_stdin,) = read_text(raw.replace("\n", "\r\n"), settings)
    (from_file,) = read_source(ingest_data / "es_paro.txt", settings)
    assert isinstance(from_stdin, Document) and isinstance(from_file, Document)
    assert from_stdin.id == from_file.id
    assert (from_stdin.origin, from_stdin.origin_kind) == ("-", "text")
    assert from_stdin.published_source == "dateline"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f'{{"text": "{TEXT_ES}"}}\n{{"text": "Other text about a strike."}}\n',
            ["jsonl", "jsonl"],
        ),
        (f'{{"text": "{TEXT_ES}"}}\n{{"text": broken}}\n', ["jsonl", "E106"]),
        (f'{{"text": "{TEXT_ES}"}}\nY una línea de texto.\n', ["text"]),
        (TEXT_ES, ["text"]),
        ("  \n \n", ["E103"]),
    ],
)
def test_read_text_detects_jsonl(text: str, expected: list[str], settings: Settings) -> None:
    items = read_text(text, settings, published=D(2023, 1, 1))
    got = [i.origin_kind if isinstance(i, Document) else i.code for i in items]
    assert got == expected
    assert all(i.published == D(2023, 1, 1) for i in items if isinstance(i, Document))


def test_html_blocks_become_paragraphs(tmp_path: Path, settings: Settings) -> None:
    """A page's headline, standfirst and paragraphs are paragraphs of the text (a blank line
    between them), as in a plain-text file: a headline with no full stop must not run into
    the first sentence under it."""
    page = (
        "<html><head><title>Farmers block highway</title></head><body><article>"
        "<h1>Farmers block the southern highway as the strike enters its third week</h1>"
        "<p>AREQUIPA, March 3 (Andes Wire) - Hundreds of farmers blocked the Pan-American "
        "highway on Friday near the town of Camaná, local police said.</p>"
        "<p>The farmers demand higher prices for rice and a halt to imports, their union "
        "said in a statement issued on Thursday evening.</p>"
        "</article></body></html>"
    )
    (document,) = read_source(_write(tmp_path, "wire.html", page), settings)
    assert isinstance(document, Document)
    paragraphs = document.text.split("\n\n")
    assert paragraphs[0] == (
        "Farmers block the southern highway as the strike enters its third week"
    )
    assert paragraphs[1].startswith("AREQUIPA, March 3")
    assert paragraphs[2].startswith("The farmers demand")
    assert "\n" not in paragraphs[1]


def test_records_of_other_dumps_are_read_by_their_own_field_names(
    tmp_path: Path, settings: Settings
) -> None:
    """NewsAPI, news-please and scrapers name the fields otherwise: their records are read
    without renaming (``content``, ``publishedAt``, a source object; ``maintext``,
    ``date_publish``; ``body``, ``link``, an RSS date)."""
    import json

    newsapi = {
        "source": {"id": None, "name": "Andes Wire"},
        "author": "Staff",
        "title": "Nurses march in Arequipa",
        "url": "https://andes.example/nurses",
        "publishedAt": "2023-03-03T14:05:00Z",
        "content": "Hundreds of nurses marched through Arequipa on Friday to demand higher pay.",
    }
    newsplease = {
        "maintext": "Cientos de enfermeras marcharon el viernes por el centro de Arequipa.",
        "date_publish": "2023-03-03 16:20:00",
        "language": "es",
        "source_domain": "diario.example",
        "authors": ["Ana Quispe", "Luis Mamani"],
    }
    (a,) = read_source(_write(tmp_path, "newsapi.json", json.dumps(newsapi)), settings)
    assert isinstance(a, Document)
    assert a.published == D(2023, 3, 3)
    assert a.source_name == "Andes Wire" and a.url == "https://andes.example/nurses"
    assert a.text.startswith("Hundreds of nurses")
    (b,) = read_source(_write(tmp_path, "np.jsonl", json.dumps(newsplease) + "\n"), settings)
    assert isinstance(b, Document)
    assert b.published == D(2023, 3, 3) and b.language == "es"
    assert b.author == "Ana Quispe, Luis Mamani" and b.source_name == "diario.example"
    csv_text = (
        "Headline;Body;Link;Date\n"
        'Marcha en Tacna;"Comerciantes de Tacna cerraron sus puestos el jueves.";'
        "https://t.example/1;Thu, 02 Feb 2023 09:00:00 -0500\n"
    )
    (c,) = read_source(_write(tmp_path, "scraped.csv", csv_text), settings)
    assert isinstance(c, Document)
    assert c.title == "Marcha en Tacna" and c.url == "https://t.example/1"
    assert c.published == D(2023, 2, 2)


def test_a_record_with_no_text_under_any_name_fails_naming_them(
    tmp_path: Path, settings: Settings
) -> None:
    (failure,) = read_source(
        _write(tmp_path, "bad.jsonl", '{"headline": "Marcha", "summary": "..."}\n'), settings
    )
    assert isinstance(failure, SourceFailure)
    assert "no 'text' field" in failure.message and "'maintext'" in failure.message
    (bad_date,) = read_source(
        _write(tmp_path, "date.jsonl", '{"body": "Una marcha.", "date": "ayer"}\n'), settings
    )
    assert isinstance(bad_date, SourceFailure) and "'date'" in bad_date.message


def test_an_aggregator_feed_entry_takes_its_outlet_as_source(
    tmp_path: Path, settings: Settings
) -> None:
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>protestas - Buscador de noticias</title><link>https://agg.example/</link>"
        "<item><title>Bloquean la vía a Ilave</title><link>https://agg.example/1</link>"
        "<pubDate>Tue, 10 Jan 2023 02:14:00 GMT</pubDate>"
        "<description>Comuneros bloquearon la vía a Ilave el lunes.</description>"
        '<source url="https://diario.example">Diario del Altiplano</source></item>'
        "<item><title>Marcha en Puno</title><link>https://agg.example/2</link>"
        "<description>Cientos marcharon en Puno el lunes.</description></item>"
        "</channel></rss>"
    )
    first, second = read_source(_write(tmp_path, "agg.rss", feed), settings)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.source_name == "Diario del Altiplano"
    assert second.source_name == "protestas - Buscador de noticias"


def test_a_text_statement_without_a_dateline_takes_its_closing_date(
    tmp_path: Path, settings: Settings
) -> None:
    text = (
        "COMUNICADO\n\nEl Frente de Defensa rechaza la detención de sus dirigentes el lunes 9 "
        "de enero.\n\nExige su liberación inmediata.\n\nConvoca a una asamblea.\n\n"
        "Ilave, 10 de enero de 2023\n"
    )
    (document,) = read_source(_write(tmp_path, "comunicado.txt", text), settings)
    assert isinstance(document, Document)
    assert (document.published, document.published_source) == (D(2023, 1, 10), "signature")
