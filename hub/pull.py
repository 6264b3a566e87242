"""Serving a pull: what changed since a cursor that this association may see, in version order,
never past the last version whose transaction has committed."""

from __future__ import annotations

import json

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.sync.protocol import Visibility
from hub.models import HubState, Record, RecordParty, Removal


class CursorTooOld(Exception):
    """The deletions needed to bring this cursor up to date were purged: resync from 0."""


def pull_page(session: Session, association_id: str, cursor: int, limit: int) -> bytes:
    """One page as JSON bytes (built directly: this is the hub's hottest path)."""
    state = session.scalars(select(HubState).where(HubState.id == 1)).one()
    # Writers hold the state row until they commit, so every version up to the committed
    # last_version belongs to a committed transaction: safe to serve, nothing skipped.
    safe = state.last_version
    if 0 < cursor < state.oldest_cursor:
        raise CursorTooOld
    visible = or_(
        Record.owner_id == association_id,
        Record.visibility == Visibility.NETWORK.value,
        Record.record_id.in_(
            select(RecordParty.record_id).where(RecordParty.association_id == association_id)),
    )
    records = session.execute(
        select(Record.entity_type, Record.record_id, Record.version, Record.owner_id, Record.visibility,
               Record.parties, Record.fields, Record.deleted)
        .where(Record.version > cursor, Record.version <= safe, visible)
        .order_by(Record.version).limit(limit + 1)
    ).all()
    removals = session.execute(
        select(Removal.entity_type, Removal.record_id, Removal.version)
        .where(Removal.association_id == association_id, Removal.version > cursor, Removal.version <= safe)
        .order_by(Removal.version).limit(limit + 1)
    ).all()
    items = [
        {"entity_type": r.entity_type, "record_id": r.record_id, "version": r.version,
         "owner_id": r.owner_id, "visibility": r.visibility, "parties": r.parties,
         "fields": {} if r.deleted else r.fields, "deleted": r.deleted}
        for r in records
    ] + [
        {"entity_type": r.entity_type, "record_id": r.record_id, "version": r.version, "fields": {},
         "parties": [], "deleted": True}
        for r in removals
    ]
    items.sort(key=lambda item: item["version"])
    has_more = len(items) > limit
    page = items[:limit]
    next_cursor = page[-1]["version"] if has_more else max(safe, cursor)
    return json.dumps({"changes": page, "next_cursor": next_cursor, "has_more": has_more},
                      ensure_ascii=False, separators=(",", ":")).encode()
