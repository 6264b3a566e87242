"""The walls of docs/architecture.md, checked by import-linter's contracts in pyproject.toml:
they hold on the code as it is, and each one breaks when a forbidden import is planted in a
copy of the tree (a contract that cannot break protects nothing)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINTER = Path(sys.executable).with_name("lint-imports")


def lint(tree: Path) -> subprocess.CompletedProcess[str]:
    # The copy comes first on the path, before the editable installs of the real tree.
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINTER), "--no-cache"], cwd=tree, env=env, capture_output=True, text=True, timeout=300
    )


def broken_contracts(output: str) -> set[str]:
    return set(re.findall(r"^(.+) BROKEN$", output, re.M))


def test_every_contract_is_kept():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"Contracts: \d+ kept, 0 broken\.", result.stdout), result.stdout


@pytest.fixture(scope="module")
def tree_copy(tmp_path_factory) -> Path:
    tree = tmp_path_factory.mktemp("tree")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in ("app", "hub", "protocol"):
        shutil.copytree(ROOT / package, tree / package, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


# (module file to plant in, the import, the contract that must break)
PLANTED = [
    (
        "app/i18n.py",
        "import PySide6.QtCore",
        "Only the window imports Qt, directly or through another module",
    ),
    (
        "app/text.py",
        "import app.ui.shared.locale_format",
        "Only the window imports Qt, directly or through another module",
    ),
    (
        "app/services/contacts/records.py",
        "import app.ui.task_runner",
        "Layers of the desktop client: each imports only the ones below it",
    ),
    (
        "app/services/equipment/loans.py",
        "import app.demo.words",
        "Layers of the desktop client: each imports only the ones below it",
    ),
    (
        "app/models/base.py",
        "import app.services.money",
        "Layers of the desktop client: each imports only the ones below it",
    ),
    (
        "hub/api.py",
        "import app.sync.client",
        "The hub imports the wire protocol and nothing of the desktop client",
    ),
    ("hub/push.py", "import app.text", "The hub imports the wire protocol and nothing of the desktop client"),
    (
        "hub/rules.py",
        "import reportlab",
        "The hub imports the wire protocol and nothing of the desktop client",
    ),
    ("protocol/messages.py", "import hub.models", "The wire protocol imports neither the client nor the hub"),
    ("app/sync/engine.py", "import hub.push", "The client never imports the hub"),
    (
        "app/ui/section.py",
        "import app.ui.main_window",
        "No import cycle between the modules or the folders of a package",
    ),
    (
        "app/services/network.py",
        "import app.services.equipment.records",
        "No import cycle between the modules or the folders of a package",
    ),
]


@pytest.mark.parametrize(
    ("module", "statement", "contract"), PLANTED, ids=[p[0] + ":" + p[1] for p in PLANTED]
)
def test_a_planted_import_breaks_its_contract(tree_copy, module, statement, contract):
    target = tree_copy / module
    original = target.read_text(encoding="utf-8")
    try:
        target.write_text(
            original + f"\n{statement}  # planted by tests/test_layering.py\n", encoding="utf-8"
        )
        result = lint(tree_copy)
    finally:
        target.write_text(original, encoding="utf-8")
    assert result.returncode != 0, result.stdout
    assert contract in broken_contracts(result.stdout), result.stdout
