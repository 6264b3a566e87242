"""The contacts figures: first rows of the list, start-up and memory (search: search_bench.py).

All of them run against one demo store made by `entraide demo --size N`, cached in
the data folder between runs. The GUI figures start the real application through
benchmarks/app_start.py: it prints `ENTRAIDE_READY_PAINTED` once the contacts table has finished
painting itself with rows, then `ENTRAIDE_READY paint_ms=… shown_ms=… rows_ms=… rss_kb=…
settled_rss_kb=…` once the window has finished starting; a bare window
(benchmarks/bare_window.py) once its central widget has finished its first paint.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.demo import generator as demo
from benchmarks.harness import REPETITIONS, Figure, ReadyRun, run_until_ready
from benchmarks.store_cache import META, cached_store, sources_digest

READY = "ENTRAIDE_READY"
PAINTED = "ENTRAIDE_READY_PAINTED"  # app_start.py's line at the first paint (READY comes once settled)
STORE_META = META
LIST_LIMIT_MS = 200.0
START_LIMIT_MS, START_RATIO = 1500.0, 3.0
RSS_LIMIT_MB = 200.0
BARE_WINDOW = Path(__file__).resolve().with_name("bare_window.py")
APP_START = Path(__file__).resolve().with_name("app_start.py")
DEMO_DIR = Path(demo.__file__).resolve().parent


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
    return sources_digest(DEMO_DIR.glob("demo*.py"))


def prepare_store(options: Options, log: Callable[[str], None]) -> Path:
    """The cached demo store, rebuilt by `entraide demo` when missing, of another size or seed, or stale."""

    def build(store: Path) -> None:
        command = ["demo", "--size", str(options.size), "--seed", str(options.seed), "--data-dir", str(store)]
        # The demo's table alone goes to stdout.
        subprocess.run([sys.executable, "-m", "app", *command], check=True, stdout=sys.stderr)

    wanted = {"size": options.size, "seed": options.seed, "demo": demo_fingerprint()}
    return cached_store(
        options.data / "store", wanted, build, f"Base de démonstration ({options.size} contacts)", log
    )


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
