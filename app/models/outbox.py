"""Every local change of a synced record lands in the outbox, from a session event.

Installed on the store's session factory (app/db.py), so every code path is covered: forms,
imports, merges, the trash. Sessions that apply changes pulled from the hub set
`session.info[APPLYING_REMOTE] = True` so those changes are not sent back.
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Mapper, Session, sessionmaker

from app.chunks import in_chunks
from app.ids import new_id
from app.models.base import utcnow
from app.models.sync import OutboxEntry, SyncedRecord
from app.models.sync_spec import SyncSpec, spec_of

APPLYING_REMOTE = "entraide.applying_remote"
_PENDING = "entraide.outbox_pending"  # entries added but not flushed yet, by record id


def own_fields(obj_or_class: Any) -> list[str]:
    """The declared fields this record's class maps (a Person has no SIRET column)."""
    cls = obj_or_class if isinstance(obj_or_class, type) else type(obj_or_class)
    return list(_class_fields(cls))


@functools.cache
def _class_fields(cls: type) -> tuple[str, ...]:  # asked thousands of times per sync
    spec = spec_of(cls)
    mapper: Mapper[object] = inspect(cls)  # Any from SQLAlchemy for a plain class
    attrs = mapper.attrs
    return tuple(name for name in spec.fields if name in attrs) if spec is not None else ()


def _changed_fields(obj: Any, spec: SyncSpec) -> tuple[list[str], bool]:
    """The record's own fields changed since the last flush, and whether it went to the trash or
    came back. Only the attributes set since then (not in `unmodified`) can have changed: their
    history is read, not every column's (24,000 records restored read 576,000 histories)."""
    state = inspect(obj)
    unmodified = state.unmodified
    fields = [
        name for name in own_fields(obj) if name not in unmodified and state.attrs[name].history.has_changes()
    ]
    trash_changed = "deleted_at" not in unmodified and state.attrs["deleted_at"].history.has_changes()
    return fields, trash_changed


Change = tuple[SyncSpec, str, list[str], bool]  # (spec, record id, fields changed, in the trash)
_ONE_BY_ONE = 4  # up to this many records, each looked up in the session first (often no query)


def record_change(session: Session, spec: SyncSpec, record_id: str, fields: list[str], deleted: bool) -> None:
    """Add or widen the record's outbox entry; its base stays the version the edits started from."""
    record_changes(session, [(spec, record_id, fields, deleted)])


def record_changes(session: Session, changes: list[Change]) -> None:
    """`record_change` for many records: their entries and versions read in a few queries, not
    two per record (a trash of 5,000 contacts spent 5 of its 11 s there)."""
    pending: dict[str, OutboxEntry] = session.info.setdefault(_PENDING, {})
    with session.no_autoflush:
        wanted = list({record_id: None for _, record_id, _, _ in changes if record_id not in pending})
        entries = _existing_by_record_id(session, OutboxEntry, wanted)
        known = _existing_by_record_id(session, SyncedRecord, [i for i in wanted if i not in entries])
        for spec, record_id, fields, deleted in changes:
            entry = pending.get(record_id) or entries.get(record_id)
            if entry is None:
                found = known.get(record_id)
                # Every column given: an entry replacing one this flush deletes becomes an UPDATE
                # of that row, which would keep what is left out.
                entry = OutboxEntry(
                    record_id=record_id,
                    entity_type=spec.entity_type,
                    op_id=new_id(),
                    base_version=found.version if found else 0,
                    fields=sorted(fields),
                    deleted=deleted,
                    revision=1,
                    sent_revision=0,
                    created_at=utcnow(),
                )
                session.add(entry)
                pending[record_id] = entry
                continue
            entry.fields = sorted(set(entry.fields) | set(fields))
            entry.deleted = deleted
            entry.revision += 1


