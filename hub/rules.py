"""Rules that span associations, decided by the hub: one piece of equipment cannot be held
by two confirmed reservations whose dates (buffers included) overlap; a reservation is seen by
the equipment's owner, and only that owner answers it with a loan, which the borrower sees;
a declined or returned loan frees the reservation's dates."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Text, cast, delete, select
from sqlalchemy.orm import Session

from hub import need_rules, overdue
from hub.models import Association, Record, ReservationHold
from hub.refusals import Refusal
from protocol import reasons
from protocol.messages import Fields

RESERVATION = "reservation"
LOAN = "loan"
EQUIPMENT = "equipment"
RELEASED = {"cancelled", "declined", "returned"}
MAX_BUFFER_DAYS = 60


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _span(fields: Fields) -> tuple[date, date, int] | Refusal:
    start, end = _date(fields.get("start_date")), _date(fields.get("end_date"))
    if start is None or end is None:
        return Refusal(reasons.DATES_MISSING)
    if end < start:
        return Refusal(reasons.END_BEFORE_START)
    buffer = fields.get("buffer_days") or 0
    if not isinstance(buffer, int) or not 0 <= buffer <= MAX_BUFFER_DAYS:
        return Refusal(reasons.BUFFER_RANGE, {"maximum": MAX_BUFFER_DAYS})
    try:
        start - timedelta(days=buffer), end + timedelta(days=buffer)
    except OverflowError:
        return Refusal(reasons.OUTSIDE_CALENDAR)
    return start, end, buffer


def _equipment_id(fields: Fields) -> str | None:
    """The reserved equipment's id when it can be stored (a short string), else None."""
    value = fields.get("equipment_id")
    return value if isinstance(value, str) and 0 < len(value) <= 36 and "\x00" not in value else None


def _holds(fields: Fields, deleted: bool = False) -> bool:
    return not deleted and str(fields.get("status")) not in RELEASED and bool(fields.get("equipment_id"))


def check(
    session: Session, entity_type: str, record_id: str, association_id: str, fields: Fields
) -> Refusal | None:
    """None when the change may be applied; otherwise why not."""
    if entity_type != RESERVATION or not _holds(fields):
        return None
    if _equipment_id(fields) is None:
        return Refusal(reasons.BAD_EQUIPMENT_ID)
    if _released(session, record_id, fields):
        return None  # declined or returned: it holds no dates, whoever took them since
    span = _span(fields)
    if isinstance(span, Refusal):
        return span
    start, end, buffer = span
    low, high = start - timedelta(days=buffer), end + timedelta(days=buffer)
    candidates = session.execute(
        select(ReservationHold, Association.name)
        .join(Association, Association.id == ReservationHold.association_id)
        .where(
            ReservationHold.equipment_id == str(fields["equipment_id"]),
            ReservationHold.record_id != record_id,
        )
    )
    today, lender = date.today(), _lender(session, fields)
    for hold, holder in candidates:
        refused = overdue.refusal(session, hold, holder, lender, (low, high), today)
        if refused is not None:
            return refused
    return None


def audience(
    session: Session, entity_type: str, author_id: str, fields: Fields, existing: Record | None = None
) -> list[str] | Refusal | None:
    """Who, besides the author, sees a reservation or a loan (or a response to a need and a
    decision on it: hub/need_rules.py): decided here, never taken from the client. None for the
    other types (their own visibility applies); or a Refusal. The parties of an `existing`
    one may always close it (cancel, decline, return), whatever happened to the equipment since
    (made private, deleted): it goes on being seen by the same parties."""
    decided = _audience(session, entity_type, author_id, fields)
    if isinstance(decided, Refusal) and existing is not None and closing(entity_type, fields):
        link = _LINK[entity_type]
        if fields.get(link) == existing.fields.get(link):  # the same commitment, not another one
            return list(existing.parties)
    return decided


def _audience(
    session: Session, entity_type: str, author_id: str, fields: Fields
) -> list[str] | Refusal | None:
    if entity_type == RESERVATION:
        equipment = _visible(session, EQUIPMENT, fields.get("equipment_id"), author_id)
        if equipment is None:
            return Refusal(reasons.EQUIPMENT_UNKNOWN)
        return [equipment.owner_id] if equipment.owner_id != author_id else []
    if entity_type == LOAN:
        reservation = _visible(session, RESERVATION, fields.get("reservation_id"), author_id)
        if reservation is None:
            return Refusal(reasons.RESERVATION_UNKNOWN)
        equipment = _visible(session, EQUIPMENT, reservation.fields.get("equipment_id"), author_id)
        if equipment is None or equipment.owner_id != author_id:
            return Refusal(reasons.LENDER_ONLY)
        return [reservation.owner_id] if reservation.owner_id != author_id else []
    return need_rules.audience(session, entity_type, author_id, fields)


