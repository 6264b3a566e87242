"""Open every section, editor and dialog of a window on a demo store, at each screen size, and
say which texts are cut. Run as a program, one process per scale and language:

    QT_QPA_PLATFORM=offscreen:configfile=screens.json QT_SCALE_FACTOR=1.5 \
        python -m tests.ui.fit.screens STORE_DIR fr OUT_DIR 1366x768 1920x1080

Qt lays a window out in device-independent pixels: at 150 % a 1366×768 screen offers
911×512 of them, and the fonts keep their point size. The offscreen platform is given one screen
per size, less a taskbar (QT_QPA_PLATFORM=offscreen:configfile=…, written by the test); the
window fills each in turn and QT_SCALE_FACTOR makes the screenshots the screen's real pixels.
Prints one JSON object: {screen@size: [problems]}."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.db import open_database
from app.paths import DataPaths
from app.ui.application import install_translations
from app.ui.main_window import MainWindow
from app.ui.task_runner import TaskRunner
from tests.ui.fit.measure import cut_texts

OPENED: list[QDialog] = []


def _no_wait(dialog: QDialog) -> int:
    """Dialogs show and return at once: the program looks at them instead of a person."""
    OPENED.append(dialog)
    dialog.show()
    return 0


QDialog.exec = _no_wait  # type: ignore[method-assign]  # no modal loop in a program that measures
QDialog.open = _no_wait  # type: ignore[method-assign]  # the same, for dialogs opened window-modal


def settle(win: MainWindow, seconds: float = 0.15) -> None:
    """Until the background work is done and what it brought is laid out."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not win.idle:
        QApplication.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def first_ids(store: Path) -> dict[str, str]:
    db = sqlite3.connect(store / "entraide.sqlite3")
    queries = {
        "person": "select id from contacts where kind='person' and deleted_at is null "
        "and id in (select person_id from roles) order by sort_key limit 1",
        "organisation": "select id from contacts where kind='organisation' and deleted_at is null "
        "order by sort_key limit 1",
        "equipment": "select id from equipment where deleted_at is null order by name limit 1",
        "practice": "select id from practices where deleted_at is null order by title limit 1",
        "agreement": "select id from agreements where deleted_at is null order by reference limit 1",
        "need": "select id from needs where deleted_at is null order by title limit 1",
        "signed": "select id from agreements where deleted_at is null and status='signed' "
        "order by reference limit 1",
        "twin": "select id from contacts where notes='Fiche en double' and deleted_at is null",
        "sent": "select id from agreements where deleted_at is null and status='sent' "
        "order by reference limit 1",
    }
    found = {}
    for key, query in queries.items():
        row = db.execute(query).fetchone()
        if row:
            found[key] = row[0]
    db.close()
    return found


def screens(win: MainWindow, ids: dict[str, str]) -> list[tuple[str, Callable[[], QWidget]]]:
    """(name, open it and return the top-level widget to measure)."""

    def section(key: str) -> Callable[[], QWidget]:
        def show() -> QWidget:
            win.open_section(key)
            return win

        return show

    def view(key: str):
        return win.open_section(key).ensure_view()

    def person() -> QWidget:
        view("contacts").show_contact(ids["person"])
        return win

    def organisation() -> QWidget:
        view("contacts").show_contact(ids["organisation"])
        return win

    def new_person() -> QWidget:
        view("contacts").new_contact("person")
        return win

    def loans() -> QWidget:
        view("equipment").show_loans("overdue")
        return win

    def equipment_editor() -> QWidget:
        view("equipment").edit_equipment(ids["equipment"])
        return _dialog()

    def new_equipment() -> QWidget:
        view("equipment").new_equipment()
        return _dialog()

    def reserve() -> QWidget:
        view("equipment").reserve(ids["equipment"])
        return _dialog()

    def practice() -> QWidget:
        view("practices").open_practice(ids["practice"])
        return win

    def practice_editor() -> QWidget:
        view("practices").new_practice()
        return win

    def agreement() -> QWidget:
        view("agreements").open_agreement(ids["agreement"])
        return win

    def agreement_editor() -> QWidget:
        view("agreements").new_agreement()
        return win

    def need() -> QWidget:
        view("needs").open_need(ids["need"])
        return win

    def need_editor() -> QWidget:
        view("needs").new_need("need")
        return win

    def enrol() -> QWidget:
        win.section("sync").enroll()  # type: ignore[attr-defined]  # section() returns the base Section
        return _dialog()

    def settings() -> QWidget:
        from app.ui.settings_dialog import SettingsDialog

        return _show(SettingsDialog(win, win.runner))

    def role() -> QWidget:
        from app.ui.contacts.dialogs import RoleDialog

        return _show(RoleDialog(win.runner, "organisation", win))

    def consent() -> QWidget:
        from app.ui.contacts.dialogs import ConsentDialog

        return _show(ConsentDialog(win))

    def import_contacts() -> QWidget:
        path = Path(os.environ["FIT_IMPORT_FILE"])
        win.section("contacts").transfer.prepare_import(str(path))  # type: ignore[attr-defined]  # as above
        return _dialog()

    def loan_step(key: str, status: str | None, step: str) -> Callable[[], QWidget]:
        """The first line of a loans list (at `status`), and the dialog of its next step."""

        def show() -> QWidget:
            view("equipment").show_loans(key)
            settle(win)
            loans = view("equipment").loans
            model = loans.models[key]
            row = next(r for r in range(model.rowCount()) if status in (None, model.line_at(r).line.status))
            loans.tables[key].selectRow(row)
            getattr(loans, step)()
            return _dialog()

        return show

    def agreement_step(key: str, step: str) -> Callable[[], QWidget]:
        def show() -> QWidget:
            agreements = view("agreements")
            agreements.open_agreement(ids[key])
            settle(win)
            getattr(agreements, step)()
            return _dialog()

        return show

    def decide() -> QWidget:
        needs = view("needs")
        settle(win)
        line = next(line for line in needs.waiting if line.target_type == "need")
        needs.on_response("accept", line)
        return _dialog()

    def outcome() -> QWidget:
        from app.services.needs import outcomes

        needs = view("needs")
        win.runner.run_db(outcomes.due, lambda due: needs.ask_outcome(due[0]))
        return _dialog()

    def duplicates() -> QWidget:
        """A second card with the first person's name and e-mail (made by the test), and the
        search for its duplicates."""
        contacts = view("contacts")
        contacts.show_contact(ids["twin"])
        settle(win)
        contacts.detail.duplicates_button.click()
        return _dialog()

    found: list[tuple[str, Callable[[], QWidget]]] = [(s.key, section(s.key)) for s in win.sections]
    found += [
        ("contacts-new-person", new_person),
        ("contacts-organisation", organisation),
        ("equipment-loans", loans),
        ("equipment-new", new_equipment),
        ("reserve", reserve),
        ("practice-editor", practice_editor),
        ("agreement-editor", agreement_editor),
        ("need-editor", need_editor),
        ("enrol", enrol),
        ("settings", settings),
        ("role", role),
        ("consent", consent),
        ("import", import_contacts),
        ("loan-answer", loan_step("requests", None, "answer_selected")),
        ("checkout", loan_step("lent", "accepted", "check_out_selected")),
        ("return", loan_step("overdue", "overdue", "return_selected")),
        ("decide", decide),
        ("outcome", outcome),
    ]
    wanted = {
        "person": [("contacts-person", person)],
        "equipment": [("equipment-editor", equipment_editor)],
        "practice": [("practice", practice)],
        "agreement": [("agreement", agreement)],
        "need": [("need", need)],
        "sent": [("sign", agreement_step("sent", "ask_signed"))],
        "signed": [("end", agreement_step("signed", "ask_end"))],
        "twin": [("duplicates", duplicates)],
    }
    for key, more in wanted.items():
        if key in ids:
            found += more
    return found


