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

import shutil

from benchmarks.harness import Figure
from benchmarks.hub_common import DurablePostgres, HubOptions, Log
from benchmarks.hub_load import load_figures
from benchmarks.hub_throughput import throughput_figures
from tests.postgres import PostgresServer

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
        figures += throughput_figures(
            "sqlite", f"sqlite:///{sqlite_folder / 'hub.sqlite3'}", sqlite_folder, options, log
        )
        pg_url = pg.create_database("hub_bench") if pg else None
        figures += throughput_figures("postgresql", pg_url, scratch / "postgresql", options, log, why_not)
        figures += load_figures(pg, scratch / "load", options, log, why_not)
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    return figures
