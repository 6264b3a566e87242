"""Applying a push: per-field merge, conflicts kept, replays answered from stored results.

Everything happens in the caller's transaction, which holds the hub_state row lock from the
start; results are stored with the changes, so an acknowledged operation is committed.
"""

from __future__ import annotations

import functools

from sqlalchemy import DateTime, Row, Select, bindparam, case, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hub import activity, cascade, purge, rules, sharing, storable
from hub.bulk import Encoded, among_parameter, insert_many
from hub.db import HubDatabase, utcnow
from hub.models import Device, HubState, OperationResult, Record
from hub.push_context import PushContext
from hub.refusals import Refusal, rejected
from protocol import reasons, record_schemas
from protocol.messages import ENTITY_VISIBILITIES, Fields, Operation, OpResult, OpStatus, Visibility

DELETED_BY = "__deleted__"  # key of field_devices: the device that deleted the record
NOT_OWNER = Refusal(reasons.NOT_OWNER)


# The statements of every push, built once with named parameters: building them anew cost more
# Python than running them.
_LOCK = select(HubState.last_version).where(HubState.id == 1).with_for_update()
_SEEN = (
    update(Device)
    .where(Device.id == bindparam("device"))
    .values(last_seen_at=bindparam("now", type_=DateTime))
)
_SEEN_AND_MARK = _SEEN.values(
    courier_mark=case(
        (or_(Device.courier_mark.is_(None), Device.courier_mark < bindparam("newest")), bindparam("newest")),
        else_=Device.courier_mark,
    )
)


@functools.cache
def _lookups(dialect_name: str) -> tuple[Select[str, str, dict[str, object]], Select[Record]]:
    """A batch's stored results and records, by their ids (one list parameter each)."""
    answered = select(OperationResult.op_id, OperationResult.association_id, OperationResult.result)
    return (
        answered.where(among_parameter(dialect_name, OperationResult.op_id, "ids")),
        select(Record).where(among_parameter(dialect_name, Record.record_id, "ids")),
    )


def lock_state(session: Session) -> int:
    """Lock the version counter until commit (PostgreSQL: row lock; SQLite: BEGIN IMMEDIATE);
    the last version handed out. Plain statements, here and below: no ORM object is needed."""
    return int(session.connection().execute(_LOCK).scalar_one())


def push_committed(
    db: HubDatabase, association_id: str, device_id: str, operations: list[Operation]
) -> list[OpResult]:
    """One batch in its own committed transaction, as a device's push or a courier file brings it."""
    for attempt in (1, 2):
        try:
            with db.writer.begin() as session:
                results, purged = apply_push(session, association_id, device_id, operations)
                refused = next((r.reason for r in results if r.status == OpStatus.REJECTED), None)
                if refused:  # shown in the console's list of devices
                    activity.note_error(session, device_id, refused)
            if purged:  # no older copy of its values left in SQLite's journal either
                db.fold_journal()
            return results
        except IntegrityError:
            if attempt == 2:  # twice the same race: not a replay, a real inconsistency
                raise
    raise AssertionError("unreachable")


def _seen_and_answered(
    session: Session, device_id: str, operations: list[Operation]
) -> dict[str, Row[str, str, dict[str, object]]]:
    """The batch's results stored by earlier pushes (by op id), after writing when the device was
    last seen, and its courier mark: a push holds every change its laptop had waiting, made or
    renewed up to its newest op id (a UUIDv7 of the laptop's clock), so a courier file that laptop
    prepared before it holds only superseded values, and is not applied (hub/courier.py). On
    PostgreSQL one statement (the UPDATE in a WITH, run to completion whatever the SELECT reads);
    on SQLite, which runs no UPDATE in a WITH, two."""
    dialect = session.get_bind().dialect.name
    newest = max((op.op_id for op in operations if _is_uuid7(op.op_id)), default=None)
    params: dict[str, object] = {} if newest is None else {"newest": newest}
    seen = _SEEN if newest is None else _SEEN_AND_MARK
    params |= {"device": device_id, "now": utcnow(), "ids": [op.op_id for op in operations]}
    connection = session.connection()
    if dialect == "postgresql":
        answered = _answered_after(seen is _SEEN_AND_MARK)
    else:
        connection.execute(seen, params)
        answered = _lookups(dialect)[0]
    return {row.op_id: row for row in connection.execute(answered, params)}


@functools.cache
def _answered_after(marking: bool) -> Select[str, str, dict[str, object]]:
    seen = _SEEN_AND_MARK if marking else _SEEN
    return _lookups("postgresql")[0].add_cte(seen.cte("seen"))


def _is_uuid7(value: str) -> bool:
    return len(value) == 36 and value[14] == "7" and value[8] == value[13] == value[18] == "-"


