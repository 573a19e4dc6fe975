# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## Crawl the embedded demo sources through a local server and publish a release under data/.
run: $(STAMP)
	$(BIN)/allpaths run $(ARGS)

## ruff, mypy and pytest: what CI runs.
test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

## -n auto: one worker per core, each with its own Prefect test server and temp dirs.
pytest: $(STAMP)
	$(BIN)/pytest -q -n auto

## Benchmarks of what users run; writes benchmarks/RESULTS.md. BENCH_ARGS="--sizes 10000" is quick.
BENCH_ARGS ?=
bench: $(STAMP)
	taskset -c 0 $(BIN)/python -m benchmarks.bench_tag || $(BIN)/python -m benchmarks.bench_tag
	$(BIN)/python -m benchmarks.bench_night $(BENCH_ARGS)
	$(BIN)/python -m benchmarks.bench_geocode
	$(BIN)/python -m benchmarks.bench_dedupe
	$(BIN)/python -m benchmarks.bench_hostile

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
