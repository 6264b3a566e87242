"""Writing what an import decided, a batch at a time, inside the caller's one transaction.

New contacts and roles go in by one statement per table (no ORM work per row), with their
outbox entries (so the sync sends them) and the ids in a temporary table (so later batches
know which contacts came from this file, and at which line). The search index is built once,
at the end (`deferred_search_index`). Completing existing contacts goes through the ORM: the
outbox notes those changes by itself.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import bulk_insert, table_of
from app.ids import new_id
from app.models import Contact, OutboxEntry, Person, Role, utcnow
from app.models.contacts import Organisation
from app.models.outbox import own_fields
from app.services.contacts.transfer.matching import chunks

LINES_TABLE = "import_lines"  # id -> line of the file it came from (NULL for roles)
_PERSON_FIELDS = own_fields(Person)
_ORG_FIELDS = own_fields(Organisation)
_ROLE_FIELDS = own_fields(Role)
_CONTACT_COLUMNS = frozenset(Contact.__table__.c.keys())


def create_lines_table(session: Session) -> None:
    connection = session.connection()
    connection.exec_driver_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {LINES_TABLE} (id VARCHAR(36) PRIMARY KEY, line INTEGER)"
    )
    connection.exec_driver_sql(f"DELETE FROM temp.{LINES_TABLE}")


def lines_of(session: Session, ids: list[str]) -> dict[str, int]:
    """Which of these contacts this import wrote, and from which line."""
    out: dict[str, int] = {}
    connection = session.connection()
    for part in chunks(ids):
        marks = ", ".join("?" * len(part))
        rows = connection.exec_driver_sql(
            f"SELECT id, line FROM temp.{LINES_TABLE} WHERE id IN ({marks}) AND line IS NOT NULL", tuple(part)
        )
        out.update({contact_id: line for contact_id, line in rows})
    return out


class PendingBatch:
    """Rows decided but not written yet; `flush` writes them."""

    def __init__(self) -> None:
        self._empty()

    def _empty(self) -> None:
        self.now = utcnow()  # one timestamp per batch: converted once when written
        self.contacts: dict[str, dict[str, Any]] = {}  # id -> model columns
        self.lines: dict[str, int] = {}
        self.roles: list[dict[str, Any]] = []
        self.role_keys: set[tuple[str, str]] = set()  # (person, organisation) given a role in this batch
        self.fills: dict[str, dict[str, Any]] = {}  # existing contact id -> columns to complete

    def add_contact(self, values: dict[str, Any], line: int | None) -> str:
        contact_id = new_id()
        now = self.now
        row = {k: v for k, v in values.items() if k in _CONTACT_COLUMNS}
        row.update(id=contact_id, created_at=now, updated_at=now)
        self.contacts[contact_id] = row
        self.lines[contact_id] = 0 if line is None else line  # 0: an organisation people named
        return contact_id

    def add_role(
        self, person_id: str, organisation_id: str, role: str, title: str | None, start: date | None
    ) -> None:
        if (person_id, organisation_id) in self.role_keys:
            return
        self.role_keys.add((person_id, organisation_id))
        now = self.now
        self.roles.append(
            {
                "id": new_id(),
                "person_id": person_id,
                "organisation_id": organisation_id,
                "role": role,
                "title": title,
                "start_date": start,
                "created_at": now,
                "updated_at": now,
            }
        )

    def fill(self, contact_id: str, values: dict[str, Any]) -> None:
        """Complete a contact: one written in this batch is changed in place."""
        if not values:
            return
        if contact_id in self.contacts:
            self.contacts[contact_id].update(values)
        else:
            self.fills.setdefault(contact_id, {}).update(values)

    def flush(self, session: Session) -> None:
        if self.contacts:
            # Organisations first: a role points to its organisation and its person.
            rows = sorted(self.contacts.values(), key=lambda r: r["kind"] != "organisation")
            bulk_insert(session, table_of(Contact), rows)
            _outbox(
                session,
                [
                    (r["id"], _ORG_FIELDS if r["kind"] == "organisation" else _PERSON_FIELDS, "contact")
                    for r in rows
                ],
                self.now,
            )
        if self.roles:
            bulk_insert(session, table_of(Role), self.roles)
            _outbox(session, [(r["id"], _ROLE_FIELDS, "role") for r in self.roles], self.now)
        marks = [(i, self.lines.get(i)) for i in self.contacts] + [(r["id"], None) for r in self.roles]
        if marks:
            session.connection().exec_driver_sql(
                f"INSERT INTO temp.{LINES_TABLE}(id, line) VALUES (?, ?)", marks
            )
        if self.fills:
            _apply_fills(session, self.fills)
        self._empty()


def _outbox(session: Session, records: list[tuple[str, list[str], str]], now: datetime) -> None:
    bulk_insert(
        session,
        table_of(OutboxEntry),
        [
            {
                "record_id": record_id,
                "entity_type": entity,
                "op_id": new_id(),
                "base_version": 0,
                "fields": fields,
                "deleted": False,
                "revision": 1,
                "sent_revision": 0,
                "created_at": now,
            }
            for record_id, fields, entity in records
        ],
    )


def _apply_fills(session: Session, fills: dict[str, dict[str, Any]]) -> None:
    for part in chunks(sorted(fills)):
        for contact in session.scalars(select(Contact).where(Contact.id.in_(part))):
            for name, value in fills[contact.id].items():
                if hasattr(contact, name):
                    setattr(contact, name, value)
    session.flush()
    session.expunge_all()  # an import touches thousands of contacts: keep the session small
