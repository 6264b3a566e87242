"""What the hub's administrator does from the command line."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import CursorResult, Delete, delete, func, or_, select, update
from sqlalchemy.orm import Session

from hub.auth import hash_secret, new_enrollment_code
from hub.db import ensure_state, utcnow
from hub.models import Association, Device, EnrollmentCode, OperationResult, Record, RecordParty, Removal
from hub.push import lock_state


class AdminError(Exception):
    """A refusal to show as is (French)."""


class BackupError(AdminError):
    """A backup or a restore refused: one French line (hub/__main__.py)."""


def create_association(
    session: Session, name: str, rna: str | None = None, siret: str | None = None
) -> Association:
    name = name.strip()
    if not name:
        raise AdminError("Le nom de l'association est obligatoire.")
    if session.scalar(select(Association).where(func.lower(Association.name) == name.lower())):
        raise AdminError(f"Une association s'appelle déjà « {name} ».")
    association = Association(id=str(uuid.uuid4()), name=name, rna=rna, siret=siret, created_at=utcnow())
    session.add(association)
    session.flush()
    return association


def find_association(session: Session, ref: str) -> Association:
    """By id, or by name ignoring case."""
    found = session.scalar(
        select(Association).where(
            or_(
                Association.id == ref,
                Association.name == ref.strip(),  # SQLite's lower() leaves "É" as it is
                func.lower(Association.name) == ref.strip().lower(),
            )
        )
    )
    if found is None:
        raise AdminError(f"Aucune association « {ref} » sur ce hub (voir entraide-hub associations).")
    return found


def list_associations(session: Session) -> list[Association]:
    return list(session.scalars(select(Association).order_by(Association.name)))


MAX_ENROLLMENT_HOURS = 720  # 30 days: a code is a password, it should not live longer


def create_enrollment_code(
    session: Session, ref: str, hours: int, created_by: str | None = None
) -> tuple[str, datetime, Association]:
    """A one-time code valid exactly `hours` hours (1 to MAX_ENROLLMENT_HOURS)."""
    if not isinstance(hours, int) or isinstance(hours, bool) or not 1 <= hours <= MAX_ENROLLMENT_HOURS:
        raise AdminError(
            f"Durée de validité impossible : {hours} heures (de 1 à {MAX_ENROLLMENT_HOURS} heures, "
            "soit 30 jours au plus)."
        )
    association = find_association(session, ref)
    code = new_enrollment_code()
    now = utcnow()
    expires = now + timedelta(hours=hours)
    session.add(
        EnrollmentCode(
            code_hash=hash_secret(code),
            association_id=association.id,
            expires_at=expires,
            created_at=now,
            created_by=created_by,
            hint=code[-4:],
        )
    )
    return code, expires, association


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    name: str
    created_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None


def list_devices(session: Session, ref: str) -> list[DeviceInfo]:
    association = find_association(session, ref)
    rows = session.scalars(
        select(Device).where(Device.association_id == association.id).order_by(Device.created_at)
    )
    return [DeviceInfo(d.id, d.name, d.created_at, d.last_seen_at, d.revoked_at) for d in rows]


def revoke_device(session: Session, device_id: str) -> DeviceInfo:
    device = session.get(Device, device_id)
    if device is None:
        raise AdminError(f"Aucun appareil « {device_id} » (voir entraide-hub devices ASSOCIATION).")
    device.revoked_at = device.revoked_at or utcnow()
    return DeviceInfo(device.id, device.name, device.created_at, device.last_seen_at, device.revoked_at)


def purge(session: Session, deletion_days: int, result_days: int) -> dict[str, int]:
    """Forget old tombstones, removals and push results; cursors older than that get 410. The
    tombstone of a record deleted for good stays (it holds no value): a laptop back after months
    deletes its copy at its full resync, and the hub still refuses to bring it back."""
    state = ensure_state(session)
    # Between pushes, never during one: a push checks its records once it holds this lock
    # (hub/push.py, `_as_committed`) and must not see one vanish before it writes it.
    lock_state(session)
    deletions_before = utcnow() - timedelta(days=deletion_days)
    old = (Record.deleted.is_(True), Record.purged.is_(False), Record.updated_at < deletions_before)
    newest_purged = max(
        session.scalar(select(func.max(Record.version)).where(*old)) or 0,
        session.scalar(select(func.max(Removal.version)).where(Removal.created_at < deletions_before)) or 0,
    )
    doomed = select(Record.record_id).where(*old)
    session.execute(delete(RecordParty).where(RecordParty.record_id.in_(doomed)))
    records = _count(session, delete(Record).where(*old))
    removals = _count(session, delete(Removal).where(Removal.created_at < deletions_before))
    results = _count(
        session,
        delete(OperationResult).where(OperationResult.created_at < utcnow() - timedelta(days=result_days)),
    )
    if newest_purged:
        session.execute(
            update(type(state))
            .where(type(state).id == 1)
            .values(
                # A cursor at the newest purged version already had that deletion: it may go on.
                oldest_cursor=func.max(type(state).oldest_cursor, newest_purged)
                if session.get_bind().dialect.name == "sqlite"
                else func.greatest(type(state).oldest_cursor, newest_purged)
            )
        )
    return {"tombstones": records or 0, "removals": removals or 0, "results": results or 0}


def enrollment_code_for(database_url: str, name: str, hours: int = 24) -> str:
    """A code for the association of that name, declared first if the hub does not know it yet
    (development hubs, tests and benchmarks)."""
    from hub.db import open_hub_database

    database = open_hub_database(database_url)
    try:
        with database.writer.begin() as session:
            try:
                find_association(session, name)
            except AdminError:
                create_association(session, name)
            return create_enrollment_code(session, name, hours)[0]
    finally:
        database.dispose()


def _count(session: Session, statement: Delete) -> int:
    """The rows a DELETE removed. Session.execute() is typed as returning a Result, whatever the
    statement; for a DELETE it is a CursorResult, which has the count."""
    result = session.execute(statement)
    assert isinstance(result, CursorResult)
    return result.rowcount
