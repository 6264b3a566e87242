"""The application's start-up, timed for `make bench` from outside the application.

Run as a script with the same Python as Entraide, with the arguments of `entraide`
(`python benchmarks/app_start.py --data-dir DIR`). It starts the application exactly as the
`entraide` command does and prints, once the window is shown and the contacts section shows its
first rows, the line benchmarks/README.md describes:

    ENTRAIDE_READY shown_ms=<start → window shown> rows_ms=<section opened → first rows> rss_kb=<ru_maxrss>

then quits. Nothing of this is in the application: the QApplication is made here first (the
application takes the existing one), and a zero timer queued before anything else fires on the
first turn of the event loop, right after the window is shown, as the application's own code
used to measure it.
"""

from __future__ import annotations

import resource
import sys
import time
from typing import TYPE_CHECKING

from bare_window import process_age_ms  # type: ignore[import-not-found]  # run by path, beside this script

if TYPE_CHECKING:
    from app.ui.contacts.view import ContactsView
    from app.ui.main_window import MainWindow


def _contacts(window: MainWindow) -> ContactsView:
    from app.ui.contacts.view import ContactsView

    view = window.section("contacts").view
    assert isinstance(view, ContactsView)  # opened by now
    return view


def _watch(app, marks: dict[str, float]) -> None:
    from app.ui.main_window import MainWindow

    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        print("ENTRAIDE_NOT_READY: no main window shown", flush=True)
        app.exit(1)
        return
    window = windows[0]
    marks["shown_ms"] = process_age_ms()
    opened_at = [0.0]

    def rows_loaded(_count: int) -> None:
        if "rows_ms" in marks:
            return
        marks["rows_ms"] = (time.perf_counter() - opened_at[0]) * 1000
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, finish)  # after this page is painted

    def section_opened() -> None:
        # The contacts section is on screen from here; its first rows follow.
        opened_at[0] = time.perf_counter()
        _contacts(window).model.page_loaded.connect(rows_loaded)

    def finish() -> None:
        _contacts(window).table.viewport().repaint()
        rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(
            f"ENTRAIDE_READY shown_ms={marks['shown_ms']:.1f} rows_ms={marks['rows_ms']:.1f} rss_kb={rss_kb}",
            flush=True,
        )
        app.quit()

    window.sections_built.connect(section_opened)


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}
    QTimer.singleShot(0, lambda: _watch(app, marks))  # queued first: the first turn of the loop
    from app.__main__ import main as entraide

    return entraide(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
