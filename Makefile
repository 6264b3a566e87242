# Entraide: `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
INSTALLER_STAMP := $(VENV)/.installed-installer
HUB_STAMP := $(VENV)/.installed-hub
PACKAGES := pyproject.toml protocol/pyproject.toml hub/pyproject.toml
# Every install takes its versions from the lock (pip's -c): CI, the bundle and a developer's
# checkout run the same libraries. After changing a dependency, `make lock` refreshes it.
LOCK := requirements/constraints.txt
LOCK_VENV := .venv-lock
INSTALL := $(PY) -m pip install --quiet -c $(LOCK)
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test test-quick lint bench hub installer translations ts clean lock

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Three distributions live here: the desktop client (pyproject.toml), the hub (hub/) and the
# wire protocol they share (protocol/). The client alone runs the window; the hub alone serves.
# phonenumberslite replaced phonenumbers (same module, no geocoding data): an environment made
# before then drops both first, or the bundle would still carry the 42 MB of data.
define drop_full_phonenumbers
	if $(PY) -m pip show -q phonenumbers 2>/dev/null; then $(PY) -m pip uninstall -qq -y phonenumbers phonenumberslite; fi
endef

$(STAMP): $(PACKAGES) $(LOCK) | $(PY)
	$(drop_full_phonenumbers)
	$(INSTALL) -e ./protocol -e .
	touch $@

$(HUB_STAMP): $(PACKAGES) $(LOCK) | $(PY)
	$(INSTALL) -e ./protocol -e ./hub
	touch $@

$(DEV_STAMP): $(PACKAGES) $(LOCK) | $(PY)
	$(drop_full_phonenumbers)
	$(INSTALL) -e ./protocol -e ./hub -e ".[dev]"
	touch $@ $(STAMP) $(HUB_STAMP)

$(INSTALLER_STAMP): $(PACKAGES) $(LOCK) | $(PY)
	$(drop_full_phonenumbers)
	$(INSTALL) -e ./protocol -e ".[installer]"
	touch $@

# The lock: the newest versions the three packages' requirements allow (dev and installer extras
# included), resolved in a fresh environment and written as pip constraints (setuptools too:
# PyInstaller needs it at run time). Commit the result.
lock:
	rm -rf $(LOCK_VENV)
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(LOCK_VENV)/bin/python -m pip install --quiet -e ./protocol -e ./hub -e ".[dev]"
	mkdir -p $(dir $(LOCK))
	{ echo "# Versions every install uses (pip install -c $(LOCK)). Made by \`make lock\` with"; \
	  echo "# Python $$($(LOCK_VENV)/bin/python -c 'import platform; print(platform.python_version(), platform.system())'): do not edit by hand."; \
	  $(LOCK_VENV)/bin/python -m pip freeze --all --exclude-editable | grep -v '^pip=='; } > $(LOCK)
	rm -rf $(LOCK_VENV)

# Qt translations are compiled from the .ts sources, never committed.
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing visible strings: refresh the .ts sources, then translate them (pyside6-linguist).
ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find app -name '*.py' -not -path '*/migrations/*') \
		-ts resources/translations/entraide_en.ts -source-language fr_FR -target-language en_GB -no-obsolete
	$(VENV)/bin/pyside6-lupdate $$(find app -name '*.py' -not -path '*/migrations/*') -pluralonly \
		-ts resources/translations/entraide_fr.ts -source-language fr_FR -target-language fr_FR -no-obsolete

run: $(STAMP) translations
	unset QT_QPA_PLATFORM; $(VENV)/bin/entraide $(ARGS)

test: $(DEV_STAMP) translations
	scripts/ensure-test-tools.sh
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(PY) -m pytest $(PYTEST_ARGS)

# The tests without those marked slow (the bundle build): the quick loop while working.
test-quick: $(DEV_STAMP) translations
	scripts/ensure-test-tools.sh
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(PY) -m pytest -m "not slow" $(PYTEST_ARGS)

lint: $(DEV_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

bench: $(DEV_STAMP) translations
	$(PY) -m benchmarks $(ARGS)

# dist/entraide/ (PyInstaller, installer/entraide.spec) and, on Linux, the .tar.gz with install.sh;
# the Windows and macOS installers are then made on those systems (docs/installing.md).
installer: $(INSTALLER_STAMP) translations
	$(PY) installer/build.py $(ARGS)

hub: $(HUB_STAMP)
	$(VENV)/bin/entraide-hub serve $(ARGS)

clean:
	rm -rf $(VENV) $(LOCK_VENV) build dist resources/translations/*.qm .pytest_cache .mypy_cache
