# Two commands do all the set-up on a fresh machine:
#   make report   builds .venv and writes the consistency report for data/ into report/
#   make check    builds .venv and runs ruff, mypy and the tests (what .ci/run calls)
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install report check lint typecheck test browser clean

install: $(STAMP)

# torch first, pinned: the CPU wheel on these machines; an unpinned torch pulls a multi-GB CUDA build.
$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev,dask,serve]'
	touch $(STAMP)

report: $(STAMP)
	$(VENV)/bin/checker check data/ --out report/

check: lint typecheck test

lint: $(STAMP)
	$(VENV)/bin/ruff check checker tests benchmarks
	$(VENV)/bin/ruff format --check checker tests benchmarks

typecheck: $(STAMP)
	$(VENV)/bin/mypy

test: $(STAMP) browser
	$(VENV)/bin/pytest -q

# Headless Chromium for the report's browser tests (Debian's package; tests skip without it).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	    || echo "warning: could not install chromium; browser tests will be skipped"; }

clean:
	rm -rf $(VENV) report .mypy_cache .ruff_cache .pytest_cache
