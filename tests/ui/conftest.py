"""A real window on a real store: the task runner opens the SQLite file on its own thread."""

from __future__ import annotations

import faulthandler
import sys
import traceback

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.exceptions import TimeoutError as WaitTimedOut

from app.db import open_database
from app.ui.main_window import MainWindow
from app.ui.task_runner import TaskRunner

OPENING_MS = 30_000


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """QSettings in the test's folder, never the developer's own."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("EntraideTests")
    qapp.setApplicationName("EntraideTests")
    if not qapp.property("frenchPlurals"):  # the window's French counts ("1 résultat") come from a .qm
        from app.ui.application import install_translations

        qapp.setProperty("frenchPlurals", True)
        install_translations(qapp, "fr")


@pytest.fixture
def seeded(data_paths):
    """Write data before the window opens, through the same services the window uses."""
    database = open_database(data_paths)
    yield database
    database.close()


def _explain_timeouts(qtbot, win: MainWindow) -> None:
    """A wait that times out says what the window was doing: the work still queued, the status
    bar's last message (a failed query says itself there) and every thread's stack (the store's
    thread inside SQLite, or idle). A failure seen once on a CI machine can then be read."""
    wait_until = qtbot.waitUntil

    def explained(callback, *, timeout=5000):
        try:
            wait_until(callback, timeout=timeout)
        except WaitTimedOut:
            print(
                f"window: {win.runner.pending} background task(s) pending, "
                f"status bar {win.statusBar().currentMessage()!r}",
                file=sys.stderr,
            )
            try:
                faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
            except (AttributeError, ValueError, OSError):  # a captured stderr has no descriptor
                for thread_id, frame in sys._current_frames().items():
                    print(f"thread {thread_id}:\n{''.join(traceback.format_stack(frame))}", file=sys.stderr)
            raise

    qtbot.waitUntil = explained


@pytest.fixture
def window(qtbot, data_paths):
    runner = TaskRunner(lambda: open_database(data_paths))
    win = MainWindow(runner, data_paths)
    qtbot.addWidget(win)
    _explain_timeouts(qtbot, win)
    win.show()
    try:  # shut down even when the window never got ready: its callbacks must not reach the next test
        # A new store runs every migration first: on a laptop busy elsewhere, more than 5 s.
        qtbot.waitUntil(lambda: runner.database is not None and win.built, timeout=OPENING_MS)
        qtbot.waitUntil(lambda: not win.section("contacts").view.model.loading, timeout=OPENING_MS)
        yield win
    finally:
        runner.shutdown()


def wait_idle(qtbot, win) -> None:
    """Until the background work is done and the sections have shown what it changed. That work
    includes the store's integrity check, which starts 4 s after opening and reads every page: on
    a machine busy elsewhere it may outlast pytest-qt's 5 s default."""
    qtbot.waitUntil(lambda: win.idle, timeout=OPENING_MS)


def answer_next_dialog(button_text: str) -> None:
    """Click a button of the next modal dialog (dialogs run their own event loop)."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, click)
            return
        for button in dialog.findChildren(QPushButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {dialog.windowTitle()!r}")

    QTimer.singleShot(20, click)


def type_text(widget, text: str) -> None:
    """Type like a keyboard, accents included (QTest's keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
