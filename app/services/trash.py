"""The trash, for every kind of synced record: what belongs to a record goes with it.

A record's children are the records whose sync declaration names it as a parent
(`SyncSpec(parents={"person_id": "contact"})`): trashing a person trashes its roles and consents
at the same instant, restoring it restores those trashed with it, and emptying the trash deletes
them with it. Changes go through ORM objects (or statements the outbox captures), so that every
one of them reaches the hub. A kind of record joins by declaring its parents, nothing else.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.chunks import in_chunks
from app.models import SyncConflict, SyncedRecord, SyncInbox, SyncQuarantine, SyncState, utcnow
from app.models.base import RecordMixin
from app.models.sync_spec import synced_models, synced_spec
from protocol.reasons import PURGED


@functools.cache
def _child_links(entity_type: str) -> tuple[tuple[type[RecordMixin], str], ...]:
    """(model, field) for each field of a synced model that points to records of this type."""
    return tuple(
        (model, name)
        for model in synced_models().values()
        for name, parent in synced_spec(model).parents.items()
        if parent == entity_type
    )


def children(session: Session, records: Iterable[Any]) -> list[Any]:
    """The records that belong to these (one query per kind of child, not per record), except
    those another association owns: they are not ours to delete."""
    by_type: dict[str, list[str]] = {}
    for record in records:
        by_type.setdefault(synced_spec(record).entity_type, []).append(record.id)
    found: dict[str, Any] = {}
    for entity_type, ids in by_type.items():
        for model, name in _child_links(entity_type):
            column = getattr(model, name)
            for part in in_chunks(ids):
                for child in session.scalars(select(model).where(column.in_(part))):
                    found[child.id] = child
    if not found:
        return []
    state = session.get(SyncState, 1)
    ours = state.association_id if state is not None else None
    foreign = set(
        session.scalars(
            select(SyncedRecord.record_id).where(
                SyncedRecord.record_id.in_(list(found)),
                SyncedRecord.owner_id.is_not(None),
                SyncedRecord.owner_id != ours if ours else SyncedRecord.owner_id.is_(None),
            )
        )
    )
    return [child for child_id, child in found.items() if child_id not in foreign]


def trash(session: Session, records: Iterable[Any], when: datetime | None = None) -> list[Any]:
    """Put these records and what belongs to them in the trash, all at the same instant (which
    is how a restore knows what went with them). Returns every record moved."""
    when = when or utcnow()
    moved: list[Any] = []
    level = [r for r in records if r.deleted_at is None]
    while level:
        for record in level:
            record.deleted_at = when
        moved += level
        level = [child for child in children(session, level) if child.deleted_at is None]
    return moved


def restore(session: Session, records: Iterable[Any]) -> list[Any]:
    """Take these records out of the trash, with what was trashed with them (not what was
    trashed on its own before, nor a child whose other parent is still in the trash)."""
    back: list[Any] = []
    level = [(r, r.deleted_at) for r in records if r.deleted_at is not None]
    while level:
        when_of = {record.id: when for record, when in level}  # when each parent went
        parents = [record for record, _when in level]
        for record in parents:
            record.deleted_at = None
        back += parents
        # One query per kind of child for the whole level (not per record: 5,000 contacts
        # restored asked 16,000 queries), each child matched to its parents by their ids.
        candidates = [
            child
            for child in children(session, parents)
            if child.deleted_at is not None and child.deleted_at in _parents_when(child, when_of)
        ]
        # Minus what is back already: autoflush has written it, unless a caller turned it off.
        still_trashed = _trashed_parents(session, candidates) - {record.id for record in back}
        level = [
            (child, child.deleted_at)
            for child in candidates
            if not any(getattr(child, name) in still_trashed for name in synced_spec(child).parents)
        ]
    return back


def _parents_when(record: Any, when_of: dict[str, datetime]) -> set[datetime]:
    """When those of its parents that `when_of` knows went to the trash."""
    parents = (getattr(record, name) for name in synced_spec(record).parents)
    return {when_of[parent] for parent in parents if parent in when_of}


def _trashed_parents(session: Session, records: list[Any]) -> set[str]:
    """The ids of these records' parents that are in the trash (one query per kind of parent):
    a child whose other parent is still there stays with it."""
    wanted: dict[str, set[str]] = {}
    for record in records:
        for name, parent_type in synced_spec(record).parents.items():
            if (parent_id := getattr(record, name)) is not None:
                wanted.setdefault(parent_type, set()).add(parent_id)
    still_trashed: set[str] = set()
    for parent_type, ids in wanted.items():
        model = synced_models().get(parent_type)
        if model is None:
            continue
        for part in in_chunks(list(ids)):
            still_trashed.update(
                session.scalars(select(model.id).where(model.id.in_(part), model.deleted_at.is_not(None)))
            )
    return still_trashed


def purge(session: Session, records: Iterable[Any]) -> int:
    """Delete these records for good, with everything that belongs to them (children first: the
    store's foreign keys want it so). Each deletion is an ORM delete, which the outbox sends."""
    levels: list[list[Any]] = []
    level = list(records)
    seen: set[str] = set()
    while level:
        level = [r for r in level if r.id not in seen]
        seen.update(r.id for r in level)
        levels.append(level)
        level = children(session, level)
    for level in reversed(levels):  # one flush per level: the deepest are gone before their parents
        for record in level:
            session.delete(record)
        session.flush()
    forget_sync_copies(session, list(seen))
    return len(seen)


def forget_sync_copies(session: Session, ids: list[str]) -> None:
    """What the sync kept of these records' values (a conflict's two sides, a set-aside or a
    waiting pulled version): personal data that must go with them."""
    for part in in_chunks(ids):
        for model in (SyncQuarantine, SyncInbox):
            session.execute(delete(model).where(model.record_id.in_(part)))
        # A refusal because the owner deleted the record for good holds no value: it stays, so
        # that the user reads why an edit made here is gone.
        session.execute(
            delete(SyncConflict).where(
                SyncConflict.record_id.in_(part), SyncConflict.reason_code.is_distinct_from(PURGED)
            )
        )
