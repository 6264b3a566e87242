"""The hub's figures, hub and load generator on this machine, through real `entraide-hub serve`
processes on 127.0.0.1:

- push: 10 × 10 000 new records in batches of 500, on SQLite and on PostgreSQL, against the
  same records inserted by plain `executemany` into the same kind of database;
- pull: the 100 000 records just pushed, in pages of 5 000 (gzip), against one raw SELECT per
  page serialised to JSON in-process;
- load: 200 simulated devices (20 associations) syncing small changes against a PostgreSQL hub
  with two worker processes, against one device syncing alone.

PostgreSQL is a throwaway server (tests/postgres.py) started with its durable defaults
(fsync and synchronous commit on), as a hub would run it; SQLite runs as the hub configures it
(WAL, synchronous=FULL).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import shutil
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import requests

from benchmarks.harness import Figure, fmt_number, percentile
from tests.hub.server import NO_RATE_LIMIT, HubProcess, enroll_devices, make_codes
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
        self._run("initdb", "-D", str(self.data), "-U", self.user, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=300 "
                   "-c shared_buffers=256MB")
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


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def new_operation(rng: random.Random, n: int) -> dict:
    """A new record as a client pushes it: mostly private contacts, some equipment for the network."""
    if rng.random() < 0.7:
        first, last = rng.choice(("Léa", "Hugo", "Inès", "Yanis", "Chloé")), f"Martin{n}"
        fields = {"display_name": f"{first} {last}", "first_name": first, "last_name": last,
                  "email": f"{first.lower()}.{n}@exemple.fr", "phone": f"+3366{rng.randrange(10**7):07d}",
                  "town": rng.choice(TOWNS), "tags": ["bénévole", rng.choice(("bureau", "collecte"))],
                  "notes": "Disponible le samedi matin ; préfère être contactée par courriel."}
        entity, visibility = "contact", "private"
    else:
        fields = {"name": f"Matériel {n}", "category": rng.choice(KINDS),
                  "deposit_cents": rng.randrange(0, 50_000, 500), "condition": "bon",
                  "description": "Prêté avec sa housse et son câble d'alimentation, à rendre propre.",
                  "pickup_town": rng.choice(TOWNS)}
        entity, visibility = "equipment", "network"
    return {"op_id": f"bench-{_uuid(rng)}", "entity_type": entity, "record_id": _uuid(rng),
            "base_version": 0, "visibility": visibility, "fields": fields}


def push_run(seed: int, run: int) -> list[list[dict]]:
    """The batches of one run: the same records every time for the same seed and run."""
    rng = random.Random(seed * 1000 + run)
    ops = [new_operation(rng, run * PUSH_RECORDS + i) for i in range(PUSH_RECORDS)]
    return [ops[i:i + PUSH_BATCH] for i in range(0, len(ops), PUSH_BATCH)]


# --- push and pull through a real hub ----------------------------------------------------------

@dataclass
class Throughput:
    push: list[float] = field(default_factory=list)  # records/s of each batch
    push_runs: list[float] = field(default_factory=list)  # records/s of each run of 10 000
    pull: list[float] = field(default_factory=list)  # records/s of each page
    pull_runs: list[float] = field(default_factory=list)
    pulled: int = 0
    failure: str | None = None


def hub_throughput(url: str, folder: Path, options: HubOptions, log: Log) -> Throughput:
    result = Throughput()
    with HubProcess(url, folder, env=NO_RATE_LIMIT) as hub:
        [device] = enroll_devices(hub, url, ["Banc d'essai"])["Banc d'essai"]
        http = requests.Session()
        headers = {**device.headers, "Content-Type": "application/json"}
        http.post(f"{hub.url}/v1/handshake", json={"protocol_version": 1}, headers=headers).raise_for_status()
        http.get(f"{hub.url}/v1/pull", headers=headers).raise_for_status()  # warm: connections, imports
        for run in range(PUSH_RUNS):
            bodies = [json.dumps({"operations": batch}).encode() for batch in push_run(options.seed, run)]
            run_started = time.perf_counter()
            for body in bodies:
                started = time.perf_counter()
                answer = http.post(f"{hub.url}/v1/push", data=body, headers=headers, timeout=120)
                elapsed = time.perf_counter() - started
                if answer.status_code != 200:
                    result.failure = f"push : {answer.status_code} {answer.text[:100]}"
                    return result
                statuses = {r["status"] for r in answer.json()["results"]}
                if statuses != {"applied"}:
                    result.failure = f"push : réponses {sorted(statuses)}"
                    return result
                result.push.append(PUSH_BATCH / elapsed)
            result.push_runs.append(PUSH_RECORDS / (time.perf_counter() - run_started))
        log(f"    push : {rate_note(result.push_runs)} par passe de {PUSH_RECORDS}")
        for run in range(options.pull_runs + 1):
            cursor, count, run_started, pages = 0, 0, time.perf_counter(), []
            while True:
                started = time.perf_counter()
                answer = http.get(f"{hub.url}/v1/pull", params={"cursor": cursor, "limit": PULL_PAGE},
                                  headers=device.headers, timeout=120)  # requests asks for gzip
                page = answer.json()
                elapsed = time.perf_counter() - started
                if answer.status_code != 200:
                    result.failure = f"pull : {answer.status_code} {answer.text[:100]}"
                    return result
                pages.append(len(page["changes"]) / elapsed)
                count += len(page["changes"])
                cursor = page["next_cursor"]
                if not page["has_more"]:
                    break
            if run:  # the first full pull warms the caches
                result.pull += pages
                result.pull_runs.append(count / (time.perf_counter() - run_started))
            result.pulled = count
        log(f"    pull : {rate_note(result.pull_runs or [0])} pour {result.pulled} enregistrements")
    return result


# --- the same work done by the simplest code ---------------------------------------------------

RAW_TABLE = ("CREATE TABLE raw_records (record_id VARCHAR(36) PRIMARY KEY, entity_type VARCHAR(40), "
             "owner_id VARCHAR(36), visibility VARCHAR(10), version BIGINT, fields {json})")
RAW_INDEX = "CREATE INDEX ix_raw_records_version ON raw_records (version)"


def _raw_rows(batch: list[dict], first_version: int) -> list[tuple]:
    return [(op["record_id"], op["entity_type"], "owner", op["visibility"], first_version + i,
             json.dumps(op["fields"], ensure_ascii=False)) for i, op in enumerate(batch)]


def raw_insert_sqlite(path: Path, options: HubOptions) -> list[float]:
    """executemany of INSERTs with JSON text, one transaction per batch, the hub's pragmas."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute(RAW_TABLE.format(json="TEXT"))
        connection.execute(RAW_INDEX)
        samples, version = [], 0
        for run in range(PUSH_RUNS):
            for batch in push_run(options.seed, run):
                started = time.perf_counter()
                connection.execute("BEGIN")
                connection.executemany("INSERT INTO raw_records VALUES (?, ?, ?, ?, ?, ?)",
                                       _raw_rows(batch, version + 1))
                connection.execute("COMMIT")
                samples.append(len(batch) / (time.perf_counter() - started))
                version += len(batch)
        return samples
    finally:
        connection.close()


