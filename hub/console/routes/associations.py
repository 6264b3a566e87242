"""Associations: the list with its search, one association's page, creating and editing."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.exc import IntegrityError

from hub import audit
from hub.console import associations as queries
from hub.console import devices, enrolment
from hub.console.web import PREFIX, Checked, Viewer, console, error_page, redirect, render, usable_key
from hub.models import Association

router = APIRouter(prefix=PREFIX, include_in_schema=False)


@router.get("/associations")
def association_list(request: Request, viewer: Viewer) -> Response:
    search = request.query_params.get("q", "")[:200]
    with console(request).db.reader() as session:
        rows = queries.list_associations(session, search)
    return render(request, "associations.html", viewer=viewer, nav="associations", rows=rows, search=search)


def _form_page(
    request: Request,
    viewer: Viewer,
    form: queries.AssociationForm,
    current: Association | None,
    status: int = 200,
) -> Response:
    return render(
        request,
        "association_form.html",
        status=status,
        viewer=viewer,
        nav="associations",
        form=form,
        current=current,
        suggestions=queries.KIND_SUGGESTIONS,
    )


@router.get("/associations/nouvelle")
def new_association(request: Request, viewer: Viewer) -> Response:
    return _form_page(request, viewer, queries.AssociationForm(dict.fromkeys(queries.FIELDS, "")), None)


@router.post("/associations/nouvelle")
def create_association(request: Request, posted: Checked) -> Response:
    db = console(request).db
    try:
        with db.writer.begin() as session:
            form = queries.check_form(session, posted.form)
            if not form.ok:  # nothing was written: the form comes back as typed, with the reasons
                return _form_page(request, posted.viewer, form, None, status=422)
            association, _changed = queries.save(session, form)
            audit.record(session, posted.viewer.email, "association_created", association.name)
            target = f"{PREFIX}/associations/{association.id}?message=association-creee"
    except IntegrityError:  # another coordinator saved the same name meanwhile: now the check sees it
        with db.reader() as session:
            form = queries.check_form(session, posted.form)
        return _form_page(request, posted.viewer, form, None, status=422)
    return redirect(target)


@router.get("/associations/{association_id}")
def association_page(request: Request, viewer: Viewer, association_id: str) -> Response:
    if not usable_key(association_id):
        return error_page(request, 404)
    here = console(request)
    with here.db.reader() as session:
        association = session.get(Association, association_id)
        if association is None:
            return error_page(request, 404)
        counts = queries.record_counts(session, association_id)
        owned = devices.list_devices(
            session, here.settings.console_silent_days, association_id=association_id
        )
        codes = enrolment.list_codes(session, association_id)
    return render(
        request,
        "association.html",
        viewer=viewer,
        nav="associations",
        association=association,
        counts=counts,
        labels=queries.RECORD_TYPES,
        devices=owned,
        codes=codes[:10],
        states=enrolment.STATES,
        lifetimes=enrolment.LIFETIMES,
        default_hours=here.settings.enrollment_code_hours,
        last_sync=max((d.device.last_seen_at for d in owned if d.device.last_seen_at), default=None),
        silent_days=here.settings.console_silent_days,
    )


@router.get("/associations/{association_id}/modifier")
def edit_association(request: Request, viewer: Viewer, association_id: str) -> Response:
    if not usable_key(association_id):
        return error_page(request, 404)
    with console(request).db.reader() as session:
        association = session.get(Association, association_id)
        if association is None:
            return error_page(request, 404)
        values = {name: getattr(association, name) or "" for name in queries.FIELDS}
    return _form_page(request, viewer, queries.AssociationForm(values), association)


@router.post("/associations/{association_id}/modifier")
def update_association(request: Request, posted: Checked, association_id: str) -> Response:
    if not usable_key(association_id):
        return error_page(request, 404)
    db = console(request).db
    try:
        with db.writer.begin() as session:
            association = session.get(Association, association_id)
            if association is None:
                return error_page(request, 404)
            form = queries.check_form(session, posted.form, association)
            if not form.ok:
                return _form_page(request, posted.viewer, form, association, status=422)
            _saved, changed = queries.save(session, form, association)
            if changed:
                audit.record(
                    session, posted.viewer.email, "association_updated", association.name, fields=changed
                )
    except IntegrityError:  # renamed as another one was named meanwhile: now the check sees it
        with db.reader() as session:
            association = session.get(Association, association_id)
            form = queries.check_form(session, posted.form, association)
        return _form_page(request, posted.viewer, form, association, status=422)
    return redirect(f"{PREFIX}/associations/{association_id}?message=association-modifiee")
