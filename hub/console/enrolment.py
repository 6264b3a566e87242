"""Enrolment codes in the console: made for an association with an expiry, listed as pending,
used, expired or withdrawn, withdrawn on demand. The hub keeps only a code's hash and its last
four characters: the code itself is shown once, when it is made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from hub import admin
from hub.auth import hash_secret, normalise_code
from hub.console.i18n import N_
from hub.db import utcnow
from hub.models import Association, Device, EnrollmentCode

LISTED = 100  # used, expired and withdrawn codes shown (every pending one always is)
# Lifetimes offered in the console, in hours.
LIFETIMES = (24, 72, 168, 720)
STATES = {
    "pending": N_("En attente"),
    "used": N_("Utilisé"),
    "expired": N_("Expiré"),
    "withdrawn": N_("Retiré"),
}


@dataclass(frozen=True)
class CodeRow:
    key: str  # the code's hash: how the console names a code it cannot show
    hint: str | None
    association_id: str
    association: str
    created_at: datetime | None
    created_by: str | None
    expires_at: datetime
    used_at: datetime | None
    device: str | None
    withdrawn_at: datetime | None
    state: str


def state_of(code: EnrollmentCode, now: datetime) -> str:
    if code.withdrawn_at is not None:
        return "withdrawn"
    if code.used_at is not None:
        return "used"
    return "expired" if code.expires_at < now else "pending"


def _codes() -> Select[EnrollmentCode, str, str]:
    return (
        select(EnrollmentCode, Association.name, Device.name)
        .join(Association, Association.id == EnrollmentCode.association_id)
        .outerjoin(Device, Device.id == EnrollmentCode.device_id)
    )


def _rows(session: Session, query: Select[EnrollmentCode, str, str]) -> list[CodeRow]:
    now = utcnow()
    return [
        CodeRow(
            code.code_hash,
            code.hint,
            code.association_id,
            association,
            code.created_at,
            code.created_by,
            code.expires_at,
            code.used_at,
            device,
            code.withdrawn_at,
            state_of(code, now),
        )
        for code, association, device in session.execute(query)
    ]


def find(session: Session, key: str) -> CodeRow | None:
    """One code, by the hash that names it in the console."""
    found = _rows(session, _codes().where(EnrollmentCode.code_hash == key))
    return found[0] if found else None


def list_codes(
    session: Session, association_id: str | None = None, state: str | None = None
) -> list[CodeRow]:
    query = _codes()
    if association_id:
        query = query.where(EnrollmentCode.association_id == association_id)
    rows = _rows(session, query)
    if state in STATES:
        rows = [row for row in rows if row.state == state]
    # Pending first (soonest to expire first), then the others, newest first.
    pending = sorted((r for r in rows if r.state == "pending"), key=lambda r: r.expires_at)
    others = sorted(
        (r for r in rows if r.state != "pending"),
        key=lambda r: r.created_at or r.used_at or r.expires_at,
        reverse=True,
    )
    return pending + others[:LISTED]


def make_code(
    session: Session, association_id: str, hours: int, actor: str
) -> tuple[str, datetime, Association]:
    if hours not in LIFETIMES:
        raise admin.AdminError(N_("Choisissez une durée de validité dans la liste."))
    return admin.create_enrollment_code(session, association_id, hours, created_by=actor)


def withdraw(session: Session, key: str) -> tuple[EnrollmentCode, bool] | None:
    """Withdraw a pending code: it expires at once, so /v1/enroll refuses it. (code, whether it
    was withdrawn now); None for an unknown code."""
    code = session.get(EnrollmentCode, key, with_for_update=True)
    if code is None:
        return None
    if state_of(code, utcnow()) != "pending":
        return code, False
    code.withdrawn_at = code.expires_at = utcnow()
    return code, True


def pending_code(session: Session, typed: str) -> tuple[EnrollmentCode, Association] | None:
    """The pending code that was typed, with its association (the enrolment sheet's check)."""
    code = session.get(EnrollmentCode, hash_secret(normalise_code(typed)))
    if code is None or state_of(code, utcnow()) != "pending":
        return None
    return code, session.get_one(Association, code.association_id)
