"""Between local rows and the wire: field values out, pulled changes in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, inspect
from sqlalchemy.orm import Session

from app.models import utcnow
from app.models.base import UTCDateTime
from app.models.outbox import APPLYING_REMOTE, own_fields
from app.models.sync import OutboxEntry, SyncedRecord
from app.models.sync_spec import SyncSpec, spec_of, synced_models


def to_wire(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _from_wire(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    return value


def wire_fields(obj: Any, names: list[str]) -> dict[str, Any]:
    return {name: to_wire(getattr(obj, name)) for name in names}


@dataclass
class Page:
    """What a pulled page touches, loaded in a few queries: absent here means absent locally."""

    objects: dict[str, Any] = field(default_factory=dict)
    known: dict[str, SyncedRecord] = field(default_factory=dict)
    pending: dict[str, OutboxEntry] = field(default_factory=dict)
    disputed: set[str] = field(default_factory=set)  # deleted there, edited here, not settled


class Registry:
    """The synced record types, found from the models' `__sync__` declarations."""

    def __init__(self) -> None:
        self.models = synced_models()

    def model(self, entity_type: str) -> type | None:
        return self.models.get(entity_type)

    def load(self, session: Session, entity_type: str, record_id: str) -> Any:
        model = self.model(entity_type)
        return session.get(model, record_id) if model is not None else None

    def insert_new(self, session: Session, changes: list[dict[str, Any]], page: Page) -> list[dict]:
        """Insert, in one statement per table, the records this store has never had; returns the
        changes left for `apply` (updates, deletions). A first sync is mostly this."""
        rest: list[dict[str, Any]] = []
        rows: dict[Any, list[dict[str, Any]]] = {}
        known_rows: list[dict[str, Any]] = []
        now = utcnow()
        for change in changes:
            model = self.model(change["entity_type"])
            record_id = change["record_id"]
            if (model is None or change.get("deleted") or record_id in page.objects
                    or record_id in page.known):
                rest.append(change)
                continue
            concrete = _concrete(model, change.get("fields", {}))
            table = concrete.__table__
            row = dict.fromkeys(table.columns.keys())
            columns = inspect(concrete).columns
            for name in own_fields_of(concrete, spec_of(concrete)):
                if name in change["fields"]:
                    row[name] = _from_wire(columns[name].type, change["fields"][name])
            row.update(id=record_id, created_at=now, updated_at=now)
            identity = inspect(concrete).polymorphic_identity
            if identity is not None:
                row[inspect(concrete).polymorphic_on.key] = identity
            rows.setdefault(table, []).append(row)
            page.objects[record_id] = True  # present from now on (parents of later changes)
            known_rows.append({"record_id": record_id, "entity_type": change["entity_type"],
                               "version": change["version"], "owner_id": change.get("owner_id"),
                               "visibility": change.get("visibility"),
                               "parties": change.get("parties") or []})
        for table, table_rows in rows.items():
            session.execute(table.insert(), table_rows)
        if known_rows:
            session.execute(SyncedRecord.__table__.insert(), known_rows)
        return rest

    def apply(self, session: Session, change: dict[str, Any], page: Page) -> str:
        """Write one pulled change. Fields with a local change still pending keep the local value
        (the hub will judge them when they are pushed). Returns what happened."""
        session.info[APPLYING_REMOTE] = True
        entity_type, record_id = change["entity_type"], change["record_id"]
        model = self.model(entity_type)
        if model is None:
            return "ignored"  # a record type this version does not know yet
        obj, known = page.objects.get(record_id), page.known.get(record_id)
        pending = page.pending.get(record_id)
        if known is not None and known.version >= change["version"] and obj is not None and (
                change.get("deleted") or _holds(obj, change.get("fields", {}))):
            return "known"  # our own push coming back, or a page seen before a cut
        if known is None:
            known = SyncedRecord(record_id=record_id, entity_type=entity_type, version=0)
            session.add(known)
            page.known[record_id] = known
        known.version = change["version"]
        known.owner_id = change.get("owner_id") or known.owner_id
        known.visibility = change.get("visibility") or known.visibility
        known.parties = change.get("parties") or []
        if change.get("deleted"):
            if obj is None or obj.deleted_at is not None:
                return "deleted"
            if pending is not None:
                return "kept"  # edited here: the push will meet the deletion as a conflict
            obj.deleted_at = utcnow()
            return "deleted"
        fields = change.get("fields", {})
        if obj is None:
            model = _concrete(model, fields)
            obj = model(id=record_id)
            session.add(obj)
            page.objects[record_id] = obj
        keep = set(pending.fields) if pending is not None else set()
        columns = inspect(type(obj)).columns
        for name in own_fields(obj, spec_of(obj)):
            if name in fields and name not in keep:
                setattr(obj, name, _from_wire(columns[name].type, fields[name]))
        if obj.deleted_at is not None and record_id not in page.disputed and (
                pending is None or not pending.deleted):
            obj.deleted_at = None  # restored on the hub
        return "applied"


def _holds(obj: Any, fields: dict[str, Any]) -> bool:
    """Whether the local record already has these values. Not always so when the hub answered
    "applied": a restore brings back the hub's fields, which a tombstone did not carry."""
    return all(to_wire(getattr(obj, name)) == fields[name]
               for name in own_fields(obj, spec_of(obj)) if name in fields)


def own_fields_of(cls: type, spec: SyncSpec) -> list[str]:
    attrs = inspect(cls).attrs
    return [name for name in spec.fields if name in attrs]


def _concrete(model: type, fields: dict[str, Any]) -> type:
    """For polymorphic models (contacts), the subclass named by the discriminator."""
    mapper = inspect(model)
    if mapper.polymorphic_on is None:
        return model
    identity = fields.get(mapper.polymorphic_on.key)
    return mapper.polymorphic_map[identity].class_ if identity in mapper.polymorphic_map else model
