"""Who we are in the network and who owns what: our association's id (known once enrolled),
each record's owner as the hub said, and the network's member associations."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from app.db import id_set
from app.models import NetworkAssociation, SyncedRecord, SyncState


def my_association_id(session: Session) -> str | None:
    state = session.get(SyncState, 1)
    return state.association_id if state is not None else None


def owner_of(session: Session, record_id: str) -> str | None:
    """The owner association as the hub said; None: never synced, so ours."""
    return session.scalar(select(SyncedRecord.owner_id).where(SyncedRecord.record_id == record_id))


def owners_of(session: Session, record_ids: list[str]) -> dict[str, str | None]:
    """owner_of for many records in one query (absent: never synced, so ours)."""
    wanted = id_set(session, "owner_ids", record_ids)
    return dict(
        session.execute(
            select(SyncedRecord.record_id, SyncedRecord.owner_id).where(SyncedRecord.record_id.in_(wanted))
        ).all()
    )


def is_ours(session: Session, record_id: str) -> bool:
    owner = owner_of(session, record_id)
    return owner is None or owner == my_association_id(session)


def association_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(NetworkAssociation.id, NetworkAssociation.name)).all())


def association(session: Session, association_id: str | None) -> NetworkAssociation | None:
    return session.get(NetworkAssociation, association_id) if association_id else None


def owner_column(me: str | None) -> Any:
    """SQL for an equipment's owner id (ours when never synced)."""
    return func.coalesce(SyncedRecord.owner_id, literal(me))
