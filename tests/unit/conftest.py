"""Fixtures the unit tests share (the suite's own are in tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture
def store(data_paths) -> list[str]:
    """The command line's words for the test's data folder."""
    return ["--data-dir", str(data_paths.root)]
