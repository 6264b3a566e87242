"""What the hub's figures share: targets, options, a durable PostgreSQL, and the records
that simulated clients push."""

from __future__ import annotations

import random
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import fmt_number
from tests.postgres import PostgresServer

PUSH_RECORDS, PUSH_BATCH = 15_000, 500  # records of one push pass, and of one request
WARM_RECORDS = 2_000  # pushed (and pulled) once before the passes, not counted
PULL_PAGE = 5_000
PUSH_TARGET, PULL_TARGET = 8_000.0, 40_000.0  # records/s of a whole pass
# The capacity step test: a PostgreSQL hub with 2 worker processes, an open-loop load.
CAPACITY_TARGET, LOAD_P99_MS = 400.0, 300.0  # requests/s held 60 s with p99 ≤ 300 ms, 0 errors
LOAD_DEVICES, LOAD_ASSOCIATIONS = 200, 10
STEP_RATES = (100, 200, 300, 400, 500, 600, 700, 800, 1000, 1200)  # requests/s, until one breaks
STEP_SECONDS = 8.0
RATE = "enr./s"

Log = Callable[[str], None]


@dataclass
class HubOptions:
    data: Path  # a scratch folder is made (and removed) inside
    seed: int = 1901
    load_seconds: float = 60.0  # how long the highest passing rate is held


class DurablePostgres(PostgresServer):
    """The tests' throwaway server with a real server's durability: fsync and synchronous commit on."""

    def start(self) -> DurablePostgres:
        if self._as_root:
            shutil.chown(self.root, "postgres")
            self.root.chmod(0o700)
        self._run(
            "initdb", "-D", str(self.data), "-U", self.user, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"
        )
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=300 "
            "-c shared_buffers=256MB"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")
        return self


def conninfo(url: str) -> str:
    """psycopg's connection string for a SQLAlchemy URL."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def rate_note(samples: list[float]) -> str:
    return ", ".join(f"{fmt_number(sample)}" for sample in samples) + f" {RATE}"


# --- the records -------------------------------------------------------------------------------

TOWNS = ("Lyon", "Villeurbanne", "Vénissieux", "Bron", "Givors", "Oullins", "Tarare", "Meyzieu")
KINDS = ("sono", "vidéo", "mobilier", "cuisine", "barnum", "informatique")


def seeded_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def new_operation(rng: random.Random, n: int) -> dict:
    """A new record as a client pushes it: mostly private contacts, some equipment for the network."""
    fields: dict[str, object]
    if rng.random() < 0.7:
        first, last = rng.choice(("Léa", "Hugo", "Inès", "Yanis", "Chloé")), f"Martin{n}"
        fields = {
            "kind": "person",
            "display_name": f"{first} {last}",
            "sort_key": f"{last} {first}".lower(),
            "first_name": first,
            "last_name": last,
            "email": f"{first.lower()}.{n}@exemple.fr",
            "phone": f"+3366{rng.randrange(10**7):07d}",
            "address": f"{rng.randrange(1, 120)} rue de la République, {rng.choice(TOWNS)}",
            "tags": f"bénévole, {rng.choice(('bureau', 'collecte'))}",
            "notes": "Disponible le samedi matin ; préfère être contactée par courriel.",
        }
        entity, visibility = "contact", "private"
    else:
        fields = {
            "name": f"Matériel {n}",
            "category": rng.choice(KINDS),
            "deposit_cents": rng.randrange(0, 50_000, 500),
            "condition": "bon",
            "accessories": ["housse", "câble d'alimentation"],
            "description": "Prêté avec sa housse et son câble d'alimentation, à rendre propre.",
            "storage_place": f"Local de {rng.choice(TOWNS)}",
            "shared": True,
            "out_of_service": False,
        }
        entity, visibility = "equipment", "network"
    return {
        "op_id": f"bench-{seeded_uuid(rng)}",
        "entity_type": entity,
        "record_id": seeded_uuid(rng),
        "base_version": 0,
        "visibility": visibility,
        "fields": fields,
    }


def push_batches(seed: int, run: int, count: int = PUSH_RECORDS) -> list[list[dict]]:
    """The batches of one pass: the same records every time for the same seed and pass."""
    rng = random.Random(seed * 1000 + run)
    ops = [new_operation(rng, run * PUSH_RECORDS + i) for i in range(count)]
    return [ops[i : i + PUSH_BATCH] for i in range(0, len(ops), PUSH_BATCH)]
