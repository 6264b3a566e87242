"""The hub's push and pull rates on SQLite and PostgreSQL, through a real `entraide-hub serve`
process, against the same records inserted and read by plain SQL."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import requests

if TYPE_CHECKING:
    import psycopg

from benchmarks.harness import Figure, fmt_number
from benchmarks.hub_common import (
    PULL_PAGE,
    PULL_TARGET,
    PUSH_BATCH,
    PUSH_RECORDS,
    PUSH_RUNS,
    PUSH_TARGET,
    RATE,
    HubOptions,
    Log,
    conninfo,
    push_run,
    rate_note,
    thousands,
)
from tests.hub.server import NO_RATE_LIMIT, HubProcess, enroll_devices

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
                answer = http.get(
                    f"{hub.url}/v1/pull",
                    params={"cursor": cursor, "limit": PULL_PAGE},
                    headers=device.headers,
                    timeout=120,
                )  # requests asks for gzip
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
                connection.executemany(
                    "INSERT INTO raw_records VALUES (?, ?, ?, ?, ?, ?)", _raw_rows(batch, version + 1)
                )
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
                    cursor.executemany(
                        "INSERT INTO raw_records VALUES (%s, %s, %s, %s, %s, %s::json)",
                        _raw_rows(batch, version + 1),
                    )
                connection.commit()
                samples.append(len(batch) / (time.perf_counter() - started))
                version += len(batch)
        return samples


RAW_PAGE = (
    "SELECT entity_type, record_id, version, owner_id, visibility, parties, fields, deleted "
    "FROM records WHERE version > {p} ORDER BY version LIMIT {p}"
)


def _page_json(rows: list[tuple], decode: bool) -> bytes:
    changes = [
        {
            "entity_type": e,
            "record_id": r,
            "version": v,
            "owner_id": o,
            "visibility": vis,
            "parties": json.loads(p) if decode else p,
            "fields": json.loads(f) if decode else f,
            "deleted": bool(d),
        }
        for e, r, v, o, vis, p, f, d in rows
    ]
    return json.dumps({"changes": changes}, ensure_ascii=False, separators=(",", ":")).encode()


def raw_pull(url: str, runs: int) -> list[float]:
    """One raw SELECT per page of the hub's own table, serialised to JSON in-process."""
    sqlite = url.startswith("sqlite")
    connection: sqlite3.Connection | psycopg.Connection[tuple[Any, ...]]
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


def throughput_figures(
    kind: str, url: str | None, folder: Path, options: HubOptions, log: Log, why_not: str | None = None
) -> list[Figure]:
    label = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[kind]
    raw_push = Figure(
        f"Insertion brute executemany ({label}), lots de {PUSH_BATCH}",
        f"raw_insert_{kind}",
        unit=RATE,
        higher_is_better=True,
        ratio_on="median",
    )
    push = Figure(
        f"Hub : push {PUSH_RUNS} × {thousands(PUSH_RECORDS)} enr., lots de {PUSH_BATCH} ({label})",
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
        f"SELECT brut + JSON ({label}), pages de {page}",
        f"raw_pull_{kind}",
        unit=RATE,
        higher_is_better=True,
        ratio_on="median",
    )
    total = thousands(PUSH_RUNS * PUSH_RECORDS)
    pull = Figure(
        f"Hub : pull de {total} enr., pages de {page}, gzip ({label})",
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
    log(f"  Hub sur {label} : {PUSH_RUNS * PUSH_RECORDS} enregistrements poussés puis lus…")
    try:
        measured = hub_throughput(url, folder, options, log)
    except Exception as error:  # a measurement that could not be made is reported, not raised
        measured = Throughput(failure=f"{type(error).__name__} : {error}"[:160])
    if measured.failure:
        push.not_measured = pull.not_measured = measured.failure
    push.samples, pull.samples = measured.push, measured.pull
    if measured.push_runs:
        push.note = (
            f"par passe de {thousands(PUSH_RECORDS)} : {rate_note(measured.push_runs)}, plus lente "
            f"{fmt_number(min(measured.push_runs))} {RATE} ; échantillons : un par lot"
        )
    if measured.pull_runs:
        pull.note = (
            f"{thousands(measured.pulled)} enregistrements, {options.pull_runs} lectures "
            f"complètes : {rate_note(measured.pull_runs)} ; échantillons : une par page "
            "(requête + JSON)"
        )
    log(f"  Référence {label} : executemany et SELECT bruts…")
    if kind == "sqlite":
        raw_push.samples = raw_insert_sqlite(folder / "raw.sqlite3", options)
    else:
        raw_push.samples = raw_insert_postgres(url, options)
    if measured.pulled:
        raw_select.samples = raw_pull(url, options.pull_runs)
    return figures
