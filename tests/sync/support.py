"""Helpers shared by the sync tests that need many laptops quickly or look into the hub's database."""

from __future__ import annotations

import itertools
import shutil
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db import open_database
from app.models import Contact, Role
from app.models.outbox import own_fields
from app.models.sync import OutboxEntry, SyncConflict, SyncInbox
from app.paths import DataPaths
from app.sync.client import HubClient
from app.sync.engine import sync_state
from app.sync.row_shapes import wire_fields
from hub.db import open_hub_database
from hub.models import Association, HubState, Record
from tests.sync.conftest import Laptop, LiveHub

_names = itertools.count(1)


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:10]}"


class Fleet:
    """Laptops made from one migrated template file (copying it beats migrating each store)."""

    def __init__(self, hub: LiveHub, root: Path) -> None:
        self.hub, self.root = hub, root
        self.template = root / "modele" / "entraide.sqlite3"
        if not self.template.exists():
            open_database(DataPaths(self.template.parent)).close()
        self.made: list[Laptop] = []

    def laptop(
        self,
        association: str,
        *,
        url: str | None = None,
        retries: int = 2,
        backoff: float = 0.05,
        client_class: type[HubClient] = HubClient,
        hub: LiveHub | None = None,
    ) -> Laptop:
        target = hub or self.hub
        name = f"portable-{next(_names)}"
        paths = DataPaths(self.root / name).ensure()
        shutil.copyfile(self.template, paths.database)
        client = client_class(url or target.url, retries=retries, backoff=backoff)
        client.token = (
            HubClient(target.url, retries=2, backoff=0.05)
            .enroll(target.enrollment_code(association), name)
            .token
        )
        laptop = Laptop(name, open_database(paths), paths, client)
        self.made.append(laptop)
        return laptop

    def close(self) -> None:
        for laptop in self.made:
            laptop.database.close()
        self.made.clear()


def contacts_state(laptop: Laptop) -> dict[str, tuple[bool, dict[str, Any]]]:
    """Every contact of the store, trash included: id -> (in the trash, synced field values)."""

    def read(session) -> dict[str, tuple[bool, dict[str, Any]]]:
        return {
            c.id: (c.deleted_at is not None, wire_fields(c, own_fields(c)))
            for c in session.scalars(select(Contact))
        }

    return laptop.run(read)


def roles_state(laptop: Laptop) -> dict[str, tuple[bool, dict[str, Any]]]:
    def read(session) -> dict[str, tuple[bool, dict[str, Any]]]:
        return {
            r.id: (r.deleted_at is not None, wire_fields(r, own_fields(r)))
            for r in session.scalars(select(Role))
        }

    return laptop.run(read)


def alive(laptop: Laptop) -> dict[str, dict[str, Any]]:
    return {cid: fields for cid, (trashed, fields) in contacts_state(laptop).items() if not trashed}


def bookkeeping(laptop: Laptop) -> dict[str, int]:
    def read(session) -> dict[str, int]:
        return {
            "outbox": len(session.scalars(select(OutboxEntry.record_id)).all()),
            "inbox": len(session.scalars(select(SyncInbox.record_id)).all()),
            "conflicts": len(
                session.scalars(select(SyncConflict.id).where(SyncConflict.resolved_at.is_(None))).all()
            ),
            "cursor": sync_state(session).cursor,
        }

    return laptop.run(read)


class HubDatabase:
    """Read the hub's own tables, to check what it holds (not what a client believes)."""

    def __init__(self, hub: LiveHub) -> None:
        self.db = open_hub_database(hub.settings.resolved_database_url())

    def association_id(self, name: str) -> str:
        with self.db.reader() as session:
            return session.scalars(select(Association.id).where(Association.name == name)).one()

    def records(self, association: str, entity_type: str = "contact") -> dict[str, Record]:
        owner = self.association_id(association)
        with self.db.reader() as session:
            return {
                r.record_id: r
                for r in session.scalars(
                    select(Record).where(Record.owner_id == owner, Record.entity_type == entity_type)
                )
            }

    def last_version(self) -> int:
        with self.db.reader() as session:
            return session.scalars(select(HubState.last_version)).one()

    def close(self) -> None:
        self.db.dispose()


def local_orphans(laptop: Laptop) -> list[str]:
    """Records alive in this store whose parent is missing or in the trash."""
    from app.models.sync_spec import spec_of, synced_models

    def read(session) -> list[str]:
        models = synced_models()
        found = []
        for model in models.values():
            for name, parent_type in spec_of(model).parents.items():
                parent_model = models[parent_type]
                column = getattr(model, name)
                alive_parents = select(parent_model.id).where(parent_model.deleted_at.is_(None))
                found += session.scalars(
                    select(model.id).where(model.deleted_at.is_(None), column.not_in(alive_parents))
                ).all()
        return found

    return laptop.run(read)


def hub_orphans(hub: LiveHub) -> list[str]:
    """Records alive on the hub whose parent (declared in the record schemas) is deleted or absent."""
    from protocol.record_schemas import SCHEMAS

    database = open_hub_database(hub.settings.resolved_database_url())
    try:
        with database.reader() as session:
            records = {r.record_id: r for r in session.scalars(select(Record))}
    finally:
        database.dispose()
    found = []
    for record in records.values():
        if record.deleted or record.entity_type not in SCHEMAS:
            continue
        for name in SCHEMAS[record.entity_type].parents:
            parent = records.get(record.fields.get(name))
            if parent is None or parent.deleted:
                found.append(record.record_id)
    return found
