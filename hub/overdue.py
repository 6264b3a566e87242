"""Equipment out and not back holds its dates until its return is recorded: the hub applies to
every association's reservations the rule the desktop applies to its own
(app/services/equipment/availability.py). A reservation whose loan went out keeps its
equipment from the day it left (if earlier than its first day) to its last day, and past that
day to today while no return is recorded."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Text, cast, select
from sqlalchemy.orm import Session

from hub.models import Record, ReservationHold
from hub.refusals import Refusal
from protocol import reasons


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def out_since(session: Session, hold: ReservationHold, lender_id: str | None) -> date | None:
    """The day the held reservation's equipment left, if it did and is not back (the lender's
    loan says so: only the equipment's owner answers a reservation)."""
    if lender_id is None:
        return None
    loans = session.scalars(
        select(Record).where(
            Record.entity_type == "loan",
            Record.owner_id == lender_id,
            Record.deleted.is_(False),
            cast(Record.fields, Text).contains(hold.record_id, autoescape=True),
        )
    )
    days = [
        left
        for loan in loans
        if loan.fields.get("reservation_id") == hold.record_id
        and loan.fields.get("decision") != "declined"
        and not loan.fields.get("return_date")
        and (left := _date(loan.fields.get("out_date"))) is not None
    ]
    return min(days) if days else None


def refusal(
    session: Session,
    hold: ReservationHold,
    holder: str,
    lender_id: str | None,
    wanted: tuple[date, date],
    today: date,
) -> Refusal | None:
    """Why `hold` keeps its equipment on some of the `wanted` days (buffers included), or None.
    Its loan is looked up only when it could matter: equipment goes out at the latest today,
    so only days up to today (and the hold's buffer after) can be held by a late return."""
    low, high = wanted
    buffer = timedelta(days=hold.buffer_days)
    first, last = hold.start_date - buffer, hold.end_date + buffer
    if low > today + buffer:
        return reason(hold, holder, None, today) if first <= high and low <= last else None
    left = out_since(session, hold, lender_id)
    if left is not None:
        first, last = min(first, left - buffer), max(last, today + buffer)
    return reason(hold, holder, left, today) if first <= high and low <= last else None


def reason(hold: ReservationHold, holder: str, left: date | None, today: date) -> Refusal:
    """Why a reservation is refused: its code, the holder and the dates (ISO, worded by the reader)."""
    if left is not None and today > hold.end_date:
        since = hold.end_date + timedelta(days=1)
        return Refusal(reasons.OVERDUE, {"holder": holder, "since": since.isoformat()})
    if left is not None:
        return Refusal(reasons.ON_LOAN, {"holder": holder, "until": hold.end_date.isoformat()})
    return Refusal(
        reasons.ALREADY_RESERVED,
        {"start": hold.start_date.isoformat(), "end": hold.end_date.isoformat(), "holder": holder},
    )
