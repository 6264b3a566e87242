"""The contacts figures: search as you type, first rows of the list, start-up and memory.

All of them run against one demo store made by `entraide demo --size N`, cached in
the data folder between runs. The GUI figures start the real application through
benchmarks/app_start.py: it prints `ENTRAIDE_READY_PAINTED` once the contacts table has finished
painting itself with rows, then `ENTRAIDE_READY paint_ms=… shown_ms=… rows_ms=… rss_kb=…
settled_rss_kb=…` once the window has finished starting; a bare window
(benchmarks/bare_window.py) once its central widget has finished its first paint.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.db import MIGRATIONS_DIR, open_database
from app.demo import generator as demo
from app.paths import DataPaths
from app.services.contacts.search import fts_query, search_contacts
from app.text import fold
from benchmarks.harness import REPETITIONS, Figure, ReadyRun, fmt_number, run_until_ready

READY = "ENTRAIDE_READY"
PAINTED = "ENTRAIDE_READY_PAINTED"  # app_start.py's line at the first paint (READY comes once settled)
STORE_META = "bench-store.json"
RAW_SQL = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rank LIMIT 100"
SEARCH_LIMIT_MS, SEARCH_RATIO = 30.0, 1.5
LIST_LIMIT_MS = 200.0
START_LIMIT_MS, START_RATIO = 1500.0, 3.0
RSS_LIMIT_MB = 200.0
BARE_WINDOW = Path(__file__).resolve().with_name("bare_window.py")
APP_START = Path(__file__).resolve().with_name("app_start.py")
DEMO_DIR = Path(demo.__file__).resolve().parent
_TOWN = re.compile(r", \d{5} (.+)$")


@dataclass
class Options:
    size: int
    data: Path
    seed: int = 1901
    rounds: int = 3  # passes over the whole query set
    runs: int = 4  # starts of the application (and of the bare window) in each pass
    timeout: float = 60.0


def demo_fingerprint() -> str:
    """Changes whenever the demo generator or the migrations change: the cached store is then rebuilt."""
    digest = hashlib.sha256()
    for path in sorted([*DEMO_DIR.glob("demo*.py"), *MIGRATIONS_DIR.glob("versions/*.py")]):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def prepare_store(options: Options, log: Callable[[str], None]) -> Path:
    """The cached demo store, rebuilt by `entraide demo` when missing, of another size or seed, or stale."""
    store = options.data / "store"
    wanted = {"size": options.size, "seed": options.seed, "demo": demo_fingerprint()}
    meta = store / STORE_META
    if (
        meta.exists()
        and DataPaths(store).database.exists()
        and json.loads(meta.read_text(encoding="utf-8")) == wanted
    ):
        log(f"Base de démonstration en cache : {store}")
        return store
    shutil.rmtree(store, ignore_errors=True)
    log(f"Construction de la base de démonstration ({options.size} contacts) dans {store}…")
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "demo",
            "--size",
            str(options.size),
            "--seed",
            str(options.seed),
            "--data-dir",
            str(store),
        ],
        check=True,
        stdout=sys.stderr,
    )  # the table alone goes to stdout
    log(f"Base construite en {fmt_number(time.perf_counter() - started)} s")
    meta.write_text(json.dumps(wanted), encoding="utf-8")
    return store


# --- search as you type --------------------------------------------------------


def typed(text: str) -> list[str]:
    """What the search box holds after each key, from the second character on."""
    return [text[:end] for end in range(2, len(text) + 1) if not text[:end].endswith(" ")]


def national(e164: str) -> str:
    digits = "0" + e164[3:]
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


def typing_queries(db_path: Path, seed: int = 2024) -> list[str]:
    """Realistic typing, drawn deterministically from values present in the store."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:

        def column(sql: str) -> list[str]:
            return sorted({row[0] for row in conn.execute(sql) if row[0]})

        people = sorted(
            conn.execute(
                "SELECT first_name, last_name FROM contacts WHERE kind = 'person' AND deleted_at IS NULL"
            )
        )
        last_names = column("SELECT last_name FROM contacts WHERE kind = 'person'")
        orgs = column("SELECT display_name FROM contacts WHERE kind = 'organisation'")
        addresses = column("SELECT address FROM contacts WHERE kind = 'organisation'")
        tag_lists = column("SELECT tags FROM contacts")
        emails = column("SELECT email FROM contacts WHERE kind = 'person'")
        phones = column("SELECT phone FROM contacts WHERE phone LIKE '+33%'")
    finally:
        conn.close()
    tags = sorted({tag.strip() for value in tag_lists for tag in value.split(",")})
    towns = sorted({m.group(1) for a in addresses if (m := _TOWN.search(a))})
    targets: list[str] = []
    # Half the people type without accents or capitals, half as written.
    targets += [name if rng.random() < 0.5 else fold(name) for name in rng.sample(last_names, 10)]
    full_names = [(first, last) for first, last in people if first and last]
    targets += [fold(f"{first} {last[:3]}") for first, last in rng.sample(full_names, 8)]
    targets += [" ".join(name.split()[:2]) for name in rng.sample(orgs, 6)]
    targets += rng.sample(towns, 5) + rng.sample(tags, 5)
    targets += [email.split("@")[0] for email in rng.sample(emails, 5)]
    targets += [national(phone)[:8] for phone in rng.sample(phones, 5)]
    return [query for target in targets for query in typed(target)]


