"""Reservations and loans: reserving, answering, checking out, returning, and what is where.

The borrower writes the reservation, the lender the loan that answers it (see
app/models/equipment.py); each step is a change of one's own record, synced like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Message, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.models import (
    Condition,
    DepositMethod,
    DepositOutcome,
    Equipment,
    Loan,
    LoanDecision,
    Reservation,
    SyncConflict,
)
from app.services import network
from app.services import validation as v
from app.services.equipment.availability import conflicting

MAX_BUFFER_DAYS = 60  # the hub refuses more (hub/rules.py)

STATUS_LABELS = {
    "provisional": QT_TRANSLATE_NOOP("entraide", "Provisoire (pas encore confirmée par le hub)"),
    "confirmed": QT_TRANSLATE_NOOP("entraide", "Confirmée, en attente de la réponse du prêteur"),
    "refused": QT_TRANSLATE_NOOP("entraide", "Refusée : dates déjà prises"),
    "cancelled": QT_TRANSLATE_NOOP("entraide", "Annulée"),
    "accepted": QT_TRANSLATE_NOOP("entraide", "Acceptée"),
    "declined": QT_TRANSLATE_NOOP("entraide", "Déclinée par le prêteur"),
    "out": QT_TRANSLATE_NOOP("entraide", "En prêt"),
    "overdue": QT_TRANSLATE_NOOP("entraide", "En retard"),
    "returned": QT_TRANSLATE_NOOP("entraide", "Rendu"),
}


# --- the borrower's side --------------------------------------------------------------------
def reserve(
    session: Session,
    equipment_id: str,
    first: date | None,
    last: date | None,
    *,
    buffer_days: int = 0,
    contact_name: str = "",
    contact_phone: str = "",
    purpose: str = "",
) -> str:
    """A provisional reservation; the hub confirms it or refuses it at the next sync."""
    errors: dict[str, str] = {}
    item = session.get(Equipment, equipment_id)
    if item is None or item.deleted_at is not None:
        raise NotFound(equipment_id)
    if first is None or last is None:
        errors["start_date"] = QT_TRANSLATE_NOOP(
            "entraide", "Choisissez une date de début et une date de fin."
        )
    elif last < first:
        errors["end_date"] = QT_TRANSLATE_NOOP("entraide", "La date de fin précède la date de début.")
    if not 0 <= buffer_days <= MAX_BUFFER_DAYS:
        errors["buffer_days"] = QT_TRANSLATE_NOOP("entraide", "La marge va de 0 à 60 jours.")
    if item.out_of_service:
        errors["equipment_id"] = QT_TRANSLATE_NOOP("entraide", "Ce matériel est hors service.")
    phone, phone_error = v.normalise_phone(contact_phone)
    if phone_error:
        errors["contact_phone"] = phone_error
    if not errors and first is not None and last is not None:
        taken = conflicting(session, equipment_id, first, last, buffer_days)
        wide = timedelta(days=buffer_days)
        if (
            item.maintenance_from
            and item.maintenance_to
            and (item.maintenance_from <= last + wide and first - wide <= item.maintenance_to)
        ):
            errors["start_date"] = Message(
                QT_TRANSLATE_NOOP("entraide", "En maintenance du {0} au {1}."),
                (item.maintenance_from, item.maintenance_to),
            )
        elif taken:
            start, end, _who = taken[0]
            errors["start_date"] = Message(
                QT_TRANSLATE_NOOP("entraide", "Déjà réservé du {0} au {1}."), (start, end)
            )
    if errors:
        raise v.InvalidInput(errors)
    me = network.my_association_id(session)
    lender = network.owner_of(session, equipment_id) or me
    reservation = Reservation(
        equipment_id=equipment_id,
        lender_id=lender if lender != me else None,
        contact_name=v.clean(contact_name) or None,
        contact_phone=phone,
        start_date=first,
        end_date=last,
        buffer_days=buffer_days,
        purpose=v.clean(purpose) or None,
        status="requested",
    )
    session.add(reservation)
    session.flush()
    return reservation.id


def cancel(session: Session, reservation_id: str) -> None:
    reservation = _reservation(session, reservation_id)
    if not network.is_ours(session, reservation_id):
        raise v.InvalidInput(
            {
                "status": QT_TRANSLATE_NOOP(
                    "entraide", "Seule l'association qui a réservé peut annuler la réservation."
                )
            }
        )
    reservation.status = "cancelled"


# --- the lender's side ----------------------------------------------------------------------
def answer(session: Session, reservation_id: str, accept: bool, note: str = "") -> str:
    """Accept or decline a reservation of our equipment: the loan record carries the answer."""
    reservation = _reservation(session, reservation_id)
    if not network.is_ours(session, reservation.equipment_id):
        raise v.InvalidInput(
            {
                "decision": QT_TRANSLATE_NOOP(
                    "entraide", "Seule l'association propriétaire du matériel répond à une réservation."
                )
            }
        )
    if reservation.status == "cancelled":
        raise v.InvalidInput({"decision": QT_TRANSLATE_NOOP("entraide", "Cette réservation a été annulée.")})
    loan = loan_of(session, reservation_id)
    if loan is not None and (loan.out_date is not None):
        raise v.InvalidInput({"decision": QT_TRANSLATE_NOOP("entraide", "Le matériel est déjà sorti.")})
    if loan is not None and loan.decision == LoanDecision.DECLINED.value and accept:
        # The hub freed its dates when it was declined: someone may hold them now.
        raise v.InvalidInput(
            {
                "decision": QT_TRANSLATE_NOOP(
                    "entraide", "Cette réservation a été déclinée : l'emprunteur doit en faire une nouvelle."
                )
            }
        )
    me = network.my_association_id(session)
    borrower = network.owner_of(session, reservation_id)
    if loan is None:
        loan = Loan(
            reservation_id=reservation_id,
            equipment_id=reservation.equipment_id,
            borrower_id=borrower if borrower != me else None,
        )
        session.add(loan)
    loan.decision = LoanDecision.ACCEPTED.value if accept else LoanDecision.DECLINED.value
    loan.decision_note = v.clean(note) or None
    session.flush()
    return loan.id


@dataclass
class CheckOut:
    out_date: date
    condition: str
    accessories: list[str] = field(default_factory=list)  # those handed over
    deposit_cents: int | None = None
    deposit_method: str = DepositMethod.AUCUN.value
    cheque_number: str = ""
    handed_by: str = ""
    received_by: str = ""


def check_out(session: Session, loan_id: str, data: CheckOut) -> None:
    loan = _own_loan(session, loan_id)
    errors: dict[str, str] = {}
    if loan.decision != LoanDecision.ACCEPTED.value:
        errors["decision"] = QT_TRANSLATE_NOOP("entraide", "Acceptez d'abord la réservation.")
    if loan.return_date is not None:
        errors["decision"] = QT_TRANSLATE_NOOP("entraide", "Ce matériel est déjà rendu.")
    if data.condition not in {c.value for c in Condition}:
        errors["condition"] = QT_TRANSLATE_NOOP("entraide", "État inconnu.")
    if data.deposit_method not in {m.value for m in DepositMethod}:
        errors["deposit_method"] = QT_TRANSLATE_NOOP("entraide", "Mode de versement inconnu.")
    if data.deposit_method == DepositMethod.CHEQUE.value and not v.clean(data.cheque_number):
        errors["cheque_number"] = QT_TRANSLATE_NOOP("entraide", "Indiquez le numéro du chèque de caution.")
    if data.deposit_cents is not None and data.deposit_cents < 0:
        errors["deposit_cents"] = QT_TRANSLATE_NOOP("entraide", "La caution ne peut pas être négative.")
    if errors:
        raise v.InvalidInput(errors)
    loan.out_date, loan.out_condition = data.out_date, data.condition
    loan.out_accessories = list(data.accessories)
    loan.deposit_cents, loan.deposit_method = data.deposit_cents, data.deposit_method
    loan.cheque_number = v.clean(data.cheque_number) or None
    loan.handed_by, loan.received_by = v.clean(data.handed_by) or None, v.clean(data.received_by) or None


@dataclass
class Return:
    return_date: date
    condition: str
    missing: list[str] = field(default_factory=list)
    damage_notes: str = ""
    deposit_outcome: str = DepositOutcome.RETURNED.value
    kept_cents: int | None = None
    kept_reason: str = ""
    returned_by: str = ""
    received_back_by: str = ""


def give_back(session: Session, loan_id: str, data: Return) -> None:
    """Record the return: condition, missing accessories, and what happens to the deposit."""
    loan = _own_loan(session, loan_id)
    errors: dict[str, str] = {}
    if loan.out_date is None:
        errors["return_date"] = QT_TRANSLATE_NOOP("entraide", "Ce matériel n'est jamais sorti.")
    elif data.return_date < loan.out_date:
        errors["return_date"] = QT_TRANSLATE_NOOP("entraide", "Le retour précède la sortie.")
    if data.condition not in {c.value for c in Condition}:
        errors["condition"] = QT_TRANSLATE_NOOP("entraide", "État inconnu.")
    outcome = data.deposit_outcome
    if outcome not in {o.value for o in DepositOutcome}:
        errors["deposit_outcome"] = QT_TRANSLATE_NOOP("entraide", "Sort de la caution inconnu.")
    if outcome == DepositOutcome.RETURNED.value:
        kept: int | None = 0
    else:
        kept = (loan.deposit_cents or 0) if outcome == DepositOutcome.KEPT.value else data.kept_cents
    if outcome == DepositOutcome.PARTLY_KEPT.value and not (kept and 0 < kept < (loan.deposit_cents or 0)):
        errors["kept_cents"] = QT_TRANSLATE_NOOP(
            "entraide", "Le montant retenu doit être supérieur à zéro et inférieur à la caution."
        )
    if outcome != DepositOutcome.RETURNED.value and not v.clean(data.kept_reason):
        errors["kept_reason"] = QT_TRANSLATE_NOOP("entraide", "Expliquez pourquoi la caution est retenue.")
    if errors:
        raise v.InvalidInput(errors)
    loan.return_date, loan.return_condition = data.return_date, data.condition
    loan.missing_accessories = list(data.missing)
    loan.damage_notes = v.clean(data.damage_notes) or None
    loan.deposit_outcome, loan.deposit_kept_cents = outcome, kept
    loan.deposit_kept_reason = v.clean(data.kept_reason) or None
    loan.returned_by = v.clean(data.returned_by) or None
    loan.received_back_by = v.clean(data.received_back_by) or None


# --- what is where -----------------------------------------------------------------------------
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
    lent: bool  # we are the lender
    own_use: bool = False  # our own equipment reserved by ourselves: nobody to ask


def status_of(reservation: Reservation, loan: Loan | None, today: date, refused: bool = False) -> str:
    """Where a reservation stands; `refused`: the hub refused it (an open refusal conflict)."""
    if reservation.status == "cancelled":
        return "cancelled"
    if loan is not None:
        if loan.decision == LoanDecision.DECLINED.value:
            return "declined"
        if loan.return_date is not None:
            return "returned"
        if loan.out_date is not None:
            return "overdue" if today > reservation.end_date else "out"
        return "accepted"
    if reservation.hub_status == "confirmed":
        return "confirmed"  # an edit of it may have been refused: the hub kept its dates
    return "refused" if refused else "provisional"


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
        loan = loans.get(reservation.id)
        found.append(
            LoanLine(
                reservation.id,
                loan.id if loan else None,
                item.id,
                item.name,
                names.get(other or "", reservation.contact_name or ""),
                reservation.start_date,
                reservation.end_date,
                status_of(reservation, loan, today, reservation.id in refused),
                lent,
                own_use=lent and borrower == me,
            )
        )
    return found


def counts(all_lines: list[LoanLine]) -> dict[str, int]:
    """For the sidebar: what we lent, what we borrowed, what is overdue (all still out)."""
    active = [line for line in all_lines if line.status in ("out", "overdue")]
    return {
        "lent": sum(line.lent for line in active),
        "borrowed": sum(not line.lent for line in active),
        "overdue": sum(line.status == "overdue" for line in active),
        # Our own use of our equipment is a request too: the equipment manager confirms it.
        "requests": sum(line.lent and line.status in ("confirmed", "provisional") for line in all_lines),
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


def loan_of(session: Session, reservation_id: str) -> Loan | None:
    return session.scalar(
        select(Loan).where(Loan.reservation_id == reservation_id, Loan.deleted_at.is_(None))
    )


def _reservation(session: Session, reservation_id: str) -> Reservation:
    reservation = session.get(Reservation, reservation_id)
    if reservation is None or reservation.deleted_at is not None:
        raise NotFound(reservation_id)
    return reservation


def _own_loan(session: Session, loan_id: str) -> Loan:
    loan = session.get(Loan, loan_id)
    if loan is None or loan.deleted_at is not None:
        raise NotFound(loan_id)
    if not network.is_ours(session, loan.equipment_id):
        raise v.InvalidInput(
            {
                "decision": QT_TRANSLATE_NOOP(
                    "entraide",
                    "Seule l'association propriétaire du matériel enregistre la sortie et le retour.",
                )
            }
        )
    return loan
