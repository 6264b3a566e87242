"""The trash: deleting is reversible until the trash is emptied."""

from __future__ import annotations

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from app.models import Consent, Contact, Role, utcnow

# Changes go through ORM objects, not bulk UPDATEs, so that session events see each of them.


def trash_contacts(session: Session, ids: list[str]) -> int:
    """Move contacts to the trash. Returns how many were moved."""
    found = session.scalars(select(Contact).where(Contact.id.in_(ids), Contact.deleted_at.is_(None)))
    moved = 0
    for contact in found:
        contact.deleted_at = utcnow()
        moved += 1
    return moved


def restore_contacts(session: Session, ids: list[str]) -> int:
    found = session.scalars(select(Contact).where(Contact.id.in_(ids), Contact.deleted_at.is_not(None)))
    restored = 0
    for contact in found:
        contact.deleted_at = None
        restored += 1
    return restored


def count_trash(session: Session) -> int:
    return (
        session.scalar(select(func.count()).select_from(Contact).where(Contact.deleted_at.is_not(None))) or 0
    )


def empty_trash(session: Session) -> int:
    """Delete for good what is in the trash, with the roles and consents that hang off it."""
    doomed = select(Contact.id).where(Contact.deleted_at.is_not(None))
    session.execute(delete(Consent).where(Consent.person_id.in_(doomed)))
    session.execute(delete(Role).where(or_(Role.person_id.in_(doomed), Role.organisation_id.in_(doomed))))
    result = session.execute(delete(Contact).where(Contact.deleted_at.is_not(None)))
    return result.rowcount or 0
