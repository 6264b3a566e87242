"""200 simulated devices syncing small changes against a PostgreSQL hub with two worker
processes, against one device syncing alone."""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.harness import Figure, fmt_number, percentile
from benchmarks.hub_common import (
    ALONE_CYCLES,
    LOAD_ASSOCIATIONS,
    LOAD_DEVICES,
    LOAD_P99_MS,
    SYNC_EVERY,
    HubOptions,
    Log,
    new_operation,
    seeded_uuid,
    thousands,
)
from tests.hub.server import HubProcess, make_codes
from tests.postgres import PostgresServer

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
        ours = {
            label: sum(t - before[label].get(pid, 0) for pid, t in pids.items()) / self.TICK / elapsed
            for label, pids in after.items()
        }
        cores = os.cpu_count() or 1
        machine = (busy1 - busy0) / max(1, total1 - total0) * cores
        used = ", ".join(f"{label} {fmt_number(value)}" for label, value in ours.items())
        return (
            f"cœurs occupés : {used} ; machine entière {fmt_number(machine)} sur {cores}, dont "
            f"{fmt_number(max(0.0, machine - sum(ours.values())))} par d'autres programmes"
        )


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
                ops.append(
                    {
                        "op_id": f"load-{seeded_uuid(self.rng)}",
                        "entity_type": entity,
                        "record_id": record_id,
                        "base_version": version,
                        "fields": {"notes": f"modifié {self.n}"},
                    }
                )
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
            page = await calls.call(
                client, "GET", "/v1/pull", params={"cursor": self.cursor}, headers=self.headers
            )
            if page is None:
                return
            self.cursor = page["next_cursor"]
            if not page["has_more"]:
                return


async def _simulate(
    hub_url: str, codes: list[str], seconds: float, seed: int, log: Log, meter: CpuMeter
) -> tuple[Requests, Requests, float]:
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


def load_figures(
    pg: PostgresServer | None, folder: Path, options: HubOptions, log: Log, why_not: str | None = None
) -> list[Figure]:
    seconds = options.load_seconds
    alone = Figure("Hub PostgreSQL : 1 appareil seul (push + pull)", "hub_load_alone_ms")
    latency = Figure(
        f"Hub PostgreSQL 2 processus : {LOAD_DEVICES} appareils, {fmt_number(seconds)} s",
        "hub_load_latency_ms",
        limit=LOAD_P99_MS,
        limit_on="p99",
        baseline=alone,
    )
    errors = Figure(
        f"Hub PostgreSQL : {LOAD_DEVICES} appareils, requêtes en erreur",
        "hub_load_errors_pct",
        unit="%",
        limit=0.0,
        limit_on="max",
        fail_word="ERREURS",
    )
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
            hub_pid = hub.process.pid
            postmaster = int((pg.data / "postmaster.pid").read_text().split()[0])
            meter = CpuMeter(
                {
                    "hub": lambda: CpuMeter.pids_where(2, hub_pid),
                    "PostgreSQL": lambda: CpuMeter.pids_where(1, postmaster) | {postmaster},
                    "générateur de charge": lambda: {os.getpid()},
                }
            )
            measured_alone, load, elapsed = asyncio.run(
                _simulate(hub.url, codes, seconds, options.seed, log, meter)
            )
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
        latency.note = (
            f"{thousands(count)} requêtes en {fmt_number(elapsed)} s ({per_second}/s), "
            f"{len(load.errors)} en erreur{' (' + kinds + ')' if kinds else ''} ; latence "
            f"p50 {p[50]} ms, p95 {p[95]} ms, p99 {p[99]} ms "
            f"(cible p99 ≤ {fmt_number(LOAD_P99_MS)} ms)"
        )
        for path, samples in sorted(load.by_path.items()):
            latency.note += (
                f" ; {path} p50 {fmt_number(percentile(samples, 50))} ms, "
                f"p99 {fmt_number(percentile(samples, 99))} ms"
            )
        if cpu:
            latency.note += f" ; {cpu}"
    return figures
