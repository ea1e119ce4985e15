# The newcomer contract: `make run` and `make test` do all the set-up themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
CONFIG ?= mailflow.toml

.PHONY: run test long bench eval clean

$(STAMP): pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "mailflow needs Python 3.11 or newer")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

## run: set up, migrate, load the demo catalogue and start the service (Ctrl-C stops it)
run: $(STAMP)
	$(BIN)/mailflow db upgrade --config $(CONFIG)
	$(BIN)/mailflow events sync --config $(CONFIG)
	$(BIN)/mailflow serve --config $(CONFIG)

## test: set up and run the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest -q

## long: what CI runs besides `make test`: the long tests, and 200 fault-injection runs (tens of minutes)
long: $(STAMP)
	$(BIN)/python -m pytest -q -m long
	@mkdir -p var
	$(BIN)/python -m pytest -q -m faults --fault-runs $${FAULT_RUNS:-200} --fault-report var/faults-report.txt

## eval: score understanding on the shared and the project's own corpus
eval: $(STAMP)
	@test ! -d ../shared/corpus || $(BIN)/mailflow eval ../shared/corpus
	$(BIN)/mailflow eval tests/corpus
	$(BIN)/mailflow eval tests/corpus_fresh

## bench: run every benchmark once, each printing its table row (see bench/README.md; takes minutes)
bench: $(STAMP)
	$(BIN)/python bench/bench_pipeline.py -n 1000
	$(BIN)/python bench/bench_explain.py
	$(BIN)/python bench/bench_intake.py -n 10000
	$(BIN)/python bench/bench_latency.py --rate 100 --seconds 30 --rounds 3
	$(BIN)/python bench/bench_imap.py -n 1000
	$(BIN)/python bench/bench_load.py -n 10000 -c 16

clean:
	rm -rf $(VENV) var build *.egg-info
