"""The hub's push and pull rates on SQLite and PostgreSQL, through a real `entraide-hub serve`
process, per pass (the records of a pass over its wall time), against the same records inserted
by plain `executemany` and the same pages served by the least server of the same kind."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from benchmarks.harness import REPETITIONS, Figure
from benchmarks.hub_common import (
    PULL_PAGE,
    PULL_TARGET,
    PUSH_BATCH,
    PUSH_RECORDS,
    PUSH_TARGET,
    RATE,
    WARM_RECORDS,
    HubOptions,
    Log,
    conninfo,
    push_batches,
    rate_note,
    thousands,
)
from benchmarks.hub_reference import ReferenceServer
from tests.hub.server import NO_RATE_LIMIT, HubProcess, enroll_devices

# --- push and pull through a real hub ----------------------------------------------------------


@dataclass
class Throughput:
    push: list[float] = field(default_factory=list)  # records/s of each pass
    pull: list[float] = field(default_factory=list)  # records/s of each full pull
    pulled: int = 0
    failure: str | None = None


def _pushed(http: requests.Session, url: str, headers: dict[str, str], bodies: list[bytes]) -> str | None:
    """POST every batch; why not all of them were applied, or None."""
    for body in bodies:
        answer = http.post(f"{url}/v1/push", data=body, headers=headers, timeout=120)
        if answer.status_code != 200:
            return f"push : {answer.status_code} {answer.text[:100]}"
        statuses = {r["status"] for r in answer.json()["results"]}
        if statuses != {"applied"}:
            return f"push : réponses {sorted(statuses)}"
    return None


def full_pull(http: requests.Session, url: str, headers: dict[str, str] | None = None) -> int:
    """Every record from cursor 0, page after page (requests asks for gzip and decodes the JSON)."""
    cursor, count = 0, 0
    while True:
        answer = http.get(url, params={"cursor": cursor, "limit": PULL_PAGE}, headers=headers, timeout=120)
        answer.raise_for_status()
        page = answer.json()
        count += len(page["changes"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return count


def _bodies(seed: int, run: int, count: int = PUSH_RECORDS) -> list[bytes]:
    return [json.dumps({"operations": batch}).encode() for batch in push_batches(seed, run, count)]


def hub_throughput(url: str, folder: Path, options: HubOptions, log: Log) -> Throughput:
    result = Throughput()
    with HubProcess(url, folder, env=NO_RATE_LIMIT) as hub:
        [device] = enroll_devices(hub, url, ["Banc d'essai"])["Banc d'essai"]
        http = requests.Session()
        headers = {**device.headers, "Content-Type": "application/json"}
        http.post(f"{hub.url}/v1/handshake", json={"protocol_version": 1}, headers=headers).raise_for_status()
        # Warm: connections, imports, caches; the same work as a pass, on fewer records.
        result.failure = _pushed(http, hub.url, headers, _bodies(options.seed, REPETITIONS, WARM_RECORDS))
        for run in range(REPETITIONS):
            if result.failure:
                return result
            bodies = _bodies(options.seed, run)  # made before the clock starts: the client's work
            started = time.perf_counter()
            result.failure = _pushed(http, hub.url, headers, bodies)
            result.push.append(PUSH_RECORDS / (time.perf_counter() - started))
        if result.failure:
            return result
        log(f"    push : {rate_note(result.push)} par passe de {thousands(PUSH_RECORDS)}")
        full_pull(http, f"{hub.url}/v1/pull", device.headers)  # warm
        for _ in range(REPETITIONS):
            started = time.perf_counter()
            result.pulled = full_pull(http, f"{hub.url}/v1/pull", device.headers)
            result.pull.append(result.pulled / (time.perf_counter() - started))
        log(f"    pull : {rate_note(result.pull)} pour {thousands(result.pulled)} enregistrements")
    return result


# --- the same work done by the simplest code ---------------------------------------------------

RAW_TABLE = (
    "CREATE TABLE raw_records (record_id VARCHAR(36) PRIMARY KEY, entity_type VARCHAR(40), "
    "owner_id VARCHAR(36), visibility VARCHAR(10), version BIGINT, fields {json})"
)
RAW_INDEX = "CREATE INDEX ix_raw_records_version ON raw_records (version)"


def _raw_rows(batch: list[dict], first_version: int) -> list[tuple]:
    return [
        (
            op["record_id"],
            op["entity_type"],
            "owner",
            op["visibility"],
            first_version + i,
            json.dumps(op["fields"], ensure_ascii=False),
        )
        for i, op in enumerate(batch)
    ]


def _raw_passes(execute_batch, options: HubOptions) -> list[float]:
    """Records/s of each pass, the same batches as the hub's (and a warm-up pass first)."""
    rates, version = [], 0
    for run in [REPETITIONS, *range(REPETITIONS)]:
        batches = push_batches(options.seed, run, WARM_RECORDS if run == REPETITIONS else PUSH_RECORDS)
        started = time.perf_counter()
        for batch in batches:
            execute_batch(_raw_rows(batch, version + 1))  # the rows made on the clock, as the hub does
            version += len(batch)
        if run != REPETITIONS:
            rates.append(PUSH_RECORDS / (time.perf_counter() - started))
    return rates


