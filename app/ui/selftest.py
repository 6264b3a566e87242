"""The self-test's checks that need Qt (the rest is app/cli/selftest.py): the translations load,
and the real main window draws itself, offscreen, on the store the earlier checks made."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.cli.selftest import Check, CheckFailed, SelfTestContext
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.paths import translations_dir

WINDOW_TIMEOUT_S = 60.0  # a slow laptop opens the store and builds the sections in a few seconds
# What the offscreen platform says about every window it cannot resize for a window manager.
_OFFSCREEN_NOISE = "does not support propagateSizeHints"


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if _OFFSCREEN_NOISE not in message:
        print(message, file=sys.stderr)


def _application(ctx: SelfTestContext) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Settings go to the temporary folder: the user's geometry and language stay untouched.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(ctx.root / "reglages"))
        qInstallMessageHandler(_quiet_offscreen)
        app = QApplication([sys.argv[0] if sys.argv else "entraide"])
        app.setOrganizationName("Entraide")
        app.setApplicationName("Entraide")
    return app


def check_translations(ctx: SelfTestContext) -> str:
    """French for Qt's own buttons (qtbase_fr), English for ours (entraide_en.qm, compiled at build)."""
    from app.ui.application import install_translations

    app = _application(ctx)
    french = install_translations(app, "fr")
    if not french:
        raise CheckFailed(
            translate("cli", "traductions de Qt absentes : les boutons standard seraient en anglais")
        )
    ours = QTranslator()
    path = translations_dir() / "entraide_en.qm"
    if not ours.load(str(path)):
        raise CheckFailed(translate("cli", "traduction anglaise introuvable ({0})").format(path))
    if ours.translate("MainWindow", "&Fichier") in ("", "&Fichier"):
        raise CheckFailed(translate("cli", "traduction anglaise incomplète ({0})").format(path))
    return translate("cli", "Qt en français, Entraide en anglais")


def _wait_until(app: QApplication, done: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if done():
            return True
        time.sleep(0.01)
    return False


def _distinct_colours(image: QImage, samples: int = 40) -> int:
    """How many colours a grid of points shows: a blank or black grab has one."""
    width, height = image.width(), image.height()
    return len(
        {
            image.pixel(x * width // samples, y * height // samples)
            for x in range(samples)
            for y in range(samples)
        }
    )


def check_main_window(ctx: SelfTestContext) -> str:
    from app.db import open_database
    from app.ui.app_icon import application_icon
    from app.ui.main_window import MainWindow
    from app.ui.task_runner import TaskRunner

    app = _application(ctx)
    app.setWindowIcon(application_icon())
    if app.windowIcon().pixmap(64, 64).isNull():
        raise CheckFailed(translate("cli", "icône de l'application illisible (resources/icons)"))
    ctx.close()  # the window opens the store itself, on its own thread
    problems: list[str] = []

    def close_dialogs() -> None:
        # A modal dialog (the store failed to open, an error) would wait forever for a click.
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            problems.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle())
            dialog.reject()

    runner = TaskRunner(lambda: open_database(ctx.paths))
    runner.open_failed.connect(
        lambda error: problems.append(translate("cli", "base illisible : {0}").format(error))
    )
    window = MainWindow(runner, ctx.paths)
    watchdog = QTimer()
    watchdog.timeout.connect(close_dialogs)
    watchdog.start(100)
    try:
        window.show()
        ready = _wait_until(
            app,
            lambda: bool(problems) or (window.built and runner.database is not None and window.idle),
            WINDOW_TIMEOUT_S,
        )
        if problems:
            raise CheckFailed(problems[0].replace("\n", " "))
        if not ready:
            late = translate("cli", "la fenêtre n'était pas prête après {0} s")
            raise CheckFailed(late.format(round(WINDOW_TIMEOUT_S)))
        image = window.grab().toImage()
        if image.isNull() or image.width() == 0 or image.height() == 0:
            raise CheckFailed(translate("cli", "la capture de la fenêtre est vide"))
        if _distinct_colours(image) < 3:
            raise CheckFailed(translate("cli", "la fenêtre est dessinée d'une seule couleur"))
        return translate("cli", "{0} × {1} pixels").format(image.width(), image.height())
    finally:
        watchdog.stop()
        window.close()
        runner.shutdown()
        window.deleteLater()
        QCoreApplication.sendPostedEvents()
        app.processEvents()


WINDOW_CHECKS: list[Check] = [
    Check(QT_TRANSLATE_NOOP("cli", "traductions chargées"), check_translations),
    Check(QT_TRANSLATE_NOOP("cli", "fenêtre principale dessinée"), check_main_window),
]
