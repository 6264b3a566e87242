"""Typed SQLAlchemy models, one module per aggregate. Importing this registers them all."""

from app.models.base import Base, RecordMixin, utcnow
from app.models.contacts import (
    Consent,
    Contact,
    ContactKind,
    Organisation,
    OrganisationKind,
    Person,
    Role,
    RoleKind,
)
from app.models.sync import OutboxEntry, SyncConflict, SyncedRecord, SyncInbox, SyncState

__all__ = [
    "Base",
    "Consent",
    "Contact",
    "ContactKind",
    "Organisation",
    "OrganisationKind",
    "OutboxEntry",
    "Person",
    "RecordMixin",
    "Role",
    "RoleKind",
    "SyncConflict",
    "SyncInbox",
    "SyncState",
    "SyncedRecord",
    "utcnow",
]
