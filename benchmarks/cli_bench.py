"""Command-line figures: how long `entraide sync`, `status`, `export-contacts` and
`export-practice` take to start, and what a scheduled `entraide sync` with nothing to do costs as
a whole process, at 100,000 records.

- Start: benchmarks/cli_start.py runs the real entry point and prints a line when the store has
  been opened and checked; the time is from launch (harness.run_until_ready) to that line.
- The no-op sync: a real `entraide-hub serve` on 127.0.0.1, a laptop store of the demo's
  100,000 contacts (and the rest of the demo) enrolled and synced once (built once, kept in the
  bench data folder), then the `entraide` script run to its end, again and again.
- References, in the same run and the same launch: `python -c pass`, and a `python -c` that
  imports sqlite3 and http.client and asks the hub for its handshake.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks import contacts_bench
from benchmarks.harness import _SHELL, REPETITIONS, Figure, fmt_number, run_until_ready
from tests.hub.server import NO_RATE_LIMIT, HubProcess, make_codes

Log = Callable[[str], None]
CLI_START = Path(__file__).resolve().with_name("cli_start.py")
ENTRAIDE = Path(sys.executable).with_name("entraide")
MARK = "ENTRAIDE_CLI_READY"
START_LIMIT_MS, NO_OP_LIMIT_MS = 300.0, 400.0
START_RUNS, SYNC_RUNS = 5, 10  # per pass
LAPTOP_META = "bench-laptop.json"
HANDSHAKE = (
    "import sqlite3, http.client, json, os\n"
    "c = http.client.HTTPConnection('127.0.0.1', int(os.environ['BENCH_PORT']))\n"
    "c.request('POST', '/v1/handshake', body=json.dumps({'protocol_version': 2, 'app_version': '0'}),"
    " headers={'Authorization': 'Bearer ' + os.environ['BENCH_TOKEN'], 'Content-Type': 'application/json'})\n"
    "r = c.getresponse(); r.read(); assert r.status == 200, r.status\n"
)


# The commands' log lines go to the bench data folder, never to the user's own log.
QUIET_LOG: dict[str, str] = {}


def run_to_end(command: Sequence[str], env: dict[str, str] | None = None) -> float:
    """Milliseconds from launch to the process's exit, launched as run_until_ready launches."""
    started = time.perf_counter()
    done = subprocess.run(
        [*_SHELL, *command],
        env={**os.environ, **QUIET_LOG, **(env or {})},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])}… : code {done.returncode}, {done.stderr[-300:]!r}")
    return elapsed


def _start_ms(arguments: list[str]) -> float:
    run = run_until_ready([sys.executable, str(CLI_START), *arguments], QUIET_LOG, MARK, timeout=60)
    if run.wall_ms is None:
        raise RuntimeError(run.failure or "no mark")
    return run.wall_ms


class Laptop:
    """The enrolled 100,000-record laptop and its hub, kept between runs in `root`."""

    def __init__(self, store: Path, root: Path, log: Log) -> None:
        self.root, self.folder, self.log = root, root / "laptop", log
        self.hub = HubProcess(None, root / "hub", env=NO_RATE_LIMIT)
        wanted = {"store": json.loads((store / contacts_bench.STORE_META).read_text(encoding="utf-8"))}
        meta = root / LAPTOP_META
        if meta.exists() and json.loads(meta.read_text(encoding="utf-8")).get("store") == wanted["store"]:
            self.hub.start()
            self._move_to(self.hub.url)
            log(f"Portable synchronisé en cache : {self.folder}")
            return
        shutil.rmtree(root, ignore_errors=True)
        started = time.perf_counter()
        log("Construction du portable synchronisé (base de démonstration, hub, première synchronisation)…")
        shutil.copytree(store, self.folder, ignore=shutil.ignore_patterns("sauvegardes"))
        self.hub.start()
        code = make_codes(f"sqlite:///{self.hub.data_dir / 'hub.sqlite3'}", ["Bench"])["Bench"][0]
        no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # the token in its file
        data = ["--data-dir", str(self.folder)]
        run_to_end([str(ENTRAIDE), "enroll", "--hub", self.hub.url, "--code", code, *data], no_keyring)
        run_to_end([str(ENTRAIDE), "sync", *data])
        meta.write_text(json.dumps(wanted), encoding="utf-8")
        log(f"Portable construit en {fmt_number(time.perf_counter() - started)} s")

    def _move_to(self, url: str) -> None:
        """The hub runs on another free port than last time: the laptop is told, as after a move."""
        with sqlite3.connect(self.folder / "entraide.sqlite3") as connection:
            (old,) = connection.execute("SELECT hub_url FROM sync_state WHERE id = 1").fetchone()
            connection.execute("UPDATE sync_state SET hub_url = ? WHERE id = 1", (url,))
        connection.close()
        tokens = self.folder / "jeton-hub.json"
        saved = json.loads(tokens.read_text(encoding="utf-8"))
        moved = {key.replace(old, url): value for key, value in saved.items()}
        tokens.write_text(json.dumps(moved), encoding="utf-8")
        os.chmod(tokens, 0o600)

    @property
    def token(self) -> str:
        saved = json.loads((self.folder / "jeton-hub.json").read_text(encoding="utf-8"))
        return str(saved[f"hub:{self.hub.url}"])

    def stop(self) -> None:
        self.hub.stop()


