"""What one push carries from operation to operation: the transaction, who pushes, the version
counter, and the new records written together at the end of the batch."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from hub import push_pipeline, rules
from hub.bulk import EMPTY_LIST, Encoded, encode_json, insert_many, same_for_each
from hub.db import utcnow
from hub.models import Association, HubState, OperationResult, Record, RecordLink, RecordParty
from protocol.messages import Fields, Operation

_COUNTED = update(HubState).where(HubState.id == 1).values(last_version=bindparam("counted"))


@dataclass
class PushContext:
    session: Session
    association_id: str
    device_id: str
    last_version: int  # the last version handed out (see next_version), locked until commit
    # New records are written in one INSERT per table at the end of the batch (the bulk of a
    # first push); an op that touches one of them before that flushes them first.
    new_records: dict[str, dict[str, object]] = field(default_factory=dict)
    new_parties: list[dict[str, str]] = field(default_factory=list)
    new_links: list[dict[str, str]] = field(default_factory=list)
    flushed: set[str] = field(default_factory=set)  # new records of this batch already inserted
    purged: set[str] = field(default_factory=set)  # records deleted for good in this push (hub/purge.py)
    now: datetime = field(default_factory=utcnow)  # the new records' updated_at: one instant per push
    first_version: int = field(init=False)  # the counter as locked: `finish` writes it once if it moved

    def add_new(
        self,
        op: Operation,
        fields: Fields,
        encoded: Encoded,
        seen_by: tuple[str, list[str]],
        version: int,
        links: list[dict[str, str]],
    ) -> Record | None:
        """A new record, its parties and links (to its parents: hub/cascade.py): kept for the
        batch's bulk insert, or for a type the rules keep bookkeeping on, added the ORM way
        (returned, for the ops after it)."""
        visibility, parties = seen_by
        row: dict[str, object] = {
            "record_id": op.record_id,
            "entity_type": op.entity_type,
            "owner_id": self.association_id,
            "visibility": visibility,
            "version": version,
            "deleted": False,
            "deleted_version": None,
            "updated_at": self.now,
        }
        if rules.concerns(op.entity_type):
            record = Record(
                **row,
                parties=parties,
                fields=fields,
                field_versions=dict.fromkeys(fields, version),
                field_devices=dict.fromkeys(fields, self.device_id),
            )
            self.session.add(record)
            self.session.add_all(RecordParty(record_id=op.record_id, association_id=p) for p in parties)
            self.session.add_all(RecordLink(**link) for link in links)
            rules.after_write(self.session, record)
            return record
        # As JSON text: the fields as checked (hub/storable.py), each field's version and device.
        row["parties"] = Encoded(encode_json(parties)) if parties else EMPTY_LIST
        row["fields"] = encoded
        row["field_versions"] = same_for_each(fields, str(version))
        row["field_devices"] = same_for_each(fields, self.device_json)
        self.new_records[op.record_id] = row
        self.new_parties += [{"record_id": op.record_id, "association_id": p} for p in parties]
        self.new_links += links
        return None

    def flush_new(self) -> None:
        if self.new_records:
            insert_many(self.session, Record, list(self.new_records.values()))
            self.flushed.update(self.new_records)
        insert_many(self.session, RecordParty, self.new_parties)
        insert_many(self.session, RecordLink, self.new_links)
        self.new_records, self.new_parties, self.new_links = {}, [], []

    @functools.cached_property
    def known_associations(self) -> set[str]:
        """Read when an op names parties or changes who sees a record: most pushes never do."""
        return set(self.session.scalars(select(Association.id)))

    @functools.cached_property
    def device_json(self) -> str:
        return encode_json(self.device_id)

    def __post_init__(self) -> None:
        self.first_version = self.last_version

    def next_version(self) -> int:
        self.last_version += 1
        return self.last_version

    def finish(self, results: list[dict[str, object]]) -> None:
        """What the push has left to write: its records, the versions handed out (into the state
        row, committed with them) and its stored results. On PostgreSQL in one round trip with
        the commit, what the ORM still holds (a rule's bookkeeping, new parties of a shared
        record) first (hub/push_pipeline.py)."""
        counted = self.last_version != self.first_version
        if self.session.get_bind().dialect.name != "postgresql":
            self.flush_new()
            if counted:
                self.session.connection().execute(_COUNTED, {"counted": self.last_version})
            insert_many(self.session, OperationResult, results)
            return
        changed = push_pipeline.take_changed_records(self.session)
        if self.session.new or self.session.dirty or self.session.deleted:
            self.session.flush()
        state = [{"id": 1, "last_version": self.last_version}] if counted else []
        push_pipeline.write_and_commit(
            self.session,
            [
                (Record, changed, True),
                (Record, list(self.new_records.values()), False),
                (RecordParty, self.new_parties, False),
                (RecordLink, self.new_links, False),
                (HubState, state, True),
                (OperationResult, results, False),
            ],
        )
