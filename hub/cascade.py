"""What belongs to a record goes with it: deleting a person on the hub deletes its roles and
consents (whatever the device sent), restoring it restores those deleted with it, and a record
cannot come alive under a deleted parent. The parents are declared once, in the record schemas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hub import rules
from hub.db import utcnow
from hub.models import Record, RecordLink
from hub.refusals import Refusal
from protocol import reasons
from protocol.messages import FieldProblem, Fields
from protocol.record_schemas import PARENT_DELETED, SCHEMAS

if TYPE_CHECKING:
    from hub.push_context import PushContext

DELETED_WITH = "__deleted_with__"  # key of field_devices: the parent whose deletion took this one
ORPHAN = Refusal(reasons.PARENT_DELETED)


def parent_ids(entity_type: str, fields: Fields) -> set[str]:
    schema = SCHEMAS.get(entity_type)
    if schema is None:
        return set()
    return {value for name in schema.parents if isinstance(value := fields.get(name), str) and value}


def links(record_id: str, entity_type: str, fields: Fields) -> list[dict[str, str]]:
    return [
        {"parent_id": parent, "record_id": record_id} for parent in sorted(parent_ids(entity_type, fields))
    ]


def relink(session: Session, record: Record) -> None:
    """After an edit that may have moved a record to another parent."""
    schema = SCHEMAS.get(record.entity_type)
    if schema is None or not schema.parents:
        return
    session.execute(delete(RecordLink).where(RecordLink.record_id == record.record_id))
    found = links(record.record_id, record.entity_type, record.fields)
    if found:
        session.add_all(RecordLink(**link) for link in found)


def deleted_parent(
    session: Session, entity_type: str, fields: Fields, owner_id: str | None = None
) -> list[FieldProblem]:
    """The parent fields pointing to a record deleted on the hub (a parent the hub has never seen
    may come later in the batch or belong to nobody: not judged)."""
    schema = SCHEMAS.get(entity_type)
    problems = []
    parents = schema.parents if schema is not None else {}
    for name, parent_type in parents.items():
        parent_id = fields.get(name)
        parent = session.get(Record, parent_id) if isinstance(parent_id, str) and parent_id else None
        if (
            parent is not None
            and parent.deleted
            and parent.entity_type == parent_type
            and (owner_id is None or parent.owner_id == owner_id)
        ):
            problems.append(FieldProblem(field=name, code=PARENT_DELETED))
    return problems


def children(session: Session, parent: Record) -> list[Record]:
    """The records of the same owner whose declared parent of this type is this record."""
    return [
        child
        for child in _linked(session, parent)
        if any(
            child.fields.get(name) == parent.record_id and kind == parent.entity_type
            for name, kind in SCHEMAS[child.entity_type].parents.items()
        )
    ]


def _linked(session: Session, parent: Record) -> list[Record]:
    return list(
        session.scalars(
            select(Record).where(
                Record.record_id.in_(
                    select(RecordLink.record_id).where(RecordLink.parent_id == parent.record_id)
                ),
                Record.owner_id == parent.owner_id,  # nobody else's record goes with ours
            )
        )
    )


def delete_children(ctx: PushContext, parent: Record) -> None:
    ctx.flush_new()  # a child created earlier in this batch must be found too
    for child in children(ctx.session, parent):
        if child.deleted:
            continue
        child.version = child.deleted_version = ctx.next_version()
        child.deleted = True
        child.field_devices = {**child.field_devices, DELETED_WITH: parent.record_id}
        child.updated_at = utcnow()
        rules.after_write(ctx.session, child)
        delete_children(ctx, child)


def restore_children(ctx: PushContext, parent: Record, deleted_version: int | None) -> None:
    """Bring back what the parent's deletion took with it (not what was deleted on its own)."""
    for child in children(ctx.session, parent):
        if not child.deleted or child.field_devices.get(DELETED_WITH) != parent.record_id:
            continue
        devices = dict(child.field_devices)
        devices.pop(DELETED_WITH)
        child.deleted, child.deleted_version, child.field_devices = False, None, devices
        child.version = ctx.next_version()
        child.updated_at = utcnow()
        rules.after_write(ctx.session, child)
        restore_children(ctx, child, deleted_version)
