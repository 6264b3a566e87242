"""Shared fixtures: every test gets a fresh, migrated SQLite file in its tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The command line speaks French in every test, whatever the language of the machine running them.
os.environ.setdefault("ENTRAIDE_LANGUAGE", "fr")

import pytest

from app.db import Database, open_database
from app.paths import ENV_LOG_DIR, DataPaths


@pytest.fixture(scope="session", autouse=True)
def log_folder(tmp_path_factory):
    """The log of a test run (commands, started programs) stays in its temporary folder, never in
    the developer's own log."""
    folder = tmp_path_factory.mktemp("journal")
    os.environ[ENV_LOG_DIR] = str(folder)
    return folder


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "donnees")


@pytest.fixture
def db(data_paths) -> Database:
    database = open_database(data_paths)
    yield database
    database.close()
