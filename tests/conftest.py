"""Shared fixtures: every test gets a fresh, migrated SQLite file in its tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from app.db import Database, open_database
from app.paths import DataPaths


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "donnees")


@pytest.fixture
def db(data_paths) -> Database:
    database = open_database(data_paths)
    yield database
    database.close()
