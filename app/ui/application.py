"""Starting the window: Qt application, language, the store opened off the GUI thread."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from app import __version__
from app.paths import DataPaths, data_paths, translations_dir
from app.ui.app_icon import application_icon
from app.ui.main_window import MainWindow
from app.ui.shared.error_report import ErrorReporter, install_error_reporter
from app.ui.shared.remembered import LANGUAGE_KEY
from app.ui.store.guard import RESTART, NextStart
from app.ui.store.single_instance import SingleInstance, already_open, bring_to_front, run_before
from app.ui.task_runner import TaskRunner

DESKTOP_ID = "fr.entraide.Entraide"  # installer/linux/fr.entraide.Entraide.desktop


def choose_language(requested: str | None) -> str:
    """--language, then the saved preference, then the system's; French unless English."""
    chosen = requested or str(QSettings().value(LANGUAGE_KEY, "") or "")
    if chosen in ("fr", "en"):
        return chosen
    return "en" if QLocale.system().language() == QLocale.Language.English else "fr"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """French is the source language; English comes from the compiled .qm file, and French plural
    forms from entraide_fr.qm."""
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
    # French too: its .qm holds only the plural forms of the counts ("%n résultats").
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"entraide_{language}.qm")):
        translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def _open_store(paths: DataPaths):
    from app.services.store.opening import open_store

    return open_store(paths, create=True)  # the window's first start makes the store


def _first_contacts(paths: DataPaths):
    from app.services.contacts.first_page import read_first_page
    from app.ui.contacts.list_model import PAGE_SIZE

    return read_first_page(paths.database, PAGE_SIZE + 1)  # one more: whether more follow


def run_gui(args: argparse.Namespace) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName("Entraide")
    app.setApplicationName("Entraide")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(DESKTOP_ID)  # Wayland finds the icon and name through the .desktop file
    install_translations(app, choose_language(getattr(args, "language", None)))
    start = NextStart(data_paths(getattr(args, "data_dir", None)))
    reporter = install_error_reporter(app)  # uncaught errors: the log, then one dialog
    while True:  # again after a restore or on another folder (app/ui/store/guard.py)
        code, after = _run_window(app, start, reporter)
        if code != RESTART or after is None:
            return code
        start = after


def _run_window(app: QApplication, start: NextStart, reporter: ErrorReporter) -> tuple[int, NextStart | None]:
    """One window on one store, alone on it (app/ui/store/single_instance.py)."""
    paths = start.paths
    instance = SingleInstance(paths)
    if not instance.acquire():
        return (0 if instance.hand_over() else already_open(paths)), None
    try:
        if start.before is not None:
            run_before(start.before, paths)
        # A store at the schema's head shows the list's first page before it is opened the usual
        # way (after the first paint); anything else opens the usual way at once.
        first = None if start.before is not None else _first_contacts(paths)
        runner = TaskRunner(lambda: _open_store(paths), open_now=first is None)
        runner.unhandled_error.connect(reporter.report_exception)
        window = MainWindow(runner, paths, welcome=True, first_contacts=first)
        instance.activated.connect(lambda: bring_to_front(window))
        window.show()
        try:
            code = app.exec()
        finally:
            runner.shutdown()
        window.hide()
        window.deleteLater()
        return code, window.store_guard.next_start
    finally:
        instance.release()