def raw_insert_postgres(url: str, options: HubOptions) -> list[float]:
    import psycopg

    with psycopg.connect(conninfo(url)) as connection:
        connection.execute(RAW_TABLE.format(json="JSON"))
        connection.execute(RAW_INDEX)
        connection.commit()
        samples, version = [], 0
        for run in range(PUSH_RUNS):
            for batch in push_run(options.seed, run):
                started = time.perf_counter()
                with connection.cursor() as cursor:
                    cursor.executemany("INSERT INTO raw_records VALUES (%s, %s, %s, %s, %s, %s::json)",
                                       _raw_rows(batch, version + 1))
                connection.commit()
                samples.append(len(batch) / (time.perf_counter() - started))
                version += len(batch)
        return samples


RAW_PAGE = ("SELECT entity_type, record_id, version, owner_id, visibility, parties, fields, deleted "
            "FROM records WHERE version > {p} ORDER BY version LIMIT {p}")


def _page_json(rows: list[tuple], decode: bool) -> bytes:
    changes = [{"entity_type": e, "record_id": r, "version": v, "owner_id": o, "visibility": vis,
                "parties": json.loads(p) if decode else p, "fields": json.loads(f) if decode else f,
                "deleted": bool(d)} for e, r, v, o, vis, p, f, d in rows]
    return json.dumps({"changes": changes}, ensure_ascii=False, separators=(",", ":")).encode()


def raw_pull(url: str, runs: int) -> list[float]:
    """One raw SELECT per page of the hub's own table, serialised to JSON in-process."""
    sqlite = url.startswith("sqlite")
    if sqlite:
        connection = sqlite3.connect(url.removeprefix("sqlite:///"))
        query = RAW_PAGE.format(p="?")
    else:
        import psycopg

        connection = psycopg.connect(conninfo(url), autocommit=True)
        query = RAW_PAGE.format(p="%s")
    samples: list[float] = []
    try:
        for run in range(runs + 1):
            cursor = 0
            while True:
                started = time.perf_counter()
                rows = connection.execute(query, (cursor, PULL_PAGE)).fetchall()
                if not rows:
                    break
                _page_json(rows, decode=sqlite)  # psycopg decodes json columns itself
                if run:
                    samples.append(len(rows) / (time.perf_counter() - started))
                cursor = rows[-1][2]
    finally:
        connection.close()
    return samples


