"""The contacts figures: first rows of the list, start-up and memory (search: search_bench.py).

All of them run against one demo store made by `entraide demo --size N`, cached in
the data folder between runs. The GUI figures start the real application through
benchmarks/app_start.py: it opens the contacts section and prints
`ENTRAIDE_READY shown_ms=… rows_ms=… rss_kb=…` once the first rows are shown.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.db import MIGRATIONS_DIR
from app.demo import generator as demo
from app.paths import DataPaths
from benchmarks.harness import Figure, ReadyRun, fmt_number, run_until_ready

READY = "ENTRAIDE_READY"
STORE_META = "bench-store.json"
LIST_LIMIT_MS = 200.0
START_LIMIT_MS, START_RATIO = 1500.0, 3.0
RSS_LIMIT_MB = 250.0
BARE_WINDOW = Path(__file__).resolve().with_name("bare_window.py")
APP_START = Path(__file__).resolve().with_name("app_start.py")
DEMO_DIR = Path(demo.__file__).resolve().parent


@dataclass
class Options:
    size: int
    data: Path
    seed: int = 1901
    rounds: int = 3  # passes over the whole query set
    runs: int = 7  # starts of the application (and of the bare window)
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


# --- the application started for real ----------------------------------------


class GuiRuns:
    """Starts of the application and of a bare window, alternated, shared by two figure sets."""

    def __init__(self, store: Path, options: Options, log: Callable[[str], None]) -> None:
        self.store, self.options, self.log = store, options, log
        self._runs: tuple[list[ReadyRun], list[ReadyRun]] | None = None

    def app_command(self) -> list[str]:
        # The `entraide` command's own start, watched from outside (benchmarks/app_start.py).
        return [sys.executable, str(APP_START), "--data-dir", str(self.store)]

    def env(self) -> dict[str, str]:
        # Qt settings and the log of these runs stay in the bench folder, away from the user's own.
        return {
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(self.options.data / "qt-config"),
            "ENTRAIDE_LOG_DIR": str(self.options.data / "logs"),
        }

    def runs(self) -> tuple[list[ReadyRun], list[ReadyRun]]:
        if self._runs is None:
            self._runs = self._start_all()
        return self._runs

    def _start_all(self) -> tuple[list[ReadyRun], list[ReadyRun]]:
        bare_command = [sys.executable, str(BARE_WINDOW)]
        app_runs: list[ReadyRun] = []
        bare_runs: list[ReadyRun] = []
        timeout = self.options.timeout
        self.log(f"Démarrages : {self.options.runs} de l'application, {self.options.runs} d'une fenêtre nue")
        # One start of each first, not counted: it fills the disk cache.
        warm = run_until_ready(self.app_command(), self.env(), READY, timeout)
        run_until_ready(bare_command, self.env(), READY, timeout)
        if warm.failure:  # the application cannot start: say why once, do not wait N timeouts
            return [warm], [
                run_until_ready(bare_command, self.env(), READY, timeout) for _ in range(self.options.runs)
            ]
        for _ in range(self.options.runs):
            app_runs.append(run_until_ready(self.app_command(), self.env(), READY, timeout))
            bare_runs.append(run_until_ready(bare_command, self.env(), READY, timeout))
        return app_runs, bare_runs


def _fill(figure: Figure, runs: list[ReadyRun], value: Callable[[ReadyRun], float | None]) -> Figure:
    for run in runs:
        sample = value(run) if not run.failure else None
        if sample is not None:
            figure.samples.append(sample)
    failures = [run.failure for run in runs if run.failure]
    if failures and not figure.samples:
        figure.not_measured = failures[0]
    elif failures:
        figure.name += f" ({len(failures)} échec(s))"
    return figure


def start_figures(gui: GuiRuns) -> list[Figure]:
    app_runs, bare_runs = gui.runs()
    bare_wall = _fill(Figure("Fenêtre nue (mur)", "bare_wall"), bare_runs, lambda r: r.wall_ms)
    bare_shown = _fill(
        Figure("Fenêtre nue (shown_ms)", "bare_shown"), bare_runs, lambda r: r.values.get("shown_ms")
    )
    bare_rss = _fill(
        Figure("Fenêtre nue (mémoire)", "bare_rss", unit="Mo"),
        bare_runs,
        lambda r: r.values["rss_kb"] / 1024 if "rss_kb" in r.values else None,
    )
    # The 3x ratio is about the window being shown (shown_ms, below); the time until the
    # contacts are on screen is reported against the 1.5 s limit, its ratio for information.
    wall = _fill(
        Figure(
            "Démarrage → fenêtre et 1res lignes (mur)",
            "start_wall",
            limit=START_LIMIT_MS,
            baseline=bare_wall,
            ratio_on="median",
        ),
        app_runs,
        lambda r: r.wall_ms,
    )
    shown = _fill(
        Figure(
            "Démarrage → fenêtre affichée (shown_ms)",
            "start_shown",
            limit=START_LIMIT_MS,
            baseline=bare_shown,
            ratio_limit=START_RATIO,
            ratio_on="median",
        ),
        app_runs,
        lambda r: r.values.get("shown_ms"),
    )
    rss = _fill(
        Figure(
            "Mémoire résidente (max)",
            "start_rss",
            unit="Mo",
            limit=RSS_LIMIT_MB,
            limit_on="max",
            baseline=bare_rss,
            ratio_on="median",
            fail_word="TROP GROS",
        ),
        app_runs,
        lambda r: r.values["rss_kb"] / 1024 if "rss_kb" in r.values else None,
    )
    return [wall, shown, rss, bare_wall, bare_shown, bare_rss]


def list_figures(gui: GuiRuns) -> list[Figure]:
    app_runs, _ = gui.runs()
    figure = Figure("Liste des contacts : 1res lignes", "list_first_rows", limit=LIST_LIMIT_MS)
    return [_fill(figure, app_runs, lambda r: r.values.get("rows_ms"))]
