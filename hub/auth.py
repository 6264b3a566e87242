"""Device tokens and enrolment codes: random secrets of which the hub keeps only a hash."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from psycopg import AsyncConnection
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from hub.models import Association, Device
from hub.raw_statement import RawStatement

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)  # 256 bits


def new_enrollment_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))  # 60 bits, one use, expires
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


def normalise_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch in CODE_ALPHABET)
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def device_for_token(session: Session, token: str) -> tuple[Device, Association] | None:
    """The live device a bearer token belongs to, with its association; None otherwise."""
    row = session.execute(
        select(Device, Association)
        .join(Association, Association.id == Device.association_id)
        .where(Device.token_hash == hash_secret(token), Device.revoked_at.is_(None))
    ).first()
    return (row[0], row[1]) if row else None


# Built once: building a statement costs more Python than the lookup itself.
_LIVE_IDS = (
    select(Device.id, Device.association_id)
    .join(Association, Association.id == Device.association_id)
    .where(Device.token_hash == bindparam("token_hash"), Device.revoked_at.is_(None))
)


def ids_for_token(session: Session, token: str) -> tuple[str, str] | None:
    """(device id, association id) of the live device a bearer token belongs to, None otherwise:
    the same rule as `device_for_token`, without ORM objects (what a push needs)."""
    row = session.connection().execute(_LIVE_IDS, {"token_hash": hash_secret(token)}).first()
    return (row[0], row[1]) if row else None


_LIVE_IDS_RAW = RawStatement(_LIVE_IDS)


async def ids_for_token_async(connection: AsyncConnection[Any], token: str) -> tuple[str, str] | None:
    """`ids_for_token` on one of psycopg's own asynchronous connections (PostgreSQL): a push's
    caller found on the event loop, without a worker thread."""
    rows = await _LIVE_IDS_RAW.rows_async(connection, {"token_hash": hash_secret(token)})
    return (rows[0][0], rows[0][1]) if rows else None


def association_for_token(session: Session, token: str) -> str | None:
    """The association of the live device a bearer token belongs to: what a pull needs, read in
    one plain query (no ORM objects: most pulls find nothing new, so this is most of their work)."""
    statement = (
        select(Device.association_id)
        .join(Association, Association.id == Device.association_id)
        .where(Device.token_hash == hash_secret(token), Device.revoked_at.is_(None))
    )
    return session.connection().execute(statement).scalar()
