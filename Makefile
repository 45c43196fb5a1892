# tsunagu — the two commands that matter on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
# The extractor compiled with mypyc (nlp/native.py); rebuilt whenever its sources change.
NATIVE  = nlp/_compiled/manifest.json

.PHONY: install demo test lint unit format clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(NATIVE): $(STAMP) $(wildcard nlp/*.py)
	$(BIN)/python scripts/compile_nlp.py

install: $(STAMP) $(NATIVE)

demo: install
	$(BIN)/tsunagu demo

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: install lint
	scripts/install-browser
	$(BIN)/python -m pytest

unit: install
	$(BIN)/python -m pytest -m "not browser" -q

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	$(BIN)/python bench/nlp.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache test-output build nlp/_compiled
