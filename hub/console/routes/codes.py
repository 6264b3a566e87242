"""Enrolment codes: the list, making one (shown once, with its QR code), the printable sheet,
withdrawing one."""

from __future__ import annotations

import segno
from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup

from hub import admin, audit
from hub.auth import normalise_code
from hub.console import enrolment
from hub.console.i18n import N_
from hub.console.sheet import enrolment_sheet, qr_payload
from hub.console.web import (
    PREFIX,
    Checked,
    Viewer,
    console,
    error_page,
    local_path,
    redirect,
    render,
    secured,
    translator,
    usable_key,
)
from hub.models import Association

router = APIRouter(prefix=PREFIX, include_in_schema=False)


def hub_address(request: Request) -> str:
    """The address devices use: the configured one, else the one this browser reached."""
    configured = console(request).settings.public_url.strip().rstrip("/")
    return configured or str(request.base_url).rstrip("/")


def _list(
    request: Request, viewer: Viewer, *, status: int = 200, error: str | None = None, chosen: str = ""
) -> Response:
    state = request.query_params.get("etat", "")
    here = console(request)
    with here.db.reader() as session:
        codes = enrolment.list_codes(session, state=state or None)
        associations = list(session.query(Association).order_by(Association.name))
    return render(
        request,
        "codes.html",
        status=status,
        viewer=viewer,
        nav="codes",
        codes=codes,
        state=state,
        states=enrolment.STATES,
        associations=associations,
        lifetimes=enrolment.LIFETIMES,
        default_hours=here.settings.enrollment_code_hours,
        error=error,
        chosen=chosen or request.query_params.get("association", ""),
    )


@router.get("/codes")
def code_list(request: Request, viewer: Viewer) -> Response:
    return _list(request, viewer)


@router.post("/codes")
def make_code(request: Request, posted: Checked) -> Response:
    association_id = posted.get("association_id")
    try:
        hours = int(posted.get("hours"))
    except ValueError:
        hours = 0
    try:
        with console(request).db.writer.begin() as session:
            if session.get(Association, association_id) is None:
                raise admin.AdminError(N_("Choisissez l'association de ce code."))
            code, expires, association = enrolment.make_code(
                session, association_id, hours, posted.viewer.email
            )
            audit.record(
                session, posted.viewer.email, "code_created", association.name, hint=code[-4:], hours=hours
            )
            name = association.name
    except admin.AdminError as error:
        return _list(request, posted.viewer, status=422, error=str(error), chosen=association_id)
    address = hub_address(request)
    qr = segno.make(qr_payload(address, code), error="m")
    return render(
        request,
        "code.html",
        viewer=posted.viewer,
        nav="codes",
        code=code,
        expires_at=expires,
        association=name,
        association_id=association_id,
        hub_url=address,
        # The desktop accepts only https:// (a token must not travel in clear): say it now, not
        # when the volunteer types it.
        address_refused=not address.startswith("https://"),
        qr=Markup(qr.svg_inline(scale=7, dark="#1e1e1e", title=code)),
    )


@router.post("/codes/fiche")
def sheet(request: Request, posted: Checked) -> Response:
    """The printable sheet of a code still pending: only whoever holds the code can print it."""
    with console(request).db.reader() as session:
        found = enrolment.pending_code(session, posted.get("code"))
    if found is None:
        return error_page(request, 404)
    code, association = found
    pdf = enrolment_sheet(
        translator(request),
        association=association.name,
        hub_url=hub_address(request),
        code=normalise_code(posted.get("code")),
        expires_at=code.expires_at,
        contact=posted.viewer.email,
    )
    return secured(
        Response(
            pdf,
            media_type="application/pdf",
            headers={"Content-Disposition": 'inline; filename="rejoindre-le-reseau.pdf"'},
        )
    )


@router.get("/codes/{key}/retirer")
def confirm_withdraw(request: Request, viewer: Viewer, key: str) -> Response:
    """Asked first: a code the association already holds stops working."""
    if not usable_key(key):
        return error_page(request, 404)
    with console(request).db.reader() as session:
        row = enrolment.find(session, key)
    if row is None:
        return error_page(request, 404)
    return render(
        request,
        "withdraw.html",
        viewer=viewer,
        nav="codes",
        row=row,
        states=enrolment.STATES,
        suite=local_path(request.query_params.get("suite"), f"{PREFIX}/codes"),
    )


@router.post("/codes/{key}/retirer")
def withdraw(request: Request, posted: Checked, key: str) -> Response:
    if not usable_key(key):
        return error_page(request, 404)
    with console(request).db.writer.begin() as session:
        found = enrolment.withdraw(session, key)
        if found is None:
            return error_page(request, 404)
        code, withdrawn = found
        if withdrawn:
            association = session.get_one(Association, code.association_id)
            audit.record(session, posted.viewer.email, "code_withdrawn", association.name, hint=code.hint)
    back = local_path(posted.get("suite"), f"{PREFIX}/codes")
    separator = "&" if "?" in back else "?"
    return redirect(f"{back}{separator}message=code-retire")
