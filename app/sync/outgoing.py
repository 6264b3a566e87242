"""Pushing the outbox: build operations from the records as they are now, then record what the
hub answered (versions, conflicts, refusals) in one local transaction per batch."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NotRequired

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.models.base import RecordMixin
from app.models.outbox import own_fields, record_change
from app.models.sync import OutboxEntry, SyncConflict, SyncedRecord, SyncPurged
from app.models.sync_spec import spec_of
from app.services.practices.adoptions import FEEDBACK, recount_adoptions
from app.sync import marks, refusals
from app.sync.records import Registry, known_and_pending
from app.sync.row_shapes import wire_fields
from protocol.messages import MAX_TEXT_LENGTH, OperationData, OpResultData

BATCH = 500
Cursor = tuple[datetime, str]  # an outbox entry's place in the queue: created_at, record_id


class Outgoing(OperationData):
    """An operation and its entry's place (not sent: the next batch starts after it)."""

    _cursor: NotRequired[Cursor]


def next_batch(
    session: Session, registry: Registry, after: Cursor | None, *, purge: bool = True
) -> list[Outgoing]:
    """The next operations to send. An entry changed since it was last sent gets a new op id;
    one sent but unanswered keeps its op id, so re-sending it is a harmless replay. A record no
    longer here was deleted for good (the Corbeille emptied): sent as a purge when the hub
    knows them (`purge`), else as a deletion."""
    query = select(OutboxEntry).order_by(OutboxEntry.created_at, OutboxEntry.record_id).limit(BATCH)
    if after is not None:
        query = query.where(
            (OutboxEntry.created_at > after[0])
            | ((OutboxEntry.created_at == after[0]) & (OutboxEntry.record_id > after[1]))
        )
    entries = session.scalars(query).all()
    if not entries:
        return []
    records = registry.load_many(
        session, [entry.record_id for entry in entries], {entry.entity_type for entry in entries}
    )
    operations = []
    renewed = marks.renewed_op_ids(session)
    for entry in entries:
        if entry.sent_revision != entry.revision:
            if entry.sent_revision:
                entry.op_id = next(renewed)
            entry.sent_revision = entry.revision
        record = records.get(entry.record_id)
        if record is None:  # emptied from the trash before it could be sent
            fields, deleted = {}, True
        else:
            mapped = own_fields(record)
            names = [f for f in entry.fields if f in mapped]
            if not entry.base_version:  # the hub may have nothing of it (created, trashed, synced,
                names = own_fields(record)  # then restored): send it whole
            fields, deleted = wire_fields(record, names), record.deleted_at is not None
        if _too_big(fields):  # would make the whole batch refused, again and again: set it aside
            session.add(
                SyncConflict(
                    entity_type=entry.entity_type,
                    record_id=entry.record_id,
                    field=None,
                    kind="refused",
                    local_value=None,
                    remote_value=None,
                    reason=QT_TRANSLATE_NOOP(
                        "entraide", "Fiche trop volumineuse pour le hub : raccourcissez ses textes."
                    ),
                )
            )
            session.delete(entry)
            continue
        operation: Outgoing = {
            "op_id": entry.op_id,
            "entity_type": entry.entity_type,
            "record_id": entry.record_id,
            "base_version": entry.base_version,
            "fields": fields,
            "deleted": deleted,
            "_cursor": (entry.created_at, entry.record_id),
        }
        if record is None and purge:
            operation["purged"] = True
        spec = spec_of(record) if record is not None else None
        if spec is not None and spec.audience:  # who may see it: the hub checks it is allowed
            operation["visibility"], operation["parties"] = getattr(record, spec.audience)()
        operations.append(operation)
    return operations


def _too_big(fields: dict[str, Any]) -> bool:
    return any(isinstance(value, str) and len(value) > MAX_TEXT_LENGTH for value in fields.values())


