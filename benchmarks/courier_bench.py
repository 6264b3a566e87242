"""Courier figures (sync by USB stick): preparing the file of 10,000 pending changes, its relay by
another association's laptop (the hub applies them and answers), importing an answer that
brings 10,000 records, and importing that answer again (0 rows changed).

The hub runs as its own process on 127.0.0.1 (sync_hubs.Hub); the laptops are real stores, their
keys kept in the 0600 file (no system keyring is touched)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from app.db import Database, open_database
from app.paths import DataPaths
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from app.sync import runs
from app.sync.courier import answer, export, relay
from app.sync.credentials import TokenStore
from benchmarks.harness import Figure
from benchmarks.sync_hubs import Hub, Log
from benchmarks.sync_hubs import seed_through_api as _seed

COUNT = 10_000


def _laptop(root: Path, hub: Hub, association: str, name: str) -> tuple[Database, DataPaths]:
    paths = DataPaths(root / name).ensure()
    database = open_database(paths)
    enrolled = runs.enroll(hub.url, hub.code(association), name, TokenStore(paths.root))
    database.run(lambda s: runs.remember_enrolment(s, hub.url, enrolled))
    return database, paths


def _fingerprint(paths: DataPaths) -> str:
    connection = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def courier_figures(log: Log, rounds: int = 3) -> list[Figure]:
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    root = Path(tempfile.mkdtemp(prefix="entraide-courier-bench-"))
    hub = Hub(root / "hub")
    exported = Figure(
        "Clé USB : préparer 10 000 modifications", "courier_export_10k", limit=3_000, limit_on="max"
    )
    relayed = Figure(
        "Clé USB : transmission par un autre portable", "courier_relay_10k", limit=10_000, limit_on="max"
    )
    imported = Figure(
        "Clé USB : importer une réponse de 10 000 fiches", "courier_import_10k", limit=10_000, limit_on="max"
    )
    again = Figure("Clé USB : réimporter la même réponse", "courier_reimport", limit=1_000, limit_on="max")
    unchanged = True
    try:
        carrier_db, carrier_paths = _laptop(root, hub, "Le Club", "club")
        for run in range(rounds):
            association = f"Salle {run}"
            _seed(hub.client(association, f"source-{run}"), COUNT, log)
            database, paths = _laptop(root, hub, association, f"salle-{run}")
            stick = root / f"cle-{run}"
            stick.mkdir()
            # An answer bringing 10,000 records to a laptop that has never synced.
            first = export.export(database, paths, stick)
            [carried] = relay.relay(carrier_db, carrier_paths, first.paths)
            started = time.perf_counter()
            answer.import_answer(database, paths, carried.answer[0])
            imported.samples.append(_ms(started))
            received = database.run(contacts.count_contacts)
            assert received == COUNT, f"the answer brought {received} contacts, not {COUNT}"
            before = _fingerprint(paths)
            started = time.perf_counter()
            done = answer.import_answer(database, paths, carried.answer[0])
            again.samples.append(_ms(started))
            unchanged = unchanged and done.already is not None and _fingerprint(paths) == before

            def edit(session, run: int = run) -> None:
                for i in range(COUNT):
                    contacts.create_contact(
                        session, ContactFields(kind="person", first_name=f"P{i}", last_name=f"Salle{run}")
                    )

            database.run(edit)
            started = time.perf_counter()
            prepared = export.export(database, paths, stick)
            exported.samples.append(_ms(started))
            started = time.perf_counter()
            [carried] = relay.relay(carrier_db, carrier_paths, prepared.paths)
            relayed.samples.append(_ms(started))
            assert carried.refused is None, carried.refused
            log(
                f"  passe {run + 1} : fichier {prepared.size // 1024} Ko, réponse "
                f"{sum(p.stat().st_size for p in carried.answer) // 1024} Ko"
            )
            database.close()
        again.note = (
            "0 ligne modifiée par la réimportation" if unchanged else "la réimportation a modifié la base !"
        )
        imported.note = f"{COUNT:,} contacts reçus à chaque passe".replace(",", "\u202f")
        carrier_db.close()
        return [exported, relayed, imported, again]
    finally:
        hub.stop()
        shutil.rmtree(root, ignore_errors=True)
