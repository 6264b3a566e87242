"""The console's first page: the network at a glance, and what needs a look."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import func, select

from hub import activity
from hub.console import devices, enrolment
from hub.console.routes.journal import actor, describe
from hub.console.web import PREFIX, Viewer, console, render
from hub.db import utcnow
from hub.models import Association, ConsoleAudit
from hub.operations import BackupFolderError, list_backups

router = APIRouter(prefix=PREFIX, include_in_schema=False)


@router.get("")
def home(request: Request, viewer: Viewer) -> Response:
    here = console(request)
    activity.scan_when_behind(here.db)
    silent_days = here.settings.console_silent_days
    with here.db.reader() as session:
        associations = session.scalar(select(func.count()).select_from(Association)) or 0
        every_device = devices.list_devices(session, silent_days)
        pending = enrolment.list_codes(session, state="pending")
        [this_month] = activity.pulse(session, activity.last_months(1))
        journal = list(session.scalars(select(ConsoleAudit).order_by(ConsoleAudit.id.desc()).limit(6)))
    try:
        backups = list_backups(here.settings.resolved_backup_dir(), here.settings.default_backup_dir)
    except BackupFolderError:
        backups = []
    live = [row for row in every_device if not row.revoked]
    return render(
        request,
        "home.html",
        viewer=viewer,
        nav="home",
        associations=associations,
        live_devices=len(live),
        silent=[row for row in live if row.silent],
        silent_days=silent_days,
        pending=pending,
        month=this_month,
        kinds=activity.KINDS,
        journal=journal,
        describe=describe,
        actor=actor,
        last_backup=backups[0] if backups else None,
        stale_backup=not backups or (utcnow() - backups[0].made_at).days >= 2,
    )
