# storydiff: `make run` opens the reader on the seed pair; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
RUNSTAMP := $(VENV)/.installed
# pytest-xdist workers for `make test`: two suit a 2-core machine (PYTEST_WORKERS=auto gives one per core).
PYTEST_WORKERS ?= 2

.PHONY: run test lint typecheck pytest evaluate fit-paraphrase fit-links fit-lines fit-headline bench bench-full input-speed memory fuzz screenshots clean \
	comparison-speed comparison-consistency batch-speed

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUNSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(RUNSTAMP)

run: $(RUNSTAMP)
	$(BIN)/storydiff

test: $(STAMP)
	$(BIN)/ruff check core tui tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS)
	$(BIN)/python -m bench.evaluate --quick --check
	$(BIN)/python -m bench.realpages --quiet --check
	$(BIN)/python -m bench.speed

lint: $(STAMP)
	$(BIN)/ruff check core tui tests bench
	$(BIN)/ruff format --check core tui tests bench
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS)

evaluate: $(STAMP)
	$(BIN)/python -m bench.evaluate
	$(BIN)/python -m bench.realpages
	$(BIN)/python -m bench.transplant
	$(BIN)/python -m bench.newpages
	$(BIN)/python -m bench.paste_styles
	$(BIN)/python -m bench.outlet_loo --quiet
	$(BIN)/python -m bench.byline_loo --quiet
	$(BIN)/python -m bench.headline_loo --quiet
	$(BIN)/python -m bench.clean_loo --quiet
	$(BIN)/python -m bench.agreement
	$(BIN)/python -m bench.link_sources

fit-paraphrase: $(STAMP)
	$(BIN)/python -m bench.fit_paraphrase

fit-links: $(STAMP)
	$(BIN)/python -m bench.fit_links --write
	$(BIN)/python -m bench.fit_links --align

fit-lines: $(STAMP)
	$(BIN)/python -m bench.fit_lines --cv
	$(BIN)/python -m bench.fit_lines --cv --sources

fit-headline: $(STAMP)
	$(BIN)/python -m bench.fit_headline --transplant

bench: $(STAMP)
	$(BIN)/python -m bench.speed

bench-full: $(STAMP)
	$(BIN)/python -m bench.speed --full

input-speed: $(STAMP)
	$(BIN)/python -m bench.input_speed

memory: $(STAMP)
	$(BIN)/python -m bench.memory
	$(BIN)/python -m bench.hostile

batch-speed: $(STAMP)
	$(BIN)/python -m bench.batch_speed

comparison-speed: $(STAMP)
	$(BIN)/python -m bench.comparison_speed

comparison-consistency: $(STAMP)
	$(BIN)/python -m bench.comparison_consistency

fuzz: $(STAMP)
	$(BIN)/python -m pytest -m fuzz tests

screenshots: $(STAMP)
	$(BIN)/python -m tui.screenshots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis .import_linter_cache
