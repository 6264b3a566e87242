"""Measuring, judging and printing figures: statistics, targets, the table, the JSON, READY runs.

A figure is a set of samples (milliseconds or megabytes) with an optional absolute
target ("p95 ≤ 30 ms") and an optional baseline measured in the same run ("≤ 1.5 ×
raw FTS5, on p95"). Comparing against a baseline from the same run keeps a figure
meaningful on a slow or busy machine.
"""

from __future__ import annotations

import collections
import contextlib
import math
import os
import queue
import signal
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

OK, NOT_MEASURED = "OK", "non mesuré"
HEADERS = ("Mesure", "Médiane", "p95", "3 passes", "Cible", "Référence (médiane)", "Rapport", "Verdict")
REPETITIONS = 3  # every figure is measured in this many passes; the table shows their spread


@dataclass(frozen=True)
class Stats:
    n: int
    median: float
    p95: float
    max: float
    p99: float | None = None

    def get(self, which: str) -> float:
        value = {"median": self.median, "p95": self.p95, "p99": self.p99, "max": self.max}[which]
        if value is None:
            raise ValueError(f"no {which} measured")
        return value

    def negated(self) -> Stats:
        return Stats(self.n, -self.median, -self.p95, -self.max, None if self.p99 is None else -self.p99)


def percentile(samples: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile: the smallest sample with at least pct % of samples at or below it."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def summarise(samples: Sequence[float]) -> Stats:
    if not samples:
        raise ValueError("no samples")
    return Stats(
        len(samples),
        statistics.median(samples),
        percentile(samples, 95),
        max(samples),
        percentile(samples, 99),
    )


def measure(work: Callable[[], Any], runs: int, warmup: int = 1) -> list[float]:
    """Milliseconds taken by each of `runs` calls, after `warmup` calls that are not counted."""
    for _ in range(warmup):
        work()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


# --- figures -------------------------------------------------------------------


@dataclass
class Figure:
    name: str
    key: str  # short, stable name for the JSON
    unit: str = "ms"
    samples: list[float] = field(default_factory=list)
    limit: float | None = None  # absolute target, on `limit_on`
    limit_on: str = "p95"
    baseline: Figure | None = None
    ratio_limit: float | None = None  # at most this many times the baseline, on `ratio_on`
    ratio_on: str = "p95"
    not_measured: str | None = None  # why, when there are no samples
    fail_word: str = "TROP LENT"
    # Rates (records/s): the target is a floor, and p95/p99/max read from the slow end (p95: the
    # rate that 95 % of samples reach or beat; max: the slowest sample).
    higher_is_better: bool = False
    note: str | None = None  # one line printed under the table (counts, p99…)
    # The samples of each pass, as added by `add_pass`: the "3 passes" column shows the lowest and
    # highest value of the judged statistic over the passes, so a figure that flips is seen.
    passes: list[list[float]] = field(default_factory=list)

    def add_pass(self, samples: Sequence[float]) -> None:
        """One pass's samples: counted in the figure and kept apart for the spread."""
        self.samples.extend(samples)
        self.passes.append(list(samples))

    def spread(self) -> tuple[float, float] | None:
        """The judged statistic (`limit_on`, p95 without a target) of each pass: lowest, highest."""
        which = self.limit_on if self.limit is not None else "median"
        values = []
        for samples in self.passes:
            if samples:
                stats = (
                    summarise([-s for s in samples]).negated()
                    if self.higher_is_better
                    else summarise(samples)
                )
                values.append(stats.get(which))
        return (min(values), max(values)) if len(values) > 1 else None

    @property
    def stats(self) -> Stats | None:
        if not self.samples:
            return None
        if self.higher_is_better:
            return summarise([-sample for sample in self.samples]).negated()
        return summarise(self.samples)

    @property
    def ratio(self) -> float | None:
        mine, theirs = self.stats, self.baseline.stats if self.baseline else None
        if mine is None or theirs is None or theirs.get(self.ratio_on) <= 0:
            return None
        return mine.get(self.ratio_on) / theirs.get(self.ratio_on)

    @property
    def has_target(self) -> bool:
        return self.limit is not None or self.ratio_limit is not None

    @property
    def missed(self) -> bool:
        """A target was missed, or a figure with a target could not be measured."""
        stats = self.stats
        if not self.has_target:
            return False
        if stats is None:
            return True
        if self.limit is not None and (
            stats.get(self.limit_on) < self.limit
            if self.higher_is_better
            else stats.get(self.limit_on) > self.limit
        ):
            return True
        ratio = self.ratio
        return self.ratio_limit is not None and ratio is not None and ratio > self.ratio_limit

    @property
    def verdict(self) -> str:
        if self.stats is None:
            return f"{NOT_MEASURED} ({self.not_measured or 'aucune mesure'})"
        if not self.has_target:
            return "référence"
        if self.ratio_limit is not None and self.ratio is None:
            base = self.baseline.name if self.baseline else "la référence"
            return f"{self.fail_word if self.missed else OK}, rapport non mesuré ({base})"
        return self.fail_word if self.missed else OK

    def target_text(self) -> str:
        parts = []
        if self.limit is not None:
            sign = "≥" if self.higher_is_better else "≤"
            parts.append(f"{_stat_label(self.limit_on)} {sign} {fmt(self.limit, self.unit)}")
        if self.ratio_limit is not None:
            parts.append(f"≤ {fmt_number(self.ratio_limit)}× réf. ({_stat_label(self.ratio_on)})")
        return " et ".join(parts) or "—"

    def row(self) -> tuple[str, ...]:
        stats = self.stats
        base = self.baseline.stats if self.baseline else None
        reference = "—"
        if self.baseline is not None:
            reference = f"{self.baseline.name} : {fmt(base.median, self.baseline.unit) if base else '—'}"
        ratio = self.ratio
        spread = self.spread()
        return (
            self.name,
            fmt(stats.median, self.unit) if stats else "—",
            fmt(stats.p95, self.unit) if stats else "—",
            f"{fmt_number(spread[0])}–{fmt(spread[1], self.unit)}" if spread else "—",
            self.target_text(),
            reference,
            f"{fmt_number(ratio)}× ({_stat_label(self.ratio_on)})" if ratio is not None else "—",
            self.verdict,
        )

    def as_json(self) -> dict[str, Any]:
        stats = self.stats
        return {
            "key": self.key,
            "name": self.name,
            "unit": self.unit,
            "n": stats.n if stats else 0,
            "median": stats.median if stats else None,
            "p95": stats.p95 if stats else None,
            "max": stats.max if stats else None,
            "p99": stats.p99 if stats else None,
            "passes": [len(samples) for samples in self.passes],
            "spread": self.spread(),
            "higher_is_better": self.higher_is_better,
            "note": self.note,
            "target": self.target_text(),
            "limit": self.limit,
            "limit_on": self.limit_on,
            "baseline": self.baseline.key if self.baseline else None,
            "baseline_median": self.baseline.stats.median if self.baseline and self.baseline.stats else None,
            "ratio": self.ratio,
            "ratio_on": self.ratio_on,
            "ratio_limit": self.ratio_limit,
            "verdict": self.verdict,
            "missed": self.missed,
            "not_measured": self.not_measured,
        }


def _stat_label(which: str) -> str:
    return {"median": "médiane", "p95": "p95", "p99": "p99", "max": "max"}[which]


def fmt_number(value: float) -> str:
    """French decimals: 2 significant-ish digits below 10, 1 below 100, none above."""
    if abs(value) < 10:
        text = f"{value:.2f}"
    elif abs(value) < 100:
        text = f"{value:.1f}"
    else:
        text = f"{value:,.0f}".replace(",", "\u202f")
    return text.replace(".", ",")


def fmt(value: float, unit: str) -> str:
    return f"{fmt_number(value)} {unit}"


def format_table(figures: Sequence[Figure]) -> str:
    """One aligned table for the whole run (column widths from the longest cell)."""
    rows = [HEADERS, *(figure.row() for figure in figures)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADERS))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


