"""Three distributions live in this repository: the desktop client (pyproject.toml), the hub
(hub/pyproject.toml) and the wire protocol they share (protocol/pyproject.toml). A hub installs
without the desktop, and a laptop gets no hub command it could not run."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

import app
import hub
import protocol

ROOT = Path(__file__).resolve().parent.parent
DESKTOP_ONLY = {
    "pyside6",
    "pyside6-essentials",
    "shiboken6",
    "reportlab",
    "phonenumbers",
    "phonenumberslite",
    "pypdfium2",
    "keyring",
    "pillow",
}


def project(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))["project"]


def closure(requirements: list[str]) -> set[str]:
    """Every distribution a list of requirements installs, read from the installed metadata."""
    seen: set[str] = set()
    todo = [(Requirement(text), "") for text in requirements]
    while todo:
        requirement, extra = todo.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": extra}):
            continue
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        extras = requirement.extras
        if (name, tuple(sorted(extras))) in seen:
            continue
        seen.add((name, tuple(sorted(extras))))
        for text in metadata.requires(name) or []:
            inner = Requirement(text)
            for wanted in extras or {""}:
                todo.append((inner, wanted))
    return {name for name, _extras in seen}


def test_the_hub_installs_without_the_desktop_libraries():
    installed = closure(project(ROOT / "hub" / "pyproject.toml")["dependencies"])
    assert {"fastapi", "uvicorn", "sqlalchemy", "entraide-protocol"} <= installed
    assert not installed & DESKTOP_ONLY, installed & DESKTOP_ONLY
    assert "entraide" not in installed


def test_the_protocol_needs_only_pydantic():
    installed = closure(project(ROOT / "protocol" / "pyproject.toml")["dependencies"])
    assert "pydantic" in installed
    assert not installed & (DESKTOP_ONLY | {"sqlalchemy", "fastapi", "entraide", "entraide-hub"})


def test_each_command_comes_with_the_distribution_that_can_run_it():
    assert project(ROOT / "pyproject.toml")["scripts"] == {"entraide": "app.__main__:main"}
    assert project(ROOT / "hub" / "pyproject.toml")["scripts"] == {"entraide-hub": "hub.__main__:main"}
    client = {Requirement(text).name for text in project(ROOT / "pyproject.toml")["dependencies"]}
    assert "entraide-protocol" in client and not {"fastapi", "uvicorn"} & client


def test_the_hub_image_is_built_from_the_hub_alone():
    dockerfile = (ROOT / "installer" / "hub" / "Dockerfile").read_text(encoding="utf-8")
    copied = re.findall(r"^COPY\s+(.+?)\s+\S+$", dockerfile, re.M)
    assert copied and all(not re.search(r"(^|\s)app(/|\s|$)", sources) for sources in copied), copied
    assert re.search(r"pip install .*/src/protocol /src/hub", dockerfile), (
        "the image installs the hub and its protocol"
    )


def test_the_three_distributions_share_one_version():
    assert app.__version__ == hub.__version__ == protocol.__version__
    assert metadata.version("entraide-hub") == metadata.version("entraide-protocol") == app.__version__


def test_each_distribution_says_what_it_is_and_where_it_lives():
    for path in (
        ROOT / "pyproject.toml",
        ROOT / "hub" / "pyproject.toml",
        ROOT / "protocol" / "pyproject.toml",
    ):
        described = project(path)
        assert described["license"] == "GPL-3.0-or-later", path  # SPDX, no licence classifier
        assert any(c.startswith("Programming Language :: Python :: 3.11") for c in described["classifiers"])
        assert not any(c.startswith("License ::") for c in described["classifiers"]), path
        assert set(described["urls"]) >= {"Homepage", "Documentation"}, path


def test_the_client_takes_the_light_phone_library():
    """Parsing and formatting only: the geocoding, carrier and time-zone data (42 MB) stay out."""
    from importlib.util import find_spec

    installed = closure(project(ROOT / "pyproject.toml")["dependencies"])
    assert "phonenumberslite" in installed and "phonenumbers" not in installed
    assert find_spec("phonenumbers") is not None and find_spec("phonenumbers.geodata") is None


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version.strip()
    return pins


def test_every_installed_dependency_comes_from_the_lock():
    """`make test`, `make installer` and `make run` install with `-c requirements/constraints.txt`;
    a dependency added to a pyproject.toml without `make lock` fails here."""
    requirements = [
        *project(ROOT / "pyproject.toml")["dependencies"],
        *project(ROOT / "pyproject.toml")["optional-dependencies"]["dev"],
        *project(ROOT / "hub" / "pyproject.toml")["dependencies"],
    ]
    needed = closure(requirements) - {"entraide", "entraide-hub", "entraide-protocol"}
    pins = _lock()
    missing = sorted(needed - set(pins))
    assert not missing, f"not in requirements/constraints.txt: {missing}; run `make lock`"
    drifted = {
        name: (metadata.version(name), pins[name]) for name in needed if metadata.version(name) != pins[name]
    }
    assert not drifted, f"installed ≠ locked: {drifted}; run `make .venv/.installed-dev` (or `make lock`)"
