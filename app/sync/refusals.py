"""What a device does when the hub refuses one of its changes: it puts back the hub's values of
the refused fields (the record as every other device has it), keeps its other changes as a new
pending change (so that nothing else of the edit is lost), and shows the refusal with both values
in Conflits."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.models.base import RecordMixin
from app.models.outbox import APPLYING_REMOTE, own_fields, record_change
from app.models.sync import SyncConflict
from app.models.sync_spec import synced_spec
from app.services import trash
from app.sync.row_shapes import shape_of, wire_fields
from protocol import reasons
from protocol.messages import FieldProblemData, Fields, OperationData, OpResultData
from protocol.record_schemas import PARENT_DELETED, SCHEMAS, check_fields

MAX_CODE = 40  # sync_conflicts.reason_code


def refused(
    session: Session, record: RecordMixin | None, operation: OperationData, result: OpResultData
) -> int:
    """Record one refusal; returns 1 (a refusal is always for the user to read)."""
    current = result.get("current")
    problems = result.get("problems") or []
    mine: Fields | None = dict(operation["fields"])
    if result.get("reason_code") == reasons.PURGED:
        mine = None  # deleted for good by its owner: this copy goes when the purge is pulled
    if record is not None:
        if current is not None:
            mine = wire_fields(record, [f for f in current if f in own_fields(record)])
        _as_on_hub(session, record, operation, result, problems)
        _keep_the_rest(session, record, operation, current, problems)
    session.add(
        SyncConflict(
            entity_type=operation["entity_type"],
            record_id=operation["record_id"],
            field=None,
            kind="refused",
            local_value=mine,
            remote_value=current,
            **_why(result),
            problems=problems or None,
        )
    )
    return 1


def _why(result: OpResultData) -> dict[str, Any]:
    """The reason as this store can keep and word it: a faulty or hostile hub may send a code
    that is no text, values that are no mapping of scalars, a sentence that is no text. What is
    not of its shape is left out (the refusal is still listed), rather than stop every sync."""
    code, values, reason = result.get("reason_code"), result.get("reason_values"), result.get("reason")
    scalars = (
        {k: v for k, v in values.items() if isinstance(k, str) and isinstance(v, str | int | float | bool)}
        if isinstance(values, dict)
        else None
    )
    return {
        "reason": reason if isinstance(reason, str) else None,
        "reason_code": code if isinstance(code, str) and len(code) <= MAX_CODE else None,
        "reason_values": scalars,
    }


def _as_on_hub(
    session: Session,
    record: RecordMixin,
    operation: OperationData,
    result: OpResultData,
    problems: list[FieldProblemData],
) -> None:
    """The refused part of the change is undone here: the hub's values come back, and the record
    is in the trash here exactly when it is deleted there (or belongs to a deleted record)."""
    current = _storable(operation["entity_type"], result.get("current"))
    session.info[APPLYING_REMOTE] = True  # what the hub has already: nothing to send
    try:
        if current:
            for name, value in shape_of(record).values(current):
                setattr(record, name, value)
        parent_gone = any(p.get("code") == PARENT_DELETED for p in problems)
        if (result.get("deleted_on_hub") or parent_gone) and record.deleted_at is None:
            trash.trash(session, [record])
        elif current is not None and operation["deleted"] and not problems and record.deleted_at is not None:
            trash.restore(session, [record])  # the deletion itself was refused
        session.flush()
    finally:
        session.info[APPLYING_REMOTE] = False


def _storable(entity_type: str, values: Fields | None) -> Fields:
    """The hub's values that this store can hold (a hub may keep values stored before it checked
    them: those are left as they are here rather than break the sync)."""
    if not values or entity_type not in SCHEMAS:
        return {}
    wrong = {p.field for p in check_fields(entity_type, values, creating=False)}
    return {name: value for name, value in values.items() if name not in wrong}


def _keep_the_rest(
    session: Session,
    record: RecordMixin,
    operation: OperationData,
    current: Fields | None,
    problems: list[FieldProblemData],
) -> None:
    """The fields the hub did not refuse go again, as a new change (a new op id, based on the
    version this store has): an unrelated field changed in the same edit is not lost. A deletion
    refused only for some of the values it carried goes again without them."""
    if current is None:
        return  # nothing of it is on the hub (a new record refused): it stays here as it is
    rest = [name for name in operation["fields"] if name not in current]
    again_deleted = operation["deleted"] and bool(problems) and record.deleted_at is not None
    if rest or again_deleted:
        record_change(session, synced_spec(record), record.id, rest, record.deleted_at is not None)
