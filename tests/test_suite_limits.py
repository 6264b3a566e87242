"""The suite says when a test hangs: the configured timeout stops it with every thread's stack,
even one blocked where a signal cannot reach, and the run fails instead of waiting for CI's
own limit."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HANGING = """
import threading


def test_waits_forever():
    threading.Event().wait()
"""


def test_a_hanging_test_fails_with_the_stacks_of_its_threads(tmp_path):
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]
    settings = options["ini_options"]
    assert settings["timeout"] >= 120 and settings["timeout_method"] == "thread"
    assert "--durations=15" in settings["addopts"]
    (tmp_path / "test_hang.py").write_text(HANGING, encoding="utf-8")
    # The project's own settings, with a short limit so that this check takes seconds.
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-c",
            str(ROOT / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            "-p",
            "no:cacheprovider",
            "--timeout",
            "3",
            str(tmp_path / "test_hang.py"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "Timeout" in output and "Stack of MainThread" in output and "test_waits_forever" in output
