"""Checking every row of an import before anything is written: the plan the user confirms."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact, ContactKind, OrganisationKind
from app.services.contacts.duplicates import REASONS, DuplicateCandidate
from app.services.contacts.fields import ContactFields, check_contact
from app.services.contacts.transfer.mapping import (
    FIELD_LABELS,
    MULTILINE_FIELDS,
    ROLE_CHOICES,
    parse_kind,
    parse_org_kind,
    parse_role,
    row_values,
    split_affiliations,
)
from app.services.contacts.transfer.table_reader import RawTable
from app.text import fold

PERSON, ORGANISATION = ContactKind.PERSON.value, ContactKind.ORGANISATION.value
IN_CHUNK = 500  # values per IN (...): well under SQLite's variable limit
_MATCHES_PER_CRITERION = 20  # as find_duplicates: enough to warn, bounded for common names
_CONTACT_FIELDS = [name for name in ContactFields.names() if name not in ("kind", "org_kind")]
_ORG_KIND_CHOICES = "Association, Collectivité, Entreprise, Fondation ou Autre"


@dataclass(frozen=True)
class RowError:
    """A refused row: `reason` names the field in French and says what to fix."""

    line: int
    reason: str
    values: dict[str, str] = field(default_factory=dict, compare=False)  # what was read, kept

    def __str__(self) -> str:
        return f"ligne {self.line} : {self.reason}"


@dataclass
class PlannedRow:
    """A row that can be imported, with what looks like it in the store and earlier in the file."""

    line: int
    fields: ContactFields
    organisation: str | None = None  # first organisation of a person, as written
    role: str | None = None  # RoleKind value in that organisation ("autre" if none was given)
    duplicates: list[DuplicateCandidate] = field(default_factory=list)
    warnings: dict[str, str] = field(default_factory=dict)
    duplicates_in_file: list[int] = field(default_factory=list)  # earlier lines that look alike
    affiliations: list[tuple[str, str]] = field(default_factory=list)  # every (organisation, role)

    @property
    def is_person(self) -> bool:
        return self.fields.kind == PERSON

    @property
    def display_name(self) -> str:
        if self.is_person:
            return " ".join(p for p in (self.fields.first_name, self.fields.last_name) if p)
        return self.fields.name

    def remarks(self) -> list[str]:
        """Human-readable warnings of this row (field warnings, possible duplicates)."""
        out = [
            f"{FIELD_LABELS[k]} — {text}" if k in FIELD_LABELS else text for k, text in self.warnings.items()
        ]
        out += [f"doublon possible de « {c.display_name} » ({c.reason_text})" for c in self.duplicates]
        return [f"ligne {self.line} : {text}" for text in out]


@dataclass
class ImportPlan:
    valid: list[PlannedRow]
    errors: list[RowError]
    source_name: str = ""
    new_organisations: list[str] = field(default_factory=list)  # created for people's roles

    @property
    def total_rows(self) -> int:
        return len(self.valid) + len(self.errors)

    @property
    def people(self) -> int:
        return sum(1 for row in self.valid if row.is_person)

    @property
    def organisations(self) -> int:
        return len(self.valid) - self.people

    @property
    def doubtful(self) -> list[PlannedRow]:
        return [row for row in self.valid if row.duplicates or row.duplicates_in_file]

    @property
    def can_import(self) -> bool:
        return bool(self.valid)


def _quoted(value: str) -> str:
    value = value.replace("\n", " ")
    return f" (« {value[:57]}… »)" if len(value) > 60 else f" (« {value} »)"


def _build_row(line: int, values: dict[str, str]) -> tuple[PlannedRow, dict[str, Any]] | RowError:
    """Check one row; on success also return its normalised values (for duplicate lookups)."""
    # A line break typed in a name cell is only a space; addresses and notes keep theirs.
    values = {k: v if k in MULTILINE_FIELDS else " ".join(v.split()) for k, v in values.items()}
    errors: list[str] = []
    implied_org_kind = None
    if values.get("kind"):
        parsed = parse_kind(values["kind"])
        if parsed is None:
            return RowError(
                line,
                f"Type — « {values['kind']} » inconnu : indiquez « personne » ou « organisation ».",
                values,
            )
        kind, implied_org_kind = parsed
    elif values.get("first_name") or values.get("last_name") or not values.get("name"):
        kind = PERSON  # with no name at all, check_contact says which name is missing
    else:
        kind = ORGANISATION
    data = ContactFields(kind=kind, **{name: values.get(name, "") for name in _CONTACT_FIELDS})
    data.org_kind = implied_org_kind or OrganisationKind.ASSOCIATION.value
    if values.get("org_kind") and kind == ORGANISATION:
        org_kind = parse_org_kind(values["org_kind"])
        if org_kind is None:
            errors.append(
                f"{FIELD_LABELS['org_kind']} — « {values['org_kind']} » inconnu : {_ORG_KIND_CHOICES}."
            )
        data.org_kind = org_kind or data.org_kind
    warnings: dict[str, str] = {}
    affiliations: list[tuple[str, str]] = []
    if kind == PERSON:
        # "Prénom; Nom; Structure": for a person, an organisation name is where they belong.
        affiliations, role_errors = _affiliations(
            values.get("organisation") or values.get("name", ""), values.get("role", "")
        )
        errors += role_errors
        for name in ("rna", "siret", "website", "org_kind"):
            if values.get(name):
                warnings[name] = "Ignoré : seule une organisation en a un."
    elif values.get("organisation") or values.get("role"):
        warnings["organisation"] = "Ignoré : une organisation n'a ni rôle ni organisation de rattachement."
    checked = check_contact(data)
    for name, message in checked.errors.items():
        shown = _quoted(values[name]) if values.get(name) else ""
        errors.append(f"{FIELD_LABELS.get(name, name)} — {message}{shown}")
    if errors:
        return RowError(line, " ; ".join(errors), values)
    warnings.update(checked.warnings)
    first = affiliations[0] if affiliations else (None, None)
    row = PlannedRow(
        line, data, organisation=first[0], role=first[1], warnings=warnings, affiliations=affiliations
    )
    return row, checked.values


def _affiliations(text: str, role_text: str) -> tuple[list[tuple[str, str]], list[str]]:
    errors: list[str] = []
    role = parse_role(role_text) if role_text else None
    if role_text and role is None:
        errors.append(f"{FIELD_LABELS['role']} — « {role_text} » inconnu : {ROLE_CHOICES}.")
    entries = split_affiliations(text)
    if role_text and not entries:
        errors.append(
            f"{FIELD_LABELS['role']} — un rôle demande une organisation : "
            f"remplissez la colonne « {FIELD_LABELS['organisation']} »."
        )
    for name, _ in entries:
        if len(name) > 300:
            errors.append(
                f"{FIELD_LABELS['organisation']} — Trop long : {len(name)} caractères pour 300 au plus."
            )
    unique = dict.fromkeys((name, own or role or "autre") for name, own in entries)
    return list(unique), errors


# --- duplicates --------------------------------------------------------------------------

_TABLE = Contact.__table__
_CRITERIA = ("siret", "rna", "email", "phone", "name")  # the order of find_duplicates
_COLUMNS = {
    "siret": _TABLE.c.siret,
    "rna": _TABLE.c.rna,
    "email": _TABLE.c.email,
    "phone": _TABLE.c.phone,
    "name": _TABLE.c.sort_key,
}
_VALUE_KEYS = {"siret": "siret", "rna": "rna", "email": "email", "phone": "phone", "name": "sort_key"}


def _store_matches(session: Session, normalised: list[dict[str, Any]]) -> dict[str, dict[Any, list]]:
    """criterion -> value -> [(id, kind, display_name)]: one IN query per 500 values, not per row."""
    found: dict[str, dict[Any, list]] = {}
    for criterion in _CRITERIA:
        column = _COLUMNS[criterion]
        wanted = sorted({v for values in normalised if (v := values.get(_VALUE_KEYS[criterion]))})
        matches: dict[Any, list] = {}
        for start in range(0, len(wanted), IN_CHUNK):
            query = select(_TABLE.c.id, _TABLE.c.kind, _TABLE.c.display_name, column).where(
                column.in_(wanted[start : start + IN_CHUNK]), _TABLE.c.deleted_at.is_(None)
            )
            for contact_id, kind, name, value in session.execute(query):
                matches.setdefault(value, []).append((contact_id, kind, name))
        found[criterion] = matches
    return found


def _duplicates_of(
    values: dict[str, Any], kind: str, found: dict[str, dict[Any, list]]
) -> list[DuplicateCandidate]:
    by_id: dict[str, tuple[str, str, list[str]]] = {}
    for criterion in _CRITERIA:
        value = values.get(_VALUE_KEYS[criterion])
        matches = [m for m in found[criterion].get(value, []) if criterion != "name" or m[1] == kind]
        for contact_id, other_kind, name in matches[:_MATCHES_PER_CRITERION]:
            by_id.setdefault(contact_id, (other_kind, name, []))[2].append(criterion)
    return [DuplicateCandidate(i, k, n, tuple(r)) for i, (k, n, r) in by_id.items()]


def _mark_in_file(rows: list[tuple[PlannedRow, dict[str, Any]]]) -> None:
    """Same folded name (and kind), e-mail, phone, SIRET or RNA as an earlier valid row."""
    seen: dict[tuple, int] = {}
    for row, values in rows:
        keys = [
            (c, row.fields.kind if c == "name" else "", v)
            for c in _CRITERIA
            if (v := values.get(_VALUE_KEYS[c]))
        ]
        earlier: dict[int, list[str]] = {}
        for key in keys:
            if key in seen:
                earlier.setdefault(seen[key], []).append(REASONS[key[0]])
            seen.setdefault(key, row.line)
        if earlier:
            row.duplicates_in_file = sorted(earlier)
            lines = ", ".join(str(n) for n in row.duplicates_in_file)
            reasons = ", ".join(dict.fromkeys(r for rs in earlier.values() for r in rs))
            where = f"à la ligne {lines}" if len(earlier) == 1 else f"aux lignes {lines}"
            row.warnings["duplicates_in_file"] = f"Ressemble {where} du fichier ({reasons})."


def _existing_organisations(session: Session, keys: set[str]) -> set[str]:
    """The folded names, among `keys`, of organisations already in the store."""
    wanted, found = sorted(keys), set()
    for start in range(0, len(wanted), IN_CHUNK):
        found.update(
            session.scalars(
                select(_TABLE.c.sort_key).where(
                    _TABLE.c.sort_key.in_(wanted[start : start + IN_CHUNK]),
                    _TABLE.c.kind == ORGANISATION,
                    _TABLE.c.deleted_at.is_(None),
                )
            )
        )
    return found


# --- the plan ----------------------------------------------------------------------------


def plan_rows(
    session: Session,
    rows: Iterable[tuple[int, dict[str, str]]],
    source_name: str = "",
    errors: Iterable[RowError] = (),
) -> ImportPlan:
    """The plan for rows already turned into field texts (from a table or from vCards)."""
    checked: list[tuple[PlannedRow, dict[str, Any]]] = []
    refused = list(errors)
    for line, values in rows:
        outcome = _build_row(line, values)
        if isinstance(outcome, RowError):
            refused.append(outcome)
        else:
            checked.append(outcome)
    found = _store_matches(session, [values for _, values in checked])
    for row, values in checked:
        row.duplicates = _duplicates_of(values, row.fields.kind, found)
    _mark_in_file(checked)
    valid = [row for row, _ in checked]
    in_file = {fold(row.fields.name) for row in valid if not row.is_person}
    named: dict[str, str] = {}
    for row in valid:
        for name, _ in row.affiliations:
            named.setdefault(fold(name), name)  # the first spelling met
    existing = _existing_organisations(session, set(named) - in_file)
    new = [name for key, name in named.items() if key not in in_file and key not in existing]
    refused.sort(key=lambda error: error.line)
    return ImportPlan(valid, refused, source_name, new)


def plan_import(session: Session, table: RawTable, mapping: dict[int, str | None]) -> ImportPlan:
    """Check every row of `table` under `mapping` (column -> field); writes nothing."""
    rows = ((line, row_values(cells, mapping)) for line, cells in table.rows)
    return plan_rows(session, rows, table.source_name)
