"""The network's pulse: its activity month by month, and the same as CSV for the federation's
activity report. Made from counts only (hub/activity.py)."""

from __future__ import annotations

import csv
import io

from fastapi import APIRouter, Request
from fastapi.responses import Response

from hub import activity
from hub.console.i18n import N_, Translator
from hub.console.web import PREFIX, Viewer, console, render, secured, translator, whole_number
from hub.db import utcnow

router = APIRouter(prefix=PREFIX, include_in_schema=False)
COLUMNS = {
    activity.RESERVATIONS: N_("Réservations entre associations"),
    activity.LOANS: N_("Prêts entre associations"),
    activity.EQUIPMENT: N_("Matériel mis en partage"),
    activity.PUBLISHED: N_("Pratiques publiées"),
    activity.ADOPTED: N_("Pratiques adoptées"),
    activity.SIGNED: N_("Conventions signées"),
}


def _period(request: Request) -> tuple[list[str], str | None, list[int]]:
    """The months shown: a calendar year (?annee=2026), or the last twelve months."""
    now = utcnow()
    activity.scan_when_behind(console(request).db)
    with console(request).db.reader() as session:
        first = activity.first_month(session)
    years = list(range(now.year, int(first[:4]) - 1, -1)) if first else [now.year]
    chosen = whole_number(request.query_params.get("annee"))
    if chosen in years:
        return activity.months_between(f"{chosen}-01", f"{chosen}-12"), str(chosen), years
    return activity.last_months(12, now), None, years


@router.get("/activite")
def pulse_page(request: Request, viewer: Viewer) -> Response:
    months, year, years = _period(request)
    with console(request).db.reader() as session:
        rows = activity.pulse(session, months)
        associations, devices = activity.active_between(session, months[0], months[-1])
    return render(
        request,
        "pulse.html",
        viewer=viewer,
        nav="pulse",
        rows=list(reversed(rows)),
        totals=activity.totals(rows),
        active_associations=associations,
        active_devices=devices,
        columns=COLUMNS,
        year=year,
        years=years,
        current_month=activity.month_of(utcnow()),
    )


def pulse_csv(t: Translator, rows: list[activity.MonthActivity]) -> str:
    """French: ';' and a BOM, as Excel in French expects; English: ','."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if t.language == "fr" else ",", lineterminator="\r\n")
    writer.writerow(
        [
            t.gettext("Mois"),
            *(t.gettext(label) for label in COLUMNS.values()),
            t.gettext("Associations actives"),
            t.gettext("Appareils actifs"),
        ]
    )
    for row in rows:
        writer.writerow([row.month, *(row.count(kind) for kind in COLUMNS), row.associations, row.devices])
    return ("\ufeff" if t.language == "fr" else "") + out.getvalue()


@router.get("/activite.csv")
def pulse_export(request: Request, viewer: Viewer) -> Response:
    months, year, _years = _period(request)
    with console(request).db.reader() as session:
        rows = activity.pulse(session, months)
    name = f"activite-reseau-{year or f'{months[0]}-{months[-1]}'}.csv"
    return secured(
        Response(
            pulse_csv(translator(request), rows),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
    )
