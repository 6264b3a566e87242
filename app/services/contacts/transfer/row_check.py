"""One row of a file, checked: the contact it becomes, the organisation it names, and what to
say about it. A row is refused only when it cannot become a contact at all (no name and no
organisation); an unreadable optional value is reported and left out, a phone kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.models import ContactKind, OrganisationKind
from app.services import validation as v
from app.services.contacts.fields import person_display_name
from app.services.contacts.transfer.issues import Issue
from app.services.contacts.transfer.mapping import (
    MULTILINE_FIELDS,
    parse_kind,
    parse_org_kind,
    parse_role,
    split_affiliations,
)
from app.text import fold, join_tags, split_tags

PERSON, ORGANISATION = ContactKind.PERSON.value, ContactKind.ORGANISATION.value
_LIMITS = {"first_name": 150, "last_name": 150, "name": 300, "email": 320, "title": 150}
_ORG_ONLY = ("siret", "rna", "website", "org_kind", "org_email", "org_phone", "org_address")
Values = dict[str, Any]
_LONE = {"role": "Fonction", "role_start": "Adhésion"}


@dataclass
class OrgPart:
    """An organisation a row names: its name and the values the row gives it."""

    name: str
    sort_key: str
    values: dict[str, Any] = field(default_factory=dict)  # model columns: siret, rna, email…
    columns: dict[str, str] = field(default_factory=dict)  # model column -> file header, for reports


@dataclass
class Affiliation:
    organisation: OrgPart
    role: str
    title: str | None = None
    start: date | None = None


@dataclass
class RowPlan:
    line: int
    kind: str
    contact: dict[str, Any]  # model columns of the row's own contact
    affiliations: list[Affiliation] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)

    @property
    def is_person(self) -> bool:
        return self.kind == PERSON


class RowChecker:
    """Checks rows under one mapping; `column_of(field)` names the file's column in reports."""

    def __init__(self, column_of: Callable[[str], str]) -> None:
        self.column_of = column_of
        self._folded: dict[str, str] = {}  # organisation names come back on every member's row
        self._columns: dict[str, str] | None = None

    def _org_columns(self) -> dict[str, str]:
        """The file's columns of an organisation's values, for reports (the same for every row)."""
        if self._columns is None:
            sources = {"siret": "siret", "rna": "rna", "website": "website", "email": "org_email"}
            sources.update(phone="org_phone", address="org_address")
            self._columns = {column: self.column_of(source) for column, source in sources.items()}
        return self._columns

    def _fold(self, name: str) -> str:
        folded = self._folded.get(name)
        if folded is None:
            if len(self._folded) > 20_000:
                self._folded.clear()
            folded = self._folded[name] = fold(name)
        return folded

    def check(self, line: int, values: dict[str, str | list[str]]) -> RowPlan | list[Issue]:
        """The plan of one row, or the issues that refuse it."""
        self._line, self._issues, self._noted = line, list[Issue](), list[str]()
        texts = {
            k: (x if isinstance(x, list) or k in MULTILINE_FIELDS else " ".join(x.split()))
            for k, x in values.items()
        }
        org_name = self._org_name(texts)
        first, last = self._names(texts, org_name)
        kind = self._kind(texts, bool(first or last), bool(org_name))
        if kind == ORGANISATION:
            name = org_name or person_display_name(first, last)
            if not name:
                return [self._issue("no_name", "")]
            plan = self._organisation_row(name, texts)
        elif not (first or last):
            return [self._issue("no_name", "")]
        else:
            plan = self._person_row(first, last, texts)
        if any(issue.severity == "refused" for issue in self._issues):
            return self._issues
        plan.issues = self._issues
        return plan

    # --- the two kinds of rows ---------------------------------------------------------
    def _person_row(self, first: str, last: str, texts: Values) -> RowPlan:
        self._too_long("first_name", first)
        self._too_long("last_name", last)
        contact: dict[str, Any] = {
            "kind": PERSON,
            "first_name": first or None,
            "last_name": last or None,
            "display_name": person_display_name(first, last),
            "sort_key": fold(f"{last} {first}"),
        }
        notes = self._contact_details(contact, texts, "email", "phone", "address")
        plan = RowPlan(self._line, PERSON, contact)
        plan.affiliations = self._affiliations(texts)
        notes += self._noted  # what did not fit an organisation's name or a role's title
        if not plan.affiliations:  # a function or a join date with no organisation named: noted
            lone = (k for k in _LONE if texts.get(k) and not (k == "role" and self._noted))
            notes += [f"{_LONE[k]} : {_noted_value(k, texts[k])}" for k in lone]
        contact["tags"] = join_tags(split_tags(texts.get("tags", ""))) or None
        contact["notes"] = "\n".join(n for n in (texts.get("notes", ""), *notes) if n) or None
        return plan

    def _organisation_row(self, name: str, texts: Values) -> RowPlan:
        self._too_long("name", name)
        contact: dict[str, Any] = {"kind": ORGANISATION, "display_name": name, "sort_key": fold(name)}
        contact.update(self._org_identity(texts))
        email, phone, address = (
            ("org_email" if texts.get("org_email") else "email"),
            ("org_phone" if texts.get("org_phone") else "phone"),
            ("org_address" if texts.get("org_address") else "address"),
        )
        notes = self._contact_details(contact, texts, email, phone, address)
        contact["tags"] = join_tags(split_tags(texts.get("tags", ""))) or None
        contact["notes"] = "\n".join(n for n in (texts.get("notes", ""), *notes) if n) or None
        return RowPlan(self._line, ORGANISATION, contact)

    # --- parts ---------------------------------------------------------------------------
    def _names(self, texts: Values, org_name: str) -> tuple[str, str]:
        """First and last names; from the one-column name when the row has neither, unless that
        name is the organisation's own (an address book's card of a company)."""
        first, last = texts.get("first_name", ""), texts.get("last_name", "")
        if first or last:
            return first, last
        for name, reversed_order in (("full_name", False), ("full_name_reversed", True)):
            text = texts.get(name, "")
            if text and not (org_name and self._fold(text) == self._fold(org_name)):
                return split_full_name(text, reversed_order=reversed_order)
        return "", ""

    def _org_name(self, texts: Values) -> str:
        self._entries = split_affiliations(texts["organisation"]) if texts.get("organisation") else []
        if texts.get("name"):
            return str(texts["name"])
        return self._entries[0][0] if self._entries else ""

    def _kind(self, texts: Values, has_person_name: bool, has_org_name: bool) -> str:
        if texts.get("kind"):
            parsed = parse_kind(texts["kind"])
            if parsed is not None:
                return parsed[0]
            self._issue("kind_unknown", "kind", texts["kind"])
        return PERSON if has_person_name or not has_org_name else ORGANISATION

    def _contact_details(
        self, contact: dict[str, Any], texts: Values, email: str, phone: str, address: str
    ) -> list[str]:
        """E-mail, phone and address into `contact`; returns the lines for the notes (the other
        e-mails and phones of the row, which a contact has no place for)."""
        notes: list[str] = []
        emails: list[str] = []
        for text in _as_list(texts.get(email)):
            value, error = v.normalise_email(text)
            if error:
                self._issue("email_invalid", email, text, field=email)
            elif value is not None and value not in emails:
                emails.append(value)
        contact["email"] = emails[0] if emails else None
        if emails[1:]:
            notes.append("Autres e-mails : " + ", ".join(emails[1:]))
            self._issue("extra_to_notes", email, ", ".join(emails[1:]), field="emails")
        readable, unreadable = list[str](), list[str]()
        for text in _as_list(texts.get(phone)):
            value, error = v.normalise_phone(text)
            if error:
                unreadable.append(text)
            elif value is not None:
                readable.append(value)
        readable = list(dict.fromkeys(readable))
        contact["phone"] = readable[0] if readable else None
        contact["phone_to_check"] = None
        if not readable and unreadable:
            contact["phone_to_check"] = unreadable.pop(0)[:100]
            self._issue("phone_to_check", phone, contact["phone_to_check"], field=phone)
        others = [v.format_phone(p) for p in readable[1:]] + unreadable
        if others:
            notes.append("Autres téléphones : " + ", ".join(others))
            self._issue("extra_to_notes", phone, ", ".join(others), field="phones")
        lines = (line.strip() for line in texts.get(address, "").splitlines())
        contact["address"] = "\n".join(line for line in lines if line) or None  # no blank lines
        return notes

    def _org_identity(self, texts: Values) -> dict[str, Any]:
        """Kind, SIRET, RNA and website of an organisation: the unreadable ones left out."""
        out: dict[str, Any] = {"org_kind": OrganisationKind.ASSOCIATION.value}
        implied = parse_kind(texts.get("kind", "")) if texts.get("kind") else None
        if implied and implied[1]:
            out["org_kind"] = implied[1]
        if texts.get("org_kind"):
            parsed = parse_org_kind(texts["org_kind"])
            if parsed is None:
                self._issue("org_kind_unknown", "org_kind", texts["org_kind"])
            out["org_kind"] = parsed or out["org_kind"]
        siret, problem = v.check_siret(texts.get("siret", ""))
        if problem:
            self._issue(f"siret_{problem}", "siret", texts["siret"], field="siret")
        out["siret"] = siret
        rna = re.sub(r"\s", "", texts.get("rna", "")).upper() or None
        if rna and not v.is_rna(rna):
            self._issue("rna_invalid", "rna", texts["rna"], field="rna")
            rna = None
        out["rna"] = rna
        website, error = v.normalise_website(texts.get("website", ""))
        if error:
            self._issue("website_invalid", "website", texts["website"], field="website")
        out["website"] = website
        return out

    def _affiliations(self, texts: Values) -> list[Affiliation]:
        entries = self._entries  # read by _org_name, which check() calls first
        if texts.get("name"):
            name = texts["name"]
            if entries and fold(entries[0][0]) == fold(name):
                entries = [(name, entries[0][1]), *entries[1:]]
            else:
                entries = [(name, None), *entries]
        if not entries:
            for name in _ORG_ONLY:
                if texts.get(name):
                    self._issue(
                        "org_data_without_name", name, _text(texts[name]), field=name.removeprefix("org_")
                    )
            return []
        out = []
        for index, (name, own_role) in enumerate(entries):
            role_text = own_role or (texts.get("role", "") if index == 0 else "")
            if len(name) > _LIMITS["name"]:  # not a name (a column shifted?): kept for the person
                column = "organisation" if texts.get("organisation") else "name"
                self._issue(
                    "org_name_too_long", column, name[:60] + "…", length=len(name), limit=_LIMITS["name"]
                )
                self._noted.append(f"Organisation : {name}" + (f" ({role_text})" if role_text else ""))
                continue
            org = OrgPart(name, self._fold(name))
            role, title = parse_role(role_text) if role_text else ("autre", None)
            start = None
            if index == 0:
                org.values = self._org_identity(texts)
                fields = ("org_email", "org_phone", "org_address")
                if any(texts.get(f) for f in fields):
                    self._contact_details(org.values, texts, *fields)  # an organisation keeps one of each
                org.columns = self._org_columns()
                start = self._date(texts.get("role_start", ""))
            if title and len(title) > _LIMITS["title"]:
                column = "organisation" if own_role else "role"
                self._issue(
                    "title_too_long", column, title[:60] + "…", length=len(title), limit=_LIMITS["title"]
                )
                self._noted.append(f"Fonction : {title}")
                title = title[: _LIMITS["title"] - 1].rstrip() + "…"
            out.append(Affiliation(org, role, title, start))
        return out

    def _date(self, text: str) -> date | None:
        if not text:
            return None
        parsed = v.parse_date(text)
        if parsed is None:
            self._issue("date_invalid", "role_start", text)
        return parsed

    # --- issues ----------------------------------------------------------------------------
    def _issue(self, code: str, field_name: str, value: str = "", **params: Any) -> Issue:
        issue = Issue(self._line, code, self.column_of(field_name) if field_name else "", value, params)
        self._issues.append(issue)
        return issue

    def _too_long(self, name: str, text: str) -> None:
        limit = _LIMITS[name]
        if len(text) > limit:
            self._issue("too_long", name, text[:60] + "…", field=name, length=len(text), limit=limit)


def _noted_value(field: str, text: str) -> str:
    """A date as French writes it ("2024-09-15" from Paheko: 15/09/2024); anything else as typed."""
    parsed = v.parse_date(text) if field == "role_start" else None
    return parsed.strftime("%d/%m/%Y") if parsed else text


def _as_list(value: str | list[str] | None) -> list[str]:
    if not value:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: str | list[str]) -> str:
    return ", ".join(value) if isinstance(value, list) else value


def split_full_name(text: str, *, reversed_order: bool) -> tuple[str, str]:
    """(first, last) from one cell. Words in capitals are the last name ("DUPONT Marie",
    "Marie DUPONT"); otherwise the first word is the first name ("Marie Dupont"), or the last
    name when the column says "Nom et prénom"."""
    words = text.split()
    capitals = [w for w in words if len(w) > 1 and w.isupper()]
    if capitals and len(capitals) < len(words):
        return " ".join(w for w in words if w not in capitals), " ".join(capitals)
    if len(words) < 2:
        return ("", text) if reversed_order else (text, "")
    if reversed_order:
        return " ".join(words[1:]), words[0]
    return words[0], " ".join(words[1:])
