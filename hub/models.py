"""The hub's database: associations, devices, records with per-field versions, and the
bookkeeping that makes sync safe (operation results, removals, reservation holds)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Timestamps are stored as naive UTC (the hub converts at its edges).


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class HubState(Base):
    """One row. Writers lock it for the length of their transaction, so versions are
    handed out and committed in order: a pull never skips a slower transaction's change."""

    __tablename__ = "hub_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instance_id: Mapped[str] = mapped_column(String(36))
    last_version: Mapped[int] = mapped_column(BigInteger, default=0)
    # Tombstones and removals up to this version were purged: older cursors get 410.
    oldest_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Association(Base):
    __tablename__ = "associations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    rna: Mapped[str | None] = mapped_column(String(10))
    siret: Mapped[str | None] = mapped_column(String(14))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    association_id: Mapped[str] = mapped_column(ForeignKey("associations.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the token
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class EnrollmentCode(Base):
    __tablename__ = "enrollment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    association_id: Mapped[str] = mapped_column(ForeignKey("associations.id"), index=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    device_id: Mapped[str | None] = mapped_column(String(36))


class Record(Base):
    """The current state of one synced record; `field_versions` says which hub version last
    changed each field, which is what lets edits to different fields merge."""

    __tablename__ = "records"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[str] = mapped_column(ForeignKey("associations.id"))
    visibility: Mapped[str] = mapped_column(String(10))
    parties: Mapped[list[str]] = mapped_column(JSON, default=list)
    version: Mapped[int] = mapped_column(BigInteger)
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    field_versions: Mapped[dict] = mapped_column(JSON, default=dict)
    # Which device last changed each field: a device never conflicts with its own edits.
    field_devices: Mapped[dict] = mapped_column(JSON, default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_version: Mapped[int | None] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_records_version", "version"),
        Index("ix_records_owner_version", "owner_id", "version"),
        Index("ix_records_visibility_version", "visibility", "version"),
    )


class RecordParty(Base):
    """Who besides the owner sees a record of `parties` visibility (indexed for pulls)."""

    __tablename__ = "record_parties"

    record_id: Mapped[str] = mapped_column(ForeignKey("records.record_id"), primary_key=True)
    association_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class RecordLink(Base):
    """A record that belongs to another (a role to its person): deleting the parent deletes it,
    restoring the parent restores it (app/sync/record_schemas.py declares the parents)."""

    __tablename__ = "record_links"

    parent_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class Removal(Base):
    """A record that stopped being visible to an association: its next pull removes it."""

    __tablename__ = "removals"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    association_id: Mapped[str] = mapped_column(String(36))
    record_id: Mapped[str] = mapped_column(String(36))
    entity_type: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_removals_association_version", "association_id", "version"),)


class OperationResult(Base):
    """What the hub answered to an operation, replayed as is when the same op id comes again."""

    __tablename__ = "operation_results"

    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    association_id: Mapped[str] = mapped_column(String(36))
    result: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class ReservationHold(Base):
    """Dates held on a piece of equipment by a confirmed reservation (buffer included)."""

    __tablename__ = "reservation_holds"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    equipment_id: Mapped[str] = mapped_column(String(36), index=True)
    association_id: Mapped[str] = mapped_column(String(36))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    buffer_days: Mapped[int] = mapped_column(Integer, default=0)
