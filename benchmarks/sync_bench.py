"""Sync figures: first sync of a new laptop into 100,000 visible records (against the simplest
transfer: one download of the same records as JSON and one bulk insert), a sync with nothing to
do on a store of 1,000 and of 100,000 records, and pushing 10,000 local changes.

The hub runs as its own process (`entraide-hub serve`) on 127.0.0.1, as in production."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import requests

from app.db import Database, open_database
from app.ids import new_id
from app.paths import DataPaths
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from app.sync.client import HubClient
from app.sync.engine import SyncEngine
from app.text import fold
from benchmarks.harness import Figure
from hub import admin
from hub.db import migrate
from protocol.messages import OperationData
from tests.postgres import free_port

Log = Callable[[str], None]
BIG, SMALL, PUSHED = 100_000, 1_000, 10_000


class Hub:
    def __init__(self, root: Path) -> None:
        self.root, self.port = root, free_port()
        root.mkdir(parents=True, exist_ok=True)
        self.url = f"http://127.0.0.1:{self.port}"
        self.db_url = f"sqlite:///{root / 'hub.sqlite3'}"
        migrate(self.db_url)
        env = {
            **os.environ,
            "ENTRAIDE_HUB_RATE_LIMIT_PER_MINUTE": "1000000",
            "ENTRAIDE_HUB_RATE_LIMIT_BURST": "100000",
            "ENTRAIDE_HUB_LOG_LEVEL": "warning",
        }
        hub_command = Path(sys.executable).with_name("entraide-hub")
        self.process = subprocess.Popen(
            [str(hub_command), "serve", "--data-dir", str(root), "--port", str(self.port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/healthz", timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("the hub did not start")

    def code(self, association: str) -> str:
        return admin.enrollment_code_for(self.db_url, association)

    def client(self, association: str, name: str) -> HubClient:
        client = HubClient(self.url)
        client.token = client.enroll(self.code(association), name).token
        return client

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def _records(count: int) -> list[OperationData]:
    """Contacts as laptops push them (realistic fields, UUIDv7 ids as the application makes them),
    without a local store."""
    operations: list[OperationData] = []
    for i in range(count):
        first, last = f"Prénom{i % 997}", f"Nom{i}"
        operations.append(
            {
                "op_id": new_id(),
                "entity_type": "contact",
                "record_id": new_id(),
                "base_version": 0,
                "fields": {
                    "kind": "person",
                    "first_name": first,
                    "last_name": last,
                    "display_name": f"{first} {last}",
                    "sort_key": fold(f"{last} {first}"),
                    "email": f"{first.lower()}.{last.lower()}@exemple.fr",
                    "phone": f"+3361{i:07d}"[:12],
                    "tags": "bénévolat, quartier",
                    "notes": "Disponible le samedi.",
                },
            }
        )
    return operations


def _seed(client: HubClient, count: int, log: Log) -> None:
    operations = _records(count)
    for start in range(0, count, 1000):
        client.push(operations[start : start + 1000])
    log(f"  hub : {count} fiches déposées")


def _laptop(root: Path, name: str, hub: Hub, association: str) -> tuple:
    paths = DataPaths(root / name).ensure()
    database = open_database(paths)
    return database, paths, hub.client(association, name)


def _baseline_download(hub: Hub, token: str, target: Path) -> None:
    """The simplest transfer: download every record as JSON, insert them in one statement."""
    rows, cursor = [], 0
    while True:
        page = requests.get(
            f"{hub.url}/v1/pull",
            params={"cursor": cursor, "limit": 5000},
            headers={"Authorization": f"Bearer {token}"},
            timeout=60,
        ).json()
        rows += [(c["record_id"], json.dumps(c["fields"])) for c in page["changes"]]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE records (id TEXT PRIMARY KEY, fields TEXT)")
        connection.executemany("INSERT INTO records VALUES (?, ?)", rows)


def sync_figures(log: Log, runs: int = 3) -> list[Figure]:
    root = Path(tempfile.mkdtemp(prefix="entraide-sync-bench-"))
    hub = Hub(root / "hub")
    try:
        log(f"Synchronisation : préparation d'un hub de {BIG} fiches…")
        _seed(hub.client("Grande association", "source"), BIG, log)
        _seed(hub.client("Petite association", "source"), SMALL, log)
        first = Figure("Sync : première synchro, 100 000 fiches", "sync_first", limit=10_000, limit_on="max")
        simplest = Figure("Téléchargement JSON + insertion en bloc", "sync_first_baseline")
        first.baseline, first.ratio_limit, first.ratio_on = simplest, 2.0, "median"
        big_store: tuple[Database, DataPaths, HubClient] | None = None
        for run in range(runs):
            database, paths, client = _laptop(root, f"grand-{run}", hub, "Grande association")
            started = time.perf_counter()
            SyncEngine(database, client, paths.backups).run()
            first.samples.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            _baseline_download(hub, client.token, root / f"simple-{run}.sqlite3")
            simplest.samples.append((time.perf_counter() - started) * 1000)
            if big_store is None:
                big_store = (database, paths, client)
            else:
                database.close()
        log(f"  première synchro : {[round(s) for s in first.samples]} ms")
        small_db, small_paths, small_client = _laptop(root, "petit", hub, "Petite association")
        SyncEngine(small_db, small_client, small_paths.backups).run()
        idle_small = Figure("Sync sans rien à faire, 1 000 fiches", "sync_idle_small")
        idle_big = Figure(
            "Sync sans rien à faire, 100 000 fiches",
            "sync_idle_big",
            limit=50,
            baseline=idle_small,
            ratio_limit=1.3,
            ratio_on="median",
        )
        assert big_store is not None  # runs >= 1
        big_db, big_paths, big_client = big_store
        for _ in range(25):
            for figure, (db, paths, client) in (
                (idle_small, (small_db, small_paths, small_client)),
                (idle_big, (big_db, big_paths, big_client)),
            ):
                started = time.perf_counter()
                SyncEngine(db, client, paths.backups).run()
                figure.samples.append((time.perf_counter() - started) * 1000)
        pushed = Figure(
            "Sync : envoi de 10 000 modifications locales", "sync_push_10k", limit=5_000, limit_on="max"
        )
        for run in range(runs):
            database, paths, client = _laptop(root, f"envoi-{run}", hub, f"Association {run}")

            def edit(session, count: int = PUSHED, run: int = run) -> None:
                for i in range(count):
                    contacts.create_contact(
                        session, ContactFields(kind="person", first_name=f"P{i}", last_name=f"Envoi{run}")
                    )

            database.run(edit)
            started = time.perf_counter()
            SyncEngine(database, client, paths.backups).run()
            pushed.samples.append((time.perf_counter() - started) * 1000)
            database.close()
        log(f"  envoi de 10 000 : {[round(s) for s in pushed.samples]} ms")
        small_db.close()
        big_db.close()
        return [first, simplest, idle_big, idle_small, pushed]
    finally:
        hub.stop()
        shutil.rmtree(root, ignore_errors=True)
