"""Database work for the needs screens. Each function takes a session and returns plain data
(never a model object): it runs on the database thread, the result is shown on the GUI one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, Text
from app.models import NetworkAssociation
from app.services.needs import alerts, matching, places, response_lines, summary
from app.services.needs import records as r
from app.services.needs.listing import NeedFilter, NeedRow, need_rows
from app.services.network import association_names, my_association_id, owner_of


# --- the list ------------------------------------------------------------------------------------
@dataclass
class ListPage:
    rows: list[NeedRow]
    place_error: Text | None = None  # the place typed in the filter names no commune


def list_page(session: Session, wanted: NeedFilter, place_text: str) -> ListPage:
    if place_text.strip():
        try:
            wanted.place = places.resolve(place_text)[0]
        except InvalidInput as error:
            return ListPage([], next(iter(error.errors.values())))
    return ListPage(need_rows(session, wanted))


def warm_up(session: Session) -> int:
    """Read the communes once, off the GUI thread (the place completer uses them)."""
    return len(places.table().communes)


# --- one need or offer ------------------------------------------------------------------------------
@dataclass
class Detail:
    id: str
    fields: r.NeedFields
    status: str  # effective
    stored_status: str
    ours: bool
    owner_name: str
    place_label: str
    audience_names: list[str]
    suggestions: list[matching.Suggestion]
    responses: list[response_lines.ResponseLine]


def detail(session: Session, need_id: str, today: date | None = None) -> Detail:
    today = today or date.today()
    record = r.load(session, need_id)
    me = my_association_id(session)
    owner = owner_of(session, need_id) or me
    names = association_names(session)
    ours = owner == me
    if ours:
        alerts.mark_seen(session, need_id)  # looked at: no longer new
    commune = places.by_code(record.commune_code)
    return Detail(
        record.id,
        r.fields_of(record),
        r.effective_status(record.status, record.expires_on, today),
        record.status,
        ours,
        "" if ours else names.get(owner or "", "?"),
        commune.label(record.postal_code) if commune is not None else "",
        [names.get(a, "?") for a in record.audience_ids or []],
        matching.suggestions(session, need_id, today),
        response_lines.lines_for(session, need_id, today),
    )


# --- the editor ------------------------------------------------------------------------------------
@dataclass
class EditorStart:
    need_id: str | None
    fields: r.NeedFields
    members: list[tuple[str, str]] = field(default_factory=list)  # (network id, name), not us


def editor_start(session: Session, need_id: str | None, direction: str = "need") -> EditorStart:
    me = my_association_id(session)
    members = [
        (m.id, m.name)
        for m in session.scalars(select(NetworkAssociation).order_by(NetworkAssociation.name))
        if m.id != me
    ]
    if need_id is None:
        return EditorStart(None, r.NeedFields(direction=direction), members)
    return EditorStart(need_id, r.fields_of(r.load_own(session, need_id)), members)


def save(session: Session, need_id: str | None, data: r.NeedFields) -> str:
    if need_id is None:
        return r.create_need(session, data)
    r.update_need(session, need_id, data)
    return need_id


def year(session: Session, chosen: int) -> list[tuple[str, int | float | str, bool]]:
    return summary.rows(summary.year_summary(session, chosen))
