"""Console sessions: a signed, HttpOnly, SameSite cookie carrying a random token whose hash is a
row of console_sessions. Every worker checks it against the database, so a session works on any
worker, ends everywhere at logout, and expires after a while idle and after a maximum length."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from hub.config import HubSettings
from hub.db import ensure_console_state, utcnow
from hub.models import ConsoleAdmin, ConsoleSession

COOKIE = "entraide_console"
LOGIN_COOKIE = "entraide_console_connexion"  # the login form's own anti-forgery token
BROWSER_COOKIE = "entraide_console_navigateur"  # this browser logged in before (the login limit)
COOKIE_PATH = "/admin"  # never sent to /v1: a console session can never reach the sync API
TOUCH_EVERY = timedelta(seconds=60)  # last_seen_at is written at most once a minute


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Signed:
    """Signs and checks the console's cookies with the key kept in the database."""

    secret: str

    def serializer(self, salt: str) -> URLSafeTimedSerializer:
        return URLSafeTimedSerializer(self.secret, salt=salt)

    def sign(self, value: str, salt: str) -> str:
        return self.serializer(salt).dumps(value)

    def unsign(self, signed: str | None, salt: str, max_age: int) -> str | None:
        if not signed:
            return None
        try:
            value = self.serializer(salt).loads(signed, max_age=max_age)
        except BadSignature:  # also SignatureExpired
            return None
        return value if isinstance(value, str) else None


def load_signer(session: Session) -> Signed:
    return Signed(ensure_console_state(session).secret)


@dataclass(frozen=True)
class Viewer:
    """The coordinator behind a request."""

    admin_id: str
    email: str
    csrf: str


def open_session(session: Session, admin: ConsoleAdmin, settings: HubSettings) -> str:
    """A new session for this coordinator; returns its token (for the cookie only)."""
    now = utcnow()
    token = secrets.token_urlsafe(32)
    session.execute(delete(ConsoleSession).where(ConsoleSession.expires_at < now))  # old ones go
    session.add(
        ConsoleSession(
            token_hash=_digest(token),
            admin_id=admin.id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            last_seen_at=now,
            expires_at=now + timedelta(hours=settings.console_session_hours),
        )
    )
    admin.last_login_at = now
    return token


class SessionExpired(Exception):
    pass


def find_viewer(reader: Session, token: str, settings: HubSettings, now: datetime) -> tuple[Viewer, bool]:
    """The coordinator of a live session, and whether its last_seen_at is worth refreshing.
    Raises SessionExpired for an unknown, expired or idle session."""
    row = reader.execute(
        select(ConsoleSession, ConsoleAdmin.email)
        .join(ConsoleAdmin, ConsoleAdmin.id == ConsoleSession.admin_id)
        .where(ConsoleSession.token_hash == _digest(token))
    ).first()
    if row is None:
        raise SessionExpired
    found, email = row
    idle = timedelta(minutes=settings.console_idle_minutes)
    if found.expires_at <= now or found.last_seen_at + idle <= now:
        raise SessionExpired
    return Viewer(found.admin_id, email, found.csrf_token), now - found.last_seen_at >= TOUCH_EVERY


def touch(session: Session, token: str, now: datetime) -> None:
    session.execute(
        update(ConsoleSession).where(ConsoleSession.token_hash == _digest(token)).values(last_seen_at=now)
    )


def close_session(session: Session, token: str) -> None:
    session.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == _digest(token)))


def csrf_matches(expected: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(expected.encode(), str(given).encode())


def new_admin_id() -> str:
    return str(uuid.uuid4())