def _existing_by_record_id(
    session: Session, model: type[OutboxEntry | SyncedRecord], ids: list[str]
) -> dict[str, Any]:
    """These rows by id, the session's own copy when it has one; no entry the session is deleting
    (acknowledged in this flush: the change made since needs a new one)."""
    deleting = {id(row) for row in session.deleted} if model is OutboxEntry else set()
    found: dict[str, Any] = {}
    if len(ids) <= _ONE_BY_ONE:
        rows: list[Any] = [session.get(model, i) for i in ids]
    else:
        rows = [
            row
            for part in in_chunks(ids)
            for row in session.scalars(select(model).where(model.record_id.in_(part)))
        ]
    for row in rows:
        if row is not None and id(row) not in deleting:
            found[row.record_id] = row
    return found


def _capture(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING_REMOTE):
        return
    changes: list[Change] = []
    for obj in list(session.new):
        spec = spec_of(obj)
        if spec is not None:
            if obj.id is None:  # the column default would only run at INSERT
                obj.id = new_id()
            changes.append((spec, obj.id, own_fields(obj), obj.deleted_at is not None))
    for obj in list(session.dirty):
        spec = spec_of(obj)
        if spec is None:  # else what changed is read below (is_modified read every column too)
            continue
        fields, trash_changed = _changed_fields(obj, spec)
        if fields or trash_changed:
            changes.append((spec, obj.id, fields, obj.deleted_at is not None))
    for obj in list(session.deleted):
        spec = spec_of(obj)
        if spec is not None:
            changes.append((spec, obj.id, [], True))
    record_changes(session, changes)


def _capture_bulk(execute_state: Any) -> None:
    """ORM bulk statements bypass flush: INSERTs (the demo generator), UPDATEs (a merge moving
    roles) and DELETEs (emptying a trash) are captured here, so that none escapes the hub."""
    if execute_state.session.info.get(APPLYING_REMOTE):
        return
    if execute_state.is_update or execute_state.is_delete:
        _capture_bulk_change(execute_state)
        return
    if not execute_state.is_insert:
        return
    mapper = execute_state.bind_mapper
    spec = spec_of(mapper.class_) if mapper is not None else None
    params = execute_state.parameters
    if spec is None or not params:
        return
    fields = [name for name in spec.fields if name in mapper.attrs]
    rows = params if isinstance(params, list) else [params]
    session = execute_state.session
    known = {
        r
        for r in session.scalars(
            select(OutboxEntry.record_id).where(
                OutboxEntry.record_id.in_([row["id"] for row in rows if "id" in row])
            )
        )
    }
    session.add_all(
        OutboxEntry(
            record_id=row["id"],
            entity_type=spec.entity_type,
            op_id=new_id(),
            base_version=0,
            fields=fields,
            deleted=row.get("deleted_at") is not None,
            revision=1,
        )
        for row in rows
        if "id" in row and row["id"] not in known
    )


def _capture_bulk_change(execute_state: Any) -> None:
    """The rows an UPDATE or DELETE is about to touch are found first, by its own WHERE clause."""
    mapper = execute_state.bind_mapper
    spec = spec_of(mapper.class_) if mapper is not None else None
    if spec is None:
        return
    statement = execute_state.statement
    query = select(mapper.class_.id)
    if statement.whereclause is not None:
        query = query.where(statement.whereclause)
    session = execute_state.session
    ids = list(session.scalars(query))
    if execute_state.is_delete:
        record_changes(session, [(spec, record_id, [], True) for record_id in ids])
        return
    columns = {getattr(key, "key", key) for key in getattr(statement, "_values", None) or {}}
    fields = [name for name in spec.fields if name in columns] if columns else list(spec.fields)
    if fields or "deleted_at" in columns:  # the trash state is read from the record when it is sent
        record_changes(session, [(spec, record_id, fields, False) for record_id in ids])


def _forget_pending(session: Session, _context: Any) -> None:
    session.info.pop(_PENDING, None)


def install_outbox(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _capture)
    event.listen(factory, "after_flush_postexec", _forget_pending)
    event.listen(factory, "do_orm_execute", _capture_bulk)
