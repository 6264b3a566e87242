"""Database work for the equipment screens. Each function takes a session and returns plain
data (never a model object): it runs on the database thread, the result is shown on the GUI one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models import Reservation
from app.services import network
from app.services.equipment import availability, loans
from app.services.equipment import records as eq
from app.services.equipment.records import CatalogueFilter, CatalogueRow, EquipmentFields


@dataclass
class CataloguePage:
    rows: list[CatalogueRow]
    busy_today: set[str]
    categories: list[str]
    associations: dict[str, str]  # id -> name, for the owner filter


def catalogue_page(session: Session, wanted: CatalogueFilter, today: date) -> CataloguePage:
    return CataloguePage(
        eq.catalogue(session, wanted),
        availability.unavailable_ids(session, today, today),
        eq.categories(session),
        network.association_names(session),
    )


@dataclass
class ItemDetail:
    id: str
    ours: bool
    owner_name: str | None  # None: ours
    fields: EquipmentFields
    deposit_cents: int | None
    purchase_value_cents: int | None


def item_detail(session: Session, equipment_id: str) -> ItemDetail:
    item = eq.load(session, equipment_id)
    owner = network.owner_of(session, equipment_id)
    ours = network.is_ours(session, equipment_id)
    names = network.association_names(session)
    return ItemDetail(
        item.id,
        ours,
        None if ours else names.get(owner or "", "?"),
        eq.fields_of(item),
        item.deposit_cents,
        item.purchase_value_cents,
    )


def month_days(session: Session, equipment_id: str, year: int, month: int) -> list[availability.DayState]:
    me = network.my_association_id(session)
    return availability.month(session, equipment_id, year, month, me, network.association_names(session))


@dataclass
class Line:
    """A loans.LoanLine and what we may do with it."""

    line: loans.LoanLine
    own_reservation: bool  # we made the reservation, so we may cancel it


def loan_lines(session: Session, today: date) -> list[Line]:
    return [Line(line, network.is_ours(session, line.reservation_id)) for line in loans.lines(session, today)]


@dataclass
class LoanContext:
    """What the check-out and return dialogs start from."""

    reservation_id: str
    loan_id: str | None
    equipment_name: str
    accessories: list[str] = field(default_factory=list)  # the equipment's
    condition: str = ""
    deposit_cents: int | None = None  # the equipment's usual deposit, or the one taken
    out_date: date | None = None
    out_accessories: list[str] = field(default_factory=list)
    out_condition: str | None = None
    deposit_method: str | None = None
    end_date: date | None = None


def loan_context(session: Session, reservation_id: str) -> LoanContext:
    reservation = session.get(Reservation, reservation_id)
    if reservation is None or reservation.deleted_at is not None:
        raise NotFound(reservation_id)
    item = eq.load(session, reservation.equipment_id)
    loan = loans.loan_of(session, reservation_id)
    context = LoanContext(
        reservation_id,
        loan.id if loan else None,
        item.name,
        list(item.accessories or []),
        item.condition,
        item.deposit_cents,
        end_date=reservation.end_date,
    )
    if loan is not None and loan.out_date is not None:
        context.out_date, context.out_condition = loan.out_date, loan.out_condition
        context.out_accessories = list(loan.out_accessories or [])
        context.deposit_cents, context.deposit_method = loan.deposit_cents, loan.deposit_method
    return context


@dataclass
class Summary:
    counts: dict[str, int]
    reminders: list[loans.LoanLine]  # overdue, or out and due soon (loans.due_lines)


def summary(session: Session, today: date) -> Summary:
    """The sidebar's counts and the reminders shown when the application starts."""
    every = loans.lines(session, today)
    return Summary(loans.counts(every), loans.due_lines(every, today))
