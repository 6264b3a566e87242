# Entraide: `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
INSTALLER_STAMP := $(VENV)/.installed-installer
HUB_STAMP := $(VENV)/.installed-hub
PACKAGES := pyproject.toml protocol/pyproject.toml hub/pyproject.toml
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test test-quick lint bench hub installer translations ts clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Three distributions live here: the desktop client (pyproject.toml), the hub (hub/) and the
# wire protocol they share (protocol/). The client alone runs the window; the hub alone serves.
$(STAMP): $(PACKAGES) | $(PY)
	$(PY) -m pip install --quiet -e ./protocol -e .
	touch $@

$(HUB_STAMP): $(PACKAGES) | $(PY)
	$(PY) -m pip install --quiet -e ./protocol -e ./hub
	touch $@

$(DEV_STAMP): $(PACKAGES) | $(PY)
	$(PY) -m pip install --quiet -e ./protocol -e ./hub -e ".[dev]"
	touch $@ $(STAMP) $(HUB_STAMP)

$(INSTALLER_STAMP): $(PACKAGES) | $(PY)
	$(PY) -m pip install --quiet -e ./protocol -e ".[installer]"
	touch $@

# Qt translations are compiled from the .ts sources, never committed.
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing visible strings: refresh the .ts sources, then translate them (pyside6-linguist).
ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find app -name '*.py' -not -path '*/migrations/*') \
		-ts resources/translations/entraide_en.ts -source-language fr_FR -target-language en_GB -no-obsolete

run: $(STAMP) translations
	unset QT_QPA_PLATFORM; $(VENV)/bin/entraide $(ARGS)

test: $(DEV_STAMP) translations
	scripts/ensure-test-tools.sh
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m pytest $(PYTEST_ARGS)

# The tests without those marked slow (the bundle build): the quick loop while working.
test-quick: $(DEV_STAMP) translations
	scripts/ensure-test-tools.sh
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -m "not slow" $(PYTEST_ARGS)

lint: $(DEV_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

bench: $(DEV_STAMP) translations
	$(PY) -m benchmarks $(ARGS)

# dist/entraide/ (PyInstaller, installer/entraide.spec) and, on Linux, the .tar.gz with install.sh;
# the Windows and macOS installers are then made on those systems (docs/installing.md).
installer: $(INSTALLER_STAMP) translations
	$(PY) installer/build.py $(ARGS)

hub: $(HUB_STAMP)
	$(VENV)/bin/entraide-hub serve $(ARGS)

clean:
	rm -rf $(VENV) build dist resources/translations/*.qm .pytest_cache
