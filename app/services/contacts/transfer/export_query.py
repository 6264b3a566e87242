"""Contacts to export, page by page in name order, each with its current roles."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from app.models import Contact, Role
from app.services.contacts.transfer.matching import IN_CHUNK
from app.services.contacts.transfer.row_check import PERSON

PAGE_SIZE = IN_CHUNK  # a page's ids go into one IN (...) for the roles
_TABLE = Contact.__table__
_COLUMNS = (
    "id",
    "kind",
    "display_name",
    "sort_key",
    "first_name",
    "last_name",
    "org_kind",
    "rna",
    "siret",
    "email",
    "phone",
    "phone_to_check",
    "address",
    "website",
    "tags",
    "notes",
)


@dataclass(frozen=True)
class ExportedContact:
    id: str
    kind: str
    display_name: str
    sort_key: str
    first_name: str | None
    last_name: str | None
    org_kind: str | None
    rna: str | None
    siret: str | None
    email: str | None
    phone: str | None
    phone_to_check: str | None
    address: str | None
    website: str | None
    tags: str | None
    notes: str | None
    # (organisation name, RoleKind value, title or None), current roles
    affiliations: tuple[tuple[str, str, str | None], ...] = ()

    @property
    def is_person(self) -> bool:
        return self.kind == PERSON


def _base() -> Select[Any]:
    # Anonymised people are placeholders kept for history: there is nothing of them to export.
    return select(*(_TABLE.c[name] for name in _COLUMNS)).where(
        _TABLE.c.deleted_at.is_(None), _TABLE.c.anonymised_at.is_(None)
    )


def _pages(session: Session, ids: list[str] | None) -> Iterator[Sequence[Row[*tuple[Any, ...]]]]:
    if ids is not None:
        # A selection is already in memory as ids; sort its rows in name order here.
        rows: list[Row[*tuple[Any, ...]]] = []
        for start in range(0, len(ids), IN_CHUNK):
            rows += session.execute(_base().where(_TABLE.c.id.in_(ids[start : start + IN_CHUNK]))).all()
        rows.sort(key=lambda row: (row.sort_key, row.id))
        for start in range(0, len(rows), PAGE_SIZE):
            yield rows[start : start + PAGE_SIZE]
        return
    after: tuple[str, str] | None = None
    while True:
        # Keyset pages on the list index: constant memory and no OFFSET rescans.
        query = _base().order_by(_TABLE.c.sort_key, _TABLE.c.id).limit(PAGE_SIZE)
        if after is not None:
            key, last_id = after
            query = query.where(
                (_TABLE.c.sort_key > key) | ((_TABLE.c.sort_key == key) & (_TABLE.c.id > last_id))
            )
        page = session.execute(query).all()
        if not page:
            return
        yield page
        after = (page[-1].sort_key, page[-1].id)


def _current_roles(session: Session, person_ids: list[str]) -> dict[str, list[tuple[str, str, str | None]]]:
    organisation = _TABLE.alias("o")
    today = date.today()
    query = (
        select(Role.person_id, organisation.c.display_name, Role.role, Role.title)
        .join(organisation, organisation.c.id == Role.organisation_id)
        .where(
            Role.person_id.in_(person_ids),
            Role.deleted_at.is_(None),
            organisation.c.deleted_at.is_(None),
            (Role.start_date.is_(None)) | (Role.start_date <= today),
            (Role.end_date.is_(None)) | (Role.end_date >= today),
        )
        .order_by(Role.start_date.desc().nulls_last(), Role.id)
    )
    out: dict[str, list[tuple[str, str, str | None]]] = {}
    for person_id, name, role, title in session.execute(query):
        out.setdefault(person_id, []).append((name, role, title))
    return out


def iter_contacts(session: Session, ids: list[str] | None = None) -> Iterator[ExportedContact]:
    """Live contacts (all, or those of `ids`) in name order, one page in memory at a time."""
    for page in _pages(session, ids):
        people = [row.id for row in page if row.kind == PERSON]
        roles = _current_roles(session, people) if people else {}
        for row in page:
            yield ExportedContact(**row._asdict(), affiliations=tuple(roles.get(row.id, ())))