def closing(entity_type: str, fields: Fields) -> bool:
    """A reservation cancelled, a loan declined or returned: what ends a shared commitment."""
    if entity_type == RESERVATION:
        return fields.get("status") == "cancelled"
    if entity_type == LOAN:
        return _releases(fields, False)
    return False


_LINK = {RESERVATION: "equipment_id", LOAN: "reservation_id"}
# The fields each rule judges: a refusal by a rule concerns these, the op's other fields are fine.
_JUDGED = {
    RESERVATION: {"equipment_id", "lender_id", "start_date", "end_date", "buffer_days", "status"},
    LOAN: {"reservation_id", "equipment_id", "borrower_id", "decision", "return_date"},
}


def judged(entity_type: str, changes: Fields) -> set[str] | None:
    """The changed fields a refusal by the rules is about (None: all of them)."""
    found = _JUDGED.get(entity_type, set()) & set(changes)
    return found or None


def _visible(session: Session, entity_type: str, record_id: object, author_id: str) -> Record | None:
    if not isinstance(record_id, str) or not 0 < len(record_id) <= 36 or "\x00" in record_id:
        return None  # PostgreSQL refuses NUL in text: never ask it
    record = session.get(Record, record_id)
    if record is None or record.deleted or record.entity_type != entity_type:
        return None
    if record.owner_id == author_id or record.visibility == "network" or author_id in record.parties:
        return record
    return None


def concerns(entity_type: str) -> bool:
    """Whether writes of this record type go through the rules' bookkeeping."""
    return entity_type in (RESERVATION, LOAN)


def _releases(fields: Fields, deleted: bool) -> bool:
    """A loan that frees its reservation's dates: declined, or the equipment came back."""
    return not deleted and (fields.get("decision") == "declined" or bool(fields.get("return_date")))


def _lender(session: Session, fields: Fields) -> str | None:
    """The association owning the reserved equipment: only its loans answer the reservation."""
    equipment_id = _equipment_id(fields)
    equipment = session.get(Record, equipment_id) if equipment_id else None
    return equipment.owner_id if equipment is not None and equipment.entity_type == EQUIPMENT else None


def _released(session: Session, reservation_id: str, fields: Fields) -> bool:
    lender = _lender(session, fields)
    if lender is None:
        return False
    # Searched in the JSON text, then checked here: PostgreSQL's ->> fails on a stored "\u0000"
    # (any loan's field could hold one), which would break every reservation write.
    loans = session.scalars(
        select(Record).where(
            Record.entity_type == LOAN,
            Record.owner_id == lender,
            cast(Record.fields, Text).contains(reservation_id, autoescape=True),
        )
    )
    return any(
        loan.fields.get("reservation_id") == reservation_id and _releases(loan.fields, loan.deleted)
        for loan in loans
    )


def after_write(session: Session, record: Record) -> None:
    """Keep the holds in step with reservations and loans; a held reservation is marked confirmed."""
    if record.entity_type == LOAN:
        if _releases(record.fields, record.deleted):
            reservation = _visible(session, RESERVATION, record.fields.get("reservation_id"), record.owner_id)
            if reservation is not None and _lender(session, reservation.fields) == record.owner_id:
                session.execute(
                    delete(ReservationHold).where(ReservationHold.record_id == reservation.record_id)
                )
        return
    if record.entity_type != RESERVATION:
        return
    session.execute(delete(ReservationHold).where(ReservationHold.record_id == record.record_id))
    if (
        not _holds(record.fields, record.deleted)
        or _equipment_id(record.fields) is None
        or _released(session, record.record_id, record.fields)
    ):
        if record.fields.get("hub_status") == "confirmed":  # cancelled: the dates are free again
            _mark(record, "released")
        return
    span = _span(record.fields)
    if isinstance(span, Refusal):
        return
    start, end, buffer = span
    session.add(
        ReservationHold(
            record_id=record.record_id,
            equipment_id=str(record.fields["equipment_id"]),
            association_id=record.owner_id,
            start_date=start,
            end_date=end,
            buffer_days=buffer,
        )
    )
    if record.fields.get("hub_status") != "confirmed":
        _mark(record, "confirmed")


def _mark(record: Record, status: str) -> None:
    record.fields = {**record.fields, "hub_status": status}
    record.field_versions = {**record.field_versions, "hub_status": record.version}
