"""The application's start-up, timed for `make bench` from outside the application.

Run as a script with the same Python as Entraide, with the arguments of `entraide`
(`python benchmarks/app_start.py --data-dir DIR`). It starts the application exactly as the
`entraide` command does. Once the contacts table has painted itself while it shows rows it notes
the time and memory and prints `ENTRAIDE_READY_PAINTED paint_ms=…` (its arrival is the first
paint's wall time); once the window has finished starting (store open, sections prepared and
started, no background work left, the event loop idle for SETTLE_MS) it prints the line
benchmarks/README.md describes:

    ENTRAIDE_READY paint_ms=<process start → first paint with rows> shown_ms=<… → window shown>
        rows_ms=<window shown → first paint with rows> rss_kb=<ru_maxrss at the first paint>
        settled_rss_kb=<ru_maxrss once settled: the peak of the whole start>

then quits. Nothing of this is in the application: the QApplication is made here first (the
application takes the existing one), with an application-wide event filter (bare_window.py's
`FirstPaint`, the same as the bare window's) that waits for a Paint event of the contacts table's
viewport, sent while its model has rows, to return.
"""

from __future__ import annotations

import sys

from bare_window import FirstPaint, cpu_ms, process_age_ms, rss_kb  # type: ignore[import-not-found]  # run by path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

SETTLE_MS = 1000  # the event loop idle this long, the window has nothing left to do
POLL_MS = 50


def _contacts_rows_shown(widget: QObject) -> bool:
    """The contacts table's viewport, while the table holds rows."""
    table = widget.parent()
    return (
        isinstance(table, QAbstractItemView)
        and table.objectName() == "contactTable"
        and widget is table.viewport()
        and table.model() is not None
        and table.model().rowCount() > 0
    )


def _note_shown(marks: dict[str, float]):
    """Notes when the main window is first shown (for rows_ms)."""

    def seen(watched: QObject, event: QEvent) -> None:
        if (
            "shown_ms" not in marks
            and event.type() == QEvent.Type.Show
            and type(watched).__name__ == "MainWindow"
        ):
            marks["shown_ms"] = process_age_ms()

    return seen


def _main_window() -> QWidget | None:
    return next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"), None)


def _started(window: QWidget | None) -> bool:
    """Sections built and started on the open store, no background work left (the contacts
    model's first page handed over included: it comes back through the runner)."""
    return (
        window is not None
        and getattr(window, "built", False)
        and getattr(window, "_store_ready", False)
        and getattr(window, "idle", False)
    )


class Settling:
    """Polls the window until it has been started and idle for SETTLE_MS, then calls `done()`."""

    def __init__(self, done) -> None:
        self._done = done
        self._idle_since: float | None = None
        self._last_tick = 0.0
        self._timer = QTimer(interval=POLL_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._timer.start()

    def _tick(self) -> None:
        now = process_age_ms()
        # A tick that came late means the loop was busy: the idle time starts again.
        late = self._last_tick and now - self._last_tick > 3 * POLL_MS
        self._last_tick = now
        if not _started(_main_window()) or late:
            self._idle_since = None
            return
        if self._idle_since is None:
            self._idle_since = now
        elif now - self._idle_since >= SETTLE_MS:
            self._timer.stop()
            self._done()


def main(argv: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}

    def settled() -> None:
        paint_ms = marks["paint_ms"]
        shown_ms = marks.get("shown_ms", paint_ms)
        print(
            f"ENTRAIDE_READY paint_ms={paint_ms:.1f} shown_ms={shown_ms:.1f} "
            f"rows_ms={paint_ms - shown_ms:.1f} rss_kb={marks['rss_kb']:.0f} "
            f"cpu_ms={marks['cpu_ms']:.0f} settled_ms={process_age_ms():.0f} settled_rss_kb={rss_kb()}",
            flush=True,
        )
        app.exit(0)

    settling = Settling(settled)

    def painted() -> None:
        marks.update(paint_ms=process_age_ms(), rss_kb=rss_kb(), cpu_ms=cpu_ms())
        print(f"ENTRAIDE_READY_PAINTED paint_ms={marks['paint_ms']:.1f}", flush=True)  # the wall time
        settling.start()

    watcher = FirstPaint(_contacts_rows_shown, painted, _note_shown(marks))
    app.installEventFilter(watcher)
    from app.__main__ import main as entraide

    return entraide(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
