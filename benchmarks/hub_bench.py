"""The hub's figures, hub and load generator on this machine, through real `entraide-hub serve`
processes on 127.0.0.1 (benchmarks/README.md says what each one times):

- push: 3 passes of 20 000 new records in batches of 500, on SQLite and on PostgreSQL, each
  pass's rate against the same batches inserted by plain `executemany`;
- pull: every record pushed, in pages of 5 000 (gzip), 3 full pulls, against the same pages
  served by the least server of the same kind (hub_reference.py);
- capacity: a PostgreSQL hub with two worker processes under an open-loop load stepped up until
  p99 > 300 ms or an error, the highest passing rate then held 60 s.

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
