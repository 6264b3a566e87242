"""Pulled records this store cannot apply are set aside here, with the reason, so that one record
never stops a sync: the rest of the page is applied and the cursor moves on. A newer version of
the record takes its place and is tried again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.models.sync import SyncInbox, SyncQuarantine
from protocol import record_schemas
from protocol.field_rules import UNKNOWN_FIELD, WRONG_TYPE
from protocol.messages import ChangeData, FieldProblemData

INVALID_VALUES = "invalid_values"  # a value the record's schema refuses (problems say which)
MISSING_PARENT = "missing_parent"  # what it belongs to never came (not visible to us)
CANNOT_APPLY = "cannot_apply"  # the store refused it (problems say what the error was)


@dataclass(frozen=True)
class QuarantinedRecord:
    record_id: str
    entity_type: str
    version: int
    code: str
    problems: list[FieldProblemData]
    created_at: datetime


def problems_of(change: ChangeData, *, present: bool) -> list[FieldProblemData]:
    """What in a pulled change this version cannot store. Fields it does not know are not a
    problem: they come from a newer version and are left out."""
    entity_type = change["entity_type"]
    if change.get("deleted") or entity_type not in record_schemas.SCHEMAS:
        return []
    fields = change.get("fields")
    if not isinstance(fields, dict):
        return [{"field": "fields", "code": WRONG_TYPE, "values": {}}]
    return [
        {"field": problem.field, "code": problem.code, "values": problem.values}
        for problem in record_schemas.check_fields(entity_type, fields, creating=not present)
        if problem.code != UNKNOWN_FIELD
    ]


def set_aside(session: Session, change: ChangeData, code: str, problems: list[FieldProblemData]) -> None:
    session.merge(
        SyncQuarantine(
            record_id=change["record_id"],
            entity_type=change["entity_type"],
            version=change["version"],
            change=change,
            code=code,
            problems=problems,
        )
    )
    # Written at once: the same record set aside again in this page (written without autoflush)
    # must find this row and replace it, not add a second one, which the store refuses.
    session.flush()


def supersede(session: Session, changes: list[ChangeData]) -> None:
    """A newer version of a record set aside replaces it: it will be tried as any change."""
    drop_superseded(session, SyncQuarantine, changes)


def drop_superseded(
    session: Session, model: type[SyncQuarantine | SyncInbox], changes: list[ChangeData]
) -> None:
    """The rows of `model` (the quarantine, the inbox) that a newer change among `changes`
    replaces; a row newer than every change of its record stays (parked in this very page)."""
    if session.scalar(select(model.record_id).limit(1)) is None:
        return  # the usual case: nothing held, no work per change
    newest: dict[str, int] = {}
    for change in changes:
        newest[change["record_id"]] = max(newest.get(change["record_id"], 0), change["version"])
    held = select(model.record_id, model.version).where(model.record_id.in_(list(newest)))
    for record_id, version in session.execute(held).all():
        if newest[record_id] > version:
            session.delete(session.get(model, record_id))
    session.flush()


def waiting_for_parents(session: Session) -> list[SyncQuarantine]:
    return list(session.scalars(select(SyncQuarantine).where(SyncQuarantine.code == MISSING_PARENT)))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(SyncQuarantine)) or 0


def listing(session: Session) -> list[QuarantinedRecord]:
    return [
        QuarantinedRecord(q.record_id, q.entity_type, q.version, q.code, list(q.problems or []), q.created_at)
        for q in session.scalars(select(SyncQuarantine).order_by(SyncQuarantine.created_at))
    ]


def release(session: Session, record_ids: list[str]) -> None:
    session.execute(delete(SyncQuarantine).where(SyncQuarantine.record_id.in_(record_ids)))