def throughput_figures(kind: str, url: str | None, folder: Path, options: HubOptions, log: Log,
                       why_not: str | None = None) -> list[Figure]:
    label = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[kind]
    rate = {"unit": RATE, "higher_is_better": True, "ratio_on": "median"}
    raw_push = Figure(f"Insertion brute executemany ({label}), lots de {PUSH_BATCH}", f"raw_insert_{kind}",
                      **rate)
    push = Figure(f"Hub : push {PUSH_RUNS} × {thousands(PUSH_RECORDS)} enr., lots de {PUSH_BATCH} ({label})",
                  f"hub_push_{kind}", limit=PUSH_TARGET, limit_on="median", baseline=raw_push, **rate)
    page = thousands(PULL_PAGE)
    raw_select = Figure(f"SELECT brut + JSON ({label}), pages de {page}", f"raw_pull_{kind}", **rate)
    total = thousands(PUSH_RUNS * PUSH_RECORDS)
    pull = Figure(f"Hub : pull de {total} enr., pages de {page}, gzip ({label})",
                  f"hub_pull_{kind}", limit=PULL_TARGET, limit_on="median", baseline=raw_select, **rate)
    figures = [push, raw_push, pull, raw_select]
    if url is None:
        for figure in figures:
            figure.not_measured = why_not
        return figures
    log(f"  Hub sur {label} : {PUSH_RUNS * PUSH_RECORDS} enregistrements poussés puis lus…")
    try:
        measured = hub_throughput(url, folder, options, log)
    except Exception as error:  # a measurement that could not be made is reported, not raised
        measured = Throughput(failure=f"{type(error).__name__} : {error}"[:160])
    if measured.failure:
        push.not_measured = pull.not_measured = measured.failure
    push.samples, pull.samples = measured.push, measured.pull
    if measured.push_runs:
        push.note = (f"par passe de {thousands(PUSH_RECORDS)} : {rate_note(measured.push_runs)}, plus lente "
                     f"{fmt_number(min(measured.push_runs))} {RATE} ; échantillons : un par lot")
    if measured.pull_runs:
        pull.note = (f"{thousands(measured.pulled)} enregistrements, {options.pull_runs} lectures "
                     f"complètes : {rate_note(measured.pull_runs)} ; échantillons : une par page "
                     "(requête + JSON)")
    log(f"  Référence {label} : executemany et SELECT bruts…")
    if kind == "sqlite":
        raw_push.samples = raw_insert_sqlite(folder / "raw.sqlite3", options)
    else:
        raw_push.samples = raw_insert_postgres(url, options)
    if measured.pulled:
        raw_select.samples = raw_pull(url, options.pull_runs)
    return figures


# --- 200 devices syncing at once -------------------------------------------------------------

class CpuMeter:
    """Cores used, from /proc, by our own processes (by label) and by the whole machine: a figure
    measured while something else keeps the machine busy says so."""

    TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    def __init__(self, groups: dict[str, Callable[[], set[int]]]) -> None:
        self.groups, self.available = groups, os.path.exists("/proc/stat")
        self._start: tuple[float, dict[str, dict[int, int]], tuple[int, int]] | None = None

    @staticmethod
    def _stat(pid: int) -> list[str] | None:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return None

    @classmethod
    def pids_where(cls, field_index: int, value: int) -> set[int]:
        """Processes whose stat field (after the name: 1 = ppid, 2 = process group) is `value`."""
        found = set()
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                stat = cls._stat(int(entry.name))
                if stat and int(stat[field_index]) == value:
                    found.add(int(entry.name))
        return found

    def _ticks(self) -> dict[str, dict[int, int]]:
        ticks: dict[str, dict[int, int]] = {}
        for label, pids in self.groups.items():
            ticks[label] = {}
            for pid in pids():
                stat = self._stat(pid)
                if stat:
                    ticks[label][pid] = int(stat[11]) + int(stat[12])  # utime + stime
        return ticks

    @staticmethod
    def _machine() -> tuple[int, int]:
        values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
        idle = values[3] + values[4]
        return sum(values[:8]) - idle, sum(values[:8])

    def start(self) -> None:
        if self.available:
            self._start = (time.monotonic(), self._ticks(), self._machine())

    def stop(self) -> str:
        if not self.available or self._start is None:
            return ""
        began, before, (busy0, total0) = self._start
        elapsed, after, (busy1, total1) = time.monotonic() - began, self._ticks(), self._machine()
        ours = {label: sum(t - before[label].get(pid, 0) for pid, t in pids.items()) / self.TICK / elapsed
                for label, pids in after.items()}
        cores = os.cpu_count() or 1
        machine = (busy1 - busy0) / max(1, total1 - total0) * cores
        used = ", ".join(f"{label} {fmt_number(value)}" for label, value in ours.items())
        return (f"cœurs occupés : {used} ; machine entière {fmt_number(machine)} sur {cores}, dont "
                f"{fmt_number(max(0.0, machine - sum(ours.values())))} par d'autres programmes")