def raw_insert_sqlite(path: Path, options: HubOptions) -> list[float]:
    """executemany of INSERTs with JSON text, one transaction per batch, the hub's pragmas."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute(RAW_TABLE.format(json="TEXT"))
        connection.execute(RAW_INDEX)

        def batch(rows: list[tuple]) -> None:
            connection.execute("BEGIN")
            connection.executemany("INSERT INTO raw_records VALUES (?, ?, ?, ?, ?, ?)", rows)
            connection.execute("COMMIT")

        return _raw_passes(batch, options)
    finally:
        connection.close()


def raw_insert_postgres(url: str, options: HubOptions) -> list[float]:
    import psycopg

    with psycopg.connect(conninfo(url)) as connection:
        connection.execute(RAW_TABLE.format(json="JSON"))
        connection.execute(RAW_INDEX)
        connection.commit()

        def batch(rows: list[tuple]) -> None:
            with connection.cursor() as cursor:
                cursor.executemany("INSERT INTO raw_records VALUES (%s, %s, %s, %s, %s, %s::json)", rows)
            connection.commit()

        return _raw_passes(batch, options)


def raw_pull(url: str, folder: Path) -> list[float]:
    """Full pulls of the same rows, in pages of the same size, from the reference server."""
    rates = []
    with ReferenceServer(url, folder / "reference.log") as server:
        http = requests.Session()
        full_pull(http, f"{server.url}/page")  # warm
        for _ in range(REPETITIONS):
            started = time.perf_counter()
            count = full_pull(http, f"{server.url}/page")
            rates.append(count / (time.perf_counter() - started))
    return rates


def throughput_figures(
    kind: str, url: str | None, folder: Path, options: HubOptions, log: Log, why_not: str | None = None
) -> list[Figure]:
    label = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[kind]
    records = thousands(PUSH_RECORDS)
    raw_push = Figure(
        f"Insertion brute executemany ({label}), {records} enr. par lots de {PUSH_BATCH}",
        f"raw_insert_{kind}",
        unit=RATE,
        higher_is_better=True,
        ratio_on="median",
    )
    push = Figure(
        f"Hub : push de {records} enr. par lots de {PUSH_BATCH} ({label})",
        f"hub_push_{kind}",
        limit=PUSH_TARGET,
        limit_on="median",
        baseline=raw_push,
        unit=RATE,
        higher_is_better=True,
        ratio_on="median",
    )
    page = thousands(PULL_PAGE)
    raw_select = Figure(
        f"Serveur minimal : SELECT du texte stocké ({label}), pages de {page}, gzip",
        f"raw_pull_{kind}",
        unit=RATE,
        higher_is_better=True,
        ratio_on="median",
    )
    pull = Figure(
        f"Hub : pull complet, pages de {page}, gzip ({label})",
        f"hub_pull_{kind}",
        limit=PULL_TARGET,
        limit_on="median",
        baseline=raw_select,
        unit=RATE,
        higher_is_better=True,
        ratio_on="median",
    )
    figures = [push, raw_push, pull, raw_select]
    if url is None:
        for figure in figures:
            figure.not_measured = why_not
        return figures
    log(f"  Hub sur {label} : {REPETITIONS} × {records} enregistrements poussés, puis lus…")
    started = time.monotonic()
    try:
        measured = hub_throughput(url, folder, options, log)
    except Exception as error:  # a measurement that could not be made is reported, not raised
        measured = Throughput(failure=f"{type(error).__name__} : {error}"[:160])
    if measured.failure:
        push.not_measured = pull.not_measured = measured.failure
    for rate in measured.push:
        push.add_pass([rate])
    for rate in measured.pull:
        pull.add_pass([rate])
    if measured.pulled:
        pull.note = f"{thousands(measured.pulled)} enregistrements par lecture complète"
    log(f"  Référence {label} : executemany brut, serveur minimal…")
    rates = (
        raw_insert_sqlite(folder / "raw.sqlite3", options)
        if kind == "sqlite"
        else raw_insert_postgres(url, options)
    )
    for rate in rates:
        raw_push.add_pass([rate])
    if measured.pulled:
        for rate in raw_pull(url, folder):
            raw_select.add_pass([rate])
    log(f"  ({label} : {time.monotonic() - started:.0f} s)")
    return figures