def _dialog() -> QWidget:
    deadline = time.monotonic() + 20
    while not OPENED and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    if not OPENED:
        raise AssertionError("no dialog opened")
    return OPENED[-1]


def _show(dialog: QDialog) -> QWidget:
    OPENED.append(dialog)
    dialog.show()
    return dialog


def close_dialogs() -> None:
    while OPENED:
        dialog = OPENED.pop()
        dialog.hide()
        dialog.deleteLater()


def measure(store: Path, language: str, out: Path, sizes: list[tuple[int, int]]) -> dict[str, list[str]]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(out / "settings"))
    QCoreApplication.setOrganizationName("EntraideFit")
    QCoreApplication.setApplicationName("EntraideFit")
    loaded = [t.filePath() for t in install_translations(app, language)]
    # Without its .qm (`make translations`) the English run would measure the French window.
    if not any(path.endswith(f"entraide_{language}.qm") for path in loaded):
        raise SystemExit(f"entraide_{language}.qm is missing: run `make translations`")
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    paths = DataPaths(store)
    runner = TaskRunner(lambda: open_database(paths))
    win = MainWindow(runner, paths)
    win.show()
    results: dict[str, list[str]] = {}
    try:
        deadline = time.monotonic() + 60
        while not (runner.database is not None and win.built) and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        settle(win, 0.5)
        ids = first_ids(store)
        for index, (width, height) in enumerate(sizes):
            # One offscreen screen per size, less its panel (tests/ui/test_fit.py): in points,
            # 911×485 for 1366×768 at 150 %. Dialogs open on the window's screen.
            screen = app.screens()[index]
            room = screen.availableGeometry()
            logical = (room.width(), room.height())
            win.setScreen(screen)
            win.move(room.topLeft())
            win.resize(*logical)
            size_name = f"{width}x{height}@{round(scale * 100)}"
            for name, open_screen in screens(win, ids):
                key = f"{name}@{size_name}"
                try:
                    top = open_screen()
                    settle(win)
                    problems = cut_texts(top)
                    if top.width() > logical[0] or top.height() > logical[1]:
                        problems.append(
                            f"{top.width()}×{top.height()} does not fit {logical[0]}×{logical[1]}"
                        )
                    top.grab().save(str(out / f"{language}-{size_name}-{name}.png"))
                except Exception as error:  # a screen that fails to open is a finding
                    problems = [f"could not open: {type(error).__name__}: {error}"]
                results[key] = problems
                close_dialogs()
                settle(win, 0.05)
    finally:
        close_dialogs()
        runner.shutdown()
        win.close()
    return results


def main(argv: list[str]) -> int:
    store, language, out = Path(argv[0]), argv[1], Path(argv[2])
    sizes = [tuple(int(part) for part in size.split("x")) for size in argv[3:]]
    out.mkdir(parents=True, exist_ok=True)
    results = measure(store, language, out, sizes)  # type: ignore[arg-type]  # parsed from argv, checked by the test
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