def search_figures(store: Path, options: Options, log: Callable[[str], None]) -> list[Figure]:
    database = open_database(DataPaths(store))
    raw = sqlite3.connect(database.path)
    try:
        queries = typing_queries(database.path)
        pairs = [(query, match) for query in queries if (match := fts_query(query))]
        log(f"Recherche : {len(pairs)} requêtes × {options.rounds} passes")
        service = Figure(
            "Recherche (service, limite 100)",
            "search_service",
            limit=SEARCH_LIMIT_MS,
            ratio_limit=SEARCH_RATIO,
            ratio_on="p95",
        )
        baseline = Figure("FTS5 brut", "search_raw_fts")
        service.baseline = baseline
        for round_ in range(options.rounds + 1):  # the first pass warms the caches, not counted
            for query, match in pairs:
                # Alternate the two so that both see the same cache state.
                started = time.perf_counter()
                database.run(search_contacts, query, limit=100)
                middle = time.perf_counter()
                raw.execute(RAW_SQL, (match,)).fetchall()
                ended = time.perf_counter()
                if round_:
                    service.samples.append((middle - started) * 1000)
                    baseline.samples.append((ended - middle) * 1000)
    finally:
        raw.close()
        database.close()
    return [service, baseline]


# --- the application started for real ----------------------------------------


Passes = list[list[ReadyRun]]  # the runs of each pass


class GuiRuns:
    """Starts of the application and of a bare window, alternated, shared by two figure sets."""

    def __init__(self, store: Path, options: Options, log: Callable[[str], None]) -> None:
        self.store, self.options, self.log = store, options, log
        self._runs: tuple[Passes, Passes] | None = None

    def app_command(self) -> list[str]:
        # The `entraide` command's own start, watched from outside (benchmarks/app_start.py).
        return [sys.executable, str(APP_START), "--data-dir", str(self.store)]

    def env(self) -> dict[str, str]:
        # Qt settings and the log of these runs stay in the bench folder, away from the user's own.
        # Both programs start from compiled bytecode, as an installed program does (pip and the
        # installer compile it): the warm-up starts write it in the bench folder, whatever
        # PYTHONDONTWRITEBYTECODE the shell has, so no counted start compiles a module.
        return {
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(self.options.data / "qt-config"),
            "ENTRAIDE_LOG_DIR": str(self.options.data / "logs"),
            "PYTHONPYCACHEPREFIX": str(self.options.data / "pycache"),
            "PYTHONDONTWRITEBYTECODE": "",
        }

    def runs(self) -> tuple[Passes, Passes]:
        if self._runs is None:
            self._runs = self._start_all()
        return self._runs

    def _start_all(self) -> tuple[Passes, Passes]:
        bare_command = [sys.executable, str(BARE_WINDOW)]
        runs, timeout = self.options.runs, self.options.timeout
        self.log(
            f"Démarrages : {REPETITIONS} passes de {runs} de l'application "
            f"et {runs} d'une fenêtre nue, alternés"
        )
        # One start of each first, not counted: it fills the disk cache.
        warm = run_until_ready(self.app_command(), self.env(), READY, timeout)
        run_until_ready(bare_command, self.env(), READY, timeout)
        if warm.failure:  # the application cannot start: say why once, do not wait N timeouts
            bare = [run_until_ready(bare_command, self.env(), READY, timeout) for _ in range(runs)]
            return [[warm]], [bare]
        app_passes: Passes = []
        bare_passes: Passes = []
        for _ in range(REPETITIONS):
            app_runs: list[ReadyRun] = []
            bare_runs: list[ReadyRun] = []
            for _ in range(runs):
                app_runs.append(run_until_ready(self.app_command(), self.env(), READY, timeout))
                bare_runs.append(run_until_ready(bare_command, self.env(), READY, timeout))
            app_passes.append(app_runs)
            bare_passes.append(bare_runs)
        return app_passes, bare_passes


