# eventwire — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEB_STAMP := $(VENV)/.debian
SAMPLES := src/eventwire/data/samples
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test test-fast bench bench-load schemathesis eval lint clean fuzz

install: $(STAMP)

# Debian packages: chromium (browser tests of the web UI) and PostgreSQL (store tests).
$(DEB_STAMP):
	@mkdir -p $(VENV)
	@if ! command -v chromium >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  echo "installing Debian packages: chromium postgresql"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium postgresql >/dev/null; \
	fi
	@touch $@

$(STAMP): pyproject.toml $(DEB_STAMP)
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,ray]'
	@touch $@

run: install
	$(BIN)/eventwire ingest $(SAMPLES)
	$(BIN)/eventwire timeline
	@echo "Serving the web UI at http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(BIN)/eventwire serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest -q

test-fast: install
	$(BIN)/pytest -q -m "not slow"

bench: install
	$(BIN)/python bench/bench_pipeline.py --ray 2
	$(BIN)/python bench/bench_ingest.py --sizes 0 10000 100000 --new 8 --rss 1000 10000 --no-promises
	$(BIN)/python bench/bench_ingest.py --sizes 10000 --new 8

# 200 loopback clients for 60 s against `eventwire serve` on 100,000 events.
bench-load: install
	$(BIN)/python bench/bench_load.py --events 100000 --clients 200 --duration 60 --workers 1

# Schema-driven API test with every schemathesis check, 100 examples per operation and mode.
schemathesis: install
	EVENTWIRE_SCHEMA_EXAMPLES=100 $(BIN)/pytest -q -p no:cacheprovider tests/test_api_schema.py

# The long fuzz run of the ingest path (the CI test runs a bounded number of examples).
# Chunks of 1,000 seeds, one JSON each in FUZZ_DIR; a stopped run resumes where it stopped.
FUZZ_INPUTS ?= 5000
FUZZ_DIR ?= fuzz-runs
fuzz: install
	EVENTWIRE_FUZZ_EXAMPLES=500 $(BIN)/pytest -q tests/test_fuzz_ingest.py
	$(BIN)/python bench/bench_fuzz.py --inputs $(FUZZ_INPUTS) --cli-batches 20 \
		--chunk-size 1000 --chunk-dir $(FUZZ_DIR)
	$(BIN)/python bench/bench_fuzz.py --merge $(FUZZ_DIR)/*.json --json $(FUZZ_DIR)/summary.json

eval: install
	$(BIN)/python -m eventwire.evaluation.timebank
	$(BIN)/python -m eventwire.evaluation.plover_actors
	$(BIN)/python -m eventwire.evaluation.plover_events
	$(BIN)/python -m eventwire.evaluation.voa --cli $(BIN)/eventwire
	$(BIN)/python -m eventwire.evaluation.polnear
	$(BIN)/python -m eventwire.evaluation.ecbplus
	$(BIN)/python -m eventwire.evaluation.neardup
	$(BIN)/python ../shared/eval/stories/score.py ../shared/eval/stories/israel-hezbollah-2024 --cli $(BIN)/eventwire
	$(BIN)/python ../shared/eval/stories/score.py ../shared/eval/stories/thailand-cambodia-2025 --cli $(BIN)/eventwire

lint: install
	$(BIN)/ruff check src tests bench

clean:
	rm -rf $(VENV) eventwire.db eventwire.db-wal eventwire.db-shm eventwire.db.ingest-lock eval-results bench-results test-artifacts
