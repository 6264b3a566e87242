"""Sync tests: the real hub served by uvicorn on 127.0.0.1, real client stores in tmp_path."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn

from app.db import Database, open_database
from app.paths import DataPaths
from app.sync.client import HubClient
from app.sync.engine import SyncEngine, SyncReport
from hub import admin
from hub.api import create_app
from hub.config import HubSettings
from hub.db import migrate
from tests.hub.server import UNLIMITED
from tests.postgres import free_port


@dataclass
class LiveHub:
    url: str
    settings: HubSettings
    server: uvicorn.Server

    def enrollment_code(self, association: str) -> str:
        return admin.enrollment_code_for(self.settings.resolved_database_url(), association)


def start_hub(data_dir: Path, port: int | None = None) -> LiveHub:
    settings = HubSettings(data_dir=str(data_dir), port=port or free_port(), **UNLIMITED)
    migrate(settings.resolved_database_url())
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=settings.port, log_level="warning")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("hub did not start")
        time.sleep(0.02)
    return LiveHub(f"http://127.0.0.1:{settings.port}", settings, server)


@pytest.fixture
def live_hub(tmp_path) -> Iterator[LiveHub]:
    hub = start_hub(tmp_path / "hub")
    yield hub
    hub.server.should_exit = True


@dataclass
class Laptop:
    name: str
    database: Database
    paths: DataPaths
    client: HubClient

    def sync(self, **options) -> SyncReport:
        return SyncEngine(self.database, self.client, self.paths.backups, **options).run()

    def run(self, work, *args):
        return self.database.run(work, *args)


@pytest.fixture
def laptops(tmp_path, live_hub) -> Iterator:
    """laptops("Les Amis") makes a new laptop enrolled in that association."""
    made: list[Laptop] = []

    def make(association: str, name: str | None = None, hub: LiveHub | None = None) -> Laptop:
        target = hub or live_hub
        name = name or f"portable-{len(made) + 1}"
        paths = DataPaths(tmp_path / name).ensure()
        client = HubClient(target.url, retries=2, backoff=0.05)
        client.token = client.enroll(target.enrollment_code(association), name).token
        laptop = Laptop(name, open_database(paths), paths, client)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.database.close()
