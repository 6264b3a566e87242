"""Typed SQLAlchemy models, one module per aggregate. Importing this registers them all."""

from app.models.agreements import (
    Agreement,
    AgreementKind,
    AgreementScan,
    AgreementStatus,
    ClauseTemplate,
    Renewal,
)
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
from app.models.equipment import (
    Condition,
    DepositMethod,
    DepositOutcome,
    Equipment,
    Loan,
    LoanDecision,
    NetworkAssociation,
    Reservation,
)
from app.models.identity import IDENTITY_ROW, AssociationIdentity
from app.models.practices import (
    AdoptionOutcome,
    FeedbackKind,
    Practice,
    PracticeFeedback,
    PracticeStatus,
    PracticeVersion,
)
from app.models.sync import OutboxEntry, SyncConflict, SyncedRecord, SyncInbox, SyncState

__all__ = [
    "IDENTITY_ROW",
    "AdoptionOutcome",
    "Agreement",
    "AgreementKind",
    "AgreementScan",
    "AgreementStatus",
    "AssociationIdentity",
    "Base",
    "ClauseTemplate",
    "Condition",
    "Consent",
    "Contact",
    "ContactKind",
    "DepositMethod",
    "DepositOutcome",
    "Equipment",
    "FeedbackKind",
    "Loan",
    "LoanDecision",
    "NetworkAssociation",
    "Organisation",
    "OrganisationKind",
    "OutboxEntry",
    "Person",
    "Practice",
    "PracticeFeedback",
    "PracticeStatus",
    "PracticeVersion",
    "RecordMixin",
    "Renewal",
    "Reservation",
    "Role",
    "RoleKind",
    "SyncConflict",
    "SyncInbox",
    "SyncState",
    "SyncedRecord",
    "utcnow",
]
