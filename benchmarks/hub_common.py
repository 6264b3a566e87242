"""What the hub's figures share: targets, options, a durable PostgreSQL, and the records
that simulated clients push."""

from __future__ import annotations

import random
import shutil
import statistics
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import fmt_number
from tests.postgres import PostgresServer

# Each simulated device syncs every 5 to 15 s: 20 to 60 times more often than the application
# does by itself (every 5 minutes), so 200 devices weigh like a network of several thousand.
SYNC_EVERY = (5.0, 15.0)
PUSH_RECORDS, PUSH_BATCH, PUSH_RUNS = 10_000, 500, 10  # 100 000 records: the pull reads them back
PULL_PAGE = 5_000
PUSH_TARGET, PULL_TARGET = 5_000.0, 30_000.0  # records/s
LOAD_DEVICES, LOAD_ASSOCIATIONS, LOAD_P99_MS = 200, 20, 300.0
ALONE_CYCLES = 50  # push + pull cycles of the lone device (100 requests: within the rate limit's burst)
RATE = "enr./s"

Log = Callable[[str], None]


@dataclass
class HubOptions:
    data: Path  # a scratch folder is made (and removed) inside
    seed: int = 1901
    load_seconds: float = 60.0
    pull_runs: int = 3  # full pulls of the 100 000 records counted, after one not counted


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
    return f"médiane {fmt_number(statistics.median(samples))} {RATE}"


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
            "display_name": f"{first} {last}",
            "first_name": first,
            "last_name": last,
            "email": f"{first.lower()}.{n}@exemple.fr",
            "phone": f"+3366{rng.randrange(10**7):07d}",
            "town": rng.choice(TOWNS),
            "tags": ["bénévole", rng.choice(("bureau", "collecte"))],
            "notes": "Disponible le samedi matin ; préfère être contactée par courriel.",
        }
        entity, visibility = "contact", "private"
    else:
        fields = {
            "name": f"Matériel {n}",
            "category": rng.choice(KINDS),
            "deposit_cents": rng.randrange(0, 50_000, 500),
            "condition": "bon",
            "description": "Prêté avec sa housse et son câble d'alimentation, à rendre propre.",
            "pickup_town": rng.choice(TOWNS),
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


def push_run(seed: int, run: int) -> list[list[dict]]:
    """The batches of one run: the same records every time for the same seed and run."""
    rng = random.Random(seed * 1000 + run)
    ops = [new_operation(rng, run * PUSH_RECORDS + i) for i in range(PUSH_RECORDS)]
    return [ops[i : i + PUSH_BATCH] for i in range(0, len(ops), PUSH_BATCH)]
