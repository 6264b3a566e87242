"""Shared equipment, its reservations and its loans between associations.

Who owns what is the hub's word, not a field: the owner of a record is the association whose
device created it (app/models/sync.py SyncedRecord.owner_id; NULL while never synced, which
means "ours"). A reservation belongs to the borrower, the loan that answers it to the lender,
so that each side only ever edits its own records and the hub keeps them apart.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin
from app.models.sync_spec import SyncSpec


class Condition(enum.StrEnum):
    """The condition grade, from new to unusable. English names, the stored French values kept
    (the hub and older stores hold them)."""

    NEW = "neuf"
    VERY_GOOD = "tres_bon"
    GOOD = "bon"
    WORN = "use"
    DAMAGED = "abime"


class LoanDecision(enum.StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"


class DepositMethod(enum.StrEnum):
    NONE = "aucun"
    CHEQUE = "cheque"
    CASH = "especes"
    TRANSFER = "virement"


class ReservationStatus(enum.StrEnum):
    """What the borrower asked; the hub's answer is `hub_status`, the loan's course its own."""

    REQUESTED = "requested"
    CANCELLED = "cancelled"


class DepositOutcome(enum.StrEnum):
    RETURNED = "returned"  # given back in full
    PARTLY_KEPT = "partly_kept"
    KEPT = "kept"


class Equipment(RecordMixin, Base):
    """A thing an association owns and may lend: a projector, a marquee, 40 chairs."""

    __tablename__ = "equipment"
    __sync__ = SyncSpec(
        "equipment",
        (
            "name",
            "category",
            "description",
            "storage_place",
            "purchase_value_cents",
            "deposit_cents",
            "condition",
            "accessories",
            "photo",
            "notes",
            "shared",
            "out_of_service",
            "maintenance_from",
            "maintenance_to",
        ),
        audience="audience",
    )

    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(100), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    storage_place: Mapped[str | None] = mapped_column(String(300))
    purchase_value_cents: Mapped[int | None] = mapped_column(Integer)
    deposit_cents: Mapped[int | None] = mapped_column(Integer)
    condition: Mapped[str] = mapped_column(String(20), default=Condition.GOOD.value)
    accessories: Mapped[list[str]] = mapped_column(JSON, default=list)  # must all come back
    photo: Mapped[str | None] = mapped_column(Text)  # a small JPEG, base64 (travels as text)
    notes: Mapped[str | None] = mapped_column(Text)
    shared: Mapped[bool] = mapped_column(Boolean, default=True)  # seen by the whole network
    out_of_service: Mapped[bool] = mapped_column(Boolean, default=False)
    maintenance_from: Mapped[date | None] = mapped_column(Date)  # a blocked period
    maintenance_to: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_equipment_list", "deleted_at", "name"),)

    def audience(self) -> tuple[str, list[str]]:
        return ("network" if self.shared else "private"), []


class Reservation(RecordMixin, Base):
    """A request to borrow an item for some dates; the borrower's record. The hub marks it
    `hub_status = confirmed` when it holds the dates, or refuses it when they are taken."""

    __tablename__ = "reservations"
    __sync__ = SyncSpec(
        "reservation",
        (
            "equipment_id",
            "lender_id",
            "contact_name",
            "contact_phone",
            "start_date",
            "end_date",
            "buffer_days",
            "purpose",
            "status",
            "hub_status",
        ),
        audience="audience",
    )

    equipment_id: Mapped[str] = mapped_column(String(36))  # may be another association's: no FK
    lender_id: Mapped[str | None] = mapped_column(String(36))  # the equipment's owner association
    contact_name: Mapped[str | None] = mapped_column(String(200))  # the borrower's contact person
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    buffer_days: Mapped[int] = mapped_column(Integer, default=0)
    purpose: Mapped[str | None] = mapped_column(Text)
    # A ReservationStatus; the column stays a string (the hub and older stores hold these values).
    status: Mapped[str] = mapped_column(String(20), default=ReservationStatus.REQUESTED.value)
    hub_status: Mapped[str | None] = mapped_column(String(20))  # written by the hub only

    __table_args__ = (Index("ix_reservations_dates", "equipment_id", "start_date", "end_date"),)

    def audience(self) -> tuple[str, list[str]]:
        return "parties", [self.lender_id] if self.lender_id else []


class Loan(RecordMixin, Base):
    """The lender's answer to a reservation, then the check-out and the return."""

    __tablename__ = "loans"
    __sync__ = SyncSpec(
        "loan",
        (
            "reservation_id",
            "equipment_id",
            "borrower_id",
            "decision",
            "decision_note",
            "out_date",
            "out_condition",
            "out_accessories",
            "deposit_cents",
            "deposit_method",
            "cheque_number",
            "handed_by",
            "received_by",
            "return_date",
            "return_condition",
            "missing_accessories",
            "damage_notes",
            "deposit_outcome",
            "deposit_kept_cents",
            "deposit_kept_reason",
            "returned_by",
            "received_back_by",
        ),
        audience="audience",
    )

    reservation_id: Mapped[str] = mapped_column(String(36), index=True)
    equipment_id: Mapped[str] = mapped_column(String(36), index=True)
    borrower_id: Mapped[str | None] = mapped_column(String(36))  # the borrowing association
    decision: Mapped[str] = mapped_column(String(20), default=LoanDecision.ACCEPTED.value)
    decision_note: Mapped[str | None] = mapped_column(Text)
    out_date: Mapped[date | None] = mapped_column(Date)
    out_condition: Mapped[str | None] = mapped_column(String(20))
    out_accessories: Mapped[list[str]] = mapped_column(JSON, default=list)
    deposit_cents: Mapped[int | None] = mapped_column(Integer)
    deposit_method: Mapped[str | None] = mapped_column(String(20))
    cheque_number: Mapped[str | None] = mapped_column(String(50))
    handed_by: Mapped[str | None] = mapped_column(String(200))
    received_by: Mapped[str | None] = mapped_column(String(200))
    return_date: Mapped[date | None] = mapped_column(Date)
    return_condition: Mapped[str | None] = mapped_column(String(20))
    missing_accessories: Mapped[list[str]] = mapped_column(JSON, default=list)
    damage_notes: Mapped[str | None] = mapped_column(Text)
    deposit_outcome: Mapped[str | None] = mapped_column(String(20))
    deposit_kept_cents: Mapped[int | None] = mapped_column(Integer)
    deposit_kept_reason: Mapped[str | None] = mapped_column(Text)
    returned_by: Mapped[str | None] = mapped_column(String(200))
    received_back_by: Mapped[str | None] = mapped_column(String(200))

    # Equipment out and not back, looked up by every availability question: a partial index of
    # the few loans out, instead of a walk over all of them (app/services/equipment/availability.py).
    __table_args__ = (
        Index(
            "ix_loans_out", "equipment_id", sqlite_where=text("out_date IS NOT NULL AND return_date IS NULL")
        ),
    )

    def audience(self) -> tuple[str, list[str]]:
        return "parties", [self.borrower_id] if self.borrower_id else []


class NetworkAssociation(Base):
    """The network's member associations as the hub lists them (a local copy, not synced):
    names and identifiers for the catalogue's owner filter and the loan receipts."""

    __tablename__ = "network_associations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    rna: Mapped[str | None] = mapped_column(String(10))
    siret: Mapped[str | None] = mapped_column(String(14))

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "rna": self.rna, "siret": self.siret}
