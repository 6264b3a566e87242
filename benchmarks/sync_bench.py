"""Sync figures: first sync of a new laptop into 100,000 visible records (against the simplest
transfer: the same pages downloaded as JSON and one bulk insert) and into 1,000,000 (time and
peak memory of the syncing process), a sync with nothing to do on a store of 1,000 and of
100,000 records, and pushing 10,000 local changes.

The hubs run as their own processes (`entraide-hub serve`) on 127.0.0.1, as in production, on
copies of databases seeded once and kept in the bench-data folder (benchmarks/sync_hubs.py)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import requests

from app.db import Database, open_database
from app.paths import DataPaths
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from app.sync.client import HubClient
from app.sync.engine import PULL_PAGE, SyncEngine
from benchmarks import sync_child
from benchmarks.harness import REPETITIONS, Figure, run_until_ready
from benchmarks.sync_hubs import code_for, seeded_hub
from tests.hub.server import HubProcess

Log = Callable[[str], None]
BIG, SMALL, HUGE = 100_000, 1_000, 1_000_000
IDLE_SYNCS = 9  # per pass and per store size, alternating
GREAT, LITTLE, HUGE_ONE = "Grande association", "Petite association", "Très grande association"


def _laptop(
    root: Path, name: str, hub: HubProcess, association: str
) -> tuple[Database, DataPaths, HubClient]:
    paths = DataPaths(root / name).ensure()
    database = open_database(paths)
    client = HubClient(hub.url)
    client.token = client.enroll(code_for(hub, association), name).token
    return database, paths, client


def _baseline_download(hub: HubProcess, token: str, target: Path) -> None:
    """The simplest transfer: the same pages as the sync asks (one kept-alive connection, gzip),
    every record's fields as JSON, inserted in one statement."""
    rows, cursor = [], 0
    with requests.Session() as http:
        while True:
            page = http.get(
                f"{hub.url}/v1/pull",
                params={"cursor": cursor, "limit": PULL_PAGE},
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


def sync_figures(log: Log, data: Path) -> list[Figure]:
    root = Path(tempfile.mkdtemp(prefix="entraide-sync-bench-", dir=data))
    hubs: list[HubProcess] = []
    try:
        hub = seeded_hub(data, "grand", {GREAT: BIG, LITTLE: SMALL}, root, log)
        hubs.append(hub)
        first, simplest, big = _first_syncs(hub, root, log)
        idle_big, idle_small = _idle_syncs(hub, root, big, log)
        big[0].close()
        pushed = _pushes(hub, root, log)
        hub.stop()
        huge = seeded_hub(data, "tres-grand", {HUGE_ONE: HUGE}, root, log)
        hubs.append(huge)
        million, memory = _million(huge, root, first, log)
        return [first, simplest, million, memory, idle_big, idle_small, pushed]
    finally:
        for process in hubs:
            process.stop()
        shutil.rmtree(root, ignore_errors=True)


def _first_syncs(
    hub: HubProcess, root: Path, log: Log
) -> tuple[Figure, Figure, tuple[Database, DataPaths, HubClient]]:
    """Each pass: a new laptop's first sync, then the simplest transfer of the same records."""
    first = Figure("Sync : première synchro, 100 000 fiches", "sync_first", limit=6_000, limit_on="max")
    simplest = Figure("Téléchargement JSON + insertion en bloc", "sync_first_baseline")
    first.baseline, first.ratio_limit, first.ratio_on = simplest, 1.5, "median"
    kept: tuple[Database, DataPaths, HubClient] | None = None
    for run in range(REPETITIONS):
        database, paths, client = _laptop(root, f"grand-{run}", hub, GREAT)
        started = time.perf_counter()
        SyncEngine(database, client, paths.backups).run()
        first.add_pass([(time.perf_counter() - started) * 1000])
        started = time.perf_counter()
        _baseline_download(hub, client.token or "", root / f"simple-{run}.sqlite3")
        simplest.add_pass([(time.perf_counter() - started) * 1000])
        if kept is None:
            kept = (database, paths, client)
        else:
            database.close()
    log(
        f"  première synchro : {[round(s) for s in first.samples]} ms, "
        f"référence {[round(s) for s in simplest.samples]} ms"
    )
    assert kept is not None
    return first, simplest, kept


def _idle_syncs(
    hub: HubProcess, root: Path, big: tuple[Database, DataPaths, HubClient], log: Log
) -> tuple[Figure, Figure]:
    small_db, small_paths, small_client = _laptop(root, "petit", hub, LITTLE)
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
    for _ in range(REPETITIONS):
        samples: dict[str, list[float]] = {"small": [], "big": []}
        for _ in range(IDLE_SYNCS):
            for key, (db, paths, client) in (("small", (small_db, small_paths, small_client)), ("big", big)):
                started = time.perf_counter()
                SyncEngine(db, client, paths.backups).run()
                samples[key].append((time.perf_counter() - started) * 1000)
        idle_small.add_pass(samples["small"])
        idle_big.add_pass(samples["big"])
    small_db.close()
    log(f"  sans rien à faire : médianes {idle_big.stats and round(idle_big.stats.median)} ms (100 000)")
    return idle_big, idle_small


def _pushes(hub: HubProcess, root: Path, log: Log) -> Figure:
    pushed = Figure(
        "Sync : envoi de 10 000 modifications locales", "sync_push_10k", limit=5_000, limit_on="max"
    )
    for run in range(REPETITIONS):
        database, paths, client = _laptop(root, f"envoi-{run}", hub, f"Association {run}")

        def edit(session, run: int = run) -> None:
            for i in range(10_000):
                contacts.create_contact(
                    session, ContactFields(kind="person", first_name=f"P{i}", last_name=f"Envoi{run}")
                )

        database.run(edit)
        started = time.perf_counter()
        SyncEngine(database, client, paths.backups).run()
        pushed.add_pass([(time.perf_counter() - started) * 1000])
        database.close()
    log(f"  envoi de 10 000 : {[round(s) for s in pushed.samples]} ms")
    return pushed


def _million(hub: HubProcess, root: Path, hundred_thousand: Figure, log: Log) -> tuple[Figure, Figure]:
    """One first sync of 1,000,000 records in a process of its own (started through the shell, so
    its peak memory is its own), judged against the 100,000-record figure of the same run."""
    million = Figure(
        "Sync : première synchro, 1 000 000 fiches",
        "sync_first_1m",
        baseline=hundred_thousand,
        ratio_limit=11,
        ratio_on="median",
    )
    memory = Figure(
        "Sync 1 000 000 fiches : mémoire de pointe du processus",
        "sync_first_1m_rss",
        unit="Mo",
        limit=400,
        limit_on="max",
    )
    paths = DataPaths(root / "tres-grand").ensure()
    open_database(paths).close()  # the store exists, migrated, before the clock starts
    client = HubClient(hub.url)
    token = client.enroll(code_for(hub, HUGE_ONE), "tres-grand").token
    command = [
        sys.executable,
        sync_child.__file__,
        "--data-dir",
        str(paths.root),
        "--hub",
        hub.url,
        "--token",
        token,
    ]
    run = run_until_ready(command, {}, sync_child.MARKER, timeout=600)
    if run.failure or run.values.get("pulled") != HUGE:
        reason = run.failure or f"{run.values.get('pulled')} fiches reçues"
        million.not_measured = memory.not_measured = reason
    else:
        million.add_pass([run.values["ms"]])
        memory.add_pass([run.values["rss_kb"] / 1024])
        log(f"  1 000 000 fiches : {run.values['ms'] / 1000:.1f} s, {run.values['rss_kb'] / 1024:.0f} Mo")
    return million, memory
