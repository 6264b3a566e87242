"""Rules that span associations, decided by the hub: one piece of equipment cannot be held
by two confirmed reservations whose dates (buffers included) overlap."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hub.models import Association, Record, ReservationHold

RESERVATION = "reservation"
RELEASED = {"cancelled", "declined", "returned"}
MAX_BUFFER_DAYS = 60


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _french(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _span(fields: dict) -> tuple[date, date, int] | str:
    start, end = _date(fields.get("start_date")), _date(fields.get("end_date"))
    if start is None or end is None:
        return "Une réservation demande une date de début et une date de fin (AAAA-MM-JJ)."
    if end < start:
        return "La date de fin de la réservation précède sa date de début."
    buffer = fields.get("buffer_days") or 0
    if not isinstance(buffer, int) or not 0 <= buffer <= MAX_BUFFER_DAYS:
        return f"La marge autour d'une réservation va de 0 à {MAX_BUFFER_DAYS} jours."
    try:
        start - timedelta(days=buffer), end + timedelta(days=buffer)
    except OverflowError:
        return "Les dates de la réservation, marge comprise, sortent du calendrier."
    return start, end, buffer


def _equipment_id(fields: dict) -> str | None:
    """The reserved equipment's id when it can be stored (a short string), else None."""
    value = fields.get("equipment_id")
    return value if isinstance(value, str) and 0 < len(value) <= 36 and "\x00" not in value else None


def _holds(fields: dict, deleted: bool = False) -> bool:
    return not deleted and str(fields.get("status")) not in RELEASED and bool(fields.get("equipment_id"))


def check(session: Session, entity_type: str, record_id: str, association_id: str,
          fields: dict) -> str | None:
    """None when the change may be applied; otherwise the reason, for a person to read."""
    if entity_type != RESERVATION or not _holds(fields):
        return None
    if _equipment_id(fields) is None:
        return "L'identifiant du matériel réservé est invalide."
    span = _span(fields)
    if isinstance(span, str):
        return span
    start, end, buffer = span
    low, high = start - timedelta(days=buffer), end + timedelta(days=buffer)
    candidates = session.execute(
        select(ReservationHold, Association.name)
        .join(Association, Association.id == ReservationHold.association_id)
        .where(ReservationHold.equipment_id == str(fields["equipment_id"]),
               ReservationHold.record_id != record_id)
    )
    for hold, holder in candidates:
        if (hold.start_date - timedelta(days=hold.buffer_days) <= high
                and low <= hold.end_date + timedelta(days=hold.buffer_days)):
            return (f"Ce matériel est déjà réservé du {_french(hold.start_date)} au "
                    f"{_french(hold.end_date)} par {holder}.")
    return None


def concerns(entity_type: str) -> bool:
    """Whether writes of this record type go through the rules' bookkeeping."""
    return entity_type == RESERVATION


def after_write(session: Session, record: Record) -> None:
    """Keep the holds in step with the reservation; a held reservation is marked confirmed."""
    if record.entity_type != RESERVATION:
        return
    session.execute(delete(ReservationHold).where(ReservationHold.record_id == record.record_id))
    if not _holds(record.fields, record.deleted) or _equipment_id(record.fields) is None:
        if record.fields.get("hub_status") == "confirmed":  # cancelled: the dates are free again
            _mark(record, "released")
        return
    span = _span(record.fields)
    if isinstance(span, str):
        return
    start, end, buffer = span
    session.add(ReservationHold(record_id=record.record_id, equipment_id=str(record.fields["equipment_id"]),
                                association_id=record.owner_id, start_date=start, end_date=end,
                                buffer_days=buffer))
    if record.fields.get("hub_status") != "confirmed":
        _mark(record, "confirmed")


def _mark(record: Record, status: str) -> None:
    record.fields = {**record.fields, "hub_status": status}
    record.field_versions = {**record.field_versions, "hub_status": record.version}
