"""A record its owner deleted for good on another laptop (its Corbeille emptied): this laptop
deletes it too, with what belongs to it, and keeps no copy anywhere (not in its Corbeille, not
in the outbox, not in a conflict's two sides); the store zeroes what it frees (secure_delete)."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.models.sync import OutboxEntry
from app.services import trash, trash_listing
from app.sync.records import Page
from protocol.messages import ChangeData


def forget(session: Session, change: ChangeData, page: Page) -> None:
    record = page.objects.pop(change["record_id"], None)
    ids = [change["record_id"]]
    if record is not None and record is not True:
        session.flush()
        gone = [record, *_descendants(session, record)]
        ids += [r.id for r in gone]
        trash_listing.forget(session, [record])
        for other in gone[1:]:
            page.objects.pop(other.id, None)
    else:
        trash.forget_sync_copies(session, ids)
    # A change of it waiting to be sent: the hub would refuse it, and it names its fields.
    session.execute(delete(OutboxEntry).where(OutboxEntry.record_id.in_(ids)))


def _descendants(session: Session, record: object) -> list[object]:
    found: list[object] = []
    level = trash.children(session, [record])
    while level:
        found += level
        level = trash.children(session, level)
    return found
