"""The login form's limit: a few failed tries per address and per client in a quarter of an
hour, counted in the database so that every worker process sees the same tries.

A try is noted as failed *before* its password is checked, under a lock every worker shares: a
burst of tries sent together cannot all pass the count before any is noted. A browser where the
coordinator logged in before carries a signed mark (`browser_key`); its tries are counted apart,
so that someone who knows the address and fails on purpose cannot lock the coordinator out."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import delete, func, not_, select, text, update
from sqlalchemy.orm import Session

from hub.models import ConsoleLoginAttempt

WINDOW = timedelta(minutes=15)
PER_ADDRESS = 5  # failed tries for one e-mail address (since its last success)
PER_CLIENT = 20  # failed tries from one client address, whatever the e-mail
KEEP = timedelta(days=1)
BROWSER = "navigateur:"  # the `client` of a try from a known browser
_LOCK = 0x656E7472  # PostgreSQL advisory lock of the login form ("entr")


def address_key(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def browser_key(mark: str) -> str:
    """The `client` of a known browser: its mark's hash, never the mark itself."""
    return BROWSER + hashlib.sha256(mark.encode()).hexdigest()[:32]


def wait_before_next(session: Session, email: str, client: str, now: datetime) -> timedelta | None:
    """None when a try is allowed; otherwise how long to wait. A known browser's tries count
    on their own; the others count together for the address."""
    since = now - WINDOW
    tries = ConsoleLoginAttempt
    known = client.startswith(BROWSER)
    same_kind = tries.client == client if known else not_(tries.client.startswith(BROWSER))
    last_success = session.scalar(
        select(func.max(tries.at)).where(tries.email_hash == address_key(email), same_kind, tries.succeeded)
    )
    failures = tries.succeeded.is_(False)
    by_address = session.execute(
        select(func.count(), func.min(tries.at)).where(
            tries.email_hash == address_key(email),
            same_kind,
            failures,
            tries.at > max(since, last_success or since),
        )
    ).one()
    by_client = session.execute(
        select(func.count(), func.min(tries.at)).where(tries.client == client, failures, tries.at > since)
    ).one()
    waits = [
        oldest + WINDOW - now
        for (count, oldest), limit in ((by_address, PER_ADDRESS), (by_client, PER_CLIENT))
        if count >= limit and oldest is not None
    ]
    return max(waits) if waits else None


def reserve(session: Session, email: str, client: str, now: datetime) -> int | timedelta:
    """Note this try as failed unless the limit holds: its id (for `succeeded`), or how long to
    wait. Only one login form is counted at a time, in every worker."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK})
    # (SQLite: the writer's BEGIN IMMEDIATE already lets one transaction in at a time.)
    wait = wait_before_next(session, email, client, now)
    if wait is not None:
        return wait
    session.execute(delete(ConsoleLoginAttempt).where(ConsoleLoginAttempt.at < now - KEEP))
    attempt = ConsoleLoginAttempt(email_hash=address_key(email), client=client[:64], succeeded=False, at=now)
    session.add(attempt)
    session.flush()
    return attempt.id


def succeeded(session: Session, attempt_id: int) -> None:
    tries = ConsoleLoginAttempt
    session.execute(update(tries).where(tries.id == attempt_id).values(succeeded=True))
