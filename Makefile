# The newcomer contract: `make run` and `make test` do all the set-up themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
CONFIG ?= mailflow.toml

.PHONY: run test lint long bench eval clean

$(STAMP): pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "mailflow needs Python 3.11 or newer")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

## run: set up, migrate, load the demo catalogue and start the service (Ctrl-C stops it)
run: $(STAMP) var/web-secret
	$(BIN)/mailflow db upgrade --config $(CONFIG)
	$(BIN)/mailflow events sync --config $(CONFIG)
	$(BIN)/mailflow serve --config $(CONFIG)

# the demo's secret key for the staff pages (signs forms); a server makes its own (README, Staff pages)
var/web-secret:
	@mkdir -p var
	@umask 077 && $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(48))' > $@

# axe-core for the accessibility check (npm registry, pinned by tests/a11y/package-lock.json); without npm
# the browser tests that need it skip locally (and fail under CI=true, where .ci/run installs it)
AXE := tests/a11y/node_modules/axe-core/axe.min.js
$(AXE):
	-@command -v npm >/dev/null 2>&1 && npm ci --prefix tests/a11y --no-audit --no-fund --loglevel=error

## test: set up and run the whole test suite
test: $(STAMP) | $(AXE)
	$(BIN)/python -m pytest -q

## lint: ruff (pyflakes, syntax errors, and the layout `ruff format` gives) and mypy, all with no errors
lint: $(STAMP)
	$(BIN)/ruff check mailflow tests bench
	$(BIN)/ruff format --check mailflow tests bench
	$(BIN)/mypy mailflow

## long: what CI runs besides `make test`: the long tests, and FAULT_RUNS fault-injection runs (200, about 50 minutes; CI 150)
long: $(STAMP)
	$(BIN)/python -m pytest -q -m long
	@mkdir -p var
	$(BIN)/python -m pytest -q -m faults --fault-runs $${FAULT_RUNS:-200} --fault-report var/faults-report.txt

## eval: score understanding on the shared and the project's own corpus
eval: $(STAMP)
	@test ! -d ../shared/corpus || $(BIN)/mailflow eval ../shared/corpus
	$(BIN)/mailflow eval tests/corpus
	$(BIN)/mailflow eval tests/corpus_fresh
	$(BIN)/mailflow eval tests/corpus_civic

## bench: run every benchmark once, each printing its table row (see bench/README.md; takes minutes)
bench: $(STAMP)
	$(BIN)/python bench/bench_pipeline.py -n 1000
	$(BIN)/python bench/bench_explain.py
	$(BIN)/python bench/bench_bounded.py
	$(BIN)/python bench/bench_intake.py -n 10000
	$(BIN)/python bench/bench_latency.py --rate 100 --seconds 30 --rounds 3
	$(BIN)/python bench/bench_imap.py -n 1000
	$(BIN)/python bench/bench_campaign.py -n 10000 --rounds 3
	$(BIN)/python bench/bench_load.py -n 10000 -c 16

clean:
	rm -rf $(VENV) var build *.egg-info
