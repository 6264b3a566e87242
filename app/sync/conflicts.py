"""Settling conflicts: keep mine, keep theirs, or a combined value. Each choice is a new local
change (or none, when the hub's value wins) that syncs like any other."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import Message, NotFound, Text
from app.i18n import QT_TRANSLATE_NOOP
from app.models import utcnow
from app.models.base import RecordMixin
from app.models.outbox import APPLYING_REMOTE, record_change
from app.models.sync import OutboxEntry, SyncConflict, SyncedRecord
from app.models.sync_spec import synced_spec
from app.sync import wording
from app.sync.records import Registry
from app.sync.row_shapes import shape_of, to_wire
from protocol.messages import FieldProblemData


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    entity_type: str
    record_id: str
    record_label: Text  # a reservation's dates are values, shown in the user's format
    field: str | None
    kind: str  # "field", "deleted", "refused"
    local_value: Any
    remote_value: Any
    reason: Text | None  # worded where it is shown (app/sync/wording.py refusal)
    created_at: datetime
    problems: list[FieldProblemData] | None = None  # a refusal's reasons, field by field


RESERVATION = QT_TRANSLATE_NOOP("entraide", "Réservation du {0} au {1}")
RESERVATION_FOR = QT_TRANSLATE_NOOP("entraide", "Réservation du {0} au {1} ({2})")


def _label(record: Any) -> Text:
    if getattr(record, "start_date", None) and getattr(record, "equipment_id", None):
        if record.purpose:
            return Message(RESERVATION_FOR, (record.start_date, record.end_date, record.purpose))
        return Message(RESERVATION, (record.start_date, record.end_date))
    return (
        getattr(record, "display_name", None)
        or getattr(record, "name", None)
        or getattr(record, "role", None)
        or ""
    )


def count_open(session: Session) -> int:
    wanted = select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
    return session.scalar(wanted) or 0


def list_conflicts(session: Session) -> list[ConflictInfo]:
    registry = Registry()
    rows = session.scalars(
        select(SyncConflict)
        .where(SyncConflict.resolved_at.is_(None))
        .order_by(SyncConflict.created_at, SyncConflict.id)
    )
    out = []
    for c in rows:
        record = registry.load(session, c.entity_type, c.record_id)
        out.append(
            ConflictInfo(
                c.id,
                c.entity_type,
                c.record_id,
                _label(record) if record else "",
                c.field,
                c.kind,
                c.local_value,
                c.remote_value,
                wording.refusal(c.reason_code, c.reason_values, c.reason),
                c.created_at,
                c.problems,
            )
        )
    return out


def _open(session: Session, conflict_id: int) -> SyncConflict:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise NotFound(str(conflict_id))
    return conflict


def _rebase(session: Session, conflict: SyncConflict, record_id: str) -> None:
    """Base the re-sent change on the hub's version the conflict was seen at: no conflict then."""
    entry = session.get(OutboxEntry, record_id)
    known = session.get(SyncedRecord, record_id)
    base = max(conflict.remote_version or 0, known.version if known else 0)
    if entry is not None:
        entry.base_version = max(entry.base_version, base)


def _push_field_again(session: Session, conflict: SyncConflict, record: RecordMixin, field: str) -> None:
    record_change(session, synced_spec(record), record.id, [field], record.deleted_at is not None)
    _rebase(session, conflict, record.id)


def _set(session: Session, record: RecordMixin, field: str, wire_value: Any) -> None:
    for name, value in shape_of(record).values({field: wire_value}):
        setattr(record, name, value)


def keep_mine(session: Session, conflict_id: int) -> None:
    conflict = _open(session, conflict_id)
    record = Registry().load(session, conflict.entity_type, conflict.record_id)
    if record is not None and conflict.field:
        _set(session, record, conflict.field, conflict.local_value)
        _push_field_again(session, conflict, record, conflict.field)
    elif record is not None and conflict.kind == "deleted":
        spec = synced_spec(record)  # bring it back on the hub with everything we have
        record_change(session, spec, record.id, list(spec.fields), False)
        _rebase(session, conflict, record.id)
    elif record is not None and conflict.kind == "deleted_here":
        record.deleted_at = record.deleted_at or utcnow()  # delete it on the hub too, this time
        record_change(session, synced_spec(record), record.id, [], True)
        _rebase(session, conflict, record.id)
    conflict.resolved_at = utcnow()


def keep_theirs(session: Session, conflict_id: int) -> None:
    conflict = _open(session, conflict_id)
    record = Registry().load(session, conflict.entity_type, conflict.record_id)
    if record is not None and conflict.field:
        session.info[APPLYING_REMOTE] = True  # the hub already has this value
        try:
            _set(session, record, conflict.field, conflict.remote_value)
            session.flush()
        finally:
            session.info[APPLYING_REMOTE] = False
    elif record is not None and conflict.kind == "deleted":
        record.deleted_at = utcnow()
    elif record is not None and conflict.kind == "deleted_here":
        session.info[APPLYING_REMOTE] = True  # alive on the hub, with its fields already pulled
        try:
            record.deleted_at = None
            session.flush()
        finally:
            session.info[APPLYING_REMOTE] = False
    conflict.resolved_at = utcnow()


def combine(session: Session, conflict_id: int, value: Any) -> None:
    """The user wrote a value of their own, made of both."""
    conflict = _open(session, conflict_id)
    record = Registry().load(session, conflict.entity_type, conflict.record_id)
    if record is None or not conflict.field:
        raise NotFound(str(conflict_id))
    _set(session, record, conflict.field, to_wire(value))
    _push_field_again(session, conflict, record, conflict.field)
    conflict.resolved_at = utcnow()


def dismiss(session: Session, conflict_id: int) -> None:
    """For refusals: the user has read the hub's reason."""
    _open(session, conflict_id).resolved_at = utcnow()
