"""The contacts' trash: deleting is reversible until the trash is emptied; a contact's roles and
consents go to the trash with it, come back with it and are deleted with it
(app/services/trash.py, the same for every kind of record; the trash's count and emptying:
app/services/trash_listing.py)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact
from app.services import trash
from app.services.contacts.search_index import index_once

# Changes go through ORM objects, not bulk UPDATEs, so that session events see each of them.


def trash_contacts(session: Session, ids: list[str]) -> int:
    """Move contacts to the trash, with their roles and consents. Returns how many contacts moved."""
    found = list(session.scalars(select(Contact).where(Contact.id.in_(ids), Contact.deleted_at.is_(None))))
    with index_once(session, found):
        trash.trash(session, found)
    return len(found)


def restore_contacts(session: Session, ids: list[str]) -> int:
    found = list(session.scalars(select(Contact).where(Contact.id.in_(ids), Contact.deleted_at.is_not(None))))
    with index_once(session, found):
        trash.restore(session, found)
    return len(found)