def apply_push(
    session: Session, association_id: str, device_id: str, operations: list[Operation]
) -> tuple[list[OpResult], bool]:
    """The results, and whether a record was deleted for good (see hub/purge.py)."""
    # Read before taking the version lock, which every push waits for: the less it is held, the
    # shorter the queue behind it. A result committed meanwhile by a concurrent replay of the same
    # op makes our OperationResult insert fail on its key; the caller then runs the push again
    # (see hub/api.py), which finds it and replays it.
    stored = _seen_and_answered(session, device_id, operations)
    last_version = lock_state(session)
    record_ids = list({op.record_id: None for op in operations})
    current = _lookups(session.get_bind().dialect.name)[1]
    records = {r.record_id: r for r in session.scalars(current, {"ids": record_ids})}
    ctx = PushContext(session, association_id, device_id, last_version)
    results: list[OpResult] = []
    fresh: dict[str, OpResult] = {}
    now = utcnow()
    for op in operations:
        if op.op_id in stored or op.op_id in fresh:
            results.append(_replayed(op, stored.get(op.op_id), fresh.get(op.op_id), association_id))
            continue
        # A second op on a record created in this batch, or a rule that reads other records (a
        # reservation's equipment may come earlier in the same batch): insert the new ones first.
        if op.record_id in ctx.new_records or (ctx.new_records and rules.concerns(op.entity_type)):
            ctx.flush_new()
        if op.record_id in ctx.flushed and op.record_id not in records:
            records[op.record_id] = session.get_one(Record, op.record_id)
        result = _apply_one(ctx, op, records)
        fresh[op.op_id] = result
        results.append(result)
    ctx.flush_new()
    ctx.finish()
    if ctx.purged:  # before this push's own results are stored: they hold no value
        purge.forget_results(session, ctx.purged)
    insert_many(
        session,
        OperationResult,
        [
            {
                "op_id": op_id,
                "association_id": association_id,
                "result": stored_result(result, result.record_id in ctx.purged),
                "created_at": now,
            }
            for op_id, result in fresh.items()
        ],
    )
    return results, bool(ctx.purged)


def stored_result(result: OpResult, purged: bool) -> Encoded:
    """The result as kept for a replay: its JSON as the answer has it (an answer about a record
    purged later in the batch keeps none of its values). The commonest, a plain "applied" with
    its version, written directly (one in each op of a first push)."""
    if (
        result.version is not None
        and not result.deleted_on_hub
        and result.conflicts is None
        and result.reason is None
        and result.reason_code is None
        and result.reason_values is None
        and result.problems is None
        and result.current is None
    ):  # op ids and record ids need no escaping (protocol: Operation's patterns)
        return Encoded(
            f'{{"op_id":"{result.op_id}","record_id":"{result.record_id}","status":"{result.status.value}",'
            f'"version":{result.version},"deleted_on_hub":false}}'
        )
    hidden = {"current", "conflicts"} if purged else None
    return Encoded(result.model_dump_json(exclude_none=True, exclude=hidden))


def _replayed(
    op: Operation,
    stored: Row[str, str, dict[str, object]] | None,
    fresh: OpResult | None,
    association_id: str,
) -> OpResult:
    if fresh is not None:
        return fresh
    assert stored is not None
    if stored.association_id != association_id:
        return rejected(op, Refusal(reasons.OP_ID_TAKEN))
    return OpResult.model_validate(stored.result)


def _apply_one(ctx: PushContext, op: Operation, records: dict[str, Record]) -> OpResult:
    record = records.get(op.record_id)
    mine = record is None or (record.owner_id == ctx.association_id and record.entity_type == op.entity_type)
    encoded = storable.stored_fields(op)
    if isinstance(encoded, Refusal):
        return rejected(op, encoded, record if mine else None)
    allowed = ENTITY_VISIBILITIES.get(op.entity_type)
    if allowed is None or op.entity_type not in record_schemas.SCHEMAS:
        return rejected(op, Refusal(reasons.UNKNOWN_TYPE, {"entity_type": op.entity_type[:40]}))
    if record is not None and record.owner_id != ctx.association_id:
        return rejected(op, NOT_OWNER)
    if record is not None and record.entity_type != op.entity_type:
        return rejected(op, Refusal(reasons.OTHER_TYPE))
    if record is not None and record.purged:
        return purge.on_purged(op, record)
    if op.purged:  # deleted for good by its owner; one the hub never had leaves nothing to strip
        if record is None:
            return OpResult(op_id=op.op_id, record_id=op.record_id, status=OpStatus.APPLIED)
        return purge.purge(ctx, op, record)
    # Every value is checked against its record type before anything is stored: nothing invalid
    # is ever served to another device.
    creating = record is None and not op.deleted
    problems = record_schemas.check_fields(op.entity_type, op.fields, creating=creating)
    if problems:
        return rejected(op, Refusal(reasons.INVALID_VALUES), record, problems=problems)
    if record is None:
        if op.deleted:  # created and deleted while offline: nothing to keep
            return OpResult(op_id=op.op_id, record_id=op.record_id, status=OpStatus.APPLIED)
        return _create(ctx, op, allowed, records, encoded)
    if record.deleted:
        return _on_deleted_record(ctx, op, record, allowed)
    # Fields another device changed after the version this edit was based on. A device's own
    # earlier edits never count: a replay of newer values after a lost answer is no conflict.
    changed_since = {
        f
        for f, v in record.field_versions.items()
        if v > op.base_version and record.field_devices.get(f) != ctx.device_id
    }
    if op.deleted:
        return _delete(ctx, op, record, changed_since)
    return _update(ctx, op, record, allowed, changed_since)


