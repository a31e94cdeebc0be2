# The two set-up commands of the README. Both build .venv from this repository's own files.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO_DB := examples.db

.PHONY: demo test install install-test browser bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# installed once per change of pyproject.toml
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[web]"
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[web,test,dask]"
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/civcas run examples --db $(DEMO_DB)
	@echo
	$(BIN)/civcas incidents --db $(DEMO_DB)
	@echo
	$(BIN)/civcas tally --by month,attacker --db $(DEMO_DB)

browser:
	sh scripts/install-browser.sh

test: $(VENV)/.installed-test
	sh scripts/install-browser.sh || echo "no chromium: the browser tests will be skipped"
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-test
	$(BIN)/python bench/speed.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
