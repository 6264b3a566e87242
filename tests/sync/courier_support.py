"""Laptops enrolled as a volunteer's are (keys made, kept in the 0600 file, the hub's keys
remembered), for the courier tests: O never reaches the hub after its enrolment."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.db import open_database
from app.paths import DataPaths
from app.sync import runs
from app.sync.client import HubClient
from app.sync.credentials import TokenStore
from tests.sync.conftest import Laptop, LiveHub


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
