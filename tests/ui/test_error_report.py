"""An error nobody caught: logged with its traceback, shown once in one French dialog whose
report can be copied, whatever thread it happened on; Aide ▸ Ouvrir le dossier du journal."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication

from app.logs import setup
from app.ui.shared.error_report import MAX_DIALOGS, UnexpectedErrorDialog, install_error_reporter

EMAIL = "philibert.zephyrin@exemple-secret.fr"


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    run_folder = setup.log_file().parent
    monkeypatch.setenv("ENTRAIDE_LOG_DIR", str(tmp_path / "journal"))
    # The hooks this test installs are taken back afterwards; the defaults print nothing here.
    monkeypatch.setattr(sys, "excepthook", lambda *_args: None)
    monkeypatch.setattr(threading, "excepthook", lambda _args: None)
    yield setup.configure("info")
    setup.configure("info", run_folder)


def dialogs() -> list[UnexpectedErrorDialog]:
    shown = QApplication.topLevelWidgets()
    return [w for w in shown if isinstance(w, UnexpectedErrorDialog) and w.isVisible()]


def fail_in_a_slot() -> None:
    raise ValueError(f"cannot save {EMAIL!r}")


def fail_elsewhere() -> None:
    raise KeyError("autre")


class _Job(QRunnable):
    def run(self) -> None:
        raise RuntimeError("in the pool")


@pytest.mark.qt_no_exception_capture
def test_errors_of_slots_threads_and_pools_show_one_dialog_and_reach_the_log(qtbot, qapp, log_file, tmp_path):
    reporter = install_error_reporter(qapp)
    QTimer.singleShot(0, fail_in_a_slot)
    qtbot.waitUntil(lambda: len(dialogs()) == 1)
    dialog = dialogs()[0]
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.repeated)))
    assert "Une erreur inattendue" in texts
    # More errors while it is open, from a slot, a Python thread and Qt's pool: counted, not stacked.
    QTimer.singleShot(0, fail_in_a_slot)
    worker = threading.Thread(target=fail_elsewhere, name="worker")
    worker.start()
    worker.join()
    QThreadPool.globalInstance().start(_Job())
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: dialog.repeats == 3)
    assert len(dialogs()) == 1 and "3 autres erreurs" in dialog.repeated.text()
    dialog.grab().save(str(tmp_path / "erreur.png"))

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "in fail_in_a_slot" in copied and str(log_file) in copied
    assert EMAIL not in copied and dialog.copy_button.text() == "Rapport copié"
    dialog.show_details.click()
    assert dialog.details.isVisible() and dialog.details.toPlainText() == copied
    dialog.grab().save(str(tmp_path / "erreur-rapport.png"))
    dialog.reject()
    qtbot.waitUntil(lambda: not dialogs())

    # The same error again: logged, not shown again. Another one: shown.
    QTimer.singleShot(0, fail_in_a_slot)
    qtbot.wait(50)
    assert not dialogs()
    QTimer.singleShot(0, fail_elsewhere)
    qtbot.waitUntil(lambda: len(dialogs()) == 1)
    dialogs()[0].reject()
    log = log_file.read_text(encoding="utf-8")
    assert log.count("uncaught exception in thread") == 6
    assert "thread worker" in log and "RuntimeError: in the pool" in log and EMAIL not in log
    assert reporter.dialogs == 2 <= MAX_DIALOGS


def test_a_background_job_that_fails_unhandled_is_logged_and_shown(qtbot, qapp, log_file, window):
    reporter = install_error_reporter(qapp)
    window.runner.unhandled_error.connect(reporter.report_exception)

    def broken(_session):
        raise ZeroDivisionError("division by zero")

    window.runner.run_db(broken)
    qtbot.waitUntil(lambda: len(dialogs()) == 1)
    dialogs()[0].reject()
    log = log_file.read_text(encoding="utf-8")
    assert "ERROR app.ui.task_runner" in log and "background task failed\nTraceback" in log
    assert "in broken" in log


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_help_menu_opens_the_log_folder(window, log_file):
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")  # the system's file manager, stood in for
    try:
        help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Aide")
        wanted = "Ouvrir le dossier du journal"
        action = next(a for a in help_menu.actions() if a.text().replace("&", "") == wanted)
        action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opened.urls] == [str(log_file.parent)]
