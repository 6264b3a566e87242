"""The network's activity, counted for the console's pulse: which devices synced in which month
(noted at each handshake), and the events of the network's life read from the shared records
(a loan between two associations, an agreement signed…), each counted once per record.

Only records that other associations see (network or parties) are ever read here, and only their
type, sharing and a date or a status: never a private record, never what a record says."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TypedDict

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from hub.db import HubDatabase, ensure_console_state, insert_ignoring_duplicates, utcnow
from hub.models import ConsoleState, Device, DeviceActivity, HubState, NetworkActivity, Record
from hub.text import printable
from protocol.messages import Fields

# The pulse's columns, in order; the console and the CSV name them.
RESERVATIONS, LOANS, EQUIPMENT, PUBLISHED, ADOPTED, SIGNED = (
    "reservation",
    "loan",
    "equipment_shared",
    "practice_published",
    "practice_adopted",
    "agreement_signed",
)
KINDS = (RESERVATIONS, LOANS, EQUIPMENT, PUBLISHED, ADOPTED, SIGNED)
SCANNED_TYPES = ("reservation", "loan", "equipment", "practice_version", "practice_feedback", "agreement")
SCAN_PAGE = 2000
SEEN_AGAIN_AFTER = timedelta(seconds=60)  # a device syncing in a loop writes at most once a minute
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])")


def month_of(moment: datetime) -> str:
    return f"{moment:%Y-%m}"


# --- devices ----------------------------------------------------------------------------------


def note_handshake(session: Session, device: Device, app_version: str, now: datetime | None = None) -> None:
    """The device started a sync: its last sync, its version, and its month of activity."""
    now = now or utcnow()
    session.execute(
        update(Device)
        .where(Device.id == device.id)
        .values(last_seen_at=now, app_version=_version(app_version) or None)
    )
    insert_ignoring_duplicates(
        session,
        DeviceActivity,
        [{"month": month_of(now), "device_id": device.id, "association_id": device.association_id}],
    )


def handshake_worth_noting(device: Device, app_version: str, now: datetime | None = None) -> bool:
    now = now or utcnow()
    seen = device.last_seen_at
    return (
        seen is None
        or now - seen >= SEEN_AGAIN_AFTER
        or month_of(seen) != month_of(now)
        or (device.app_version or "") != _version(app_version)
    )


def _version(app_version: str | None) -> str:
    """As the device says it, without what a database refuses (a device may send anything)."""
    return printable(app_version or "")[:50]


def note_error(session: Session, device_id: str, reason: str, now: datetime | None = None) -> None:
    """The hub refused something of this device: the console shows the last such reason."""
    session.execute(
        update(Device)
        .where(Device.id == device_id)
        # A refusal may quote what the device sent (a type's name): NUL would fail the whole push.
        .values(last_error=printable(reason)[:500], last_error_at=now or utcnow())
    )


# --- events read from the shared records ------------------------------------------------------


class Event(TypedDict):
    """A row of NetworkActivity: something that happened between associations, in a month."""

    kind: str
    record_id: str
    month: str
    association_id: str


def _month(value: object, fallback: datetime) -> str:
    match = _MONTH.match(value) if isinstance(value, str) else None
    return f"{match[1]}-{match[2]}" if match else month_of(fallback)


def _declined(fields: Fields) -> bool:
    return fields.get("decision") == "declined"


def _signed_agreement(fields: Fields) -> bool:
    """A convention (not an amendment) that was signed, ended since or not."""
    return (
        fields.get("kind", "agreement") == "agreement"
        and fields.get("status") in ("signed", "ended")
        and bool(fields.get("signed_on"))
    )


def events_of(
    entity_type: str,
    record_id: str,
    owner_id: str,
    visibility: str,
    parties: list[str],
    fields: Fields,
    at: datetime,
) -> list[Event]:
    """The pulse's events a shared record stands for (most stand for none)."""
    shared_with_others = visibility == "parties" and bool(parties)

    def event(kind: str, month: str, key: str = record_id) -> list[Event]:
        return [{"kind": kind, "record_id": key, "month": month, "association_id": owner_id}]

    if entity_type == "reservation" and shared_with_others:
        return event(RESERVATIONS, _month(fields.get("start_date"), at))
    if entity_type == "loan" and shared_with_others and fields.get("out_date") and not _declined(fields):
        return event(LOANS, _month(fields.get("out_date"), at))
    if entity_type == "equipment" and visibility == "network":
        return event(EQUIPMENT, month_of(at))
    if entity_type == "practice_version" and visibility == "network":
        practice = fields.get("practice_id")
        if isinstance(practice, str) and 0 < len(practice) <= 36:  # one event per practice
            return event(PUBLISHED, _month(fields.get("published_at"), at), practice)
    if entity_type == "practice_feedback" and fields.get("kind") == "adopted":
        return event(ADOPTED, month_of(at))
    if entity_type == "agreement" and _signed_agreement(fields):
        return event(SIGNED, _month(fields.get("signed_on"), at))
    return []


