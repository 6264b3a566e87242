"""Pulled changes into the store: rows made ahead, new records inserted in bulk, the others applied
one by one; what the hub last said of each record (rows and shapes: app/sync/row_shapes.py)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, Table, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from app.db import Bound, Filled, bind_rows, id_set, insert_bound, table_of, without_nulls
from app.models import utcnow
from app.models.base import Base, RecordMixin
from app.models.contacts import Role
from app.models.outbox import APPLYING_REMOTE, own_fields
from app.models.sync import OutboxEntry, SyncedRecord
from app.models.sync_spec import synced_models
from app.services.contacts.search_index import deferred_search_index
from app.sync import bulk_indexes
from app.sync.row_shapes import concrete, row_shape, shape_of, to_wire
from protocol.messages import ChangeData

STORE_DIALECT: Dialect = sqlite.dialect()  # the store's, as app.db.make_engine makes it


@dataclass
class Prepared:
    """What can be worked out of a pulled page before its turn to be written, without the store:
    done in the download thread, it overlaps the writing of the page before (SQLite lets go of
    the interpreter while it writes)."""

    rows: dict[str, tuple[Table, Filled, Bound]] = field(default_factory=dict)  # a new record's row
    groups: dict[tuple[Table, Filled], list[Bound]] = field(default_factory=dict)  # `rows` by table
    known: dict[str, Bound] = field(default_factory=dict)  # its sync_records row, bound
    valid: set[str] = field(default_factory=set)  # ids whose values pass even as a new record


@dataclass
class Page:
    """What a pulled page touches, loaded in a few queries: absent here means absent locally."""

    objects: dict[str, Any] = field(default_factory=dict)
    known: dict[str, SyncedRecord] = field(default_factory=dict)
    pending: dict[str, OutboxEntry] = field(default_factory=dict)
    disputed: set[str] = field(default_factory=set)  # deleted there, edited here, not settled
    purged: set[str] = field(default_factory=set)  # deleted for good: never applied again
    ids_table: str | None = None  # the temporary table holding every id of the page (app.db.id_set)
    rows: dict[str, tuple[Table, Filled, Bound]] = field(default_factory=dict)  # Prepared.rows
    groups: dict[tuple[Table, Filled], list[Bound]] = field(default_factory=dict)  # Prepared.groups
    known_rows: dict[str, Bound] = field(default_factory=dict)  # Prepared.known


@dataclass
class NewRows:
    """What `insert_new` writes: rows made by `prepare` (bound, by shape) or made here, the ids
    inserted and their sync_records rows."""

    bound: dict[tuple[Table, Filled], list[Bound]]
    unbound: dict[Table, list[list[Any]]] = field(default_factory=dict)
    inserted: list[str] = field(default_factory=list)
    known_bound: list[Bound] = field(default_factory=list)
    known_unbound: list[list[Any]] = field(default_factory=list)


def loaded(session: Session, page: Page, record_id: str, model: type | None) -> Any:
    """The local record of a change as an object, or None: one that `insert_new` inserted from an
    earlier change of the page (`True` in `page.objects`) is read now, with its sync_records row."""
    obj = page.objects.get(record_id)
    if obj is True:
        obj = page.objects[record_id] = session.get(model, record_id) if model is not None else None
        known = session.get(SyncedRecord, record_id)  # its sync_records row went in with it
        if known is not None:
            page.known.setdefault(record_id, known)
    return obj


def _all_new(changes: list[ChangeData], page: Page) -> bool:
    """Whether every change is a record `prepare` made a row for, none of them here yet: then
    none is deleted, of a type this version does not know or twice in the page (those have none)."""
    rows = page.rows
    return (
        len(changes) == len(rows) == len(page.known_rows)
        and page.objects.keys().isdisjoint(rows)
        and page.known.keys().isdisjoint(rows)
        and all(change["record_id"] in rows for change in changes)
    )


_ORDER = {table: i for i, table in enumerate(Base.metadata.sorted_tables)}  # parents first


def _write_new(
    session: Session, new: NewRows, ids_table: str | None, before_index: Callable[[], None] | None
) -> None:
    """Insert the new rows, one statement per table and shape, and index them. `ids_table`: a
    temporary table holding exactly the ids inserted (app.db.id_set), if there is one."""
    dialect = session.connection().dialect
    # Parents before children, whatever order the page brought them in: the store checks each
    # row's references as it is inserted.
    tables = sorted({table for table, _filled in new.bound} | set(new.unbound), key=_ORDER.__getitem__)
    with deferred_search_index(session) as to_index:
        for table in tables:
            bulk_indexes.drop_if_empty(session, table)  # built once after the last page
            insert_bound(session, table, bind_rows(dialect, table, new.unbound.get(table, [])))
            for (of, filled), rows in new.bound.items():
                if of is table:
                    insert_bound(session, table, rows, filled)
        known_table = _known_table()  # in before the index, which is SQL alone
        known = new.known_bound + bind_rows(dialect, known_table, new.known_unbound)
        insert_bound(session, known_table, known)
        if ids_table is None:
            to_index.ids.update(new.inserted)
        else:  # the whole page was new (a first sync): its ids are in a table already
            to_index.table = ids_table
        to_index.roles = any(table.name == Role.__tablename__ for table in tables)
        to_index.before_index = before_index


class Registry:
    """The synced record types, found from the models' `__sync__` declarations."""

    def __init__(self) -> None:
        self.models = synced_models()

    def model(self, entity_type: str) -> type[RecordMixin] | None:
        return self.models.get(entity_type)

    def load(self, session: Session, entity_type: str, record_id: str) -> Any:
        model = self.model(entity_type)
        return session.get(model, record_id) if model is not None else None

    def load_many(
        self, session: Session, ids: list[str] | Select[str], types: set[str] | None = None
    ) -> dict[str, RecordMixin]:
        """The local records with these ids (or an `id_set`), in one query per type: of the given
        types only when the caller knows them (a page of three changes asks three tables, not all)."""
        wanted = ids if isinstance(ids, Select) else id_set(session, "wanted_ids", ids)
        models = [m for t, m in self.models.items() if types is None or t in types]
        return {
            o.id: o for model in models for o in session.scalars(select(model).where(model.id.in_(wanted)))
        }

    def insert_new(
        self,
        session: Session,
        changes: list[ChangeData],
        page: Page,
        before_index: Callable[[], None] | None = None,
    ) -> list[ChangeData]:
        """Insert, in one statement per table, the records this store has never had; returns the
        changes left for `apply` (updates, deletions). A first sync is mostly this: its rows were
        made and bound by `prepare`, in the download thread. `before_index`: called once the rows are
        in, just before the one long statement that indexes them (app/services/contacts/search_index.py)."""
        rest: list[ChangeData] = []
        if _all_new(changes, page):  # a first sync's page: its rows made and sorted beforehand
            new = NewRows(page.groups, inserted=list(page.rows), known_bound=list(page.known_rows.values()))
            page.objects.update(dict.fromkeys(page.rows, True))  # present from now on
        else:
            rest, new = self._sort_new(changes, page)
        if new.inserted:
            _write_new(session, new, page.ids_table if not rest else None, before_index)
        return rest

    def _sort_new(self, changes: list[ChangeData], page: Page) -> tuple[list[ChangeData], NewRows]:
        """The changes that insert a record this store has never had, as rows, and the others."""
        rest: list[ChangeData] = []
        new = NewRows({})
        now, prepared_rows, prepared_known = utcnow(), page.rows, page.known_rows
        for change in changes:
            model = self.model(change["entity_type"])
            record_id = change["record_id"]
            if model is None or change.get("deleted") or record_id in page.objects or record_id in page.known:
                rest.append(change)
                continue
            prepared = prepared_rows.pop(record_id, None)
            if prepared is None:
                shape = row_shape(concrete(model, change.get("fields", {})))
                new.unbound.setdefault(shape.table, []).append(shape.row(record_id, change["fields"], now))
            else:
                new.bound.setdefault(prepared[:2], []).append(prepared[2])
            new.inserted.append(record_id)
            page.objects[record_id] = True  # present from now on (parents of later changes)
            known = prepared_known.pop(record_id, None)
            if known is None:
                new.known_unbound.append(_known_row(change))
            else:
                new.known_bound.append(known)
        return rest, new

    def prepare(
        self, changes: list[ChangeData], valid: Callable[[ChangeData], bool], dialect: Dialect = STORE_DIALECT
    ) -> Prepared:
        """The row each change would insert as a new record and its sync_records row, both bound
        for the store's `dialect`, and which changes are `valid`."""
        prepared, seen, now = Prepared(), set[str](), utcnow()
        made: dict[Table, list[tuple[str, list[Any]]]] = {}
        known: list[tuple[str, list[Any]]] = []
        for change in changes:
            model, record_id = self.model(change["entity_type"]), change["record_id"]
            if record_id in seen:  # twice in a page: left to the usual path
                prepared.valid.discard(record_id)
                continue
            seen.add(record_id)
            if model is None or change.get("deleted") or not valid(change):
                continue
            try:
                shape = row_shape(concrete(model, change["fields"]))
                row = shape.row(record_id, change["fields"], now)
                known_row = _known_row(change)
            except (ValueError, TypeError, AttributeError):  # left to the usual path, which sets it aside
                continue
            prepared.valid.add(record_id)
            made.setdefault(shape.table, []).append((record_id, row))
            known.append((record_id, known_row))
        twice = seen - prepared.valid  # among others, ids seen twice: none of their rows is kept
        for table, pairs in made.items():
            kept = [(i, r) for i, r in pairs if i not in twice]
            filled, rows = without_nulls(table, bind_rows(dialect, table, [r for _i, r in kept]))
            for (record_id, _row), values in zip(kept, rows, strict=True):
                prepared.rows[record_id] = table, filled, values
            prepared.groups[table, filled] = rows
        kept_known = [(i, r) for i, r in known if i not in twice]
        prepared.known = dict(
            zip(
                [i for i, _r in kept_known],
                bind_rows(dialect, _known_table(), [r for _i, r in kept_known]),
                strict=True,
            )
        )
        return prepared

    def apply(self, session: Session, change: ChangeData, page: Page) -> str:
        """Write one pulled change. Fields with a local change still pending keep the local value
        (the hub will judge them when they are pushed). Returns what happened."""
        session.info[APPLYING_REMOTE] = True
        entity_type, record_id = change["entity_type"], change["record_id"]
        model = self.model(entity_type)
        if model is None:
            return "ignored"  # a record type this version does not know yet
        obj = loaded(session, page, record_id, model)
        known = page.known.get(record_id)
        pending = page.pending.get(record_id)
        if (
            known is not None
            and known.version >= change["version"]
            and obj is not None
            and (change.get("deleted") or _holds(obj, change.get("fields", {})))
        ):
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
            obj = concrete(model, fields)(id=record_id)
            session.add(obj)
            page.objects[record_id] = obj
        keep = set(pending.fields) if pending is not None else set()
        for name, value in shape_of(obj).values(fields):
            if name not in keep:
                setattr(obj, name, value)
        if (
            obj.deleted_at is not None
            and record_id not in page.disputed
            and (pending is None or not pending.deleted)
        ):
            obj.deleted_at = None  # restored on the hub
        return "applied"