@dataclass
class Requests:
    latencies: list[float] = field(default_factory=list)  # ms
    by_path: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    async def call(self, client, method: str, path: str, **kwargs) -> dict | None:
        started = time.perf_counter()
        try:
            answer = await client.request(method, path, **kwargs)
            body = answer.json() if answer.status_code == 200 else None
        except Exception as error:  # counted as an error, never raised
            self._took(path, started)
            self.errors.append(f"{type(error).__name__}")
            return None
        self._took(path, started)
        if body is None:
            self.errors.append(f"HTTP {answer.status_code}")
        return body

    def _took(self, path: str, started: float) -> None:
        elapsed = (time.perf_counter() - started) * 1000
        self.latencies.append(elapsed)
        self.by_path.setdefault(path, []).append(elapsed)


@dataclass
class SimulatedDevice:
    token: str
    rng: random.Random
    cursor: int = 0
    mine: dict[str, tuple[str, int]] = field(default_factory=dict)  # its records: id → (type, version)
    n: int = 0

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def changes(self) -> list[dict]:
        ops = []
        for _ in range(self.rng.randint(1, 3)):
            self.n += 1
            if self.mine and self.rng.random() < 0.4:  # an edit of one of its records
                record_id = self.rng.choice(list(self.mine))
                entity, version = self.mine[record_id]
                ops.append({"op_id": f"load-{_uuid(self.rng)}", "entity_type": entity, "record_id": record_id,
                            "base_version": version, "fields": {"notes": f"modifié {self.n}"}})
            else:
                ops.append(new_operation(self.rng, self.n))
        return ops

    async def sync(self, client, calls: Requests) -> None:
        ops = self.changes()
        pushed = await calls.call(client, "POST", "/v1/push", json={"operations": ops}, headers=self.headers)
        for op, result in zip(ops, (pushed or {}).get("results", []), strict=False):
            if result.get("version"):
                self.mine[result["record_id"]] = (op["entity_type"], result["version"])
        while True:
            page = await calls.call(client, "GET", "/v1/pull", params={"cursor": self.cursor},
                                    headers=self.headers)
            if page is None:
                return
            self.cursor = page["next_cursor"]
            if not page["has_more"]:
                return


async def _simulate(hub_url: str, codes: list[str], seconds: float, seed: int, log: Log,
                    meter: CpuMeter) -> tuple[Requests, Requests, float]:
    import httpx

    async with httpx.AsyncClient(base_url=hub_url, timeout=30.0) as client:
        gate = asyncio.Semaphore(10)

        async def enrol(i: int, code: str) -> SimulatedDevice:
            async with gate:
                answer = await client.post("/v1/enroll", json={"code": code, "device_name": f"Appareil {i}"})
            answer.raise_for_status()
            return SimulatedDevice(answer.json()["token"], random.Random(seed * 10_000 + i))

        devices = await asyncio.gather(*(enrol(i, code) for i, code in enumerate(codes)))
        alone = Requests()
        for _ in range(ALONE_CYCLES):  # the reference: one device, nobody else
            await devices[0].sync(client, alone)
        log(f"  {len(devices)} appareils synchronisent pendant {fmt_number(seconds)} s…")
        load = Requests()
        # Each device its own client, as a laptop has: one kept-alive connection (a shared pool
        # of 400 connections costs the load generator more CPU than the hub spends on a request).
        # Made before the clock starts: making 200 of them blocks the generator for about two
        # seconds, after which every device due meanwhile would fire at once, a burst that real,
        # independent laptops never make.
        clients = [httpx.AsyncClient(base_url=hub_url, timeout=30.0) for _ in devices]
        deadline = time.monotonic() + seconds

        async def live(device: SimulatedDevice, own) -> None:
            await asyncio.sleep(device.rng.uniform(0, SYNC_EVERY[1]))  # not all at once
            while time.monotonic() < deadline:
                await device.sync(own, load)
                await asyncio.sleep(device.rng.uniform(*SYNC_EVERY))

        started = time.monotonic()
        meter.start()
        try:
            await asyncio.gather(*(live(device, own) for device, own in zip(devices, clients, strict=True)))
        finally:
            await asyncio.gather(*(own.aclose() for own in clients))
        return alone, load, time.monotonic() - started


