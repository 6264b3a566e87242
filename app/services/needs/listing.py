"""The list of needs and offers, ours and the network's, with its filters: kind, place and
radius, dates, status, ours or the network's, and words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Need, NeedResponse
from app.services.needs import places
from app.services.needs.alerts import unseen_by_posting
from app.services.needs.records import LIVE, effective_status
from app.services.network import association_names, my_association_id, owners_of
from app.text import fold

LIVE_FILTER = "live"  # the status filter for "open or in progress"
OURS, NETWORK = "ours", "network"


@dataclass
class NeedFilter:
    direction: str | None = None
    kind: str | None = None
    status: str | None = LIVE_FILTER  # a NeedStatus value, LIVE_FILTER, or None for all
    scope: str | None = None  # OURS, NETWORK, or None for both
    text: str = ""
    place: places.Commune | None = None
    radius_km: int | None = None
    first: date | None = None  # dates that meet [first, last]; undated ones always do
    last: date | None = None


@dataclass(frozen=True)
class NeedRow:
    id: str
    direction: str
    kind: str
    title: str
    place: str  # "Lyon 7e Arrondissement (69007)", or "" when remote
    remote: bool
    timing: str
    start_date: date | None
    end_date: date | None
    recurrence: str
    status: str  # effective: an open one past its expiry is "expired"
    ours: bool
    owner_name: str
    responses: int
    new_matches: int
    distance_km: float | None


def _dates_meet(record: Need, wanted: NeedFilter) -> bool:
    if wanted.first is None and wanted.last is None:
        return True
    start, end = record.start_date, record.end_date
    if start is None and end is None:
        return True
    first, last = start or end, end or start
    assert first is not None and last is not None  # one of them at least, see above
    return (wanted.last is None or first <= wanted.last) and (wanted.first is None or wanted.first <= last)


def _distance(record: Need, wanted: NeedFilter) -> float | None:
    commune = places.by_code(record.commune_code)
    if wanted.place is None or commune is None:
        return None
    return places.distance_km(wanted.place, commune)


def _too_far(record: Need, wanted: NeedFilter, distance: float | None) -> bool:
    """Outside the radius asked; what can be done at a distance never is."""
    if wanted.place is None or wanted.radius_km is None or record.remote:
        return False
    return distance is None or distance > wanted.radius_km


def _status_ok(status: str, wanted: str | None) -> bool:
    if wanted is None:
        return True
    return status in LIVE if wanted == LIVE_FILTER else status == wanted


def need_rows(session: Session, wanted: NeedFilter, today: date | None = None) -> list[NeedRow]:
    """Newest first."""
    today = today or date.today()
    query = select(Need).where(Need.deleted_at.is_(None))
    if wanted.direction:
        query = query.where(Need.direction == wanted.direction)
    if wanted.kind:
        query = query.where(Need.kind == wanted.kind)
    records = list(session.scalars(query.order_by(Need.id.desc())))
    me = my_association_id(session)
    owners = owners_of(session, [r.id for r in records])
    names = association_names(session)
    answers = dict(
        session.execute(
            select(NeedResponse.target_id, func.count())
            .where(NeedResponse.deleted_at.is_(None))
            .group_by(NeedResponse.target_id)
        ).all()
    )
    new = unseen_by_posting(session)
    words = fold(wanted.text).split()
    rows = []
    for record in records:
        ours = (owners.get(record.id) or me) == me
        status = effective_status(record.status, record.expires_on, today)
        if not _status_ok(status, wanted.status) or (wanted.scope == OURS and not ours):
            continue
        if (wanted.scope == NETWORK and ours) or not _dates_meet(record, wanted):
            continue
        distance = _distance(record, wanted)
        if _too_far(record, wanted, distance):
            continue
        commune = places.by_code(record.commune_code)
        place = commune.label(record.postal_code) if commune is not None else (record.place_name or "")
        if words and not all(w in fold(f"{record.title} {record.description} {place}") for w in words):
            continue
        rows.append(
            NeedRow(
                record.id,
                record.direction,
                record.kind,
                record.title,
                "" if record.remote else place,
                record.remote,
                record.timing,
                record.start_date,
                record.end_date,
                record.recurrence or "",
                status,
                ours,
                "" if ours else names.get(owners.get(record.id) or "", "?"),
                answers.get(record.id, 0),
                new.get(record.id, 0) if ours else 0,
                distance,
            )
        )
    return rows
