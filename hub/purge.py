"""Deleting for good: the owner emptied a record from its Corbeille. The tombstone keeps only
what sync needs (id, type, owner, who saw it, version, deleted and purged); every value goes, and
so does what belongs to the record (its children, as hub/cascade.py knows them), what the hub
remembered of its values in stored operation results, and the links between them. Pulls tell
every device to delete it without a trace; nothing can bring it back."""

from __future__ import annotations

from sqlalchemy import Text, cast, delete, or_, select
from sqlalchemy.orm import Session

from hub import cascade, rules
from hub.db import utcnow
from hub.models import OperationResult, Record, RecordLink
from hub.push_context import PushContext
from hub.refusals import Refusal, rejected
from protocol import reasons
from protocol.messages import Operation, OpResult, OpStatus

PURGED = Refusal(reasons.PURGED)


def on_purged(op: Operation, record: Record) -> OpResult:
    """An operation on a record deleted for good: a purge again is done already; anything else
    (an edit made offline, a restore) is refused, and the device deletes its copy at its pull."""
    if op.purged:
        return OpResult(
            op_id=op.op_id, record_id=op.record_id, status=OpStatus.APPLIED, version=record.version
        )
    return rejected(op, PURGED, record)


def purge(ctx: PushContext, op: Operation, record: Record) -> OpResult:
    ctx.flush_new()  # a child created earlier in this batch must be found too
    _purge(ctx, record)
    return OpResult(op_id=op.op_id, record_id=op.record_id, status=OpStatus.APPLIED, version=record.version)


def _purge(ctx: PushContext, record: Record) -> None:
    children = cascade.children(ctx.session, record)
    record.version = ctx.next_version()
    if not record.deleted:
        record.deleted_version = record.version
    record.deleted, record.purged = True, True
    record.fields, record.field_versions, record.field_devices = {}, {}, {}
    record.updated_at = utcnow()
    rules.after_write(ctx.session, record)  # a reservation's hold goes
    ctx.session.execute(
        delete(RecordLink).where(
            or_(RecordLink.record_id == record.record_id, RecordLink.parent_id == record.record_id)
        )
    )
    ctx.purged.add(record.record_id)
    for child in children:
        if not child.purged:
            _purge(ctx, child)


def forget_results(session: Session, record_ids: set[str]) -> None:
    """Stored answers about these records may hold their values (a conflict's, a refusal's):
    gone. A replay of one of those operations is judged again, and refused as purged. Searched in
    the JSON text (PostgreSQL's ->> fails on a stored "\u0000"), 200 ids per scan of the table."""
    ordered = sorted(record_ids)
    for start in range(0, len(ordered), 200):
        named = or_(
            *(
                cast(OperationResult.result, Text).contains(rid, autoescape=True)
                for rid in ordered[start : start + 200]
            )
        )
        for stored in session.scalars(select(OperationResult).where(named)):
            if stored.result.get("record_id") in record_ids:
                session.delete(stored)
