"""Helpers for the equipment window tests: seeding through the services, waiting, dialogs."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate

from app.models import NetworkAssociation, SyncedRecord
from app.services.equipment import loans
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields
from tests.ui.conftest import wait_idle

OTHER = "0190a000-0000-7000-8000-00000000b0b0"  # another association of the network


def next_month(day: int) -> date:
    """A day of next month: far enough from today to be free, near enough to be shown soon."""
    first = (date.today().replace(day=1) + timedelta(days=32)).replace(day=1)
    return first.replace(day=day)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def projector(session) -> str:
    return eq.create_equipment(
        session,
        EquipmentFields(
            name="Vidéoprojecteur",
            category="Audiovisuel",
            deposit="150",
            purchase_value="650",
            accessories="Câble HDMI\nTélécommande",
        ),
    )


def theirs(session, name: str, category: str = "Cuisine") -> str:
    """Equipment owned by another association, as a sync would have left it."""
    if session.get(NetworkAssociation, OTHER) is None:
        session.add(NetworkAssociation(id=OTHER, name="Comité des Fêtes"))
    item_id = eq.create_equipment(session, EquipmentFields(name=name, category=category))
    session.add(SyncedRecord(record_id=item_id, entity_type="equipment", version=1, owner_id=OTHER))
    return item_id


def lent_out(session, item_id: str, first: date, last: date, who: str = "Julie Martin") -> str:
    """A reservation of our item, accepted and checked out on `first`: returns the loan id."""
    reservation = loans.reserve(session, item_id, first, last, contact_name=who)
    loan_id = loans.answer(session, reservation, True)
    loans.check_out(
        session,
        loan_id,
        loans.CheckOut(
            out_date=first,
            condition="bon",
            deposit_cents=15000,
            deposit_method="cheque",
            cheque_number="1234567",
        ),
    )
    return loan_id


def open_equipment(qtbot, window):
    window.open_section("equipment")
    qtbot.waitUntil(lambda: window.section("equipment").view is not None)
    wait_idle(qtbot, window)
    return window.section("equipment").view


def select_item(qtbot, window, view, equipment_id: str) -> None:
    catalogue = view.catalogue
    qtbot.waitUntil(lambda: catalogue.model.row_of(equipment_id) >= 0)
    catalogue.table.selectRow(catalogue.model.row_of(equipment_id))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: catalogue.pane.detail is not None and catalogue.pane.detail.id == equipment_id)
    wait_idle(qtbot, window)


def sidebar_text(window) -> str:
    return window.section_item("equipment").text()


def names(model) -> list[str]:
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def statuses(view, key: str) -> list[str]:
    model = view.loans.models[key]
    return [model.line_at(row).line.status for row in range(model.rowCount())]
