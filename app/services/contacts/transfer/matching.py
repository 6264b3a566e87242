"""Which existing contact a row is: the same e-mail, phone, SIRET or RNA, or the same folded name
(for a person, in the same organisation). Looked up a batch at a time, one IN (...) query per
criterion, so a 100,000-row file costs a few hundred queries, not 100,000.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.chunks import in_chunks
from app.models import Contact, Role
from app.services.contacts.transfer.row_check import PERSON, OrgPart, RowPlan
from app.text import fold

IN_CHUNK = 500  # values per IN (...): well under SQLite's variable limit
_TABLE = Contact.__table__
PERSON_CRITERIA = ("email", "phone", "name")
ORG_CRITERIA = ("siret", "rna", "email", "phone", "name")
_COLUMN = {"siret": "siret", "rna": "rna", "email": "email", "phone": "phone", "name": "sort_key"}
# What a fill may complete on an existing contact, and what an organisation's columns are checked on.
FILLABLE = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "address",
    "tags",
    "notes",
    "siret",
    "rna",
    "website",
)
CHECKED = ("siret", "rna")


def chunks(values: list[Any]) -> Iterable[list[Any]]:
    return in_chunks(values, IN_CHUNK)


def row_keys(plan: RowPlan) -> list[tuple[str, Any]]:
    """(criterion, value) of a row, in the order that decides which match wins."""
    values = plan.contact
    criteria = PERSON_CRITERIA if plan.is_person else ORG_CRITERIA
    return [(c, v) for c in criteria if (v := values.get(_COLUMN[c]))]


def org_keys(org: OrgPart) -> list[tuple[str, Any]]:
    return [(c, v) for c in ("siret", "rna") if (v := org.values.get(c))] + [("name", org.sort_key)]


@dataclass
class Known:
    """A contact already in the store (or written earlier by this import)."""

    id: str
    kind: str
    display_name: str
    values: dict[str, Any]  # the FILLABLE columns, as stored
    orgs: set[str] = field(default_factory=set)  # a person's organisations, folded names


_COLUMNS = ("id", "kind", "display_name", "sort_key", *FILLABLE, "phone_to_check")


_VALUE_NAMES = _COLUMNS[3:]


def _known(row: Any) -> Known:
    return Known(row[0], row[1], row[2], dict(zip(_VALUE_NAMES, row[3:], strict=True)))


def lookup(session: Session, kind: str, wanted: dict[str, set[Any]]) -> dict[tuple[str, Any], list[Known]]:
    """(criterion, value) -> the live contacts of `kind` having it, oldest first.

    The ids come first, by the index of each criterion (the kind and the trash are checked
    here rather than in SQL, which would lead SQLite to walk the list index instead), then
    each contact's columns once, however many criteria it matches."""
    table = _TABLE
    ids: dict[tuple[str, Any], list[str]] = {}
    for criterion, values in wanted.items():
        column = table.c[_COLUMN[criterion]]
        for part in chunks(sorted(values)):
            query = select(table.c.id, column, table.c.kind, table.c.deleted_at).where(column.in_(part))
            if criterion == "name":  # the list index (deleted_at, sort_key) serves this one
                query = query.where(table.c.deleted_at.is_(None))
            for contact_id, value, contact_kind, deleted in session.execute(query):
                if contact_kind == kind and deleted is None:
                    ids.setdefault((criterion, value), []).append(contact_id)
    by_id = _load(session, sorted({i for found in ids.values() for i in found}))
    if kind == PERSON:
        named = {i for (criterion, _), found in ids.items() if criterion == "name" for i in found}
        _attach_organisations(session, {i: by_id[i] for i in named})
    return {key: [by_id[i] for i in sorted(found)] for key, found in ids.items()}


def _load(session: Session, ids: list[str]) -> dict[str, Known]:
    columns = [_TABLE.c[name] for name in _COLUMNS]
    out: dict[str, Known] = {}
    for part in chunks(ids):
        for row in session.execute(select(*columns).where(_TABLE.c.id.in_(part))):
            out[row.id] = _known(row)
    return out


def _attach_organisations(session: Session, people: dict[str, Known]) -> None:
    """The organisations of people matched by name: a name alone is not enough (same_person).
    The trash is checked here: in SQL it would lead SQLite to walk the list index."""
    org = _TABLE.alias("o")
    for part in chunks(sorted(people)):
        query = (
            select(Role.person_id, org.c.sort_key, org.c.deleted_at, Role.deleted_at)
            .join(org, org.c.id == Role.organisation_id)
            .where(Role.person_id.in_(part))
        )
        for person_id, key, org_deleted, role_deleted in session.execute(query):
            if org_deleted is None and role_deleted is None:
                people[person_id].orgs.add(key)


def same_person(plan: RowPlan, known: Known, criterion: str) -> bool:
    """A name alone makes the same person unless both sides name organisations and none is shared:
    two "Jean Martin" of two different associations are two people. An e-mail or a phone makes
    the same person unless the first names differ: a family shares its e-mail and landline."""
    if criterion in ("email", "phone"):
        return same_first_name(plan.contact.get("first_name"), known.values.get("first_name"))
    if criterion != "name":
        return True
    mine = {a.organisation.sort_key for a in plan.affiliations}
    return not mine or not known.orgs or bool(mine & known.orgs)


def same_first_name(one: str | None, other: str | None) -> bool:
    """Unless both are given and differ; an initial ("M.", "JP") fits the names it begins."""
    if not one or not other or one == other:  # most rows of a file imported again: no folding
        return True
    one, other = (re.sub(r"[^a-z]", "", fold(name)) for name in (one, other))
    if not one or not other or one == other:
        return True
    short, long = sorted((one, other), key=len)
    return len(short) <= 2 and long.startswith(short[0])


Candidates = dict[tuple[str, Any], list[Known]]


def best_match(plan: RowPlan, *sources: Candidates) -> tuple[Known, list[str]] | None:
    """The first contact matching the row (in the store first, then written by this batch),
    with every criterion it matches on."""
    chosen: Known | None = None
    criteria: list[str] = []
    for key in row_keys(plan):
        for known in (k for source in sources for k in source.get(key, ())):
            if plan.is_person and not same_person(plan, known, key[0]):
                continue
            if chosen is None:
                chosen = known
            if known.id == chosen.id and key[0] not in criteria:
                criteria.append(key[0])
    return (chosen, criteria) if chosen else None


def fills(known_values: dict[str, Any], new_values: dict[str, Any]) -> dict[str, Any]:
    """The new values of fields empty on the known contact. A phone fills an empty phone (and
    clears its "to check" text); a text to check only goes where there is neither."""
    out = {name: new_values[name] for name in FILLABLE if new_values.get(name) and not known_values.get(name)}
    if "phone" in out and known_values.get("phone_to_check"):
        out["phone_to_check"] = None
    elif (
        new_values.get("phone_to_check")
        and not known_values.get("phone")
        and not known_values.get("phone_to_check")
    ):
        out["phone_to_check"] = new_values["phone_to_check"]
    return out


def differences(known_values: dict[str, Any], new_values: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(column, known, given) where both have a value and they differ."""
    return [
        (name, known_values[name], new_values[name])
        for name in CHECKED
        if known_values.get(name) and new_values.get(name) and known_values[name] != new_values[name]
    ]
