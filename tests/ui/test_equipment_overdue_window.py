"""A marquee that went out and is not back, seen in the window: the catalogue says where it is and
since when, the item's pane and its calendar too (the loan stretched to today), the "available"
filter leaves it out, a reservation of today is refused under the dates, and checking it out
for someone else is refused with the same reason."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QColor

from app.services.equipment import loans
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields
from app.ui.equipment.common import KIND_COLOURS
from app.ui.shared.locale_format import show_date
from tests.ui.conftest import wait_idle
from tests.ui.equipment_helpers import (
    names,
    open_equipment,
    qdate,
    select_item,
    sidebar_text,
    their_request,
)

TODAY = date.today()


def _late_marquee(session) -> str:
    """Out with a partner five days ago, due back two days ago, never returned."""
    marquee = eq.create_equipment(session, EquipmentFields(name="Barnum 3 × 3 m", category="Plein air"))
    reservation = their_request(session, marquee, TODAY - timedelta(days=5), TODAY - timedelta(days=2))
    loan = loans.answer(session, reservation, True)
    loans.check_out(session, loan, loans.CheckOut(out_date=TODAY - timedelta(days=5), condition="bon"))
    return marquee


def test_a_late_marquee_is_shown_where_it_is_and_cannot_be_promised(qtbot, seeded, window):
    marquee = seeded.run(_late_marquee)
    chairs = seeded.run(lambda s: eq.create_equipment(s, EquipmentFields(name="Chaises pliantes")))
    later = seeded.run(lambda s: their_request(s, chairs, TODAY, TODAY))  # keeps the list honest
    seeded.run(lambda s: loans.answer(s, later, True))
    view = open_equipment(qtbot, window)
    model = view.catalogue.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    since = show_date(TODAY - timedelta(days=1))
    row = model.row_of(marquee)
    assert model.data(model.index(row, model.STATE)) == f"En retard chez Comité des Fêtes depuis le {since}"
    assert model.data(model.index(row, model.STATE), 9) == QColor("#b00020")  # ForegroundRole
    assert model.data(model.index(model.row_of(chairs), model.STATE)) == "Réservé aujourd'hui"
    assert "1 retour en retard" in sidebar_text(window)

    select_item(qtbot, window, view, marquee)
    pane = view.catalogue.pane
    assert pane.where.isVisibleTo(pane)
    assert pane.where.text().startswith(f"En retard chez Comité des Fêtes depuis le {since}.")
    assert show_date(TODAY - timedelta(days=5)) in pane.where.text()
    calendar = pane.calendar
    qtbot.waitUntil(lambda: calendar.kind_of(TODAY) is not None)
    assert calendar.kind_of(TODAY) == "overdue"
    assert calendar.colour_of(TODAY) == QColor(KIND_COLOURS["overdue"][0])
    tomorrow = TODAY + timedelta(days=1)
    if (tomorrow.year, tomorrow.month) == (TODAY.year, TODAY.month):
        assert calendar.kind_of(tomorrow) == "free"

    # The "available from … to …" filter over today leaves it out.
    catalogue = view.catalogue
    catalogue.available_from.setDate(qdate(TODAY))
    catalogue.available_to.setDate(qdate(TODAY))
    catalogue.available.setChecked(True)
    qtbot.waitUntil(lambda: names(model) == [])  # the chairs are booked today too
    catalogue.available.setChecked(False)
    qtbot.waitUntil(lambda: model.rowCount() == 2)

    # Reserving it for today: refused under the dates, with where it is.
    select_item(qtbot, window, view, marquee)
    view.catalogue.reserve_current()
    dialog = view.dialog
    dialog.ok_button.click()
    message = dialog.form.rows["start_date"].message
    qtbot.waitUntil(lambda: message.isVisible())
    assert message.text() == f"En retard chez Comité des Fêtes depuis le {since}."
    dialog.reject()

    # Another partner's accepted request for next week cannot go out while it is not back.
    week = TODAY + timedelta(days=7)
    next_one = window.runner.database.run(lambda s: their_request(s, marquee, week, week))
    window.runner.database.run(lambda s: loans.answer(s, next_one, True))
    view.show_loans("lent")
    loans_view = view.loans
    qtbot.waitUntil(lambda: loans_view.models["lent"].row_of(next_one) >= 0)
    loans_view.tables["lent"].selectRow(loans_view.models["lent"].row_of(next_one))
    loans_view.check_out_button.click()
    qtbot.waitUntil(lambda: loans_view.dialog is not None)
    dialog = loans_view.dialog
    dialog.cheque_number.setText("7654321")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert dialog.message.text() == f"En retard chez Comité des Fêtes depuis le {since}."
    assert dialog.isVisible()
    dialog.reject()
    wait_idle(qtbot, window)
