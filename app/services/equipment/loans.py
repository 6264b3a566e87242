"""Reservations and loans: reserving, answering, checking out, returning, and what is where.

The borrower writes the reservation, the lender the loan that answers it (see
app/models/equipment.py); each step is a change of one's own record, synced like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Message, NotFound, Text
from app.i18n import QT_TRANSLATE_NOOP
from app.models import (
    Condition,
    DepositMethod,
    DepositOutcome,
    Equipment,
    Loan,
    LoanDecision,
    Reservation,
    ReservationStatus,
)
from app.services import network
from app.services import validation as v
from app.services.equipment.availability import conflicting, out_now

MAX_BUFFER_DAYS = 60  # the hub refuses more (hub/rules.py)


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
    today: date | None = None,
) -> str:
    """A provisional reservation; the hub confirms it or refuses it at the next sync. Dates
    already held, or equipment out and not back, are refused with what is in the way."""
    errors: dict[str, Text] = {}
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
        taken = conflicting(session, equipment_id, first, last, buffer_days, today=today)
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
            errors["start_date"] = taken[0].reason(today or date.today())
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
        status=ReservationStatus.REQUESTED,
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
    if _out_loan(session, reservation_id) is not None:
        raise v.InvalidInput(
            {
                "status": QT_TRANSLATE_NOOP(
                    "entraide", "Le matériel est sorti : son retour doit être enregistré, pas une annulation."
                )
            }
        )
    reservation.status = ReservationStatus.CANCELLED


# --- the lender's side ----------------------------------------------------------------------
def answer(
    session: Session, reservation_id: str, accept: bool, note: str = "", today: date | None = None
) -> str:
    """Accept or decline a reservation of our equipment: the loan record carries the answer.
    Accepting dates when the equipment is out elsewhere and not back is refused, with where it is."""
    reservation = _reservation(session, reservation_id)
    if not network.is_ours(session, reservation.equipment_id):
        raise v.InvalidInput(
            {
                "decision": QT_TRANSLATE_NOOP(
                    "entraide", "Seule l'association propriétaire du matériel répond à une réservation."
                )
            }
        )
    if reservation.status == ReservationStatus.CANCELLED:
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
    if accept:
        away = _away(session, reservation, today)
        if away is not None:
            raise v.InvalidInput({"decision": away})
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
    deposit_method: str = DepositMethod.NONE.value
    cheque_number: str = ""
    handed_by: str = ""
    received_by: str = ""


def check_out(session: Session, loan_id: str, data: CheckOut, today: date | None = None) -> None:
    """The equipment leaves; refused while it is out with another loan (it is not in the shed)."""
    loan = _own_loan(session, loan_id)
    errors: dict[str, Text] = {}
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
    elsewhere = [
        taken
        for equipment_id, taken in out_now(session).items()
        if equipment_id == loan.equipment_id and taken.reservation_id != loan.reservation_id
    ]
    if elsewhere and "decision" not in errors:
        errors["decision"] = elsewhere[0].reason(today or date.today())
    if errors:
        raise v.InvalidInput(errors)
    loan.out_date, loan.out_condition = data.out_date, data.condition
    loan.out_accessories = list(data.accessories)
    loan.deposit_cents, loan.deposit_method = data.deposit_cents, data.deposit_method
    loan.cheque_number = v.clean(data.cheque_number) or None
    loan.handed_by, loan.received_by = v.clean(data.handed_by) or None, v.clean(data.received_by) or None


def check_out_reservation(
    session: Session, reservation_id: str, data: CheckOut, today: date | None = None
) -> str:
    """The equipment of this reservation leaves. Our own use of our own equipment needs nobody's
    answer, so it is recorded with the check-out. Returns the loan's id."""
    loan = loan_of(session, reservation_id)
    if loan is None:
        reservation = _reservation(session, reservation_id)
        me = network.my_association_id(session)
        if not network.is_ours(session, reservation.equipment_id) or network.owner_of(
            session, reservation_id
        ) not in (None, me):
            raise v.InvalidInput(
                {"decision": QT_TRANSLATE_NOOP("entraide", "Acceptez d'abord la réservation.")}
            )
        loan = session.get(Loan, answer(session, reservation_id, True, today=today))
        assert loan is not None
    check_out(session, loan.id, data, today)
    return loan.id


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
    errors: dict[str, Text] = {}
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


def loan_of(session: Session, reservation_id: str) -> Loan | None:
    return session.scalar(
        select(Loan).where(Loan.reservation_id == reservation_id, Loan.deleted_at.is_(None))
    )


def _out_loan(session: Session, reservation_id: str) -> Loan | None:
    """The loan of this reservation if its equipment is out and not back."""
    loan = loan_of(session, reservation_id)
    if loan is None or loan.out_date is None or loan.return_date is not None:
        return None
    return loan if loan.decision != LoanDecision.DECLINED.value else None


def _away(session: Session, reservation: Reservation, today: date | None) -> Text | None:
    """Why these dates cannot be promised: the equipment is out with another loan on some of
    them (to today when overdue). None when it is not."""
    today = today or date.today()
    for taken in conflicting(
        session,
        reservation.equipment_id,
        reservation.start_date,
        reservation.end_date,
        reservation.buffer_days,
        ignore=reservation.id,
        today=today,
    ):
        if taken.out_date is not None:
            return taken.reason(today)
    return None


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