def record_results(
    session: Session,
    registry: Registry,
    association_id: str,
    operations: Sequence[OperationData],
    results: list[OpResultData],
) -> int:
    """Apply the hub's answers; returns how many new conflicts the user must look at."""
    ids = [operation["record_id"] for operation in operations]
    known, pending = known_and_pending(session, ids)
    records: dict[str, Any] | None = None  # loaded only if the hub reported a conflict
    conflicts = 0
    owned: list[str] = []  # feedback whose owner the hub just told: adoption counts follow
    for operation, result in zip(operations, results, strict=True):
        record_id = operation["record_id"]
        entry = pending.get(record_id)
        status = result["status"]
        if status == "rejected":
            if entry is not None and entry.sent_revision == entry.revision:
                session.delete(entry)
                session.flush()
            records = (
                records
                if records is not None
                else registry.load_many(session, ids, {op["entity_type"] for op in operations})
            )
            conflicts += refusals.refused(session, records.get(record_id), operation, result)
            continue
        # Only an applied result means the hub's record is exactly what we have; after a merge
        # or a conflict its version includes others' changes, which the pull will bring.
        version = result.get("version")
        if status == "applied" and operation.get("purged"):
            session.merge(
                SyncPurged(record_id=record_id, entity_type=operation["entity_type"], owner_id=association_id)
            )
        if status == "applied" and version is not None:
            if record_id not in known:
                known[record_id] = SyncedRecord(
                    record_id=record_id,
                    entity_type=operation["entity_type"],
                    owner_id=association_id,
                    version=0,
                )
                session.add(known[record_id])
                if operation["entity_type"] == FEEDBACK:
                    owned.append(record_id)
            known[record_id].version = max(known[record_id].version or 0, version)
        if status == "conflict":
            records = (
                records
                if records is not None
                else registry.load_many(session, ids, {op["entity_type"] for op in operations})
            )
            conflicts += _conflict(session, records.get(record_id), operation, result, entry)
        elif entry is not None and entry.sent_revision == entry.revision:
            session.delete(entry)  # acknowledged, and nothing new since it was sent
    recount_adoptions(session, owned)
    return conflicts


def registry_model(entity_type: str) -> type[RecordMixin] | None:
    return Registry().model(entity_type)


def _conflict(
    session: Session,
    record: RecordMixin | None,
    operation: OperationData,
    result: OpResultData,
    entry: OutboxEntry | None,
) -> int:
    if operation["deleted"] and result.get("deleted_on_hub"):
        if entry is not None and entry.sent_revision == entry.revision:
            session.delete(entry)  # deleted on both sides: nothing for the user to decide
        return 0
    if operation["deleted"] and record is None:
        # Deleted here for good (the trash emptied): the user has decided. The deletion goes
        # again, based on the version that holds the other side's edit.
        if entry is not None:
            session.delete(entry)
            session.flush()
        spec = spec_of(registry_model(operation["entity_type"]))
        if spec is not None:
            record_change(session, spec, operation["record_id"], [], True)
            session.flush()
            pending = session.get_one(OutboxEntry, operation["record_id"])
            pending.base_version = max(pending.base_version, result.get("version") or 0)
        return 0
    if operation["deleted"]:
        # Deleted here, edited elsewhere since: nothing is undone until the user decides. Fields
        # edited here before the deletion that were edited there too are kept here (the pull
        # brings the other side's values into the record).
        mine = {f: v for f, v in operation["fields"].items() if f in (result.get("conflicts") or {})}
        session.add(
            SyncConflict(
                entity_type=operation["entity_type"],
                record_id=operation["record_id"],
                field=None,
                kind="deleted_here",
                local_value=mine or None,
                remote_value=result.get("conflicts") or None,
                remote_version=result.get("version"),
                reason=QT_TRANSLATE_NOOP("entraide", "Supprimée ici, modifiée ailleurs."),
            )
        )
        if entry is not None:
            session.delete(entry)
        return 1
    if result.get("deleted_on_hub") or not result.get("conflicts"):
        session.add(
            SyncConflict(
                entity_type=operation["entity_type"],
                record_id=operation["record_id"],
                field=None,
                kind="deleted",
                local_value=operation["fields"],
                remote_value=result.get("conflicts") or None,
                remote_version=result.get("version"),
                reason=QT_TRANSLATE_NOOP("entraide", "Modifiée ici, supprimée ailleurs."),
            )
        )
        if entry is not None:
            session.delete(entry)
        return 1
    remote = result.get("conflicts") or {}  # not empty: see above
    for field, value in remote.items():
        local = wire_fields(record, [field])[field] if record is not None else operation["fields"].get(field)
        session.add(
            SyncConflict(
                entity_type=operation["entity_type"],
                record_id=operation["record_id"],
                field=field,
                kind="field",
                local_value=local,
                remote_value=value,
                remote_version=result.get("version"),
            )
        )
    if entry is not None:
        if entry.sent_revision == entry.revision:
            session.delete(entry)  # the other fields were applied; these now wait in the conflicts
        else:
            entry.fields = [f for f in entry.fields if f not in remote]
    return len(remote)
