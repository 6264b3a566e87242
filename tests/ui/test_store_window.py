"""A damaged store is never shown as an empty one, in the window: damage found at opening, by the
background integrity check or by any work leads to one French dialog that lists the backups
with their date and counts, restores the chosen one (the damaged file kept aside) or opens
another folder; Fichier ▸ Restaurer une sauvegarde… does the same on a sound store; a folder
Entraide cannot use gets its own sentence. And one window per store: a second start on the
same folder brings the first to the front."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from app.db import open_database
from app.paths import DataPaths
from app.services.store import backups
from app.services.store.opening import open_store
from app.ui.main_window import MainWindow
from app.ui.store import guard
from app.ui.store.single_instance import SingleInstance
from app.ui.store.store_dialog import StoreDialog
from app.ui.task_runner import TaskRunner
from tests.ui.conftest import answer_next_dialog, wait_idle
from tests.unit.store_helpers import filled_store, garble_contacts_page, garble_header, garble_middle_page


def _window(qtbot, paths: DataPaths) -> MainWindow:
    runner = TaskRunner(lambda: open_store(paths, create=True))
    window = MainWindow(runner, paths)
    qtbot.addWidget(window)
    window.show()
    return window


def _exit_codes(monkeypatch) -> list[int]:
    """QApplication.exit as the guard calls it: recorded, the test's event loop kept running."""
    codes: list[int] = []
    monkeypatch.setattr(guard.QApplication, "exit", lambda code=0: codes.append(code))
    return codes


def _count(paths: DataPaths) -> int:
    database = open_database(paths)
    try:
        return database.run(lambda s: s.execute(text("SELECT count(*) FROM contacts")).scalar())
    finally:
        database.close()


def test_damage_at_opening_shows_the_dialog_and_never_empty_lists(qtbot, data_paths, monkeypatch):
    filled_store(data_paths, contacts=30)
    open_store(data_paths, create=False).close()  # the day's backup: 30 contacts
    garble_header(data_paths.database)
    codes = _exit_codes(monkeypatch)
    window = _window(qtbot, data_paths)
    try:
        qtbot.waitUntil(lambda: isinstance(window.store_guard.dialog, StoreDialog))
        dialog = window.store_guard.dialog
        assert dialog.windowTitle() == "Les données d'Entraide sont endommagées"
        assert "le début du fichier de données est illisible" in dialog.text.text()
        assert str(data_paths.backups) in dialog.text.text() and "rien n'est effacé" in dialog.text.text()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
        table = dialog.table
        assert [table.item(0, c).text() for c in range(1, 6)] == ["quotidienne", "30", "0", "0", "0"]
        assert window.section_item("contacts").text() == "Contacts"  # no count of a store not shown
        notice = window.centralWidget()  # nor any list, empty or not: a notice instead
        assert notice.objectName() == "storeNotice" and "endommagées" in notice.text()
        assert not window.menuBar().isEnabled()
        assert window.runner.database is None
        dialog.restore_button.click()
        assert codes == [guard.RESTART]
        after = window.store_guard.next_start
        assert after is not None and after.paths == data_paths
    finally:
        window.runner.shutdown()
    after.before()  # what the application does between two windows
    assert _count(data_paths) == 30
    assert [p.name.split("-")[0] for p in data_paths.backups.iterdir() if p.is_dir()] == ["endommagee"]


def test_the_background_check_finds_a_garbled_page(qtbot, data_paths, monkeypatch):
    filled_store(data_paths, contacts=400)
    garble_middle_page(data_paths.database)
    monkeypatch.setattr(guard, "FULL_CHECK_DELAY_MS", 0)
    codes = _exit_codes(monkeypatch)
    window = _window(qtbot, data_paths)
    try:
        qtbot.waitUntil(lambda: isinstance(window.store_guard.dialog, StoreDialog), timeout=15_000)
        dialog = window.store_guard.dialog
        assert "une page est illisible" in dialog.text.text()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
        # The backup this opening made copied the damage: listed, never offered.
        assert dialog.table.item(0, 1).text() == "douteuse : faite d'un fichier endommagé"
        assert not dialog.restore_button.isEnabled()
        dialog.quit_button.click()
        assert codes == [1]
    finally:
        window.runner.shutdown()


