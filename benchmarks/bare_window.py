"""The start-up baseline: a bare PySide6 main window, timed like the application.

Run as a script with the same Python as Entraide. When its window's central widget has finished
its first Paint event it prints `ENTRAIDE_READY paint_ms=… shown_ms=… rows_ms=0 rss_kb=…` (the
application's READY line, the same clock: the process's age) and quits. The harness divides
Entraide's first paint with rows by this one.

`FirstPaint` is shared with benchmarks/app_start.py: both programs are watched by the same event
filter, installed on the QApplication before anything else is made.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject

_SCRIPT_STARTED = time.time()


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux: /proc, 10 ms steps; else since this script)."""
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            seconds_since_boot = float(uptime.read().split()[0])
        return (seconds_since_boot - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return (time.time() - _SCRIPT_STARTED) * 1000


def rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def cpu_ms() -> float:
    """Processor time of the process (all threads, user + system): less sensitive to a busy machine."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return (usage.ru_utime + usage.ru_stime) * 1000


class FirstPaint(QObject):
    """An application-wide event filter: calls `done()` once a Paint event sent to a widget that
    `wanted(widget)` accepts has returned (the widget has painted itself). The event is delivered
    from inside the filter, so that the moment taken is the end of that paint, not its start."""

    def __init__(
        self,
        wanted: Callable[[QObject], bool],
        done: Callable[[], None],
        seen: Callable[[QObject, QEvent], None] | None = None,
    ) -> None:
        """`seen`: also shown every event before that paint (one filter, not two)."""
        super().__init__()
        self._wanted, self._done, self._seen = wanted, done, seen
        self._delivering = False
        self.finished = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.finished or self._delivering:
            return False
        if self._seen is not None:
            self._seen(watched, event)
        if event.type() != QEvent.Type.Paint:
            return False
        if not self._wanted(watched):
            return False
        self._delivering = True
        try:
            QCoreApplication.sendEvent(watched, event)  # the widget paints now, through its filters
        finally:
            self._delivering = False
        self.finished = True
        self._done()
        return True  # delivered above: not twice


def main() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv)
    marks: dict[str, float] = {}

    def painted() -> None:
        print(
            f"ENTRAIDE_READY paint_ms={process_age_ms():.1f} shown_ms={marks['shown_ms']:.1f} "
            f"rows_ms=0 rss_kb={rss_kb()} cpu_ms={cpu_ms():.0f}",
            flush=True,
        )
        app.exit(0)  # the frame is flushed as the loop turns

    central = QLabel("Fenêtre nue")
    watcher = FirstPaint(lambda widget: widget is central, painted)
    app.installEventFilter(watcher)
    window = QMainWindow()
    window.setWindowTitle("Fenêtre nue")
    window.setCentralWidget(central)
    window.resize(1000, 700)
    window.show()
    marks["shown_ms"] = process_age_ms()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
