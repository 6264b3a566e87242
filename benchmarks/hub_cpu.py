"""Cores used by our own processes and by the whole machine during a measurement, from /proc."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import fmt_number


class CpuMeter:
    """Cores used, from /proc, by our own processes (by label) and by the whole machine: a figure
    measured while something else keeps the machine busy says so."""

    TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    def __init__(self, groups: dict[str, Callable[[], set[int]]]) -> None:
        self.groups, self.available = groups, os.path.exists("/proc/stat")
        self._start: tuple[float, dict[str, dict[int, int]], tuple[int, int]] | None = None

    @staticmethod
    def _stat(pid: int) -> list[str] | None:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return None

    @classmethod
    def pids_where(cls, field_index: int, value: int) -> set[int]:
        """Processes whose stat field (after the name: 1 = ppid, 2 = process group) is `value`."""
        found = set()
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                stat = cls._stat(int(entry.name))
                if stat and int(stat[field_index]) == value:
                    found.add(int(entry.name))
        return found

    def _ticks(self) -> dict[str, dict[int, int]]:
        ticks: dict[str, dict[int, int]] = {}
        for label, pids in self.groups.items():
            ticks[label] = {}
            for pid in pids():
                stat = self._stat(pid)
                if stat:
                    ticks[label][pid] = int(stat[11]) + int(stat[12])  # utime + stime
        return ticks

    @staticmethod
    def _machine() -> tuple[int, int]:
        values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
        idle = values[3] + values[4]
        return sum(values[:8]) - idle, sum(values[:8])

    def start(self) -> None:
        if self.available:
            self._start = (time.monotonic(), self._ticks(), self._machine())

    def stop(self) -> str:
        if not self.available or self._start is None:
            return ""
        began, before, (busy0, total0) = self._start
        elapsed, after, (busy1, total1) = time.monotonic() - began, self._ticks(), self._machine()
        ours = {
            label: sum(t - before[label].get(pid, 0) for pid, t in pids.items()) / self.TICK / elapsed
            for label, pids in after.items()
        }
        cores = os.cpu_count() or 1
        machine = (busy1 - busy0) / max(1, total1 - total0) * cores
        used = ", ".join(f"{label} {fmt_number(value)}" for label, value in ours.items())
        return (
            f"cœurs occupés : {used} ; machine entière {fmt_number(machine)} sur {cores}, dont "
            f"{fmt_number(max(0.0, machine - sum(ours.values())))} par d'autres programmes"
        )