def test_work_that_meets_damage_says_it_once(qtbot, data_paths, monkeypatch):
    """The file damaged while the window is open: every view's next read fails; one dialog."""
    filled_store(data_paths, contacts=400)
    _exit_codes(monkeypatch)
    window = _window(qtbot, data_paths)
    try:
        qtbot.waitUntil(lambda: window.runner.database is not None and window.built)
        wait_idle(qtbot, window)
        shown = []
        window.runner.store_damaged.connect(shown.append)
        garble_contacts_page(data_paths.database)
        # The pages the first screens read are in the connection's cache: start it afresh, as
        # the next day's reads, evicted pages or another connection would.
        window.runner.database.engine.dispose()
        for _ in range(3):  # three views reading everything at once
            window.runner.run_db(lambda s: s.execute(text("SELECT sum(length(notes)) FROM contacts")).all())
        qtbot.waitUntil(lambda: len(shown) == 3)
        assert isinstance(window.store_guard.dialog, StoreDialog)
        assert window.statusBar().currentMessage() == ""  # no raw error in the status bar
        assert len(window.findChildren(StoreDialog)) == 1
    finally:
        window.runner.shutdown()


def test_a_folder_that_is_a_file_gets_its_sentence(qtbot, tmp_path, monkeypatch):
    a_file = tmp_path / "donnees"
    a_file.write_text("?", encoding="utf-8")
    codes = _exit_codes(monkeypatch)
    window = _window(qtbot, DataPaths(a_file))
    try:
        qtbot.waitUntil(lambda: isinstance(window.store_guard.dialog, StoreDialog))
        dialog = window.store_guard.dialog
        assert dialog.windowTitle() == "Entraide ne peut pas utiliser ce dossier"
        assert dialog.text.text() == (
            f"« {a_file} » est un fichier, pas un dossier : choisissez un autre dossier de données ou "
            "renommez ce fichier."
        )
        assert not dialog.restore_button.isVisibleTo(dialog) and dialog.folder_button.isVisibleTo(dialog)
        other = tmp_path / "ailleurs"
        other.mkdir()
        monkeypatch.setattr(guard.QFileDialog, "getExistingDirectory", lambda *_a: str(other))
        dialog.folder_button.click()
        assert codes == [guard.RESTART] and window.store_guard.next_start.paths == DataPaths(other)
    finally:
        window.runner.shutdown()


def test_restore_from_the_file_menu(qtbot, data_paths, monkeypatch):
    filled_store(data_paths, contacts=4)
    open_store(data_paths, create=False).close()
    filled_store(data_paths, contacts=3)  # seven now; the backup holds four
    codes = _exit_codes(monkeypatch)
    window = _window(qtbot, data_paths)
    try:
        qtbot.waitUntil(lambda: window.built and window.runner.database is not None)
        [action] = [a for a in window.menuBar().actions()[0].menu().actions() if "Restaurer" in a.text()]
        action.trigger()
        dialog = window.store_guard.dialog
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
        assert dialog.table.item(0, 2).text() == "4"
        answer_next_dialog("Restaurer")
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: codes == [guard.RESTART])
    finally:
        window.runner.shutdown()
    window.store_guard.next_start.before()
    assert _count(data_paths) == 4
    replaced = [b for b in backups.list_backups(data_paths) if b.kind == "replaced"]
    assert [b.counts["contacts"] for b in replaced] == [7]  # the store it replaced, kept


def test_a_second_start_brings_the_first_window_to_the_front(qtbot, data_paths):
    """The second start is a real process; the first holds the folder from before its store
    opens, so a start during a migration is handed over too."""
    first = SingleInstance(data_paths)
    assert first.acquire()
    try:
        assert not SingleInstance(data_paths).acquire()  # the same folder, once
        other = DataPaths(data_paths.root.parent / "autre")
        elsewhere = SingleInstance(other)
        assert elsewhere.acquire()  # another folder: its own window
        elsewhere.release()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        with qtbot.waitSignal(first.activated, timeout=20_000):
            second = subprocess.Popen(
                [sys.executable, "-m", "app", "--data-dir", str(data_paths.root)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
        assert second.returncode == 0
        assert not data_paths.database.exists()  # it opened nothing itself
    finally:
        first.release()
    assert QApplication.instance() is not None


@pytest.fixture(autouse=True)
def _no_stale_lock(data_paths):
    yield
    data_paths.window_lock.unlink(missing_ok=True)
