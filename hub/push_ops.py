"""One operation of a push, judged and written: a new record, an edit merged field by field
(conflicts kept), a deletion, a record deleted for good, a restore (hub/push.py runs them in the
push's transaction, under the version lock)."""

from __future__ import annotations

from hub import cascade, purge, rules, sharing, storable
from hub.bulk import Encoded
from hub.db import utcnow
from hub.models import Record
from hub.push_context import PushContext
from hub.refusals import Refusal, rejected
from protocol import reasons, record_schemas
from protocol.messages import ENTITY_VISIBILITIES, Fields, Operation, OpResult, OpStatus, Visibility

DELETED_BY = "__deleted__"  # key of field_devices: the device that deleted the record
NOT_OWNER = Refusal(reasons.NOT_OWNER)


def apply_one(ctx: PushContext, op: Operation, records: dict[str, Record]) -> OpResult:
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
