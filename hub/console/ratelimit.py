"""The login form's limit: a few failed tries per address and per client in a quarter of an
hour, counted in the database so that every worker process sees the same tries."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hub.models import ConsoleLoginAttempt

WINDOW = timedelta(minutes=15)
PER_ADDRESS = 5  # failed tries for one e-mail address (since its last success)
PER_CLIENT = 20  # failed tries from one client address, whatever the e-mail
KEEP = timedelta(days=1)


def address_key(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def wait_before_next(session: Session, email: str, client: str, now: datetime) -> timedelta | None:
    """None when a try is allowed; otherwise how long to wait."""
    since = now - WINDOW
    key = address_key(email)
    last_success = session.scalar(
        select(func.max(ConsoleLoginAttempt.at)).where(
            ConsoleLoginAttempt.email_hash == key, ConsoleLoginAttempt.succeeded.is_(True)
        )
    )
    failures = ConsoleLoginAttempt.succeeded.is_(False)
    by_address = session.execute(
        select(func.count(), func.min(ConsoleLoginAttempt.at)).where(
            ConsoleLoginAttempt.email_hash == key,
            failures,
            ConsoleLoginAttempt.at > max(since, last_success or since),
        )
    ).one()
    by_client = session.execute(
        select(func.count(), func.min(ConsoleLoginAttempt.at)).where(
            ConsoleLoginAttempt.client == client, failures, ConsoleLoginAttempt.at > since
        )
    ).one()
    waits = [
        oldest + WINDOW - now
        for (count, oldest), limit in ((by_address, PER_ADDRESS), (by_client, PER_CLIENT))
        if count >= limit and oldest is not None
    ]
    return max(waits) if waits else None


def note(session: Session, email: str, client: str, succeeded: bool, now: datetime) -> None:
    session.execute(delete(ConsoleLoginAttempt).where(ConsoleLoginAttempt.at < now - KEEP))
    session.add(
        ConsoleLoginAttempt(email_hash=address_key(email), client=client[:64], succeeded=succeeded, at=now)
    )
