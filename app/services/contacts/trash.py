"""The contacts' trash: deleting is reversible until the trash is emptied; a contact's roles and
consents go to the trash with it, come back with it and are deleted with it
(app/services/trash.py, the same for every kind of record)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact
from app.services import trash, trash_listing

# Changes go through ORM objects, not bulk UPDATEs, so that session events see each of them.


def trash_contacts(session: Session, ids: list[str]) -> int:
    """Move contacts to the trash, with their roles and consents. Returns how many contacts moved."""
    found = list(session.scalars(select(Contact).where(Contact.id.in_(ids), Contact.deleted_at.is_(None))))
    trash.trash(session, found)
    return len(found)


def restore_contacts(session: Session, ids: list[str]) -> int:
    found = list(session.scalars(select(Contact).where(Contact.id.in_(ids), Contact.deleted_at.is_not(None))))
    trash.restore(session, found)
    return len(found)


def count_trash(session: Session) -> int:
    return trash_listing.count(session, ["contact"])


def empty_trash(session: Session) -> int:
    """Delete for good the contacts in the trash, with the roles and consents that hang off
    them; each deletion reaches the hub. Returns how many contacts were deleted."""
    return trash_listing.empty(session, ["contact"])