def _fill(figure: Figure, passes: Passes, value: Callable[[ReadyRun], float | None]) -> Figure:
    for runs in passes:
        figure.add_pass([sample for run in runs if not run.failure and (sample := value(run)) is not None])
    failures = [run.failure for runs in passes for run in runs if run.failure]
    if failures and not figure.samples:
        figure.not_measured = failures[0]
    elif failures:
        figure.name += f" ({len(failures)} échec(s))"
    return figure


def _rss_mb(run: ReadyRun) -> float | None:
    return run.values["rss_kb"] / 1024 if "rss_kb" in run.values else None


def start_figures(gui: GuiRuns) -> list[Figure]:
    """The issue's figure: the first paint with the contacts' first rows, at most 3 × the bare
    window's first paint (medians, same clock: the process's age), and the memory at that moment
    and once the window has finished starting (its peak: store open, every section prepared)."""
    app_runs, bare_runs = gui.runs()
    bare_paint = _fill(
        Figure("Fenêtre nue : 1re image (paint_ms)", "bare_paint"),
        bare_runs,
        lambda r: r.values.get("paint_ms"),
    )
    bare_wall = _fill(Figure("Fenêtre nue (mur)", "bare_wall"), bare_runs, lambda r: r.wall_ms)
    bare_rss = _fill(Figure("Fenêtre nue (mémoire)", "bare_rss", unit="Mo"), bare_runs, _rss_mb)
    paint = _fill(
        Figure(
            "Démarrage → 1re image avec les contacts (paint_ms)",
            "start_paint",
            baseline=bare_paint,
            ratio_limit=START_RATIO,
            ratio_on="median",
        ),
        app_runs,
        lambda r: r.values.get("paint_ms"),
    )
    wall = _fill(
        Figure(
            "Démarrage → 1re image avec les contacts (mur)",
            "start_wall",
            limit=START_LIMIT_MS,
            baseline=bare_wall,
            ratio_on="median",
        ),
        app_runs,
        lambda r: r.marks_ms.get(PAINTED),
    )
    rss = _fill(
        Figure(
            "Mémoire résidente à la 1re image (max)",
            "start_rss",
            unit="Mo",
            limit=RSS_LIMIT_MB,
            limit_on="max",
            baseline=bare_rss,
            ratio_on="median",
            fail_word="TROP GROS",
        ),
        app_runs,
        _rss_mb,
    )
    settled = _fill(
        Figure(
            "Mémoire résidente, fenêtre prête (max)",
            "start_settled_rss",
            unit="Mo",
            limit=RSS_LIMIT_MB,
            limit_on="max",
            fail_word="TROP GROS",
        ),
        app_runs,
        lambda r: r.values["settled_rss_kb"] / 1024 if "settled_rss_kb" in r.values else None,
    )
    return [paint, wall, rss, settled, bare_paint, bare_wall, bare_rss]


def list_figures(gui: GuiRuns) -> list[Figure]:
    app_runs, _ = gui.runs()
    figure = Figure(
        "Liste des contacts : fenêtre affichée → 1res lignes peintes", "list_first_rows", limit=LIST_LIMIT_MS
    )
    return [_fill(figure, app_runs, lambda r: r.values.get("rows_ms"))]
