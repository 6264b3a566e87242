"""Starting the window: Qt application, language, the store opened off the GUI thread."""

from __future__ import annotations

import argparse
import os
import sys
import time

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from app import __version__
from app.paths import DataPaths, data_paths, translations_dir
from app.ui.app_icon import application_icon
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import LANGUAGE_KEY
from app.ui.task_runner import TaskRunner

READY_ENV = "ENTRAIDE_EXIT_WHEN_READY"
DESKTOP_ID = "fr.entraide.Entraide"  # installer/linux/fr.entraide.Entraide.desktop


def choose_language(requested: str | None) -> str:
    """--language, then the saved preference, then the system's; French unless English."""
    chosen = requested or str(QSettings().value(LANGUAGE_KEY, "") or "")
    if chosen in ("fr", "en"):
        return chosen
    return "en" if QLocale.system().language() == QLocale.Language.English else "fr"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """French is the source language; English comes from the compiled .qm file."""
    QLocale.setDefault(
        QLocale(
            QLocale.Language.French if language == "fr" else QLocale.Language.English,
            QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom,
        )
    )
    translators = []
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_own)
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / "entraide_en.qm")):
            translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def _process_age_ms() -> float:
    """Milliseconds since this process started (Linux: /proc; elsewhere since import)."""
    try:
        with open("/proc/self/stat") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as uptime:
            up = float(uptime.read().split()[0])
        return (up - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000


_IMPORTED_AT = time.perf_counter()


def _report_when_ready(app: QApplication, window: MainWindow) -> None:
    """For `make bench`: print when the window is shown and its first contacts are displayed."""
    marks: dict[str, float] = {}
    opened_at = [0.0]

    def shown() -> None:
        marks["shown_ms"] = _process_age_ms()

    def section_opened() -> None:
        # The contacts section is on screen from here; its first rows follow.
        opened_at[0] = time.perf_counter()
        window.section("contacts").view.model.page_loaded.connect(rows_loaded)

    def rows_loaded(_count: int) -> None:
        if "rows_ms" in marks:
            return
        marks["rows_ms"] = (time.perf_counter() - opened_at[0]) * 1000
        QTimer.singleShot(0, finish)  # after this page is painted

    def finish() -> None:
        import resource  # Unix only: Windows has no such module, and only `make bench` asks

        window.section("contacts").view.table.viewport().repaint()
        rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(
            f"ENTRAIDE_READY shown_ms={marks.get('shown_ms', -1):.1f} "
            f"rows_ms={marks['rows_ms']:.1f} rss_kb={rss_kb}",
            flush=True,
        )
        app.quit()

    QTimer.singleShot(0, shown)
    window.sections_built.connect(section_opened)


def _open_store(paths: DataPaths):
    from app.db import open_database

    return open_database(paths)


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("Entraide")
    app.setApplicationName("Entraide")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(DESKTOP_ID)  # Wayland finds the icon and name through the .desktop file
    install_translations(app, choose_language(getattr(args, "language", None)))
    paths = data_paths(getattr(args, "data_dir", None))
    runner = TaskRunner(lambda: _open_store(paths))
    window = MainWindow(runner, paths)
    if os.environ.get(READY_ENV):
        _report_when_ready(app, window)
    window.show()
    try:
        return app.exec()
    finally:
        runner.shutdown()
