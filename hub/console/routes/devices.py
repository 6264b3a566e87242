"""Devices: every computer of the network, the silent ones first; revoking one, confirmed."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from hub import admin, audit
from hub.console import devices
from hub.console.web import (
    PREFIX,
    Checked,
    Viewer,
    console,
    error_page,
    local_path,
    redirect,
    render,
    usable_key,
)

router = APIRouter(prefix=PREFIX, include_in_schema=False)


@router.get("/appareils")
def device_list(request: Request, viewer: Viewer) -> Response:
    here = console(request)
    show = request.query_params.get("voir", "")
    show = show if show in devices.FILTERS else ""
    search = request.query_params.get("q", "")[:200]
    with here.db.reader() as session:
        rows = devices.list_devices(session, here.settings.console_silent_days, show=show, search=search)
    return render(
        request,
        "devices.html",
        viewer=viewer,
        nav="devices",
        rows=rows,
        show=show,
        filters=devices.FILTERS,
        search=search,
        silent_days=here.settings.console_silent_days,
    )


@router.get("/appareils/{device_id}/revoquer")
def confirm_revoke(request: Request, viewer: Viewer, device_id: str) -> Response:
    if not usable_key(device_id):
        return error_page(request, 404)
    with console(request).db.reader() as session:
        row = devices.find(session, device_id)
    if row is None:
        return error_page(request, 404)
    return render(
        request,
        "revoke.html",
        viewer=viewer,
        nav="devices",
        row=row,
        suite=local_path(request.query_params.get("suite"), f"{PREFIX}/appareils"),
    )


@router.post("/appareils/{device_id}/revoquer")
def revoke(request: Request, posted: Checked, device_id: str) -> Response:
    if not usable_key(device_id):
        return error_page(request, 404)
    with console(request).db.writer.begin() as session:
        # Locked: of two coordinators revoking at once, the second sees it done and notes nothing.
        row = devices.find(session, device_id, lock=True)
        if row is None:
            return error_page(request, 404)
        if row.device.revoked_at is None:
            admin.revoke_device(session, device_id)
            audit.record(
                session, posted.viewer.email, "device_revoked", f"{row.device.name} ({row.association})"
            )
    back = local_path(posted.get("suite"), f"{PREFIX}/appareils")
    return redirect(f"{back}{'&' if '?' in back else '?'}message=appareil-revoque")
