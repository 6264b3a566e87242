"""Devices in the console: who they belong to, their version, last sync and last refusal, the
silent ones highlighted; revoking one cuts it off at once (its token no longer opens anything)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.console.associations import folded
from hub.console.i18n import N_
from hub.db import utcnow
from hub.models import Association, Device

FILTERS = {
    "": N_("Tous"),
    "actifs": N_("Actifs"),
    "silencieux": N_("Silencieux"),
    "revoques": N_("Révoqués"),
}


@dataclass(frozen=True)
class DeviceRow:
    device: Device
    association: str
    silent: bool  # not revoked, and no sync for longer than the threshold

    @property
    def revoked(self) -> bool:
        return self.device.revoked_at is not None


def is_silent(device: Device, days: int, now: datetime) -> bool:
    if device.revoked_at is not None:
        return False
    last = device.last_seen_at or device.created_at
    return now - last > timedelta(days=days)


def list_devices(
    session: Session, days: int, *, association_id: str | None = None, show: str = "", search: str = ""
) -> list[DeviceRow]:
    now = utcnow()
    query = select(Device, Association.name).join(Association, Association.id == Device.association_id)
    if association_id:
        query = query.where(Device.association_id == association_id)
    rows = [DeviceRow(d, name, is_silent(d, days, now)) for d, name in session.execute(query)]
    if show == "actifs":
        rows = [r for r in rows if not r.revoked and not r.silent]
    elif show == "silencieux":
        rows = [r for r in rows if r.silent]
    elif show == "revoques":
        rows = [r for r in rows if r.revoked]
    words = folded(search).split()
    if words:
        rows = [r for r in rows if all(w in folded(f"{r.device.name} {r.association}") for w in words)]
    # Silent first (what needs a look), then by association and name.
    return sorted(rows, key=lambda r: (not r.silent, r.revoked, folded(r.association), folded(r.device.name)))


def find(session: Session, device_id: str, lock: bool = False) -> DeviceRow | None:
    """The device and its association's name; `lock`: its row, until the transaction ends."""
    query = (
        select(Device, Association.name)
        .join(Association, Association.id == Device.association_id)
        .where(Device.id == device_id)
    )
    row = session.execute(query.with_for_update(of=Device) if lock else query).first()
    return DeviceRow(row[0], row[1], False) if row else None