def _practice_id(store: Path) -> str:
    connection = sqlite3.connect(f"file:{store / 'entraide.sqlite3'}?mode=ro", uri=True)
    try:
        return str(
            connection.execute("SELECT id FROM practices WHERE deleted_at IS NULL LIMIT 1").fetchone()[0]
        )
    finally:
        connection.close()


def cli_figures(store: Path, options: contacts_bench.Options, log: Log) -> list[Figure]:
    QUIET_LOG["ENTRAIDE_LOG_DIR"] = str(options.data / "logs")
    laptop = Laptop(store, options.data / "cli", log)
    try:
        return _measure(store, laptop, log)
    finally:
        laptop.stop()


def _measure(store: Path, laptop: Laptop, log: Log) -> list[Figure]:
    out = Path(os.environ.get("TMPDIR", "/tmp"))
    bare = Figure("Référence : python -c pass", "cli_python_bare")
    asked = Figure("Référence : python, sqlite3 + http.client, poignée de main au hub", "cli_handshake_ref")
    data, synced = ["--data-dir", str(store)], ["--data-dir", str(laptop.folder)]
    practice = _practice_id(store)
    commands = {
        "sync": ["sync", *synced],
        "status": ["status", *data],
        "export-contacts": ["export-contacts", str(out / "entraide-bench-contacts.csv"), *data],
        "export-practice": ["export-practice", practice, str(out / "entraide-bench-pratique.md"), *data],
    }
    starts = {
        name: Figure(
            f"Démarrage de entraide {name} (100 000 contacts)", f"cli_start_{name}", limit=START_LIMIT_MS
        )
        for name in commands
    }
    for figure in starts.values():
        figure.baseline = bare
    no_op = Figure(
        "entraide sync sans rien à faire : processus entier (100 000 fiches)",
        "cli_sync_noop",
        limit=NO_OP_LIMIT_MS,
        baseline=asked,
    )
    whole = {
        name: Figure(f"entraide {name} : processus entier (information)", f"cli_whole_{name}")
        for name in commands
        if name not in ("sync", "export-contacts")  # writing 100,000 contacts is the export's work
    }
    reference_env = {"BENCH_PORT": str(laptop.hub.port), "BENCH_TOKEN": laptop.token}
    started = time.perf_counter()
    _sync_process = [str(ENTRAIDE), *commands["sync"]]
    run_to_end(_sync_process)  # warm-up: the day's backup, the file cache
    for name in ("status", "export-contacts", "export-practice"):
        _start_ms(commands[name])
    for number in range(REPETITIONS):
        samples: dict[str, list[float]] = {key: [] for key in ("bare", "asked", "no_op", *commands)}
        for _ in range(SYNC_RUNS):  # interleaved: whatever else loads the machine touches each alike
            samples["bare"].append(run_to_end([sys.executable, "-c", "pass"]))
            samples["asked"].append(run_to_end([sys.executable, "-c", HANDSHAKE], reference_env))
            samples["no_op"].append(run_to_end(_sync_process))
        for _ in range(START_RUNS):
            for name, arguments in commands.items():
                samples[name].append(_start_ms(arguments))
        bare.add_pass(samples["bare"])
        asked.add_pass(samples["asked"])
        no_op.add_pass(samples["no_op"])
        for name in commands:
            starts[name].add_pass(samples[name])
        for name, figure in whole.items():
            figure.add_pass([run_to_end([str(ENTRAIDE), *commands[name]])])
        log(f"  ligne de commande : passe {number + 1}/{REPETITIONS}")
    log(f"Ligne de commande mesurée en {fmt_number(time.perf_counter() - started)} s")
    no_op.note = f"{SYNC_RUNS} processus par passe ; le hub : entraide-hub serve sur 127.0.0.1"
    return [bare, *starts.values(), asked, no_op, *whole.values()]