def _create(
    ctx: PushContext,
    op: Operation,
    allowed: tuple[Visibility, ...],
    records: dict[str, Record],
    encoded: Encoded,
) -> OpResult:
    checked = sharing.check_visibility(ctx, op, allowed, None)
    if isinstance(checked, Refusal):
        return rejected(op, checked)
    visibility, parties = checked
    fields = dict(op.fields)
    orphaned = cascade.deleted_parent(ctx.session, op.entity_type, fields, ctx.association_id)
    if orphaned:
        return rejected(op, cascade.ORPHAN, problems=orphaned)
    decided = rules.audience(ctx.session, op.entity_type, ctx.association_id, fields)
    if isinstance(decided, Refusal):
        return rejected(op, decided)
    if decided is not None:
        visibility, parties = Visibility.PARTIES.value, decided
    refusal = rules.check(ctx.session, op.entity_type, op.record_id, ctx.association_id, fields)
    if refusal:
        return rejected(op, refusal)
    version = ctx.next_version()
    links = cascade.links(op.record_id, op.entity_type, fields)
    record = ctx.add_new(op, fields, encoded, (visibility, parties), version, links)
    if record is not None:
        records[op.record_id] = record
    return OpResult(op_id=op.op_id, record_id=op.record_id, status=OpStatus.APPLIED, version=version)


def _update(
    ctx: PushContext, op: Operation, record: Record, allowed: tuple[Visibility, ...], changed_since: set[str]
) -> OpResult:
    conflicts = {
        f: record.fields.get(f)
        for f in op.fields
        if f in changed_since and record.fields.get(f) != op.fields[f]
    }
    changes = {f: v for f, v in op.fields.items() if f not in conflicts and record.fields.get(f) != v}
    orphaned = cascade.deleted_parent(ctx.session, record.entity_type, changes, ctx.association_id)
    if orphaned:
        return rejected(op, cascade.ORPHAN, record, problems=orphaned)
    checked = sharing.check_visibility(ctx, op, allowed, record.visibility)
    if isinstance(checked, Refusal):
        return rejected(op, checked, record)
    visibility, parties = checked
    new_parties = parties if op.parties is not None else list(record.parties)
    decided = rules.audience(
        ctx.session, record.entity_type, ctx.association_id, {**record.fields, **changes}, record
    )
    if isinstance(decided, Refusal):
        return rejected(op, decided, record, fields=rules.judged(record.entity_type, changes))
    if decided is not None:
        visibility, new_parties = Visibility.PARTIES.value, decided
    sharing_changed = visibility != record.visibility or new_parties != list(record.parties)
    if changes:
        merged = {**record.fields, **changes}
        refusal = rules.check(ctx.session, record.entity_type, record.record_id, ctx.association_id, merged)
        if refusal:
            return rejected(op, refusal, record, fields=rules.judged(record.entity_type, changes))
    status = (
        OpStatus.CONFLICT
        if conflicts
        else (OpStatus.APPLIED if op.base_version >= record.version else OpStatus.MERGED)
    )
    if not changes and not sharing_changed:
        return OpResult(
            op_id=op.op_id,
            record_id=op.record_id,
            status=status,
            version=record.version,
            conflicts=conflicts or None,
        )
    version = ctx.next_version()
    if sharing_changed:
        sharing.reshare(ctx, record, visibility, new_parties, version)
    record.fields = {**record.fields, **changes}
    record.field_versions = {**record.field_versions, **dict.fromkeys(changes, version)}
    record.field_devices = {**record.field_devices, **dict.fromkeys(changes, ctx.device_id)}
    record.version = version
    record.updated_at = utcnow()
    if cascade.parent_ids(record.entity_type, changes):
        cascade.relink(ctx.session, record)
    rules.after_write(ctx.session, record)
    return OpResult(
        op_id=op.op_id, record_id=op.record_id, status=status, version=version, conflicts=conflicts or None
    )


