"""The application's start-up, timed for `make bench` from outside the application.

Run as a script with the same Python as Entraide, with the arguments of `entraide`
(`python benchmarks/app_start.py --data-dir DIR`). It starts the application exactly as the
`entraide` command does and prints, once the contacts table has painted itself while it shows
rows, the line benchmarks/README.md describes:

    ENTRAIDE_READY paint_ms=<process start → first paint with rows> shown_ms=<… → window shown>
        rows_ms=<window shown → first paint with rows> rss_kb=<ru_maxrss>

then quits. Nothing of this is in the application: the QApplication is made here first (the
application takes the existing one), with an application-wide event filter (bare_window.py's
`FirstPaint`, the same as the bare window's) that waits for a Paint event of the contacts table's
viewport, sent while its model has rows, to return.
"""

from __future__ import annotations

import sys

from bare_window import FirstPaint, cpu_ms, process_age_ms, rss_kb  # type: ignore[import-not-found]  # run by path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication


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


def main(argv: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}

    def painted() -> None:
        paint_ms = process_age_ms()
        shown_ms = marks.get("shown_ms", paint_ms)
        print(
            f"ENTRAIDE_READY paint_ms={paint_ms:.1f} shown_ms={shown_ms:.1f} "
            f"rows_ms={paint_ms - shown_ms:.1f} rss_kb={rss_kb()} cpu_ms={cpu_ms():.0f}",
            flush=True,
        )
        app.exit(0)  # the frame is flushed as the loop turns

    watcher = FirstPaint(_contacts_rows_shown, painted, _note_shown(marks))
    app.installEventFilter(watcher)
    from app.__main__ import main as entraide

    return entraide(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
