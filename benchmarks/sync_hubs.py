"""Hubs holding many records for the sync figures, seeded once and kept in the bench-data folder.

Seeding a million records through the hub's HTTP API takes longer than the whole `make bench`
budget. The records go through the hub's own storage code instead (`push_committed`, in batches
of 5,000, exactly what a push request runs after decoding its body), from a device enrolled
through the real /v1/enroll route. The database is kept in `bench-data/sync-hubs/<name>/` with a
fingerprint of what made it (the hub's and the wire protocol's sources, the record generator,
the counts); each run copies it to a scratch folder and serves the copy with a real
`entraide-hub serve` process, so the laptops enrolled by a run never change the cache.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import hub
import protocol
from app.ids import new_id
from app.sync.client import HubClient
from app.text import fold
from hub.db import migrate, open_hub_database
from hub.push import push_committed
from protocol.messages import Operation, OperationData
from tests.hub.server import NO_RATE_LIMIT, HubProcess, enroll, make_codes

Log = Callable[[str], None]
SEED_BATCH = 5000
HUB_ENV = {**NO_RATE_LIMIT, "ENTRAIDE_HUB_LOG_LEVEL": "warning"}


def contact_operations(count: int) -> Iterator[OperationData]:
    """Contacts as laptops push them (realistic fields, UUIDv7 ids as the application makes
    them), made one at a time: a million of them never sit in memory together."""
    for i in range(count):
        first, last = f"Prénom{i % 997}", f"Nom{i}"
        yield {
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


def _fingerprint(contents: dict[str, int]) -> str:
    digest = hashlib.sha256(json.dumps(contents, sort_keys=True).encode())
    digest.update(inspect.getsource(contact_operations).encode())
    # What shapes the stored database: the hub's schema and the wire's records, not every line of
    # the hub (a change to how the hub serves must not cost a ten-minute rebuild).
    hub_root, protocol_root = Path(hub.__file__ or "").parent, Path(protocol.__file__ or "").parent
    sources = [hub_root / "models.py", *hub_root.glob("migrations/**/*.py"), *protocol_root.rglob("*.py")]
    for source in sorted(sources):
        digest.update(source.as_posix().rsplit("/", 3)[-2:][-1].encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _build(folder: Path, contents: dict[str, int], log: Log) -> None:
    """A hub database with `count` contacts owned by each named association."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    url = f"sqlite:///{folder / 'hub.sqlite3'}"
    migrate(url)
    codes = make_codes(url, list(contents))
    with HubProcess(None, folder, env=HUB_ENV) as process:  # enrolment through the real route
        devices = {name: enroll(process.url, codes[name][0], "source") for name in contents}
    database = open_hub_database(url)
    try:
        for name, count in contents.items():
            device, batch = devices[name], []
            for operation in contact_operations(count):
                batch.append(Operation.model_validate(operation))
                if len(batch) == SEED_BATCH:
                    push_committed(database, device.association_id, device.device_id, batch)
                    batch = []
            if batch:
                push_committed(database, device.association_id, device.device_id, batch)
            log(f"  hub « {folder.name} » : {count} fiches déposées pour « {name} »")
    finally:
        database.dispose()
    connection = sqlite3.connect(folder / "hub.sqlite3")
    try:  # the seeding device's stored answers are never asked again: a smaller copy per run
        with connection:
            connection.execute("DELETE FROM operation_results")
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    for log_file in folder.glob("hub-*.log"):
        log_file.unlink()


def seeded_hub(data: Path, name: str, contents: dict[str, int], scratch: Path, log: Log) -> HubProcess:
    """A started hub serving a copy of the cached database `name` (built first when missing or
    out of date). Returns the process; the caller stops it."""
    cache = data / "sync-hubs" / name
    stamp = cache / "fingerprint.txt"
    key = _fingerprint(contents)
    if not stamp.exists() or stamp.read_text() != key:
        log(f"Synchronisation : construction du hub « {name} » ({sum(contents.values())} fiches)…")
        started = time.perf_counter()
        _build(cache, contents, log)
        stamp.write_text(key)
        log(
            f"  hub « {name} » construit en {time.perf_counter() - started:.0f} s "
            "(gardé pour les mesures suivantes)"
        )
    copy = scratch / name
    shutil.copytree(cache, copy, ignore=shutil.ignore_patterns("fingerprint.txt", "hub-*.log"))
    return HubProcess(None, copy, env=HUB_ENV).start()


def code_for(process: HubProcess, association: str) -> str:
    return make_codes(f"sqlite:///{process.data_dir / 'hub.sqlite3'}", [association])[association][0]


class Hub(HubProcess):
    """A new, empty hub started in `root` (the courier figures seed theirs through the API)."""

    def __init__(self, root: Path) -> None:
        super().__init__(None, root, env=HUB_ENV)
        root.mkdir(parents=True, exist_ok=True)
        migrate(f"sqlite:///{root / 'hub.sqlite3'}")
        self.start()

    def code(self, association: str) -> str:
        return code_for(self, association)

    def client(self, association: str, name: str) -> HubClient:
        client = HubClient(self.url)
        client.token = client.enroll(self.code(association), name).token
        return client


def seed_through_api(client: HubClient, count: int, log: Log) -> None:
    batch: list[OperationData] = []
    for operation in contact_operations(count):
        batch.append(operation)
        if len(batch) == 1000:
            client.push(batch)
            batch = []
    if batch:
        client.push(batch)
    log(f"  hub : {count} fiches déposées")
