"""A record its owner deleted for good on another laptop (its Corbeille emptied): this laptop
deletes it too, with what belongs to it, and keeps no copy anywhere (not in its Corbeille, not
in the outbox, not in a conflict's two sides); the store zeroes what it frees (secure_delete)."""

from __future__ import annotations

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session

from app.models.outbox import record_change
from app.models.sync import OutboxEntry, SyncPurged
from app.models.sync_spec import spec_of
from app.services import trash, trash_listing
from app.services.network import my_association_id
from app.sync.records import Page, Registry
from protocol.messages import ChangeData


def forget(session: Session, change: ChangeData, page: Page) -> None:
    owner = change.get("owner_id")
    session.merge(
        SyncPurged(record_id=change["record_id"], entity_type=change["entity_type"], owner_id=owner)
    )
    record = page.objects.pop(change["record_id"], None)
    ids = [change["record_id"]]
    if record is None or record is True:
        trash.forget_sync_copies(session, ids)  # not here: only what the sync kept of it
    elif owner is None or owner == my_association_id(session):
        # Ours, purged on another of our laptops: with what belongs to it, as our own purge does
        # (what another association owns under it is theirs, and stays).
        session.flush()
        gone = [record, *_descendants(session, record)]
        ids += [r.id for r in gone]
        trash_listing.forget(session, [record])
        for other in gone[1:]:
            page.objects.pop(other.id, None)
    else:
        # Another association's: the hub sends the purge of each of its records we see; ours that
        # point to it (a reservation of its equipment) are ours to keep.
        session.delete(record)
        session.flush()
        trash.forget_sync_copies(session, ids)
    # A change of it waiting to be sent: the hub would refuse it, and it names its fields.
    session.execute(delete(OutboxEntry).where(OutboxEntry.record_id.in_(ids)))


def ids_among(session: Session, ids: Select[str]) -> set[str]:
    """Which of these records were deleted for good: a change of them is never applied again."""
    if session.scalar(select(SyncPurged.record_id).limit(1)) is None:
        return set()  # the usual case: nothing purged, no work per page
    return set(session.scalars(select(SyncPurged.record_id).where(SyncPurged.record_id.in_(ids))))


def resend(session: Session, owners: set[str | None]) -> None:
    """A replaced hub (restored from a backup) may hold again what we deleted for good: told
    again, as a purge (the record is not here, so the outbox sends one)."""
    registry = Registry()
    for purged in session.scalars(select(SyncPurged)).all():
        model = registry.model(purged.entity_type)
        spec = spec_of(model) if model is not None else None
        if spec is not None and purged.owner_id is not None and purged.owner_id in owners:
            record_change(session, spec, purged.record_id, [], True)


def _descendants(session: Session, record: object) -> list[object]:
    found: list[object] = []
    level = trash.children(session, [record])
    while level:
        found += level
        level = trash.children(session, level)
    return found