# --- processes that print a READY line -----------------------------------------


@dataclass
class ReadyRun:
    """One start of a program that prints `<marker> key=value…` once ready, then exits."""

    wall_ms: float | None = None  # from just before the start to the READY line read
    # Earlier lines `<marker>_<WORD> …` (e.g. ENTRAIDE_PAINTED): from the start to that line read.
    marks_ms: dict[str, float] = field(default_factory=dict)
    values: dict[str, float] = field(default_factory=dict)
    failure: str | None = None


# Linux carries a parent's peak memory into its child's ru_maxrss across fork and exec, so
# a program started straight from this (large) process would report our peak, not its own.
# A shell in between that forks the program (it does not exec it: a command follows) gives
# it a fresh count, for about a millisecond of start-up.
_SHELL = ("/bin/sh", "-c", '"$@"; exit $?', "sh") if os.name == "posix" and os.path.exists("/bin/sh") else ()


def run_until_ready(command: Sequence[str], env: dict[str, str], marker: str, timeout: float) -> ReadyRun:
    lines: queue.Queue[tuple[float, str | None]] = queue.Queue()
    started = time.perf_counter()
    process = subprocess.Popen(
        [*_SHELL, *command],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        errors="replace",
        start_new_session=bool(_SHELL),  # its own process group: a stuck run is stopped whole
    )

    errors: collections.deque[str] = collections.deque(maxlen=20)

    def read_stdout() -> None:  # threads: the READY line is timed when it arrives, and a
        try:  # chatty stderr can never fill its pipe and block the program
            for line in process.stdout or ():
                lines.put((time.perf_counter(), line))
        except (OSError, ValueError):
            pass
        lines.put((time.perf_counter(), None))

    def read_stderr() -> None:
        with contextlib.suppress(OSError, ValueError):
            errors.extend(line.rstrip() for line in process.stderr or ())

    readers = [threading.Thread(target=target, daemon=True) for target in (read_stdout, read_stderr)]
    for reader in readers:
        reader.start()
    result = ReadyRun()
    deadline = started + timeout
    try:
        while True:
            try:
                at, line = lines.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                result.failure = f"pas de ligne {marker} en {fmt_number(timeout)} s"
                break
            if line is None:
                process.wait(timeout=5)
                readers[1].join(timeout=2)
                last = next((e for e in reversed(errors) if e.strip()), "rien sur stderr")[:120]
                result.failure = f"arrêt sans {marker}, code {process.returncode} : {last}"
                break
            if line.startswith(f"{marker}_"):
                result.marks_ms.setdefault(line.split()[0], (at - started) * 1000)
            elif line.startswith(marker):
                result.wall_ms = (at - started) * 1000
                result.values = parse_ready(line, marker)
                break
    finally:
        _finish(process, grace=10.0 if result.failure is None else 0.0)
    return result


def parse_ready(line: str, marker: str) -> dict[str, float]:
    values = {}
    for part in line[len(marker) :].split():
        name, _, value = part.partition("=")
        try:
            values[name] = float(value)
        except ValueError:
            continue
    return values


def _finish(process: subprocess.Popen[str], grace: float) -> None:
    """Let the program exit by itself for `grace` seconds, then stop it (it is ours)."""
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        if _SHELL:
            os.killpg(process.pid, signal.SIGKILL)  # the group we created: the shell and the program
        else:
            process.kill()
        process.wait()
    for stream in (process.stdout, process.stderr):
        if stream:
            stream.close()
