"""Partnership agreements: writing them, their lifecycle (draft → sent for signature → signed →
ended), amendments, the signed scan and the list (the reminders before an agreement ends:
app/services/agreements/reminders.py).

Only the association that wrote an agreement edits it or moves it along; the other parties
see it, read-only, after their next sync (app/models/agreements.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.models import (
    Agreement,
    AgreementKind,
    AgreementScan,
    AgreementStatus,
    Renewal,
    utcnow,
)
from app.services import validation as v
from app.services.agreements.content import (
    AgreementContent,
    check_content,
    columns_of,
    content_of,
    end_of,
    missing_for_signature,
)
from app.services.network import is_ours, my_association_id, owners_of

MAX_SCAN_BYTES = 20 * 1024 * 1024
STATUS_LABELS = {
    AgreementStatus.DRAFT: QT_TRANSLATE_NOOP("entraide", "Brouillon"),
    AgreementStatus.SENT: QT_TRANSLATE_NOOP("entraide", "Envoyée pour signature"),
    AgreementStatus.SIGNED: QT_TRANSLATE_NOOP("entraide", "Signée"),
    AgreementStatus.ENDED: QT_TRANSLATE_NOOP("entraide", "Terminée"),
}
RENEWAL_LABELS = {
    Renewal.NONE: QT_TRANSLATE_NOOP("entraide", "Pas de renouvellement"),
    Renewal.TACIT: QT_TRANSLATE_NOOP("entraide", "Tacite, pour la même durée"),
    Renewal.AMENDMENT: QT_TRANSLATE_NOOP("entraide", "Par avenant"),
}


def _refuse(field: str, message: str) -> v.InvalidInput:
    return v.InvalidInput({field: message})


def load(session: Session, agreement_id: str) -> Agreement:
    record = session.get(Agreement, agreement_id)
    if record is None or record.deleted_at is not None:
        raise NotFound(agreement_id)
    return record


def _own(session: Session, agreement_id: str) -> Agreement:
    record = load(session, agreement_id)
    if not is_ours(session, agreement_id):
        raise _refuse(
            "status",
            QT_TRANSLATE_NOOP(
                "entraide",
                "Cette convention a été rédigée par une autre association : seule elle la modifie.",
            ),
        )
    return record


def next_reference(session: Session, year: int) -> str:
    """ "CONV-2026-004": one more than the highest of the year's references."""
    prefix = f"CONV-{year}-"
    taken = session.scalars(
        select(Agreement.reference).where(
            Agreement.reference.like(f"{prefix}%"), Agreement.kind == AgreementKind.AGREEMENT.value
        )
    )
    numbers = [int(ref[len(prefix) :]) for ref in taken if ref[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


def create_agreement(session: Session, content: AgreementContent, today: date | None = None) -> str:
    check_content(content).raise_if_invalid()
    today = today or date.today()
    record = Agreement(
        reference=next_reference(session, today.year),
        kind=AgreementKind.AGREEMENT.value,
        status=AgreementStatus.DRAFT.value,
        **columns_of(content),
    )
    session.add(record)
    session.flush()
    return record.id


def update_agreement(session: Session, agreement_id: str, content: AgreementContent) -> None:
    record = _own(session, agreement_id)
    if record.status != AgreementStatus.DRAFT.value:
        raise _refuse(
            "status",
            QT_TRANSLATE_NOOP(
                "entraide",
                "Seul un brouillon se modifie : remettez la convention en brouillon, "
                "ou rédigez un avenant si elle est signée.",
            ),
        )
    check_content(content).raise_if_invalid()
    for name, value in columns_of(content).items():
        if getattr(record, name) != value:
            setattr(record, name, value)


def create_amendment(session: Session, agreement_id: str) -> str:
    """An amendment drafted from the agreement's text (or its last signed amendment's)."""
    parent = _own(session, agreement_id)
    if parent.kind != AgreementKind.AGREEMENT.value:
        raise _refuse(
            "kind", QT_TRANSLATE_NOOP("entraide", "Un avenant modifie une convention, pas un avenant.")
        )
    if parent.status not in (AgreementStatus.SIGNED.value, AgreementStatus.SENT.value):
        raise _refuse(
            "status",
            QT_TRANSLATE_NOOP(
                "entraide",
                "Un avenant modifie une convention envoyée ou signée ; un brouillon se modifie directement.",
            ),
        )
    siblings = amendments(session, agreement_id)
    signed = [a for a in siblings if a.status == AgreementStatus.SIGNED.value]
    content = content_of(signed[-1] if signed else parent)
    content.amendment_text, content.signature_date = "", None
    number = max((a.amendment_number or 0 for a in siblings), default=0) + 1
    record = Agreement(
        reference=f"{parent.reference}-A{number}",
        kind=AgreementKind.AMENDMENT.value,
        parent_id=parent.id,
        amendment_number=number,
        status=AgreementStatus.DRAFT.value,
        reminder_days=parent.reminder_days,
        **columns_of(content),
    )
    session.add(record)
    session.flush()
    return record.id


def amendments(session: Session, agreement_id: str) -> list[Agreement]:
    return list(
        session.scalars(
            select(Agreement)
            .where(Agreement.parent_id == agreement_id, Agreement.deleted_at.is_(None))
            .order_by(Agreement.amendment_number, Agreement.created_at)
        )
    )


# --- lifecycle ---------------------------------------------------------------------------
def send_for_signature(session: Session, agreement_id: str, on: date | None = None) -> None:
    record = _own(session, agreement_id)
    if record.status != AgreementStatus.DRAFT.value:
        raise _refuse("status", QT_TRANSLATE_NOOP("entraide", "Seul un brouillon part pour signature."))
    missing = missing_for_signature(content_of(record), record.kind == AgreementKind.AMENDMENT.value)
    if missing:
        raise _refuse(
            "status",
            QT_TRANSLATE_NOOP("entraide", "Avant la signature, complétez : %1.").replace(
                "%1", ", ".join(missing)
            ),
        )
    record.status, record.sent_on = AgreementStatus.SENT.value, on or date.today()


def back_to_draft(session: Session, agreement_id: str) -> None:
    record = _own(session, agreement_id)
    if record.status != AgreementStatus.SENT.value:
        raise _refuse(
            "status",
            QT_TRANSLATE_NOOP(
                "entraide", "Seule une convention envoyée pour signature revient en brouillon."
            ),
        )
    record.status, record.sent_on = AgreementStatus.DRAFT.value, None


def mark_signed(
    session: Session, agreement_id: str, signed_on: date, scan: tuple[str, str, bytes] | None = None
) -> None:
    """Signed on paper on `signed_on`; a draft goes through "sent" on the way (same checks)."""
    record = _own(session, agreement_id)
    if record.status == AgreementStatus.DRAFT.value:
        send_for_signature(session, agreement_id, signed_on)
    elif record.status != AgreementStatus.SENT.value:
        raise _refuse(
            "status", QT_TRANSLATE_NOOP("entraide", "Cette convention est déjà signée ou terminée.")
        )
    if record.sent_on and signed_on < record.sent_on:
        raise _refuse(
            "signed_on", QT_TRANSLATE_NOOP("entraide", "La date de signature précède l'envoi pour signature.")
        )
    record.status, record.signed_on = AgreementStatus.SIGNED.value, signed_on
    if scan is not None:
        attach_scan(session, agreement_id, *scan)


def end_agreement(session: Session, agreement_id: str, ended_on: date, reason: str = "") -> None:
    record = _own(session, agreement_id)
    if record.status != AgreementStatus.SIGNED.value:
        raise _refuse("status", QT_TRANSLATE_NOOP("entraide", "Seule une convention signée prend fin."))
    if record.signed_on and ended_on < record.signed_on:
        raise _refuse("ended_on", QT_TRANSLATE_NOOP("entraide", "La fin précède la signature."))
    record.status, record.ended_on = AgreementStatus.ENDED.value, ended_on
    record.end_reason = reason.strip() or None


def delete_draft(session: Session, agreement_id: str) -> None:
    """To the trash (undone by `restore_draft`); only drafts: a signed text is ended, not deleted."""
    record = _own(session, agreement_id)
    if record.status != AgreementStatus.DRAFT.value:
        raise _refuse(
            "status",
            QT_TRANSLATE_NOOP("entraide", "Seul un brouillon se supprime ; une convention signée prend fin."),
        )
    record.deleted_at = utcnow()


def restore_draft(session: Session, agreement_id: str) -> None:
    record = session.get(Agreement, agreement_id)
    if record is None:
        raise NotFound(agreement_id)
    record.deleted_at = None


def set_reminder_days(session: Session, agreement_id: str, days: int) -> None:
    if not 0 <= days <= 365:
        raise _refuse("reminder_days", QT_TRANSLATE_NOOP("entraide", "Le rappel va de 0 à 365 jours."))
    _own(session, agreement_id).reminder_days = days


# --- the signed scan (this laptop only) --------------------------------------------------
def attach_scan(session: Session, agreement_id: str, file_name: str, media_type: str, data: bytes) -> None:
    load(session, agreement_id)  # any party may keep its own scan of its original
    if not data:
        raise _refuse("scan", QT_TRANSLATE_NOOP("entraide", "Le fichier est vide."))
    if len(data) > MAX_SCAN_BYTES:
        raise _refuse("scan", QT_TRANSLATE_NOOP("entraide", "Fichier trop lourd (20 Mo au plus)."))
    scan = session.get(AgreementScan, agreement_id) or AgreementScan(agreement_id=agreement_id)
    scan.file_name, scan.media_type, scan.data, scan.added_at = file_name[-255:], media_type, data, utcnow()
    session.add(scan)


def scan_of(session: Session, agreement_id: str) -> AgreementScan | None:
    return session.get(AgreementScan, agreement_id)


# --- the list ----------------------------------------------------------------------------
@dataclass(frozen=True)
class AgreementRow:
    id: str
    reference: str
    title: str
    kind: str
    parent_id: str | None
    status: str
    parties: str  # "Les Amis du Parc, Vélo Solidaire"
    start_date: date | None
    end_date: date | None
    ours: bool
    amount_cents: int


def agreement_rows(session: Session, status: str | None = None, text: str = "") -> list[AgreementRow]:
    """Agreements and amendments, newest first; `text` filters on reference, title and parties."""
    query = select(Agreement).where(Agreement.deleted_at.is_(None))
    if status:
        query = query.where(Agreement.status == status)
    records = list(session.scalars(query.order_by(Agreement.created_at.desc())))
    owners = owners_of(session, [r.id for r in records])
    me = my_association_id(session)
    rows = []
    needle = v.clean(text).casefold()
    for record in records:
        content = content_of(record)
        parties = ", ".join(p.name for p in content.parties if p.name)
        if needle and needle not in f"{record.reference} {record.title} {parties}".casefold():
            continue
        owner = owners.get(record.id)
        rows.append(
            AgreementRow(
                record.id,
                record.reference,
                record.title,
                record.kind,
                record.parent_id,
                record.status,
                parties,
                content.start_date,
                end_of(content),
                owner is None or owner == me,
                content.total_cents,
            )
        )
    return rows


def status_counts(session: Session) -> dict[str, int]:
    return dict(
        session.execute(
            select(Agreement.status, func.count())
            .where(Agreement.deleted_at.is_(None))
            .group_by(Agreement.status)
        ).all()
    )
