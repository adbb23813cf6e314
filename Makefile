# `make test`: everything the test suite needs on a fresh machine, then the suite itself.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: test install browser lint demo

# Four workers (pytest-xdist): most of the suite waits on disk syncs, the PostgreSQL server
# and the command run as a subprocess, so four share two cores well (15 min -> 9 min here).
test: install browser
	$(BIN)/python -m pytest -n 4

install:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'

# The report's browser tests drive Debian's Chromium (no browser downloads are possible).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

lint: install
	$(BIN)/ruff check casefile tests && $(BIN)/ruff format --check casefile tests

demo: install
	$(BIN)/casefile ingest seeds/ && $(BIN)/casefile show hartford-cajigas-2021
