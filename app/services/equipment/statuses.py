"""What is where: each live reservation with its loan from our point of view (a line), where it
stands, the lists and counts the window shows, and the reminders at start-up.

Statuses are words for the code; their labels are marked for translation and said by the
window, from the borrower's side or the lender's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Equipment, Loan, LoanDecision, Reservation, ReservationStatus, SyncConflict
from app.services import network

STATUS_LABELS = {
    "provisional": QT_TRANSLATE_NOOP("entraide", "Provisoire (pas encore confirmée par le hub)"),
    "confirmed": QT_TRANSLATE_NOOP("entraide", "Confirmée, en attente de la réponse du prêteur"),
    "refused": QT_TRANSLATE_NOOP("entraide", "Refusée : dates déjà prises"),
    "cancelled": QT_TRANSLATE_NOOP("entraide", "Annulée"),
    "accepted": QT_TRANSLATE_NOOP("entraide", "Acceptée"),
    "reserved": QT_TRANSLATE_NOOP("entraide", "Réservée pour nous"),
    "declined": QT_TRANSLATE_NOOP("entraide", "Déclinée par le prêteur"),
    "out": QT_TRANSLATE_NOOP("entraide", "En prêt"),
    "overdue": QT_TRANSLATE_NOOP("entraide", "En retard"),
    "returned": QT_TRANSLATE_NOOP("entraide", "Rendu"),
}
# Where a partner's request stands, said to us, the lender who answers it.
LENDER_LABELS = {
    "provisional": QT_TRANSLATE_NOOP("entraide", "Demande provisoire (pas encore confirmée par le hub)"),
    "confirmed": QT_TRANSLATE_NOOP("entraide", "Demande confirmée par le hub, à nous de répondre"),
    "declined": QT_TRANSLATE_NOOP("entraide", "Déclinée par nous"),
}


@dataclass
class LoanLine:
    reservation_id: str
    loan_id: str | None
    equipment_id: str
    equipment_name: str
    other_name: str  # the other association (or our own contact for our own equipment)
    start_date: date
    end_date: date
    status: str
    lent: bool  # we lend it to another association
    own_use: bool = False  # our own equipment reserved by ourselves: nobody to ask


def status_of(
    reservation: Reservation, loan: Loan | None, today: date, refused: bool = False, own_use: bool = False
) -> str:
    """Where a reservation stands; `refused`: the hub refused it (an open refusal conflict);
    `own_use`: our equipment for ourselves, which nobody has to accept."""
    if reservation.status == ReservationStatus.CANCELLED and (loan is None or loan.out_date is None):
        return "cancelled"
    if loan is not None:
        if loan.decision == LoanDecision.DECLINED.value:
            return "declined"
        if loan.return_date is not None:
            return "returned"
        if loan.out_date is not None:
            return "overdue" if today > reservation.end_date else "out"
    if refused and reservation.hub_status != "confirmed":  # a refused edit keeps it confirmed
        return "refused"
    if own_use:
        return "reserved"
    if loan is not None:
        return "accepted"
    return "confirmed" if reservation.hub_status == "confirmed" else "provisional"


def lines(session: Session, today: date | None = None) -> list[LoanLine]:
    """Every live reservation with its loan, from our point of view."""
    today = today or date.today()
    me = network.my_association_id(session)
    names = network.association_names(session)
    loans = {
        loan.reservation_id: loan for loan in session.scalars(select(Loan).where(Loan.deleted_at.is_(None)))
    }
    found = []
    query = (
        select(Reservation, Equipment)
        .join(Equipment, Equipment.id == Reservation.equipment_id)
        .where(Reservation.deleted_at.is_(None))
        .order_by(Reservation.start_date)
    )
    rows = session.execute(query).all()
    owners = network.owners_of(session, [r.id for r, _ in rows] + [item.id for _, item in rows])
    refused = set(
        session.scalars(
            select(SyncConflict.record_id).where(
                SyncConflict.kind == "refused", SyncConflict.resolved_at.is_(None)
            )
        )
    )
    for reservation, item in rows:
        lent = owners.get(item.id) in (None, me)
        borrower = owners.get(reservation.id) or me
        other = borrower if lent else owners.get(item.id)
        own_use = lent and borrower == me
        loan = loans.get(reservation.id)
        found.append(
            LoanLine(
                reservation.id,
                loan.id if loan else None,
                item.id,
                item.name,
                names.get(other or "", reservation.contact_name or "")
                if not own_use
                else reservation.contact_name or "",
                reservation.start_date,
                reservation.end_date,
                status_of(reservation, loan, today, reservation.id in refused, own_use),
                lent and not own_use,
                own_use=own_use,
            )
        )
    return found


ACTIVE = ("provisional", "confirmed", "accepted", "reserved", "out", "overdue", "refused", "declined")
REQUESTS = ("provisional", "confirmed")  # waiting for the lender's answer


def is_request(line: LoanLine) -> bool:
    """A partner's reservation of our equipment that we have not answered yet."""
    return line.lent and line.status in REQUESTS


def is_current(line: LoanLine, today: date) -> bool:
    """Still worth showing without the history: not finished, and a declined or refused request
    only while its dates are to come."""
    if line.status not in ACTIVE:
        return False
    return line.status not in ("declined", "refused") or line.end_date >= today


def counts(all_lines: list[LoanLine]) -> dict[str, int]:
    """For the sidebar and the lists: what we lent and borrowed that is out, our own use of our
    equipment that is out, what is overdue (any of these), the partners' requests to answer.
    Our own use is nobody's request: nobody has to accept it."""
    active = [line for line in all_lines if line.status in ("out", "overdue")]
    return {
        "lent": sum(line.lent for line in active),
        "borrowed": sum(not line.lent and not line.own_use for line in active),
        "own_use": sum(line.own_use for line in active),
        "overdue": sum(line.status == "overdue" for line in active),
        "requests": sum(is_request(line) for line in all_lines),
    }


REMIND_WITHIN_DAYS = 3


def due_lines(every: list[LoanLine], today: date, within_days: int = REMIND_WITHIN_DAYS) -> list[LoanLine]:
    """What the start of the application recalls: loans overdue, and loans out that are due back
    within `within_days`. Lines, not sentences: the window and the command line word them."""
    soon = today + timedelta(days=within_days)
    return [
        line for line in every if line.status == "overdue" or (line.status == "out" and line.end_date <= soon)
    ]


def reminders(
    session: Session, today: date | None = None, within_days: int = REMIND_WITHIN_DAYS
) -> list[LoanLine]:
    return due_lines(lines(session, today or date.today()), today or date.today(), within_days)
