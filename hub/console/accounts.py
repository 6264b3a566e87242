"""Coordinator accounts, made on the server (`entraide-hub create-admin EMAIL`)."""

from __future__ import annotations

import re

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hub import audit
from hub.admin import AdminError
from hub.console import passwords
from hub.console.sessions import new_admin_id
from hub.db import utcnow
from hub.models import ConsoleAdmin, ConsoleSession

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


def set_admin(session: Session, email: str, password: str, actor: str) -> tuple[ConsoleAdmin, bool]:
    """Create the account, or give an existing one this new password (and end its sessions).
    Returns (account, whether it was created)."""
    email = email.strip().lower()
    if not _EMAIL.match(email) or len(email) > 254:
        raise AdminError(f"« {email} » n'est pas une adresse e-mail.")
    problem = passwords.password_problem(password)
    if problem:
        raise AdminError(problem)
    admin = session.scalar(select(ConsoleAdmin).where(func.lower(ConsoleAdmin.email) == email))
    created = admin is None
    if admin is None:
        admin = ConsoleAdmin(id=new_admin_id(), email=email, created_at=utcnow())
        session.add(admin)
    else:
        session.execute(delete(ConsoleSession).where(ConsoleSession.admin_id == admin.id))
    admin.password_hash = passwords.hash_password(password)
    audit.record(session, actor, "admin_created" if created else "admin_password_set", email)
    return admin, created


def list_admins(session: Session) -> list[ConsoleAdmin]:
    return list(session.scalars(select(ConsoleAdmin).order_by(ConsoleAdmin.email)))