def _keep_fields(ctx: PushContext, record: Record, changes: Fields, version: int) -> None:
    record.fields = {**record.fields, **changes}
    record.field_versions = {**record.field_versions, **dict.fromkeys(changes, version)}
    record.field_devices = {**record.field_devices, **dict.fromkeys(changes, ctx.device_id)}


def _delete(ctx: PushContext, op: Operation, record: Record, changed_since: set[str]) -> OpResult:
    # The fields a deletion carries are the device's last edits (made just before it trashed the
    # record): kept, so that a restore, or this conflict, brings them back instead of older values.
    changes = {f: v for f, v in op.fields.items() if f not in changed_since and record.fields.get(f) != v}
    if changed_since:  # deleting what someone else edited since: ask, never lose the edit
        if changes and _rules_allow(ctx, record, {**record.fields, **changes}):
            record.version = ctx.next_version()
            _keep_fields(ctx, record, changes, record.version)
            record.updated_at = utcnow()
            rules.after_write(ctx.session, record)
        return OpResult(
            op_id=op.op_id,
            record_id=op.record_id,
            status=OpStatus.CONFLICT,
            version=record.version,
            conflicts={f: record.fields.get(f) for f in sorted(changed_since)},
        )
    version = ctx.next_version()
    _keep_fields(ctx, record, changes, version)
    record.deleted, record.deleted_version, record.version = True, version, version
    record.field_devices = {**record.field_devices, DELETED_BY: ctx.device_id}
    record.updated_at = utcnow()
    rules.after_write(ctx.session, record)
    cascade.delete_children(ctx, record)  # what belongs to it goes with it, on every device
    return OpResult(op_id=op.op_id, record_id=op.record_id, status=OpStatus.APPLIED, version=version)


def _rules_allow(ctx: PushContext, record: Record, fields: Fields) -> bool:
    """Whether the rules accept these fields as they are, without changing who sees the record."""
    if rules.check(ctx.session, record.entity_type, record.record_id, ctx.association_id, fields):
        return False
    decided = rules.audience(ctx.session, record.entity_type, ctx.association_id, fields)
    return decided is None or decided == list(record.parties)


def _on_deleted_record(
    ctx: PushContext, op: Operation, record: Record, allowed: tuple[Visibility, ...]
) -> OpResult:
    if op.deleted:  # deleted on both sides; this side's last edits are kept for a restore,
        # and a field the other side changed too is a conflict, as on a record still there.
        conflicts = {
            f: record.fields.get(f)
            for f, v in op.fields.items()
            if record.fields.get(f) != v
            and record.field_versions.get(f, 0) > op.base_version
            and record.field_devices.get(f) != ctx.device_id
        }
        _keep_fields(
            ctx,
            record,
            {f: v for f, v in op.fields.items() if f not in conflicts and record.fields.get(f) != v},
            record.version,
        )
        return OpResult(
            op_id=op.op_id,
            record_id=op.record_id,
            status=OpStatus.CONFLICT if conflicts else OpStatus.APPLIED,
            version=record.version,
            conflicts=conflicts or None,
            deleted_on_hub=True,
        )
    deleted_by_me = record.field_devices.get(DELETED_BY) == ctx.device_id
    if op.base_version < record.version and not deleted_by_me:  # an edit unaware of the deletion
        return OpResult(
            op_id=op.op_id,
            record_id=op.record_id,
            status=OpStatus.CONFLICT,
            version=record.version,
            deleted_on_hub=True,
            conflicts={},
        )
    # The owner saw the deletion and restores the record: it comes back with these fields,
    # provided the rules still allow it (its dates may have been taken meanwhile) and what it
    # belongs to is still there.
    merged = {**record.fields, **op.fields}
    orphaned = cascade.deleted_parent(ctx.session, record.entity_type, merged, ctx.association_id)
    if orphaned:
        return rejected(op, cascade.ORPHAN, record, problems=orphaned)
    refusal = rules.check(ctx.session, record.entity_type, record.record_id, ctx.association_id, merged)
    if refusal:
        return rejected(op, refusal, record)
    before, deleted_version = record.version, record.deleted_version
    record.deleted, record.deleted_version = False, None
    result = _update(ctx, op, record, allowed, set())
    if result.status != OpStatus.REJECTED and record.version == before:
        record.version = result.version = ctx.next_version()  # others must learn it is back
        rules.after_write(ctx.session, record)
    elif result.status == OpStatus.REJECTED:
        record.deleted, record.deleted_version = True, before
        refusal = Refusal(result.reason_code or reasons.INVALID_VALUES, result.reason_values or {})
        return rejected(op, refusal, record, problems=result.problems)
    cascade.restore_children(ctx, record, deleted_version)
    return result
