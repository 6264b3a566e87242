"""Writing a confirmed import plan, all of it in the caller's transaction."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.models import Contact
from app.services.contacts.fields import ContactFields
from app.services.contacts.records import add_role, create_contact
from app.services.contacts.transfer.import_plan import IN_CHUNK, ORGANISATION, ImportPlan, PlannedRow
from app.text import fold


@dataclass
class ImportResult:
    created_people: int = 0
    created_organisations: int = 0  # rows of the file plus organisations named by people
    roles: int = 0
    contact_ids: list[str] = field(default_factory=list)  # one per imported row, in file order

    @property
    def total(self) -> int:
        return self.created_people + self.created_organisations


def _existing_organisations(session: Session, keys: set[str]) -> dict[str, str]:
    """Folded name -> id of the oldest live organisation with that name."""
    table, wanted, found = Contact.__table__, sorted(keys), {}
    for start in range(0, len(wanted), IN_CHUNK):
        query = (
            select(table.c.sort_key, table.c.id)
            .where(
                table.c.sort_key.in_(wanted[start : start + IN_CHUNK]),
                table.c.kind == ORGANISATION,
                table.c.deleted_at.is_(None),
            )
            .order_by(table.c.created_at, table.c.id)
        )
        for key, contact_id in session.execute(query):
            found.setdefault(key, contact_id)
    return found


def apply_import(session: Session, plan: ImportPlan, *, skip_lines: Collection[int] = ()) -> ImportResult:
    """Create every valid row (except `skip_lines`), then the people's roles.

    Nothing is committed here: the caller commits the whole import or rolls it all back.
    Organisations of the file are created first, so a person may name one that comes
    later in the file; an organisation named only by people is found by its folded name
    among live organisations, or else created.
    """
    skip = set(skip_lines)
    rows = [row for row in plan.valid if row.line not in skip]
    # The session keeps flushed objects only weakly, so add_role would reload by SQL every
    # contact just created; holding them for the import's length halves its time.
    created: list[object] = []

    def hold(_session: Session, instance: object) -> None:
        created.append(instance)

    for name in ("pending_to_persistent", "loaded_as_persistent"):
        event.listen(session, name, hold)
    try:
        return _apply(session, rows)
    finally:
        for name in ("pending_to_persistent", "loaded_as_persistent"):
            event.remove(session, name, hold)


def _apply(session: Session, rows: list[PlannedRow]) -> ImportResult:
    result = ImportResult()
    ids: dict[int, str] = {}
    organisations: dict[str, str] = {}  # folded name -> id
    for row in rows:
        if not row.is_person:
            ids[row.line] = create_contact(session, row.fields)
            organisations.setdefault(fold(row.fields.name), ids[row.line])
            result.created_organisations += 1
    people = [row for row in rows if row.is_person]
    named = {fold(name) for row in people for name, _ in row.affiliations}
    organisations = {**_existing_organisations(session, named - organisations.keys()), **organisations}
    for row in people:
        ids[row.line] = person_id = create_contact(session, row.fields)
        result.created_people += 1
        result.roles += _add_roles(session, row, person_id, organisations, result)
    result.contact_ids = [ids[row.line] for row in rows]
    return result


def _add_roles(
    session: Session, row: PlannedRow, person_id: str, organisations: dict[str, str], result: ImportResult
) -> int:
    for name, role in row.affiliations:
        key = fold(name)
        if key not in organisations:
            organisations[key] = create_contact(session, ContactFields(kind=ORGANISATION, name=name))
            result.created_organisations += 1
        add_role(session, person_id, organisations[key], role)
    return len(row.affiliations)
