"""Contacts import figures: a 100,000-row member list saved by French Excel (Windows-1252, ";",
13 columns: people, their association with its SIRET and RNA, function, join date, notes; about
230 bytes a row, 2,000 associations) imported into an empty store, then imported again.

Each run is its own process (a new store each time), started through a shell so that its peak
resident size is its own (harness._SHELL): the time is measured inside it around `import_file`
(reading, checking, matching, writing, search index, commit), the memory is its ru_maxrss. The
reference, in the same run, reads the same file with the csv module and inserts every row as is
into a plain SQLite table in one transaction: the floor of any import of that file.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import _SHELL, Figure
from tests.unit.import_helpers import write_member_list

Log = Callable[[str], None]
ROWS, RUNS = 100_000, 3
TIME_LIMIT_S, MEMORY_LIMIT_MB = 20, 300
ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from app.db import open_database
from app.paths import DataPaths
from app.services.contacts.transfer import import_file
db = open_database(DataPaths(Path(sys.argv[1])))
source = Path(sys.argv[2])
out = {}
for name in ("first", "again"):
    started, cpu = time.perf_counter(), time.process_time()
    result = db.run(lambda session: import_file(session, source, report_path=False))
    out[name] = time.perf_counter() - started
    out[name + "_cpu"] = time.process_time() - cpu
    out[name + "_created"] = result.outcome.counts.created
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
db.close()
print(json.dumps(out))
"""

_REFERENCE = """
import csv, json, sqlite3, sys, time
started = time.perf_counter()
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("CREATE TABLE t (" + ", ".join(f"c{i} TEXT" for i in range(13)) + ")")
with open(sys.argv[2], encoding="cp1252", newline="") as source:
    rows = csv.reader(source, delimiter=";")
    next(rows)
    with connection:
        connection.executemany("INSERT INTO t VALUES (" + ",".join("?" * 13) + ")", rows)
print(json.dumps({"seconds": time.perf_counter() - started}))
"""


def _child(script: str, *args: str) -> dict:
    done = subprocess.run(
        [*_SHELL, sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT, timeout=900
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "échec")
    return json.loads(done.stdout.strip().splitlines()[-1])


def import_figures(log: Log, runs: int = RUNS, rows: int = ROWS) -> list[Figure]:
    scratch = Path(tempfile.mkdtemp(prefix="entraide-import-bench-"))
    first = Figure(
        f"Import CSV {rows:,} lignes (base vide)".replace(",", "\u202f"),
        "import_first",
        unit="s",
        limit=TIME_LIMIT_S,
        limit_on="max",
    )
    again = Figure(
        "Réimport du même fichier (0 ajouté)", "import_again", unit="s", limit=TIME_LIMIT_S, limit_on="max"
    )
    memory = Figure(
        "Import : mémoire de pointe du processus",
        "import_peak",
        unit="Mo",
        limit=MEMORY_LIMIT_MB,
        limit_on="max",
    )
    reference = Figure("csv + INSERT brut du même fichier (référence)", "import_reference", unit="s")
    first.baseline = again.baseline = reference
    try:
        source = write_member_list(scratch / "adherents.csv", rows)
        size_mb = source.stat().st_size / 1024 / 1024
        log(f"Import : {rows} lignes, {size_mb:.1f} Mo ; {runs} imports dans une base neuve chacun…")
        added, cpu = [], []
        for run in range(runs):
            reference.samples.append(
                _child(_REFERENCE, str(scratch / f"ref-{run}.sqlite3"), str(source))["seconds"]
            )
            figures = _child(_CHILD, str(scratch / f"store-{run}"), str(source))
            first.samples.append(figures["first"])
            again.samples.append(figures["again"])
            memory.samples.append(figures["peak_mb"])
            added.append(figures["again_created"])
            cpu.append((figures["first_cpu"], figures["again_cpu"]))
            log(
                f"  import {run + 1} : {figures['first']:.1f} s, réimport {figures['again']:.1f} s, "
                f"{figures['peak_mb']:.0f} Mo"
            )
        created = figures["first_created"]
        first.note = (
            f"{created} contacts créés par import ({rows} personnes et leurs associations), "
            f"{size_mb:.1f} Mo ; "
            f"temps processeur : {', '.join(f'{c:.1f} s' for c, _ in cpu)} (le reste : l'attente d'un cœur)"
        )
        again.note = (
            f"contacts ajoutés par les réimports : {', '.join(str(n) for n in added)} ; "
            f"temps processeur : {', '.join(f'{c:.1f} s' for _, c in cpu)}"
        )
        if any(added):
            again.samples = []
            again.not_measured = "le réimport a ajouté des contacts"
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as error:
        for figure in (first, again, memory):
            figure.not_measured = figure.not_measured or str(error)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return [first, again, reference, memory]
