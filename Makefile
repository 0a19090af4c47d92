# Every target sets up what it needs on a fresh machine: a virtual environment in .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test check lint typecheck imports format fixtures bench-replay bench bench-scale clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## The main job: load the bundled ICC case into embargo.db, show its status on a few dates,
## then serve the HTTP API and web UI on loopback (it prints the URL; Ctrl-C stops it).
run: $(STAMP)
	$(BIN)/embargo demo
	$(BIN)/embargo serve

test: $(STAMP)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check embargo tests bench
	$(BIN)/ruff format --check embargo tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

check: lint typecheck imports

format: $(STAMP)
	$(BIN)/ruff format embargo tests bench
	$(BIN)/ruff check --fix embargo tests bench

## Re-cut the small test fixtures from ../shared/bench.
fixtures: $(STAMP)
	$(BIN)/python tests/fixtures/ofac/cut.py
	$(BIN)/python tests/fixtures/un/cut.py

## Replay real SDN history (all 308 versions by default) and time it.
bench-replay: $(STAMP)
	$(BIN)/python bench/replay.py

## Screening benchmarks on the shared data (tables go to bench/RESULTS.md); scale needs ~7 GB.
bench: $(STAMP)
	$(BIN)/python bench/accuracy.py --scores bench/out/scores_dev.csv
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/load.py

bench-scale: $(STAMP)
	$(BIN)/python bench/scale.py

clean:
	rm -rf $(VENV) embargo.db .mypy_cache .pytest_cache .ruff_cache
