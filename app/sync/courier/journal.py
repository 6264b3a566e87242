"""The files this computer prepared, carried and imported: names, dates, sizes and counts only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.sync import CourierFile

PREPARED, CARRIED, IMPORTED = "prepared", "carried", "imported"


@dataclass(frozen=True)
class Entry:
    kind: str
    name: str
    at: datetime
    size: int
    counts: Mapping[str, int]


def note(
    session: Session,
    kind: str,
    file_id: str,
    name: str,
    size: int,
    counts: Mapping[str, int] | None = None,
    hub_version: int | None = None,
) -> None:
    session.add(
        CourierFile(
            kind=kind,
            file_id=file_id,
            name=name,
            size=size,
            counts=dict(counts or {}),
            hub_version=hub_version,
        )
    )


def recent(session: Session, limit: int = 10) -> list[Entry]:
    rows = session.scalars(
        select(CourierFile).order_by(CourierFile.at.desc(), CourierFile.id.desc()).limit(limit)
    )
    return [Entry(r.kind, r.name, r.at, r.size, r.counts) for r in rows]


def imported_at(session: Session, file_id: str) -> datetime | None:
    return session.scalar(
        select(CourierFile.at).where(CourierFile.kind == IMPORTED, CourierFile.file_id == file_id).limit(1)
    )


def newest_imported_version(session: Session) -> int:
    return session.scalar(select(func.max(CourierFile.hub_version)).where(CourierFile.kind == IMPORTED)) or 0
