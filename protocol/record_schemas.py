"""What each field of each record type may hold: type, format, range, length, required or not.

Shared by the hub, which refuses a pushed value that breaks these rules before storing it, and by
the client, which sets aside (quarantines) a pulled record that breaks them instead of failing
its whole sync. Standard library, pydantic and the wire protocol only: this module travels with
the protocol, so the hub never imports the client's models. A test checks these declarations
against the client's columns (types, nullability, lengths, choices, parents), so the two cannot
drift apart.

A check gives `FieldProblem`s (field, code, values): the hub turns them into its French reason,
the client's window and command line into a sentence in the user's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from protocol.messages import MAX_LIST_LENGTH, MAX_TEXT_LENGTH, FieldProblem

MAX_CENTS = 10**11 - 1  # 999 999 999,99 €: what the client's forms accept
MAX_INT = 2**63 - 1  # what SQLite and PostgreSQL store
MAX_LIST_ITEM_LENGTH = 500
_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([+-]\d{2}:\d{2}|Z)$")

# The problem codes (FieldProblem.code) and the values each carries.
UNKNOWN_FIELD = "unknown_field"
REQUIRED = "required"  # missing or null, and the record needs it
WRONG_TYPE = "wrong_type"  # values: expected ("text", "integer", "boolean", "texts")
TOO_LONG = "too_long"  # values: max_length
OUT_OF_RANGE = "out_of_range"  # values: minimum, maximum
BAD_DATE = "bad_date"  # expects AAAA-MM-JJ, a real day
BAD_DATETIME = "bad_datetime"  # expects ISO 8601 with its offset from UTC
BAD_ID = "bad_id"  # expects a lower-case UUID
NOT_A_CHOICE = "not_a_choice"  # values: choices
PARENT_DELETED = "parent_deleted"  # the record it belongs to is deleted (the hub's word)


@dataclass(frozen=True)
class FieldRule:
    """One field: `kind` is text, id, choice, integer, boolean, date, datetime or texts."""

    kind: str
    max_length: int | None = None
    nullable: bool = True
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordSchema:
    fields: Mapping[str, FieldRule]
    parents: Mapping[str, str] = field(default_factory=dict)  # field -> the record type it belongs to

    @property
    def required(self) -> tuple[str, ...]:
        """What a new record must hold (a column that cannot be empty)."""
        return tuple(name for name, rule in self.fields.items() if not rule.nullable)


def text(max_length: int = MAX_TEXT_LENGTH, *, nullable: bool = True) -> FieldRule:
    return FieldRule("text", max_length=max_length, nullable=nullable)


def record_id(*, nullable: bool = True) -> FieldRule:
    return FieldRule("id", max_length=36, nullable=nullable)


def choice(*choices: str, nullable: bool = True) -> FieldRule:
    return FieldRule("choice", max_length=max(map(len, choices)), nullable=nullable, choices=choices)


def integer(minimum: int = -MAX_INT, maximum: int = MAX_INT, *, nullable: bool = True) -> FieldRule:
    return FieldRule("integer", nullable=nullable, minimum=minimum, maximum=maximum)


def cents() -> FieldRule:
    return integer(0, MAX_CENTS)


def boolean() -> FieldRule:
    return FieldRule("boolean", nullable=False)


def day(*, nullable: bool = True) -> FieldRule:
    return FieldRule("date", nullable=nullable)


def moment(*, nullable: bool = True) -> FieldRule:
    return FieldRule("datetime", nullable=nullable)


def texts() -> FieldRule:
    return FieldRule("texts", max_length=MAX_LIST_ITEM_LENGTH, nullable=False)


CONDITIONS = ("neuf", "tres_bon", "bon", "use", "abime")
NEED_KINDS = ("equipment", "volunteers", "know_how", "room", "transport", "other")

_PRACTICE_CONTENT = {
    "title": text(200, nullable=False),
    "summary": text(nullable=False),
    "context": text(nullable=False),
    "method": text(nullable=False),
    "results": text(nullable=False),
    "indicators_json": text(nullable=False),
    "lessons": text(nullable=False),
    "themes": texts(),
    "tags": texts(),
    "contact_name": text(200),
    "contact_email": text(320),
}

SCHEMAS: dict[str, RecordSchema] = {
    "contact": RecordSchema(
        {
            "kind": choice("person", "organisation", nullable=False),
            "display_name": text(300, nullable=False),
            "sort_key": text(300, nullable=False),
            "email": text(320),
            "phone": text(32),
            "phone_to_check": text(100),
            "address": text(),
            "tags": text(),
            "notes": text(),
            "merged_into_id": record_id(),
            "first_name": text(150),
            "last_name": text(150),
            "anonymised_at": moment(),
            "org_kind": choice("association", "collectivite", "entreprise", "fondation", "autre"),
            "rna": text(10),
            "siret": text(14),
            "website": text(300),
        }
    ),
    "role": RecordSchema(
        {
            "person_id": record_id(nullable=False),
            "organisation_id": record_id(nullable=False),
            "role": choice(
                "president",
                "tresorier",
                "secretaire",
                "referent_materiel",
                "benevole",
                "autre",
                nullable=False,
            ),
            "title": text(150),
            "start_date": day(),
            "end_date": day(),
        },
        parents={"person_id": "contact", "organisation_id": "contact"},
    ),
    "consent": RecordSchema(
        {
            "person_id": record_id(nullable=False),
            "purpose": text(300, nullable=False),
            "given_on": day(nullable=False),
            "source": text(300),
            "withdrawn_on": day(),
        },
        parents={"person_id": "contact"},
    ),
    "equipment": RecordSchema(
        {
            "name": text(200, nullable=False),
            "category": text(100),
            "description": text(),
            "storage_place": text(300),
            "purchase_value_cents": cents(),
            "deposit_cents": cents(),
            "condition": choice(*CONDITIONS, nullable=False),
            "accessories": texts(),
            "photo": text(),
            "notes": text(),
            "shared": boolean(),
            "out_of_service": boolean(),
            "maintenance_from": day(),
            "maintenance_to": day(),
        }
    ),
    "reservation": RecordSchema(
        {
            "equipment_id": record_id(nullable=False),
            "lender_id": record_id(),
            "contact_name": text(200),
            "contact_phone": text(32),
            "start_date": day(nullable=False),
            "end_date": day(nullable=False),
            "buffer_days": integer(0, 60, nullable=False),
            "purpose": text(),
            "status": choice("requested", "cancelled", nullable=False),
            "hub_status": choice("confirmed", "released"),
        }
    ),
    "loan": RecordSchema(
        {
            "reservation_id": record_id(nullable=False),
            "equipment_id": record_id(nullable=False),
            "borrower_id": record_id(),
            "decision": choice("accepted", "declined", nullable=False),
            "decision_note": text(),
            "out_date": day(),
            "out_condition": choice(*CONDITIONS),
            "out_accessories": texts(),
            "deposit_cents": cents(),
            "deposit_method": choice("aucun", "cheque", "especes", "virement"),
            "cheque_number": text(50),
            "handed_by": text(200),
            "received_by": text(200),
            "return_date": day(),
            "return_condition": choice(*CONDITIONS),
            "missing_accessories": texts(),
            "damage_notes": text(),
            "deposit_outcome": choice("returned", "partly_kept", "kept"),
            "deposit_kept_cents": cents(),
            "deposit_kept_reason": text(),
            "returned_by": text(200),
            "received_back_by": text(200),
        }
    ),
    "practice": RecordSchema(
        {
            **_PRACTICE_CONTENT,
            "status": choice("draft", "published", nullable=False),
            "published_at": moment(),
        }
    ),
    "practice_version": RecordSchema(
        {
            **_PRACTICE_CONTENT,
            "practice_id": record_id(nullable=False),
            "number": integer(1, 1_000_000, nullable=False),
            "note": text(),
            "published_at": moment(nullable=False),
        }
    ),
    "practice_feedback": RecordSchema(
        {
            "practice_id": record_id(nullable=False),
            "kind": choice("useful", "comment", "adopted", "mentoring", nullable=False),
            "text": text(),
            "outcome": choice("en_cours", "reussie", "mitigee", "abandonnee"),
            "author_name": text(200),
        }
    ),
    "agreement": RecordSchema(
        {
            "title": text(200, nullable=False),
            "parties_json": text(nullable=False),
            "context": text(nullable=False),
            "purpose": text(nullable=False),
            "start_date": day(),
            "end_date": day(),
            "duration_months": integer(1, 1200),
            "renewal": choice("none", "tacit", "amendment", nullable=False),
            "finance_json": text(nullable=False),
            "equipment_json": text(nullable=False),
            "clauses_json": text(nullable=False),
            "notice_days": integer(0, 3650, nullable=False),
            "court": text(200),
            "signature_place": text(120),
            "signature_date": day(),
            "originals": integer(1, 100),
            "amendment_text": text(),
            "reference": text(40, nullable=False),
            "kind": choice("agreement", "amendment", nullable=False),
            "parent_id": record_id(),
            "amendment_number": integer(1, 10_000),
            "status": choice("draft", "sent", "signed", "ended", nullable=False),
            "sent_on": day(),
            "signed_on": day(),
            "ended_on": day(),
            "end_reason": text(),
            "reminder_days": integer(0, 3650, nullable=False),
        }
    ),
    "clause_template": RecordSchema(
        {
            "section": text(30, nullable=False),
            "name": text(120, nullable=False),
            "text": text(nullable=False),
        }
    ),
    "need": RecordSchema(
        {
            "direction": choice("need", "offer", nullable=False),
            "kind": choice(*NEED_KINDS, nullable=False),
            "title": text(200, nullable=False),
            "description": text(nullable=False),
            "timing": choice("one_off", "recurring", "open", nullable=False),
            "start_date": day(),
            "end_date": day(),
            "recurrence": text(200),
            "remote": boolean(),
            "commune_code": text(5),
            "place_name": text(200),
            "postal_code": text(5),
            "quantity": integer(1, 100_000),
            "contact_name": text(200),
            "contact_phone": text(32),
            "contact_email": text(320),
            "expires_on": day(),
            "status": choice("open", "in_progress", "met", "withdrawn", nullable=False),
            "visibility": choice("network", "associations", nullable=False),
            "audience_ids": texts(),
        }
    ),
    "need_response": RecordSchema(
        {
            "target_type": choice("need", "practice", nullable=False),
            "target_id": record_id(nullable=False),
            "target_owner_id": record_id(),
            "resource_type": choice("need", "equipment", "practice", "member"),
            "resource_id": record_id(),
            "resource_label": text(200),
            "message": text(nullable=False),
            "contact_name": text(200),
            "contact_phone": text(32),
            "contact_email": text(320),
            "start_date": day(),
            "end_date": day(),
            "quantity": integer(1, 100_000),
            "status": choice("proposed", "withdrawn", nullable=False),
        }
    ),
    "need_decision": RecordSchema(
        {
            "response_id": record_id(nullable=False),
            "responder_id": record_id(),
            "decision": choice("accepted", "declined", nullable=False),
            "note": text(),
            "reservation_id": record_id(),
        }
    ),
    "need_outcome": RecordSchema(
        {
            "response_id": record_id(nullable=False),
            "outcome": choice("good", "mixed", "bad", nullable=False),
            "note": text(),
            "practice_id": record_id(),
        }
    ),
}


def children_of(entity_type: str) -> list[tuple[str, str]]:
    """(child type, field) for each field of another type that points to this type."""
    return [
        (child, name)
        for child, schema in SCHEMAS.items()
        for name, parent in schema.parents.items()
        if parent == entity_type
    ]


def check_fields(entity_type: str, fields: Mapping[str, Any], *, creating: bool) -> list[FieldProblem]:
    """What is wrong with these values for this record type (nothing: an empty list). A new record
    must hold every required field; an edit carries only what changed. An unknown type has no
    schema here: the caller decides (the hub refuses it, a client ignores it)."""
    schema = SCHEMAS[entity_type]
    problems = []
    for name, value in fields.items():
        rule = schema.fields.get(name)
        if rule is None:
            problems.append(FieldProblem(field=name[:64], code=UNKNOWN_FIELD))
            continue
        problem = _check(rule, value)
        if problem is not None:
            code, values = problem
            problems.append(FieldProblem(field=name, code=code, values=values))
    if creating:
        problems += [
            FieldProblem(field=name, code=REQUIRED)
            for name in schema.required
            if name not in fields and name in schema.fields
        ]
    return problems


def _check(rule: FieldRule, value: Any) -> tuple[str, dict[str, Any]] | None:
    if value is None:
        return None if rule.nullable else (REQUIRED, {})
    return _CHECKS[rule.kind](rule, value)


def _text(rule: FieldRule, value: Any) -> tuple[str, dict[str, Any]] | None:
    if type(value) is not str:
        return WRONG_TYPE, {"expected": "text"}
    if rule.max_length is not None and len(value) > rule.max_length:
        return TOO_LONG, {"max_length": rule.max_length}
    return None


def _id(rule: FieldRule, value: Any) -> tuple[str, dict[str, Any]] | None:
    if type(value) is not str or not _ID.match(value):
        return BAD_ID, {}
    return None


def _choice(rule: FieldRule, value: Any) -> tuple[str, dict[str, Any]] | None:
    if type(value) is not str or value not in rule.choices:
        return NOT_A_CHOICE, {"choices": list(rule.choices)}
    return None


def _integer(rule: FieldRule, value: Any) -> tuple[str, dict[str, Any]] | None:
    if type(value) is not int:  # bool is an int in Python, never one here
        return WRONG_TYPE, {"expected": "integer"}
    if not rule.minimum <= value <= rule.maximum:
        return OUT_OF_RANGE, {"minimum": rule.minimum, "maximum": rule.maximum}
    return None


def _boolean(rule: FieldRule, value: Any) -> tuple[str, dict[str, Any]] | None:
    return None if type(value) is bool else (WRONG_TYPE, {"expected": "boolean"})


def _date(rule: FieldRule, value: Any) -> tuple[str, dict[str, Any]] | None:
    if type(value) is not str or not _DATE.match(value):
        return BAD_DATE, {}
    try:
        date.fromisoformat(value)
    except ValueError:
        return BAD_DATE, {}
    return None


def _datetime(rule: FieldRule, value: Any) -> tuple[str, dict[str, Any]] | None:
    if type(value) is not str or not _DATETIME.match(value):
        return BAD_DATETIME, {}
    try:
        parsed = datetime.fromisoformat(value)
        parsed.utcoffset()
        parsed.astimezone()  # out of range once moved to UTC (year 1 or 9999 at the edges)
    except (ValueError, OverflowError):
        return BAD_DATETIME, {}
    return None


def _texts(rule: FieldRule, value: Any) -> tuple[str, dict[str, Any]] | None:
    if type(value) is not list or any(type(item) is not str for item in value):
        return WRONG_TYPE, {"expected": "texts"}
    if len(value) > MAX_LIST_LENGTH or any(len(item) > MAX_LIST_ITEM_LENGTH for item in value):
        return TOO_LONG, {"max_length": MAX_LIST_ITEM_LENGTH, "max_items": MAX_LIST_LENGTH}
    return None


_CHECKS: dict[str, Callable[[FieldRule, Any], tuple[str, dict[str, Any]] | None]] = {
    "text": _text,
    "id": _id,
    "choice": _choice,
    "integer": _integer,
    "boolean": _boolean,
    "date": _date,
    "datetime": _datetime,
    "texts": _texts,
}