KNOWN_COLUMNS = ("record_id", "entity_type", "version", "owner_id", "visibility", "parties")
_NO_PARTIES: list[str] = []  # one object for every row without parties: bound once (app.db.bind_rows)


def _known_row(change: ChangeData) -> list[Any]:
    """A new record's sync_records row, in the order of KNOWN_COLUMNS."""
    return [
        change["record_id"],
        change["entity_type"],
        change["version"],
        change.get("owner_id"),
        change.get("visibility"),
        change.get("parties") or _NO_PARTIES,
    ]


@functools.cache
def _known_table() -> Table:
    """sync_records, whose rows `insert_new` builds as lists in this column order."""
    table = table_of(SyncedRecord)
    if tuple(table.columns.keys()) != KNOWN_COLUMNS:
        raise AssertionError(f"sync_records columns changed: {table.columns.keys()}")
    return table


def known_and_pending(
    session: Session, ids: list[str] | Select[str]
) -> tuple[dict[str, SyncedRecord], dict[str, OutboxEntry]]:
    """What the hub last said of these records, and their changes waiting to be sent."""
    wanted = ids if isinstance(ids, Select) else id_set(session, "wanted_ids", ids)
    known = {
        k.record_id: k
        for k in session.scalars(select(SyncedRecord).where(SyncedRecord.record_id.in_(wanted)))
    }
    pending = {
        e.record_id: e for e in session.scalars(select(OutboxEntry).where(OutboxEntry.record_id.in_(wanted)))
    }
    return known, pending


def _holds(obj: Any, fields: dict[str, Any]) -> bool:
    """Whether the local record already has these values. Not always so when the hub answered
    "applied": a restore brings back the hub's fields, which a tombstone did not carry."""
    return all(to_wire(getattr(obj, name)) == fields[name] for name in own_fields(obj) if name in fields)
