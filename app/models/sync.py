"""Local bookkeeping of the sync: what the hub knows of each record, what waits to be sent,
the conflicts the user must settle, and the state of the link with the hub."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow
from protocol.messages import ChangeData, FieldProblemData


class SyncState(Base):
    """One row (id 1), made by the migration that created the store's sync tables and never
    inserted again: two connections asking for it at once cannot both create it."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hub_url: Mapped[str | None] = mapped_column(String(500))
    hub_instance_id: Mapped[str | None] = mapped_column(String(36))
    association_id: Mapped[str | None] = mapped_column(String(36))
    association_name: Mapped[str | None] = mapped_column(String(300))
    device_id: Mapped[str | None] = mapped_column(String(36))
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    # The hub's public courier keys, received at enrolment and checked at every handshake.
    hub_sign_key: Mapped[str | None] = mapped_column(String(44))
    hub_box_key: Mapped[str | None] = mapped_column(String(44))
    # The folder named as "the stick": courier files found there are relayed at each sync.
    courier_folder: Mapped[str | None] = mapped_column(Text)
    # The newest mark this computer gave the hub (app/sync/marks.py): a file is marked later.
    courier_mark: Mapped[str | None] = mapped_column(String(36))


class SyncedRecord(Base):
    """What the hub told us about a record: its version (the base of our next edit) and owner."""

    __tablename__ = "sync_records"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(BigInteger, default=0)
    owner_id: Mapped[str | None] = mapped_column(String(36))
    visibility: Mapped[str | None] = mapped_column(String(10))
    parties: Mapped[list[str]] = mapped_column(JSON, default=list)


class OutboxEntry(Base):
    """A local change not yet acknowledged by the hub: which fields, based on which version.
    Values are read from the record when sent, so the newest value always goes."""

    __tablename__ = "sync_outbox"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    op_id: Mapped[str] = mapped_column(String(64))  # kept until acknowledged: replays are safe
    base_version: Mapped[int] = mapped_column(BigInteger, default=0)
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    revision: Mapped[int] = mapped_column(Integer, default=1)  # bumped by each new local change
    sent_revision: Mapped[int] = mapped_column(Integer, default=0)  # the revision op_id was sent with
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_sync_outbox_created", "created_at"),)


class SyncInbox(Base):
    """A pulled change that points to a record not received yet (a role before its person):
    applied as soon as the parent arrives."""

    __tablename__ = "sync_inbox"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    change: Mapped[ChangeData] = mapped_column(JSON)


class SyncConflict(Base):
    """A field both sides changed, an edit against a deletion, or a change the hub refused.
    Stays until the user keeps one side or writes a combined value."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str | None] = mapped_column(String(64))  # None: the whole record
    kind: Mapped[str] = mapped_column(String(20))  # "field", "deleted", "refused"
    local_value: Mapped[object | None] = mapped_column(JSON)
    remote_value: Mapped[object | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)  # a marked sentence, or the hub's own (French)
    # Why the hub refused it (protocol/reasons.py) and the values its sentence needs; None in
    # refusals stored before the hub sent codes, and in the sync's own refusals.
    reason_code: Mapped[str | None] = mapped_column(String(40))
    reason_values: Mapped[dict[str, object] | None] = mapped_column(JSON)
    # A refusal's reasons field by field ([{field, code, values}], protocol/record_schemas.py).
    problems: Mapped[list[FieldProblemData] | None] = mapped_column(JSON)
    remote_version: Mapped[int | None] = mapped_column(BigInteger)  # the base for "keep mine"
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SyncPurged(Base):
    """A record deleted for good (here, or by its owner elsewhere): its id only, no value. A
    change of it pulled later (a hub restored from an older backup) is not applied, and a
    replaced hub is told again of our own purges, so nothing deleted for good comes back."""

    __tablename__ = "sync_purged"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[str | None] = mapped_column(String(36))


class SyncQuarantine(Base):
    """A pulled record this store cannot apply (a value of the wrong type, a parent that never
    came…), set aside with the reason so that the rest of the sync goes on. A newer version of
    the record takes its place and is tried again; so is one waiting for a parent, at each sync."""

    __tablename__ = "sync_quarantine"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(BigInteger)
    change: Mapped[ChangeData] = mapped_column(JSON)
    code: Mapped[str] = mapped_column(String(40))  # invalid_values, missing_parent, cannot_apply
    problems: Mapped[list[FieldProblemData]] = mapped_column(JSON, default=list)  # [{field, code, values}]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CourierFile(Base):
    """A courier file this computer prepared, carried for another or imported: what the
    Synchronisation section and `entraide status` list. Names and counts only, never content."""

    __tablename__ = "sync_courier_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10))  # "prepared", "carried", "imported"
    file_id: Mapped[str] = mapped_column(String(36), index=True)  # the id in the file's header
    name: Mapped[str] = mapped_column(Text)  # the file name, without its folder
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    counts: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # per record kind (ours only)
    # An imported answer: the hub version it brings this computer to (older answers are refused).
    hub_version: Mapped[int | None] = mapped_column(BigInteger)
