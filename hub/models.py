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
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from protocol.messages import Fields

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
    """One row. Writers lock it for the length of their transaction (hub/push.py, `lock_state`),
    so versions are handed out and committed in order: a pull never skips a slower
    transaction's change."""

    __tablename__ = "hub_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instance_id: Mapped[str] = mapped_column(String(36))
    last_version: Mapped[int] = mapped_column(BigInteger, default=0)
    # Tombstones and removals up to this version were purged: older cursors get 410.
    oldest_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # The hub's courier keys (protocol/courier.py): made once, kept by backups and restores, so
    # that a file sealed for this hub before a restore still opens after it.
    courier_secret: Mapped[str | None] = mapped_column(String(88))


class Association(Base):
    __tablename__ = "associations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    rna: Mapped[str | None] = mapped_column(String(10))
    siret: Mapped[str | None] = mapped_column(String(14))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # What the console shows and edits (the network's coordinator's address book entry).
    kind: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(500))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    contact_phone: Mapped[str | None] = mapped_column(String(40))


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    association_id: Mapped[str] = mapped_column(ForeignKey("associations.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the token
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)  # its last handshake or push
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    app_version: Mapped[str | None] = mapped_column(String(50))  # told at each handshake
    # The hub's last refusal of this device (a rejected change, a too old version), for the console.
    last_error: Mapped[str | None] = mapped_column(String(500))
    last_error_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Its public courier keys, given at enrolment: what checks the files it sends by USB stick.
    sign_key: Mapped[str | None] = mapped_column(String(44))
    box_key: Mapped[str | None] = mapped_column(String(44))
    # When the newest courier file applied from it was prepared (a UUIDv7 of the laptop's clock):
    # an older file, carried after it, holds only superseded values and is not applied.
    courier_mark: Mapped[str | None] = mapped_column(String(64))


class EnrollmentCode(Base):
    __tablename__ = "enrollment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    association_id: Mapped[str] = mapped_column(ForeignKey("associations.id"), index=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    device_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime | None] = mapped_column(DateTime)  # None: made before the console
    created_by: Mapped[str | None] = mapped_column(String(254))
    hint: Mapped[str | None] = mapped_column(String(4))  # its last four characters, to tell codes apart
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)


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
    fields: Mapped[Fields] = mapped_column(JSON, default=dict)
    field_versions: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    # Which device last changed each field: a device never conflicts with its own edits.
    field_devices: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_version: Mapped[int | None] = mapped_column(BigInteger)
    # Deleted for good by its owner (hub/purge.py): no value kept, nothing can bring it back.
    purged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
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
    restoring the parent restores it (protocol/record_schemas.py declares the parents)."""

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
    result: Mapped[dict[str, object]] = mapped_column(JSON)
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


# --- the web console (hub/console) ------------------------------------------------------------


class ConsoleAdmin(Base):
    """A coordinator who may log in to the console (entraide-hub create-admin)."""

    __tablename__ = "console_admins"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)  # stored lower-case
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id, with its parameters
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)


class ConsoleSession(Base):
    """A logged-in browser. The cookie carries a signed random token; only its hash is kept, so
    that any worker process can check it and a copy of the database opens no session."""

    __tablename__ = "console_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    admin_id: Mapped[str] = mapped_column(ForeignKey("console_admins.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class ConsoleLoginAttempt(Base):
    """One try at the login form: the rate limit counts the failures of the last minutes. The
    address typed is kept only as a hash (a password typed in the wrong box stays unreadable)."""

    __tablename__ = "console_login_attempts"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    email_hash: Mapped[str] = mapped_column(String(64), index=True)
    client: Mapped[str] = mapped_column(String(64), index=True)
    succeeded: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)


class ConsoleAudit(Base):
    """Who did what, when: every action of the console and of the administration commands."""

    __tablename__ = "console_audit"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(254))  # an e-mail address, or "cli:USER"
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str | None] = mapped_column(String(300))
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class ConsoleState(Base):
    """One row: the key that signs the console's cookies (shared by every worker) and how far the
    network's activity was counted from the records."""

    __tablename__ = "console_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    secret: Mapped[str] = mapped_column(String(64))
    activity_version: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class NetworkActivity(Base):
    """One event of the network's life (a loan between two associations, an agreement signed…),
    counted once per record: what the pulse adds up by month. No content, only its kind."""

    __tablename__ = "network_activity"

    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)  # "2026-03"
    association_id: Mapped[str] = mapped_column(String(36))


class DeviceActivity(Base):
    """A device synced at least once in that month (active devices and associations)."""

    __tablename__ = "device_activity"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    association_id: Mapped[str] = mapped_column(String(36))
