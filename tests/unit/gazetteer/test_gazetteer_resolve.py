"""``resolve_name``: a name on its own, narrowed by country and first-level division."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veeduria.extract.terms import fold


@pytest.mark.parametrize(
    ("name", "country", "admin1", "expected"),
    [
        ("Juliaca", "PE", None, ("Juliaca", "Puno", "San Román", "211101")),
        ("juliaca", "PE", None, ("Juliaca", "Puno", "San Román", "211101")),
        ("Cuzco", "PE", None, ("Cusco", "Cusco", "Cusco", "080101")),
        ("Huamanga", "PE", None, ("Ayacucho", "Ayacucho", "Huamanga", "050101")),
        ("Santa Rosa", "PE", "Junín", ("Santa Rosa", "Junín", "Chanchamayo", None)),
        ("Santa Rosa", "PE", "Melgar", None),
        ("Santa Rosa", "PE", "21", ("Santa Rosa", "Puno", None, None)),
        ("Callao", "PE", None, ("Callao", "Callao", "Callao", "070101")),
        ("La Paz", "BO", None, ("La Paz", "La Paz", None, "geonames:3911925")),
        ("Bolivia", "BO", None, ("Bolivia", None, None, "BO")),
        # renamed division: DANE's and ACLED's form; the imported ISO name still resolves
        ("Bogotá", "CO", None, ("Bogotá", "Bogotá, D.C.", "Bogotá, D.C.", None)),
        ("Distrito Capital de Bogotá", "CO", None, ("Bogotá, D.C.", "Bogotá, D.C.", None, None)),
        ("Atlantis", "PE", None, None),
    ],
)
def test_resolve_name(finder, name, country, admin1, expected):
    loc = finder.resolve_name(name, country=country, admin1=admin1)
    if expected is None:
        assert loc is None
        return
    got = (loc.name, loc.admin1, loc.admin2 if expected[2] else None, loc.place_id)
    want = tuple(expected)
    if want[3] is None:
        got = got[:3] + (None,)
    assert got == want
    assert loc.iso == country and loc.latitude is not None


def test_resolve_name_module_function():
    from veeduria.gazetteer import resolve_name

    assert resolve_name("Andahuaylas").admin1 == "Apurímac"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aeiouAEIOU PunoLimáñ,.()-\n'’")), max_size=80))
def test_finder_never_fails_and_spans_hold(finder, text):
    for loc in finder.find(text, fold(text), 0, len(text), "es"):
        assert text[loc.span[0] : loc.span[1]] == loc.text
        assert loc.geo_precision in (1, 2, 3)