def load_figures(pg: PostgresServer | None, folder: Path, options: HubOptions, log: Log,
                 why_not: str | None = None) -> list[Figure]:
    seconds = options.load_seconds
    alone = Figure("Hub PostgreSQL : 1 appareil seul (push + pull)", "hub_load_alone_ms")
    latency = Figure(f"Hub PostgreSQL 2 processus : {LOAD_DEVICES} appareils, {fmt_number(seconds)} s",
                     "hub_load_latency_ms", limit=LOAD_P99_MS, limit_on="p99", baseline=alone)
    errors = Figure(f"Hub PostgreSQL : {LOAD_DEVICES} appareils, requêtes en erreur", "hub_load_errors_pct",
                    unit="%", limit=0.0, limit_on="max", fail_word="ERREURS")
    figures = [latency, alone, errors]
    if pg is None:
        for figure in figures:
            figure.not_measured = why_not
        return figures
    url = pg.create_database("hub_load")
    names = [f"Association {i + 1:02d}" for i in range(LOAD_ASSOCIATIONS)]
    per_association = LOAD_DEVICES // LOAD_ASSOCIATIONS
    try:
        with HubProcess(url, folder, workers=2) as hub:  # the hub's own rate limit: real devices meet it
            codes = [code for found in make_codes(url, names, per_association).values() for code in found]
            assert hub.process is not None
            postmaster = int((pg.data / "postmaster.pid").read_text().split()[0])
            meter = CpuMeter({"hub": lambda: CpuMeter.pids_where(2, hub.process.pid),
                              "PostgreSQL": lambda: CpuMeter.pids_where(1, postmaster) | {postmaster},
                              "générateur de charge": lambda: {os.getpid()}})
            measured_alone, load, elapsed = asyncio.run(
                _simulate(hub.url, codes, seconds, options.seed, log, meter))
            cpu = meter.stop()
    except Exception as error:
        for figure in figures:
            figure.not_measured = f"{type(error).__name__} : {error}"[:160]
        return figures
    alone.samples, latency.samples = measured_alone.latencies, load.latencies
    count = len(load.latencies)
    errors.samples = [100.0 * len(load.errors) / count] if count else []
    if count:
        p = {pct: fmt_number(percentile(load.latencies, pct)) for pct in (50, 95, 99)}
        kinds = ", ".join(f"{kind} × {load.errors.count(kind)}" for kind in sorted(set(load.errors)))
        per_second = fmt_number(count / elapsed)
        latency.note = (f"{thousands(count)} requêtes en {fmt_number(elapsed)} s ({per_second}/s), "
                        f"{len(load.errors)} en erreur{' (' + kinds + ')' if kinds else ''} ; latence "
                        f"p50 {p[50]} ms, p95 {p[95]} ms, p99 {p[99]} ms "
                        f"(cible p99 ≤ {fmt_number(LOAD_P99_MS)} ms)")
        for path, samples in sorted(load.by_path.items()):
            latency.note += (f" ; {path} p50 {fmt_number(percentile(samples, 50))} ms, "
                             f"p99 {fmt_number(percentile(samples, 99))} ms")
        if cpu:
            latency.note += f" ; {cpu}"
    return figures


# --- all of it ---------------------------------------------------------------------------------

def hub_figures(options: HubOptions, log: Log) -> list[Figure]:
    scratch = options.data / "hub-scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    figures: list[Figure] = []
    pg: PostgresServer | None = None
    why_not = None
    try:
        log("Hub : démarrage d'un PostgreSQL jetable (127.0.0.1)…")
        try:
            pg = DurablePostgres().start()
        except Exception as error:
            why_not = f"PostgreSQL indisponible : {error}"[:160]
            log(f"  {why_not}")
        sqlite_folder = scratch / "sqlite"
        figures += throughput_figures("sqlite", f"sqlite:///{sqlite_folder / 'hub.sqlite3'}", sqlite_folder,
                                      options, log)
        pg_url = pg.create_database("hub_bench") if pg else None
        figures += throughput_figures("postgresql", pg_url, scratch / "postgresql", options, log, why_not)
        figures += load_figures(pg, scratch / "load", options, log, why_not)
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    return figures
