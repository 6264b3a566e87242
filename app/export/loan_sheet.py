"""What a loan receipt prints, gathered from the store: a plain "sheet" the drawing reads.

Kept apart from the drawing (app/export/loan_receipt.py) so that what goes on paper can be
tested without parsing a PDF, and the PDF drawn without a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from app.errors import NotFound, Said
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Equipment, Loan, LoanDecision, Reservation
from app.services import identity, network
from app.services import validation as v
from app.services.record_ids import find_record_id

OUR_ASSOCIATION = identity.OUR_ASSOCIATION  # nobody said who we are yet
UNKNOWN_ASSOCIATION = "Association non répertoriée"


class NoReceipt(Said):
    """The loan exists but has nothing to print (it was declined); `text` says why."""


@dataclass(frozen=True)
class Party:
    """One side of the loan: an association and how to identify it."""

    name: str
    rna: str | None = None
    siret: str | None = None
    ours: bool = False
    address: str = ""
    representative: str = ""  # "Claire Martin, présidente"


@dataclass
class LoanSheet:
    loan_id: str
    issued_on: date
    lender: Party
    borrower: Party
    # the equipment
    equipment_name: str
    category: str | None
    purchase_value_cents: int | None
    deposit_asked_cents: int | None
    accessories: list[str]  # those handed over (or, before check-out, those that should be)
    # the reservation
    start_date: date
    end_date: date
    purpose: str | None
    borrower_contact: str | None
    borrower_phone: str | None
    # the check-out (None until the equipment went out)
    out_date: date | None
    out_condition: str | None
    deposit_cents: int | None
    deposit_method: str | None
    cheque_number: str | None
    handed_by: str | None
    received_by: str | None
    # the return (None until it came back)
    return_date: date | None = None
    return_condition: str | None = None
    missing_accessories: list[str] = field(default_factory=list)
    damage_notes: str | None = None
    deposit_outcome: str | None = None
    deposit_kept_cents: int | None = None
    deposit_kept_reason: str | None = None
    returned_by: str | None = None
    received_back_by: str | None = None

    @property
    def returned(self) -> bool:
        """A returned loan prints as a "bon de retour"."""
        return self.return_date is not None

    @property
    def days(self) -> int:
        return (self.end_date - self.start_date).days + 1

    @property
    def days_late(self) -> int:
        if self.return_date is None:
            return 0
        return max(0, (self.return_date - self.end_date).days)


def our_name(session: Session) -> str:
    """Our association's name as it typed it, else as the hub gave it, else "Notre association"."""
    return identity.our_name(session)


def party_of(session: Session, association_id: str | None) -> Party:
    """The association with this id; None (never synced) or our own id means us."""
    me = network.my_association_id(session)
    if association_id is None or association_id == me:
        us = identity.our_identity(session)
        who = ", ".join(part for part in (us.representative_name, us.representative_role) if part)
        return Party(us.name, us.rna, us.siret, True, us.address, who if us.representative_name else "")
    known = network.association(session, association_id)
    if known is None:
        return Party(UNKNOWN_ASSOCIATION)
    return Party(known.name, known.rna, known.siret)


def find_loan_id(session: Session, wanted: str) -> str:
    """A loan id as typed: the whole id, or a unique piece of at least 8 characters at its start
    or its end (app/services/record_ids.py)."""
    return find_record_id(session, Loan, wanted)


def loan_sheet(session: Session, loan_id: str, today: date | None = None) -> LoanSheet:
    """Everything the receipt prints for this loan. NotFound for an unknown or deleted loan,
    NoReceipt for a declined one."""
    loan = session.get(Loan, loan_id)
    if loan is None or loan.deleted_at is not None:
        raise NotFound(loan_id)
    if loan.decision == LoanDecision.DECLINED.value:
        raise NoReceipt(
            QT_TRANSLATE_NOOP(
                "entraide", "ce prêt a été décliné par le prêteur : il n'y a pas de bon à imprimer."
            )
        )
    reservation = session.get(Reservation, loan.reservation_id)
    if reservation is None:
        raise NotFound(loan.reservation_id)
    item = session.get(Equipment, loan.equipment_id)
    lender = network.owner_of(session, loan.equipment_id) or network.owner_of(session, loan.id)
    borrower = loan.borrower_id or network.owner_of(session, reservation.id)
    out = loan.out_date is not None
    planned = list(item.accessories or []) if item is not None else []
    return LoanSheet(
        loan_id=loan.id,
        issued_on=today or date.today(),
        lender=party_of(session, lender),
        borrower=party_of(session, borrower),
        equipment_name=item.name if item is not None else "Matériel inconnu",
        category=item.category if item is not None else None,
        purchase_value_cents=item.purchase_value_cents if item is not None else None,
        deposit_asked_cents=item.deposit_cents if item is not None else None,
        accessories=list(loan.out_accessories or []) if out else planned,
        start_date=reservation.start_date,
        end_date=reservation.end_date,
        purpose=reservation.purpose,
        borrower_contact=reservation.contact_name,
        borrower_phone=v.format_phone(reservation.contact_phone) or None,
        out_date=loan.out_date,
        out_condition=loan.out_condition,
        deposit_cents=loan.deposit_cents,
        deposit_method=loan.deposit_method,
        cheque_number=loan.cheque_number,
        handed_by=loan.handed_by,
        received_by=loan.received_by,
        return_date=loan.return_date,
        return_condition=loan.return_condition,
        missing_accessories=list(loan.missing_accessories or []),
        damage_notes=loan.damage_notes,
        deposit_outcome=loan.deposit_outcome,
        deposit_kept_cents=loan.deposit_kept_cents,
        deposit_kept_reason=loan.deposit_kept_reason,
        returned_by=loan.returned_by,
        received_back_by=loan.received_back_by,
    )
