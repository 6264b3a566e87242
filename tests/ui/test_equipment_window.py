"""The "Matériel et prêts" section driven like a volunteer would, on a real SQLite store: the
catalogue and its filters, a new item, a reservation refused then made, the answer, the check-out,
the return, the lists and the sidebar counts, the calendar's colours, and the reminders."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.models import Loan, Reservation
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields
from app.ui.equipment.common import KIND_COLOURS
from app.ui.shared.locale_format import show_date, show_money
from tests.ui.conftest import type_text, wait_idle
from tests.ui.equipment_helpers import (
    lent_out,
    names,
    next_month,
    open_equipment,
    projector,
    qdate,
    select_item,
    sidebar_text,
    statuses,
    theirs,
)


def test_the_section_is_built_only_when_opened(qtbot, window):
    assert window.section("equipment").view is None  # the contacts start does not pay for it
    wait_idle(qtbot, window)
    assert window.section("equipment").banner is None  # nothing to remind of
    assert sidebar_text(window) == "Matériel et prêts"
    view = open_equipment(qtbot, window)
    assert window.stack.currentWidget() is view
    assert view.catalogue.empty_label.isVisibleTo(view)


def test_new_equipment_keeps_what_was_typed_and_appears_in_the_catalogue(qtbot, window, tmp_path):
    view = open_equipment(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N here: equipment
    dialog = view.dialog
    assert dialog is not None and dialog.windowTitle() == "Nouveau matériel"
    rows = {**dialog.form.rows, **dialog.side.rows}
    type_text(rows["deposit"].editor, "douze euros")
    type_text(rows["accessories"].editor, "Câble HDMI")  # one a line
    qtbot.keyClick(rows["accessories"].editor, Qt.Key.Key_Return)
    type_text(rows["accessories"].editor, "Télécommande")
    dialog.category.setCurrentText("Audiovisuel")
    dialog.ok_button.click()
    assert rows["name"].message.isVisible() and "nom" in rows["name"].message.text()
    assert "Montant en euros" in rows["deposit"].message.text()
    assert rows["deposit"].editor.text() == "douze euros"  # kept as typed
    assert dialog.isVisible()
    picture = QImage(1200, 800, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3366aa"))
    picture.save(str(tmp_path / "photo.png"))
    dialog.set_photo_file(str(tmp_path / "photo.png"))
    qtbot.waitUntil(lambda: bool(dialog.photo))
    assert not dialog.thumbnail.pixmap().isNull()
    type_text(rows["name"].editor, "Vidéoprojecteur")
    rows["deposit"].editor.setText("150")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.catalogue.model.rowCount() == 1)
    wait_idle(qtbot, window)
    model = view.catalogue.model
    assert [model.data(model.index(0, c)) for c in range(4)] == [
        "Vidéoprojecteur",
        "Audiovisuel",
        "Notre association",
        "Bon état",
    ]
    assert model.data(model.index(0, model.DEPOSIT)) == show_money(15000)  # in the user's locale
    assert model.data(model.index(0, model.STATE)) == "Disponible"
    [saved] = window.runner.database.run(lambda s: [eq.fields_of(eq.load(s, model.row_at(0).id))])
    assert saved.accessories == "Câble HDMI\nTélécommande" and saved.deposit == "150"
    assert saved.photo and len(saved.photo) < eq.MAX_PHOTO_CHARS
    pane = view.catalogue.pane  # the new item is selected and shown
    qtbot.waitUntil(lambda: pane.detail is not None and pane.title.text() == "Vidéoprojecteur")
    assert not pane.photo.pixmap().isNull()
    pane.edit_button.click()  # the edit dialog comes back filled in
    qtbot.waitUntil(lambda: view.dialog is not None)
    dialog = view.dialog
    assert dialog.windowTitle() == "Modifier le matériel"
    assert dialog.form.text("deposit") == "150" and dialog.photo == saved.photo
    dialog.form.rows["name"].editor.setText("Vidéoprojecteur Epson")
    dialog.out_of_service.setChecked(True)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: names(model) == ["Vidéoprojecteur Epson"])
    qtbot.waitUntil(lambda: model.data(model.index(0, model.STATE)) == "Hors service")
    qtbot.waitUntil(lambda: not pane.reserve_button.isEnabled())  # nothing to book while out of service


def test_filters_by_text_category_owner_and_free_dates(qtbot, seeded, window):
    ours = seeded.run(projector)
    seeded.run(lambda s: eq.create_equipment(s, EquipmentFields(name="Barnum 3 × 6 m", category="Plein air")))
    seeded.run(lambda s: theirs(s, "Percolateur 100 tasses"))
    first = next_month(10)
    seeded.run(lambda s: lent_out(s, ours, first, first + timedelta(days=2)))
    view = open_equipment(qtbot, window)
    catalogue, model = view.catalogue, view.catalogue.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert names(model) == ["Barnum 3 × 6 m", "Percolateur 100 tasses", "Vidéoprojecteur"]
    assert model.data(model.index(1, model.OWNER)) == "Comité des Fêtes"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert catalogue.search.hasFocus()
    qtbot.keyClicks(catalogue.search, "video")  # accents do not matter
    qtbot.waitUntil(lambda: names(model) == ["Vidéoprojecteur"])
    catalogue.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    catalogue.category.setCurrentIndex(catalogue.category.findData("Cuisine"))
    qtbot.waitUntil(lambda: names(model) == ["Percolateur 100 tasses"])
    catalogue.category.setCurrentIndex(0)
    catalogue.owner.setCurrentIndex(1)  # our association
    qtbot.waitUntil(lambda: names(model) == ["Barnum 3 × 6 m", "Vidéoprojecteur"])
    catalogue.owner.setCurrentIndex(catalogue.owner.findText("Comité des Fêtes"))
    qtbot.waitUntil(lambda: names(model) == ["Percolateur 100 tasses"])
    catalogue.owner.setCurrentIndex(0)
    catalogue.available_from.setDate(qdate(first + timedelta(days=1)))
    catalogue.available_to.setDate(qdate(first + timedelta(days=5)))
    catalogue.available.setChecked(True)
    qtbot.waitUntil(lambda: names(model) == ["Barnum 3 × 6 m", "Percolateur 100 tasses"])
    catalogue.available_to.setDate(qdate(first))  # before the start: said, the list stays
    qtbot.waitUntil(lambda: "précède" in catalogue.filter_message.text())
    assert model.rowCount() == 2
    catalogue.available.setChecked(False)
    qtbot.waitUntil(lambda: model.rowCount() == 3)


def test_calendar_colours_a_reserved_month_and_turns_with_page_keys(qtbot, seeded, window):
    item = seeded.run(projector)
    day = next_month(1)

    def others(session) -> None:
        from app.models import SyncedRecord
        from app.services.equipment import loans

        confirmed = loans.reserve(session, item, day.replace(day=12), day.replace(day=13), buffer_days=1)
        provisional = loans.reserve(session, item, day.replace(day=20), day.replace(day=20))
        for reservation_id, hub_status in ((confirmed, "confirmed"), (provisional, None)):
            session.add(
                SyncedRecord(
                    record_id=reservation_id,
                    entity_type="reservation",
                    version=1,
                    owner_id="0190a000-0000-7000-8000-00000000b0b0",
                )
            )
            session.get(Reservation, reservation_id).hub_status = hub_status
        loans.reserve(session, item, day.replace(day=5), day.replace(day=6))  # ours
        eq.update_equipment(
            session,
            item,
            EquipmentFields(
                name="Vidéoprojecteur",
                maintenance_from=day.replace(day=25),
                maintenance_to=day.replace(day=26),
            ),
        )

    seeded.run(others)
    view = open_equipment(qtbot, window)
    select_item(qtbot, window, view, item)
    calendar = view.catalogue.pane.calendar
    calendar.grid.setFocus()
    qtbot.keyClick(calendar.grid, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: calendar.kind_of(day) is not None)
    expected = {
        5: "own",
        6: "own",
        11: "buffer",
        12: "confirmed",
        13: "confirmed",
        14: "buffer",
        20: "provisional",
        25: "maintenance",
        26: "maintenance",
        2: "free",
        28: "free",
    }
    for number, kind in expected.items():
        assert calendar.kind_of(day.replace(day=number)) == kind, number
        assert calendar.colour_of(day.replace(day=number)) == QColor(KIND_COLOURS[kind][0]), number
    assert calendar.title.text().endswith(str(day.year))
    qtbot.keyClick(calendar.grid, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: calendar.kind_of(day) is None and bool(calendar.days))
    assert (calendar.year, calendar.month) == (date.today().year, date.today().month)
    calendar.next_button.click()
    qtbot.waitUntil(lambda: calendar.kind_of(day) == "free")
    calendar.click_day(day.replace(day=12))  # a taken day is refused, with a reason
    assert "n'est pas libre" in calendar.hint.text()


def test_from_reservation_to_return(qtbot, seeded, window, tmp_path):
    item = seeded.run(projector)
    first = next_month(10)
    view = open_equipment(qtbot, window)
    select_item(qtbot, window, view, item)
    calendar = view.catalogue.pane.calendar
    calendar.show_month(first.year, first.month)
    qtbot.waitUntil(lambda: calendar.kind_of(first) == "free")
    # Two clicks on free days start a reservation of those dates.
    calendar.click_day(first)
    calendar.click_day(first + timedelta(days=2))
    dialog = view.dialog
    assert dialog is not None and dialog.start.date() == qdate(first)
    assert dialog.end.date() == qdate(first + timedelta(days=2))
    type_text(dialog.contact_name, "Marc Petit")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.dialog is None)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: calendar.kind_of(first + timedelta(days=1)) == "own")
    assert calendar.colour_of(first) == QColor(KIND_COLOURS["own"][0])
    qtbot.waitUntil(lambda: "1 demande(s)" in sidebar_text(window))

    # A second reservation on the same days: the clash is said under the dates, input kept.
    window.activateWindow()  # offscreen, closing a dialog activates no window by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = view.dialog
    dialog.start.setDate(qdate(first + timedelta(days=1)))
    dialog.end.setDate(qdate(first + timedelta(days=4)))
    type_text(dialog.contact_name, "Chloé Durand")
    dialog.ok_button.click()
    message = dialog.form.rows["start_date"].message
    qtbot.waitUntil(lambda: message.isVisible())
    assert message.text() == f"Déjà réservé du {show_date(first)} au {show_date(first + timedelta(days=2))}."
    assert dialog.contact_name.text() == "Chloé Durand" and dialog.isVisible()
    dialog.start.setDate(qdate(first + timedelta(days=5)))
    dialog.end.setDate(qdate(first + timedelta(days=6)))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.dialog is None)
    qtbot.waitUntil(lambda: "2 demande(s)" in sidebar_text(window))

    loans_view = view.loans
    view.show_loans("requests")
    qtbot.waitUntil(lambda: statuses(view, "requests") == ["provisional", "provisional"])
    assert loans_view.lists.tabText(3) == "Demandes à traiter (2)"
    loans_view.tables["requests"].selectRow(0)
    assert loans_view.answer_button.isEnabled() and not loans_view.return_button.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    loans_view.tables["requests"].setFocus()
    qtbot.keyClick(loans_view.tables["requests"], Qt.Key.Key_Return)  # Enter: the next step
    qtbot.waitUntil(lambda: loans_view.dialog is not None)
    dialog = loans_view.dialog
    type_text(dialog.note, "À venir chercher vendredi")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: statuses(view, "requests") == ["provisional"])
    qtbot.waitUntil(lambda: "1 demande(s)" in sidebar_text(window))

    view.show_loans("lent")
    qtbot.waitUntil(lambda: statuses(view, "lent") == ["accepted", "provisional"])
    assert view.loans.models["lent"].data(view.loans.models["lent"].index(0, 4)) == "Acceptée"
    loans_view.tables["lent"].selectRow(0)
    assert loans_view.check_out_button.isEnabled()
    loans_view.check_out_button.click()
    qtbot.waitUntil(lambda: loans_view.dialog is not None)
    dialog = loans_view.dialog
    assert dialog.accessories.checked() == ["Câble HDMI", "Télécommande"]
    assert dialog.deposit.text() == "150"
    dialog.accessories.set_checked("Télécommande", False)
    dialog.ok_button.click()  # a cheque needs its number
    assert "numéro du chèque" in dialog.form.rows["cheque_number"].message.text()
    type_text(dialog.cheque_number, "1234567")
    type_text(dialog.handed_by, "Paul")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: statuses(view, "lent") == ["out", "provisional"])
    loan = window.runner.database.run(lambda s: s.query(Loan).one().out_accessories)
    assert loan == ["Câble HDMI"]
    loans_view.tables["lent"].selectRow(0)
    assert loans_view.print_button.isEnabled()
    receipt = tmp_path / "bon.pdf"
    loans_view.print_receipt(loans_view.selected().line.loan_id, receipt)
    qtbot.waitUntil(lambda: "Bon de prêt enregistré" in window.statusBar().currentMessage())
    assert receipt.read_bytes().startswith(b"%PDF")

    loans_view.tables["lent"].selectRow(0)
    loans_view.return_button.click()
    qtbot.waitUntil(lambda: loans_view.dialog is not None)
    dialog = loans_view.dialog
    dialog.return_date.setDate(qdate(first + timedelta(days=2)))
    dialog.partly_kept.setChecked(True)
    dialog.kept_amount.setText("400")  # more than the deposit
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.form.rows["kept_cents"].message.isVisible())
    assert "inférieur à la caution" in dialog.form.rows["kept_cents"].message.text()
    assert (
        "raison" in dialog.form.rows["kept_reason"].message.text().lower()
        or "pourquoi" in dialog.form.rows["kept_reason"].message.text()
    )
    dialog.kept_amount.setText("40")
    dialog.kept_reason.setText("Télécommande non remise")
    dialog.missing.set_checked("Câble HDMI", True)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: statuses(view, "lent") == ["provisional"])  # the finished loan leaves the list
    loans_view.history.setChecked(True)
    assert statuses(view, "lent") == ["returned", "provisional"]
    kept = window.runner.database.run(lambda s: s.query(Loan).one().deposit_kept_cents)
    assert kept == 4000


def test_overdue_reminder_at_start_and_cancel_with_undo(qtbot, data_paths, seeded):
    from app.db import open_database
    from app.ui.main_window import MainWindow
    from app.ui.task_runner import TaskRunner

    item = seeded.run(projector)
    today = date.today()
    seeded.run(lambda s: lent_out(s, item, today - timedelta(days=6), today - timedelta(days=2)))
    tables = seeded.run(lambda s: eq.create_equipment(s, EquipmentFields(name="Tables pliantes")))
    seeded.run(lambda s: lent_out(s, tables, today, today + timedelta(days=1), "Marc Petit"))
    coffee = seeded.run(lambda s: theirs(s, "Percolateur"))
    from app.services.equipment import loans

    seeded.run(lambda s: loans.reserve(s, coffee, next_month(3), next_month(4), contact_name="Nous"))
    runner = TaskRunner(lambda: open_database(data_paths))
    win = MainWindow(runner, data_paths)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.section("equipment").banner is not None)
        banner = win.section("equipment").banner
        assert "En retard : Vidéoprojecteur (Julie Martin)" in banner.text.text()
        assert "Tables pliantes (Marc Petit)" in banner.text.text() and "À rendre le" in banner.text.text()
        assert QApplication.activeModalWidget() is None  # it never blocks
        assert sidebar_text(win).splitlines() == ["Matériel et prêts", "1 en retard"]
        assert win.section("equipment").view is None  # still not built
        banner.open_button.click()
        assert win.current_key() == "equipment"
        view = win.section("equipment").view
        assert view.loans.current_key() == "overdue"
        qtbot.waitUntil(lambda: statuses(view, "overdue") == ["overdue"])
        assert view.loans.models["overdue"].data(view.loans.models["overdue"].index(0, 4)) == "En retard"
        qtbot.waitUntil(lambda: win.section("equipment").banner is None)  # dismissed once used

        view.show_loans("borrowed")
        qtbot.waitUntil(lambda: statuses(view, "borrowed") == ["provisional"])
        model = view.loans.models["borrowed"]
        assert model.data(model.index(0, 1)) == "Comité des Fêtes"
        view.loans.tables["borrowed"].selectRow(0)
        assert view.loans.cancel_button.isEnabled() and not view.loans.answer_button.isEnabled()
        view.loans.cancel_button.click()
        qtbot.waitUntil(lambda: statuses(view, "borrowed") == [])
        assert "Ctrl+Z" in win.statusBar().currentMessage()
        qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: statuses(view, "borrowed") == ["provisional"])
        assert (
            win.runner.database.run(
                lambda s: s.query(Reservation).filter_by(equipment_id=coffee).one().status
            )
            == "requested"
        )
    finally:
        runner.shutdown()
