"""What a partnership agreement prints, gathered from the store: a plain "sheet" the drawing reads.

Kept apart from the drawing (app/export/agreement_pdf.py) so that the PDF is drawn without a
database (the window renders its preview off the GUI thread, the self-test has no store) and
what goes on paper can be checked without parsing a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Agreement, AgreementKind, AgreementStatus
from app.services.agreements.content import AgreementContent, content_of, end_of
from app.services.agreements.records import load
from app.services.record_ids import find_record_id


@dataclass(frozen=True)
class ParentRef:
    """The agreement an amendment changes, as the amendment's title names it."""

    reference: str
    title: str
    signed_on: date | None  # printed as "signée le …" when known
    content: AgreementContent  # to print only what the amendment changes (dates, payments, annex)


@dataclass
class AgreementSheet:
    agreement_id: str
    reference: str
    status: str
    content: AgreementContent
    amendment_number: int | None = None
    parent: ParentRef | None = None  # amendments only
    signed_on: date | None = None

    @property
    def is_amendment(self) -> bool:
        return self.parent is not None or self.amendment_number is not None

    @property
    def draft(self) -> bool:
        """A draft prints with a "PROJET" watermark: nobody signs it by mistake."""
        return self.status == AgreementStatus.DRAFT.value

    @property
    def end_date(self) -> date | None:
        return end_of(self.content)


def find_agreement_id(session: Session, wanted: str) -> str:
    """An agreement as typed: its reference ("CONV-2026-001", "conv-2026-001-a1"), its whole id,
    or a unique piece of the id (app/services/record_ids.py). NotFound otherwise."""
    reference = wanted.strip().upper()
    if reference:
        found = session.scalar(
            select(Agreement.id)
            .where(func.upper(Agreement.reference) == reference, Agreement.deleted_at.is_(None))
            .limit(1)
        )
        if found is not None:
            return str(found)
    return find_record_id(session, Agreement, wanted)


def agreement_sheet(session: Session, agreement_id: str) -> AgreementSheet:
    """Everything the document prints for this agreement or amendment. NotFound for an unknown
    or deleted one."""
    record = load(session, agreement_id)
    parent = None
    if record.kind == AgreementKind.AMENDMENT.value and record.parent_id:
        source = session.get(Agreement, record.parent_id)
        if source is not None:
            parent = ParentRef(
                source.reference,
                source.title or "",
                source.signed_on or source.signature_date,
                content_of(source),
            )
    return AgreementSheet(
        agreement_id=record.id,
        reference=record.reference,
        status=record.status,
        content=content_of(record),
        amendment_number=record.amendment_number if record.kind == AgreementKind.AMENDMENT.value else None,
        parent=parent,
        signed_on=record.signed_on,
    )
