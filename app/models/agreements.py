"""Partnership agreements ("conventions de partenariat"), their amendments ("avenants") and the
reusable clause wording.

An agreement is written by one association (its owner, the hub's word as for equipment) and
seen by every party that is a network member (the hub's "parties" visibility): each party's
laptop holds the same record, only the owner edits it. The parties' identities are copied
into the agreement, not pointed to: contacts are private to each association, and a signed
text must not change when an address book does. Lists travel as JSON text, since the wire
carries only scalars and lists of scalars (app/services/agreements/content.py reads them).

A signed copy's scan stays on the laptop that attached it (AgreementScan, not synced): a scan
is often larger than a record may be on the wire, and each party scans its own original.
"""

from __future__ import annotations

import enum
import json
from datetime import date, datetime

from sqlalchemy import Date, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin, UTCDateTime, utcnow
from app.models.sync_spec import SyncSpec

DEFAULT_REMINDER_DAYS = 60


class AgreementStatus(enum.StrEnum):
    DRAFT = "draft"  # being written; printed with a "PROJET" watermark
    SENT = "sent"  # sent for signature: no more edits (back to draft to change it)
    SIGNED = "signed"
    ENDED = "ended"


class Renewal(enum.StrEnum):
    NONE = "none"  # ends on its end date
    TACIT = "tacit"  # renewed for the same period unless a party gives notice
    AMENDMENT = "amendment"  # prolonged only by a signed amendment


class AgreementKind(enum.StrEnum):
    AGREEMENT = "agreement"
    AMENDMENT = "amendment"  # an "avenant": changes the agreement `parent_id` points to


# What the parties read and sign: an amendment copies these from its agreement, then edits them.
AGREEMENT_CONTENT = (
    "title",
    "parties_json",
    "context",
    "purpose",
    "start_date",
    "end_date",
    "duration_months",
    "renewal",
    "finance_json",
    "equipment_json",
    "clauses_json",
    "notice_days",
    "court",
    "signature_place",
    "signature_date",
    "originals",
    "amendment_text",
)


class Agreement(RecordMixin, Base):
    """A convention between two or more organisations, or an amendment to one."""

    __tablename__ = "agreements"
    __sync__ = SyncSpec(
        "agreement",
        (
            *AGREEMENT_CONTENT,
            "reference",
            "kind",
            "parent_id",
            "amendment_number",
            "status",
            "sent_on",
            "signed_on",
            "ended_on",
            "end_reason",
            "reminder_days",
        ),
        audience="audience",
    )

    reference: Mapped[str] = mapped_column(String(40))  # "CONV-2026-003", "CONV-2026-003-A1"
    kind: Mapped[str] = mapped_column(String(20), default=AgreementKind.AGREEMENT.value)
    parent_id: Mapped[str | None] = mapped_column(String(36), index=True)  # amendments only
    amendment_number: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=AgreementStatus.DRAFT.value)

    title: Mapped[str] = mapped_column(String(200), default="")
    # [{"key", "contact_id", "association_id", "name", "legal_form", "address", "rna", "siret",
    #   "signatory_name", "signatory_role", "insurer", "policy_number", "commitments": [str]}]
    parties_json: Mapped[str] = mapped_column(Text, default="[]")
    context: Mapped[str] = mapped_column(Text, default="")  # the preamble: why they cooperate
    purpose: Mapped[str] = mapped_column(Text, default="")  # the "objet"
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)  # or a duration from the start
    duration_months: Mapped[int | None] = mapped_column(Integer)
    renewal: Mapped[str] = mapped_column(String(20), default=Renewal.NONE.value)
    # [{"label", "payer", "payee", "amount_cents", "due"}]: payer/payee are party keys.
    finance_json: Mapped[str] = mapped_column(Text, default="[]")
    # [{"equipment_id", "name", "owner", "quantity", "value_cents", "notes"}]: the annex.
    equipment_json: Mapped[str] = mapped_column(Text, default="[]")
    # {"insurance": "...", "data": "...", ...}: the wording of each standard article.
    clauses_json: Mapped[str] = mapped_column(Text, default="{}")
    notice_days: Mapped[int] = mapped_column(Integer, default=60)
    court: Mapped[str | None] = mapped_column(String(200))  # "tribunal judiciaire de Lyon"
    signature_place: Mapped[str | None] = mapped_column(String(120))
    signature_date: Mapped[date | None] = mapped_column(Date)  # left blank: written by hand
    originals: Mapped[int | None] = mapped_column(Integer)  # None: one per party
    amendment_text: Mapped[str | None] = mapped_column(Text)  # what an amendment changes

    sent_on: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(Text)
    reminder_days: Mapped[int] = mapped_column(Integer, default=DEFAULT_REMINDER_DAYS)

    __table_args__ = (Index("ix_agreements_list", "deleted_at", "status", "end_date"),)

    def audience(self) -> tuple[str, list[str]]:
        return "parties", party_associations(self.parties_json)


def party_associations(parties_json: str | None) -> list[str]:
    """The network ids of the parties that are members: the associations that see the record."""
    try:
        parties = json.loads(parties_json or "[]")
    except ValueError:
        return []
    found = (
        [p.get("association_id") for p in parties if isinstance(p, dict)] if isinstance(parties, list) else []
    )
    return sorted({a for a in found if isinstance(a, str) and a})


class ClauseTemplate(RecordMixin, Base):
    """A reusable wording for one article, saved by the association (private to it)."""

    __tablename__ = "clause_templates"
    __sync__ = SyncSpec("clause_template", ("section", "name", "text"))

    # One of app/services/agreements/clauses.py SECTIONS.
    section: Mapped[str] = mapped_column(String(30), index=True)
    name: Mapped[str] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(Text, default="")


class AgreementScan(Base):
    """The scan of a signed original, kept on this laptop only (see the module docstring)."""

    __tablename__ = "agreement_scans"

    agreement_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
