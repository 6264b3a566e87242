"""Laptops enrolled as a volunteer's are (keys made, kept in the 0600 file, the hub's keys
remembered), for the courier tests: O never reaches the hub after its enrolment."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.db import open_database
from app.paths import DataPaths
from app.sync import runs
from app.sync.client import HubClient
from app.sync.credentials import TokenStore
from tests.sync.conftest import Laptop, LiveHub
from tests.sync.support import alive


def enrolled(hub: LiveHub, root: Path, association: str, name: str) -> Laptop:
    paths = DataPaths(root / name).ensure()
    database = open_database(paths)
    tokens = TokenStore(paths.root)
    answer = runs.enroll(hub.url, hub.enrollment_code(association), name, tokens, retries=1)
    database.run(lambda s: runs.remember_enrolment(s, hub.url, answer))
    client = HubClient(hub.url, tokens.load(hub.url), retries=2, backoff=0.05)
    return Laptop(name, database, paths, client)


@dataclass
class Trio:
    """O (the hall without a connection), C (another association's laptop that carries the
    stick) and T (a laptop of O's association that syncs over the network)."""

    o: Laptop
    c: Laptop
    t: Laptop
    stick: Path

    def close(self) -> None:
        for laptop in (self.o, self.c, self.t):
            laptop.database.close()


@pytest.fixture(name="trio")
def trio_fixture(tmp_path, live_hub, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    made = Trio(
        enrolled(live_hub, tmp_path, "La Salle des Fêtes", "salle"),
        enrolled(live_hub, tmp_path, "Le Club", "club"),
        enrolled(live_hub, tmp_path, "La Salle des Fêtes", "bureau"),
        tmp_path / "cle",
    )
    made.stick.mkdir()
    yield made
    made.close()


def names(laptop: Laptop) -> list[str]:
    return sorted(fields["display_name"] for fields in alive(laptop).values())


def store_dump(laptop: Laptop) -> str:
    """Every row of the store, as SQL: equal before and after means nothing changed."""
    connection = sqlite3.connect(f"file:{laptop.paths.database}?mode=ro", uri=True)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()
