"""The window's first page read before the store opens (app/services/contacts/first_page.py), as
app/ui/application.py starts it: the list is painted with its rows while the store is not open
yet, then the store opens and the window works as usual, with the same rows, the selection and
the scroll kept, the next pages, the card and the search."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt

from app.db import open_database
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from app.services.store.opening import open_store
from app.ui import application
from app.ui.contacts.list_model import PAGE_SIZE
from app.ui.main_window import MainWindow
from app.ui.task_runner import TaskRunner
from tests.ui.conftest import OPENING_MS, wait_idle
from tests.unit.store_helpers import garble_header


def _person(last_name: str) -> ContactFields:
    return ContactFields(kind="person", first_name="Élise", last_name=last_name)


def _store(paths, people: int) -> list[str]:
    database = open_database(paths)
    try:
        database.run(lambda s: [contacts.create_contact(s, _person(f"Nom{n:03}")) for n in range(people)])
        return [row.id for row in database.run(contacts.list_contacts, limit=1000)]
    finally:
        database.close()


def _ids(view) -> list[str]:
    return [view.model.row_id(row) for row in range(view.model.rowCount())]


def test_rows_painted_before_the_store_opens_then_the_window_works(qtbot, data_paths):
    expected = _store(data_paths, 230)
    first = application._first_contacts(data_paths)
    assert first is not None
    runner = TaskRunner(lambda: open_store(data_paths, create=True), open_now=False)
    window = MainWindow(runner, data_paths, welcome=False, first_contacts=first)
    qtbot.addWidget(window)
    try:
        view = window.section("contacts").view
        assert view is not None and _ids(view) == expected[:PAGE_SIZE]  # before the window is shown
        window.show()
        view.table.selectRow(150)
        view.table.scrollTo(view.model.index(150, 0))
        scrolled = view.table.verticalScrollBar().value()
        assert scrolled > 0
        qtbot.waitUntil(lambda: runner.database is not None and window.built, timeout=OPENING_MS)
        wait_idle(qtbot, window)
        # The same rows, not loaded again: the selection, the scroll and the card stay.
        assert _ids(view) == expected[:PAGE_SIZE]
        assert view.table.currentIndex().row() == 150
        assert view.table.verticalScrollBar().value() == scrolled
        qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.id == expected[150])
        assert window.section_item("contacts").text() == "Contacts (230)"
        # The next page comes the usual way.
        view.table.scrollToBottom()
        qtbot.waitUntil(lambda: view.model.rowCount() == 230, timeout=OPENING_MS)
        assert _ids(view) == expected
        # The search and Ctrl+N work as in a window opened the usual way.
        view.search.setText("nom007")
        qtbot.waitUntil(lambda: _ids(view) == [expected[7]], timeout=OPENING_MS)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert view.detail.form.form.rows["first_name"].editor.hasFocus()
    finally:
        runner.shutdown()


def test_an_empty_store_says_so_at_once(qtbot, data_paths):
    open_database(data_paths).close()
    first = application._first_contacts(data_paths)
    assert first == []
    runner = TaskRunner(lambda: open_store(data_paths, create=True), open_now=False)
    window = MainWindow(runner, data_paths, first_contacts=first)
    qtbot.addWidget(window)
    try:
        window.show()
        view = window.section("contacts").view
        assert view.empty_label.isVisible() and "Aucun contact pour l'instant" in view.empty_label.text()
        qtbot.waitUntil(lambda: runner.database is not None and window.built, timeout=OPENING_MS)
        wait_idle(qtbot, window)
        assert view.model.rowCount() == 0 and view.empty_label.isVisible()
    finally:
        runner.shutdown()


def test_a_damaged_store_starts_the_usual_way(data_paths):
    _store(data_paths, 3)
    garble_header(data_paths.database)
    assert application._first_contacts(data_paths) is None  # then the damaged-store dialog as before


def test_the_first_frame_loads_neither_sqlalchemy_nor_the_card(data_paths):
    """What makes the first paint quick: the window with its first rows, built as application.py
    builds it, in a process of its own, has loaded no SQLAlchemy, no models, no contact card."""
    _store(data_paths, 3)
    script = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.paths import DataPaths
from app.ui import application
from app.ui.main_window import MainWindow
from app.ui.task_runner import TaskRunner
paths = DataPaths(__import__("pathlib").Path({str(data_paths.root)!r}))
first = application._first_contacts(paths)
runner = TaskRunner(lambda: application._open_store(paths), open_now=False)
window = MainWindow(runner, paths, first_contacts=first)
view = window.section("contacts").view
print(view.model.rowCount(), sorted(m for m in ("sqlalchemy", "app.models", "app.db",
      "app.ui.contacts.detail_pane") if m in sys.modules))
runner.shutdown()
"""
    settings = str(data_paths.root.parent / "settings")  # never the developer's own
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": settings}
    command = [sys.executable, "-c", script]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "3 []"