def scan_records(session: Session) -> int:
    """Count the events of the shared records changed since the last scan; returns how many
    records were read. Never past the last committed version (as pulls), so nothing is skipped."""
    state = ensure_console_state(session)
    safe = session.scalar(select(HubState.last_version).where(HubState.id == 1)) or 0
    start, read = state.activity_version, 0
    while start < safe:
        rows = session.execute(
            select(
                Record.entity_type,
                Record.record_id,
                Record.owner_id,
                Record.visibility,
                Record.parties,
                Record.fields,
                Record.updated_at,
                Record.version,
            )
            .where(
                Record.version > start,
                Record.version <= safe,
                Record.entity_type.in_(SCANNED_TYPES),
                Record.visibility != "private",  # a private record is never read, not even a date
                Record.deleted.is_(False),
            )
            .order_by(Record.version)
            .limit(SCAN_PAGE)
        ).all()
        events = [e for row in rows for e in events_of(*row[:7])]
        insert_ignoring_duplicates(session, NetworkActivity, _unique(events))
        read += len(rows)
        start = rows[-1].version if len(rows) == SCAN_PAGE else safe
    if safe > state.activity_version:
        state.activity_version = safe
    return read


def scan_when_behind(db: HubDatabase) -> None:
    """Scan if records changed since the last scan: a read first, so that a page view takes the
    write lock (SQLite: every push waits for it) only when there is something to count."""
    with db.reader() as session:
        state = session.get(ConsoleState, 1)
        last = session.scalar(select(HubState.last_version).where(HubState.id == 1)) or 0
    if state is None or state.activity_version < last:
        with db.writer.begin() as session:
            scan_records(session)


def _unique(events: Iterable[Event]) -> list[Event]:
    """One row per (kind, record) in one statement: the first one, as in version order."""
    seen: dict[tuple[str, str], Event] = {}
    for event in events:
        seen.setdefault((event["kind"], event["record_id"]), event)
    return list(seen.values())


# --- the pulse --------------------------------------------------------------------------------


@dataclass
class MonthActivity:
    month: str
    counts: dict[str, int] = field(default_factory=dict)  # by kind
    associations: int = 0  # with at least one device that synced
    devices: int = 0

    def count(self, kind: str) -> int:
        return self.counts.get(kind, 0)


def months_between(first: str, last: str) -> list[str]:
    year, month = map(int, first.split("-"))
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def last_months(count: int, now: datetime | None = None) -> list[str]:
    now = now or utcnow()
    year, month = now.year, now.month
    for _ in range(count - 1):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months_between(f"{year:04d}-{month:02d}", month_of(now))


def pulse(session: Session, months: list[str]) -> list[MonthActivity]:
    """Counts by month (oldest first), from the event and device tables only."""
    found = {month: MonthActivity(month) for month in months}
    if not months:
        return []
    low, high = months[0], months[-1]
    counted = session.execute(
        select(NetworkActivity.month, NetworkActivity.kind, func.count())
        .where(NetworkActivity.month >= low, NetworkActivity.month <= high)
        .group_by(NetworkActivity.month, NetworkActivity.kind)
    )
    for month, kind, count in counted:
        if month in found:
            found[month].counts[kind] = count
    active = session.execute(
        select(
            DeviceActivity.month,
            func.count(DeviceActivity.device_id.distinct()),
            func.count(DeviceActivity.association_id.distinct()),
        )
        .where(DeviceActivity.month >= low, DeviceActivity.month <= high)
        .group_by(DeviceActivity.month)
    )
    for month, devices, associations in active:
        if month in found:
            found[month].devices, found[month].associations = devices, associations
    return [found[month] for month in months]


def active_between(session: Session, low: str, high: str) -> tuple[int, int]:
    """(associations, devices) that synced at least once between these months."""
    row = session.execute(
        select(
            func.count(DeviceActivity.association_id.distinct()),
            func.count(DeviceActivity.device_id.distinct()),
        ).where(DeviceActivity.month >= low, DeviceActivity.month <= high)
    ).one()
    return row[0], row[1]


def first_month(session: Session) -> str | None:
    """The oldest month with any activity (the choice of years in the console)."""
    months = [
        session.scalar(select(func.min(NetworkActivity.month))),
        session.scalar(select(func.min(DeviceActivity.month))),
    ]
    found: list[str] = [m for m in months if m]
    return min(found) if found else None


def totals(rows: list[MonthActivity]) -> dict[str, int]:
    summed: dict[str, int] = defaultdict(int)
    for row in rows:
        for kind in KINDS:
            summed[kind] += row.count(kind)
    return dict(summed)
