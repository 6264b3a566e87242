"""The capacity of a PostgreSQL hub with two worker processes: an open-loop load of realistic
requests (pulls from each device's own cursor, some pages; small pushes) stepped up in rate until
the p99 latency passes 300 ms or a request fails, then the highest passing rate held for 60 s.
A device's own pull is seldom empty: it brings what the others pushed since its last one (a few
hundred records at 100-200 requests/s), so the figure weighs the hub's cost per record served.

Open loop: each request is sent at its scheduled instant whatever the earlier ones became, and
its latency counts from that instant, so a slow hub shows as latency, never as a lower rate."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import random
import re
import time
from collections.abc import Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import requests

from benchmarks.harness import Figure, fmt_number, percentile
from benchmarks.hub_common import (
    CAPACITY_TARGET,
    LOAD_ASSOCIATIONS,
    LOAD_DEVICES,
    LOAD_P99_MS,
    STEP_RATES,
    STEP_SECONDS,
    HubOptions,
    Log,
    conninfo,
    new_operation,
    seeded_uuid,
    thousands,
)
from benchmarks.hub_cpu import CpuMeter
from benchmarks.hub_http import Pool
from hub import admin
from hub.auth import hash_secret, new_token
from hub.db import migrate, open_hub_database, utcnow
from hub.models import Device
from tests.hub.server import HOST, HubProcess
from tests.postgres import PostgresServer

PULL_SHARE, PAGE_SHARE = 0.65, 0.10  # the rest pushes
PAGE_LIMIT = 200  # a laptop catching up after a few days
SEED_RECORDS = 200  # pushed by each association before the load: what the page pulls read
TIMEOUT = 10.0  # seconds; a request that takes longer is an error
T = TypeVar("T")


@dataclass
class LoadDevice:
    token: str
    cursor: int = 0
    mine: list[tuple[str, str, int]] = field(default_factory=list)  # (type, id, version) it pushed

    def head(self, method: str, target: str, length: int = 0) -> bytes:
        extra = f"Content-Type: application/json\r\nContent-Length: {length}\r\n" if method == "POST" else ""
        return (
            f"{method} {target} HTTP/1.1\r\nHost: {HOST}\r\nAuthorization: Bearer {self.token}\r\n"
            f"Accept-Encoding: gzip\r\n{extra}\r\n"
        ).encode()


@dataclass
class Step:
    rate: float
    seconds: float
    latencies: list[float] = field(default_factory=list)  # ms from the scheduled instant
    thirds: list[list[float]] = field(default_factory=lambda: [[], [], []])
    errors: list[str] = field(default_factory=list)
    late: float = 0.0  # the generator's longest delay past a scheduled instant, ms
    planned: list[tuple[LoadDevice, bytes, list[str]]] = field(default_factory=list)

    @property
    def p99(self) -> float:
        return percentile(self.latencies, 99) if self.latencies else float("inf")

    @property
    def passed(self) -> bool:
        return not self.errors and self.p99 <= LOAD_P99_MS

    def summary(self) -> str:
        p50 = fmt_number(percentile(self.latencies, 50)) if self.latencies else "—"
        return (
            f"{fmt_number(self.rate)}/s : p50 {p50} ms, p99 {fmt_number(self.p99)} ms, "
            f"{len(self.errors)} erreur{'s' if len(self.errors) > 1 else ''}"
        )


class Load:
    """The devices, their requests and the schedule; one event loop."""

    def __init__(self, port: int, devices: list[LoadDevice], seed: int, head_version: int) -> None:
        self.pool, self.devices = Pool(HOST, port), devices
        self.rng, self.head_version, self.n = random.Random(seed + 1), head_version, 0  # not _seed's ids

    def _request(self) -> tuple[LoadDevice, bytes, list[str]]:
        """A device and its request (a pull from its cursor: written when sent), with the types of
        the records it pushes."""
        device, roll = self.rng.choice(self.devices), self.rng.random()
        if roll < PULL_SHARE:
            return device, b"", []
        if roll < PULL_SHARE + PAGE_SHARE:
            cursor = self.rng.randrange(max(1, self.head_version))
            return device, device.head("GET", f"/v1/pull?cursor={cursor}&limit={PAGE_LIMIT}"), []
        ops = []
        for _ in range(self.rng.randint(1, 20)):
            self.n += 1
            if device.mine and self.rng.random() < 0.3:  # an edit of one of its records
                kind, record_id, version = self.rng.choice(device.mine)
                ops.append(
                    {
                        "op_id": f"load-{seeded_uuid(self.rng)}",
                        "entity_type": kind,
                        "record_id": record_id,
                        "base_version": version,
                        "fields": {"notes": f"modifié {self.n}"},
                    }
                )
            else:
                ops.append(new_operation(self.rng, self.n))
        body = json.dumps({"operations": ops}).encode()
        kinds = [str(op["entity_type"]) for op in ops]
        return device, device.head("POST", "/v1/push", len(body)) + body, kinds

    async def _send(
        self, step: Step, due: float, third: int, device: LoadDevice, data: bytes, pushed: list[str]
    ) -> None:
        own_pull = not data
        try:
            status, body = await self.pool.exchange(
                device.head("GET", f"/v1/pull?cursor={device.cursor}") if own_pull else data, TIMEOUT
            )
            if status != 200:
                step.errors.append(f"HTTP {status}")
            elif own_pull:
                device.cursor = max(device.cursor, next_cursor(body))
            elif pushed:
                for kind, result in zip(pushed, json.loads(body)["results"], strict=True):
                    if result.get("version"):
                        self.head_version = max(self.head_version, result["version"])
                        if len(device.mine) < 50:
                            device.mine.append((kind, result["record_id"], result["version"]))
        except Exception as error:  # counted, never raised
            step.errors.append(type(error).__name__)
        elapsed = (time.monotonic() - due) * 1000
        step.latencies.append(elapsed)
        step.thirds[third].append(elapsed)

    async def catch_up(self) -> None:
        """Every device pulls until it is up to date, untimed. After a step the hub could not keep
        up with, its pushes committed seconds late, after their devices' last pulls: the next
        step's first pulls would each bring several times what a pull brings at a steady rate, and
        the hold would measure the recovery from the broken step's rate instead of its own."""
        for device in self.devices:
            while True:
                status, body = await self.pool.exchange(
                    device.head("GET", f"/v1/pull?cursor={device.cursor}"), TIMEOUT
                )
                if status != 200:
                    raise RuntimeError(f"rattrapage : HTTP {status}")
                cursor = next_cursor(body)
                if cursor <= device.cursor:
                    break
                device.cursor = cursor

    def plan(self, step: Step) -> Step:
        """The step's requests, made before its clock (and the CPU meter) starts."""
        step.planned = [self._request() for _ in range(int(step.rate * step.seconds))]
        return step

    async def run(self, step: Step) -> Step:
        """The planned requests at `step.rate`, each sent at its instant. The generator's cycle
        collector is paused meanwhile: its full passes over the planned requests took up to 155 ms,
        answers waiting unread meanwhile and counted as the hub's latency."""
        gc.collect()
        gc.disable()
        try:
            return await self._run(step)
        finally:
            gc.enable()

    async def _run(self, step: Step) -> Step:
        # Times from the clock itself: uvloop's loop.time() is read once per turn of the loop,
        # to the millisecond, and would round latencies down.
        planned, count = step.planned, len(step.planned)
        tasks = []
        start = time.monotonic() + 0.05
        for i, (device, data, pushed) in enumerate(planned):
            due = start + i / step.rate
            wait = due - time.monotonic()
            if wait > 0.001:
                await asyncio.sleep(wait)
            step.late = max(step.late, (time.monotonic() - due) * 1000)
            tasks.append(asyncio.create_task(self._send(step, due, 3 * i // count, device, data, pushed)))
        await asyncio.gather(*tasks)
        step.planned = []
        return step


def next_cursor(body: bytes) -> int:
    """A page's next_cursor, read after its records without decoding them (decoding each page cost
    the generator about half the CPU the hub spent serving it). Inside the records a quote is
    escaped, so the last `"next_cursor":` with bare quotes is the page's own key."""
    found = _NEXT_CURSOR.search(body, body.rindex(b'"next_cursor":'))
    if found is None:
        raise ValueError("next_cursor illisible")
    return int(found[1])


_NEXT_CURSOR = re.compile(rb'"next_cursor":\s*(\d+)')


# --- the hub, its devices, the steps -----------------------------------------------------------


def _devices(url: str) -> list[LoadDevice]:
    """LOAD_DEVICES devices spread over LOAD_ASSOCIATIONS associations, as enrolment leaves them
    (a hashed token each), written straight into the hub's database: enrolling 200 devices through
    /v1/enroll would meet its per-address limit."""
    migrate(url)
    database = open_hub_database(url)
    devices = []
    try:
        with database.writer.begin() as session:
            associations = [
                admin.create_association(session, f"Association {i + 1:02d}")
                for i in range(LOAD_ASSOCIATIONS)
            ]
            for i in range(LOAD_DEVICES):
                token = new_token()
                session.add(
                    Device(
                        id=seeded_uuid(random.Random(i)),
                        association_id=associations[i % LOAD_ASSOCIATIONS].id,
                        name=f"Portable {i + 1}",
                        token_hash=hash_secret(token),
                        created_at=utcnow(),
                    )
                )
                devices.append(LoadDevice(token))
    finally:
        database.dispose()
    return devices


def _seed(hub_url: str, devices: list[LoadDevice], seed: int) -> int:
    """Each association's first device pushes SEED_RECORDS records; everyone pulls up to date."""
    rng, version, http = random.Random(seed), 0, requests.Session()
    for i, device in enumerate(devices[:LOAD_ASSOCIATIONS]):
        ops = [new_operation(rng, i * SEED_RECORDS + n) for n in range(SEED_RECORDS)]
        answer = http.post(
            f"{hub_url}/v1/push",
            json={"operations": ops},
            headers={"Authorization": f"Bearer {device.token}"},
            timeout=60,
        )
        answer.raise_for_status()
        for op, result in zip(ops, answer.json()["results"], strict=True):
            device.mine.append((op["entity_type"], result["record_id"], result["version"]))
            version = max(version, result["version"])
    for device in devices:
        device.cursor = version  # up to date: what they pull next is what others push meanwhile
    return version


def _analyze(url: str) -> None:
    """The planner's statistics of the seeded tables, as autovacuum keeps them on any hub that has
    run a minute: on tables never analysed PostgreSQL estimates a page pull's version range at a
    few rows and sorts every record past the cursor (8 ms for 2 000) instead of walking the version
    index to the page's end (0.4 ms), until autovacuum's first pass, partway through the steps."""
    import psycopg

    with psycopg.connect(conninfo(url), autocommit=True) as connection:
        connection.execute("ANALYZE")


async def _capacity(
    hub: HubProcess, devices: list[LoadDevice], head: int, options: HubOptions, log: Log, meter: CpuMeter
) -> tuple[list[Step], Step | None, str, Step | None]:
    """The steps, the hold, the CPU it used, and a hold given up: an 8 s step can pass at a rate
    that does not hold a minute. The highest passing rate is held first; when the first third of
    its hold already breaks, the next lower passing rate is held instead (at most 20 s more)."""
    load = Load(hub.port, devices, options.seed, head)
    steps: list[Step] = []
    for rate in STEP_RATES:
        step = await load.run(load.plan(Step(rate, STEP_SECONDS)))
        steps.append(step)
        log(f"    palier {step.summary()}")
        if not step.passed:
            break
    passing = [step for step in steps if step.passed]
    held, cpu, given_up = None, "", None
    candidates = passing[-2:][::-1]  # the highest passing rate, then the one below it
    for candidate in candidates:
        log(f"  {fmt_number(candidate.rate)} requêtes/s tenues {fmt_number(options.load_seconds)} s…")
        await load.catch_up()
        await asyncio.sleep(2)
        thirds = [load.plan(Step(candidate.rate, options.load_seconds / 3)) for _ in range(3)]
        meter.start()
        held, whole = await _hold(load, candidate.rate, options.load_seconds, thirds)
        cpu = meter.stop()
        if whole or candidate is candidates[-1]:
            break
        log(f"    premier tiers : {held.summary()} ; palier inférieur")
        given_up, held = held, None
    load.pool.close()
    return steps, held, cpu, given_up


async def _hold(load: Load, rate: float, seconds: float, thirds: list[Step]) -> tuple[Step, bool]:
    """`rate` for `seconds`, its thirds planned before and run one after the other (the gap between
    two is the last answers of the first, a few ms at a rate the hub holds); whether it went to
    its end (it stops after a first third that broke)."""
    held = Step(rate, seconds)
    for index, planned in enumerate(thirds):
        third = await load.run(planned)
        held.latencies += third.latencies
        held.thirds[index] = third.latencies
        held.errors += third.errors
        held.late = max(held.late, third.late)
        if index == 0 and not third.passed:
            return held, False
    return held, True


def _run_loop(work: Coroutine[Any, Any, T]) -> T:
    """The generator's event loop: uvloop where the hub has it too. With ISA-L's inflate
    (benchmarks/hub_http.py), the generator went from 0.15 to 0.10-0.11 cores at 300 requests/s,
    CPU the hub shares on two cores."""
    try:
        import uvloop
    except ImportError:  # Windows
        return asyncio.run(work)
    return uvloop.run(work)


def load_figures(
    pg: PostgresServer | None, folder: Path, options: HubOptions, log: Log, why_not: str | None = None
) -> list[Figure]:
    seconds = fmt_number(options.load_seconds)
    capacity = Figure(
        f"Hub PostgreSQL 2 processus : débit tenu {seconds} s (p99 ≤ {fmt_number(LOAD_P99_MS)} ms, 0 erreur)",
        "hub_capacity_rps",
        unit="req./s",
        limit=CAPACITY_TARGET,
        limit_on="median",
        higher_is_better=True,
    )
    latency = Figure(
        "Hub PostgreSQL 2 processus : latence au débit tenu",
        "hub_capacity_latency_ms",
        limit=LOAD_P99_MS,
        limit_on="p99",
    )
    errors = Figure(
        "Hub PostgreSQL 2 processus : requêtes en erreur au débit tenu",
        "hub_capacity_errors_pct",
        unit="%",
        limit=0.0,
        limit_on="max",
        fail_word="ERREURS",
    )
    figures = [capacity, latency, errors]
    if pg is None:
        for figure in figures:
            figure.not_measured = why_not
        return figures
    url = pg.create_database("hub_load")
    try:
        devices = _devices(url)
        with HubProcess(url, folder, workers=2) as hub:  # the hub's own rate limits apply
            head = _seed(hub.url, devices, options.seed)
            _analyze(url)
            assert hub.process is not None
            hub_pid = hub.process.pid
            postmaster = int((pg.data / "postmaster.pid").read_text().split()[0])
            meter = CpuMeter(
                {
                    "hub": lambda: CpuMeter.pids_where(2, hub_pid),
                    "PostgreSQL": lambda: CpuMeter.pids_where(1, postmaster) | {postmaster},
                    "générateur de charge": lambda: {os.getpid()},
                }
            )
            log(f"  Capacité : {LOAD_DEVICES} appareils, paliers de {fmt_number(STEP_SECONDS)} s…")
            steps, held, cpu, given_up = _run_loop(_capacity(hub, devices, head, options, log, meter))
    except Exception as error:
        for figure in figures:
            figure.not_measured = f"{type(error).__name__} : {error}"[:160]
        return figures
    tried = " ; ".join(step.summary() for step in steps)
    if held is None:
        for figure in figures:
            figure.not_measured = f"aucun palier tenu ({tried})"[:300]
        return figures
    for third in held.thirds:
        ok = not held.errors and bool(third) and percentile(third, 99) <= LOAD_P99_MS
        capacity.add_pass([held.rate if ok else 0.0])
        latency.add_pass(third)
    errors.add_pass([100.0 * len(held.errors) / max(1, len(held.latencies))])
    kinds = ", ".join(f"{kind} × {held.errors.count(kind)}" for kind in sorted(set(held.errors)))
    capacity.note = (
        f"paliers : {tried} ; tenu : {held.summary()}{' (' + kinds + ')' if kinds else ''}, "
        f"{thousands(len(held.latencies))} requêtes, retard maximal du générateur "
        f"{fmt_number(held.late)} ms ; {cpu}"
    )
    if given_up is not None:
        capacity.note += f" ; tenue abandonnée après son premier tiers : {given_up.summary()}"
    return figures
