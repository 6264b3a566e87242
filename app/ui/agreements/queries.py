"""Database work for the agreements screens. Each function takes a session and returns plain
data (never a model object): it runs on the database thread, the result is shown on the GUI one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AgreementKind, Equipment
from app.services.agreements import clauses
from app.services.agreements import records as ag
from app.services.agreements.content import AgreementContent, content_of, end_of, missing_for_signature
from app.services.agreements.editing import Editing, start_editing
from app.services.agreements.records import AgreementRow
from app.services.agreements.reminders import Reminder, reminders
from app.services.equipment.records import CatalogueFilter, catalogue
from app.services.network import association_names, is_ours, my_association_id, owner_of
from app.services.record_ids import short_id


# --- the list ------------------------------------------------------------------------------------
@dataclass
class ListPage:
    rows: list[AgreementRow]  # each agreement followed by its amendments
    parent_refs: dict[str, str]  # an amendment's parent id -> the parent's reference
    total: int  # every agreement and amendment, whatever the filter
    counts: dict[str, int]


def in_tree_order(rows: list[AgreementRow]) -> list[AgreementRow]:
    """Newest agreements first, each followed by its amendments in their order; an amendment
    whose agreement the filter left out keeps its own place."""
    shown = {row.id for row in rows}
    children: dict[str, list[AgreementRow]] = {}
    for row in rows:
        if row.parent_id and row.parent_id in shown:
            children.setdefault(row.parent_id, []).append(row)
    ordered = []
    for row in rows:
        if row.parent_id and row.parent_id in shown:
            continue
        ordered.append(row)
        ordered.extend(sorted(children.get(row.id, []), key=lambda a: a.reference))
    return ordered


def list_page(session: Session, status: str | None, text: str) -> ListPage:
    rows = ag.agreement_rows(session, status, text)
    counts = ag.status_counts(session)
    everything = {row.id: row.reference for row in ag.agreement_rows(session)} if rows else {}
    refs = {row.parent_id: everything.get(row.parent_id, "") for row in rows if row.parent_id}
    return ListPage(in_tree_order(rows), refs, sum(counts.values()), counts)


# --- one agreement -------------------------------------------------------------------------------
@dataclass
class Detail:
    id: str
    reference: str
    kind: str
    status: str
    content: AgreementContent
    ours: bool
    owner_name: str  # the association that wrote it ("" when ours)
    end: date | None
    sent_on: date | None
    signed_on: date | None
    ended_on: date | None
    end_reason: str
    reminder_days: int
    missing: list[str]  # what to fill in before signing (French, marked for translation)
    parent_id: str | None = None
    parent_reference: str = ""
    parent_title: str = ""
    amendments: list[AgreementRow] = field(default_factory=list)
    scan_name: str | None = None
    short_id: str = ""  # what `entraide agreement-pdf` accepts, like the reference

    @property
    def is_amendment(self) -> bool:
        return self.kind == AgreementKind.AMENDMENT.value


def detail(session: Session, agreement_id: str) -> Detail:
    record = ag.load(session, agreement_id)
    content = content_of(record)
    ours = is_ours(session, agreement_id)
    owner = owner_of(session, agreement_id)
    owner_name = "" if ours else association_names(session).get(owner or "", "?")
    amendment = record.kind == AgreementKind.AMENDMENT.value
    found = Detail(
        record.id,
        record.reference,
        record.kind,
        record.status,
        content,
        ours,
        owner_name,
        end_of(content),
        record.sent_on,
        record.signed_on,
        record.ended_on,
        record.end_reason or "",
        record.reminder_days,
        missing_for_signature(content, amendment),
        parent_id=record.parent_id,
    )
    if record.parent_id:
        parent = session.get(type(record), record.parent_id)
        if parent is not None:
            found.parent_reference, found.parent_title = parent.reference, parent.title
    else:
        rows = {row.id: row for row in ag.agreement_rows(session) if row.parent_id == agreement_id}
        found.amendments = [rows[a.id] for a in ag.amendments(session, agreement_id) if a.id in rows]
    scan = ag.scan_of(session, agreement_id)
    found.scan_name = scan.file_name if scan is not None else None
    found.short_id = short_id(session, type(record), record.id)
    return found


# --- the editor ----------------------------------------------------------------------------------
@dataclass
class CatalogueItem:
    id: str
    name: str
    owner_id: str | None
    owner_name: str
    value_cents: int | None


@dataclass
class EditorStart(Editing):
    """What the editor opens with: the agreement (app/services/agreements/editing.py) and the
    choices its tabs offer."""

    # section -> [(template id, name, text)]
    templates: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    catalogue: list[CatalogueItem] = field(default_factory=list)
    our_association: str | None = None


def templates_by_section(session: Session) -> dict[str, list[tuple[str, str, str]]]:
    found: dict[str, list[tuple[str, str, str]]] = {}
    for template in clauses.templates(session):
        found.setdefault(template.section, []).append((template.id, template.name, template.text))
    return found


def equipment_choices(session: Session) -> list[CatalogueItem]:
    values = dict(session.execute(select(Equipment.id, Equipment.purchase_value_cents)).all())
    return [
        CatalogueItem(row.id, row.name, row.owner_id, row.owner_name, values.get(row.id))
        for row in catalogue(session, CatalogueFilter())
    ]


def editor_start(session: Session, agreement_id: str | None) -> EditorStart:
    editing = start_editing(session, agreement_id)
    return EditorStart(
        **vars(editing),
        templates=templates_by_section(session),
        catalogue=equipment_choices(session),
        our_association=my_association_id(session),
    )


# --- the sidebar and the reminders ---------------------------------------------------------------
@dataclass
class Summary:
    reminders: list[Reminder]
    counts: dict[str, int]


def summary(session: Session, today: date) -> Summary:
    return Summary(reminders(session, today), ag.status_counts(session))
