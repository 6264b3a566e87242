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

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from protocol.field_rules import (
    PARENT_DELETED,
    REQUIRED,
    UNKNOWN_FIELD,
    FieldRule,
    boolean,
    cents,
    check_value,
    choice,
    day,
    integer,
    moment,
    record_id,
    text,
    texts,
)
from protocol.messages import FieldProblem

__all__ = ["PARENT_DELETED", "SCHEMAS", "RecordSchema", "check_fields", "children_of"]


@dataclass(frozen=True)
class RecordSchema:
    fields: Mapping[str, FieldRule]
    parents: Mapping[str, str] = field(default_factory=dict)  # field -> the record type it belongs to

    @functools.cached_property  # checked for every pulled record: worked out once per type
    def required(self) -> tuple[str, ...]:
        """What a new record must hold (a column that cannot be empty)."""
        return tuple(name for name, rule in self.fields.items() if not rule.nullable)

    @functools.cached_property
    def required_set(self) -> frozenset[str]:
        return frozenset(self.required)

    @functools.cached_property
    def text_limits(self) -> dict[str, int]:
        """The longest text of each text field: most values are such a text, checked at once."""
        return {
            name: rule.max_length
            for name, rule in self.fields.items()
            if rule.kind == "text" and rule.max_length is not None
        }

    @functools.cached_property
    def nullable(self) -> frozenset[str]:
        return frozenset(name for name, rule in self.fields.items() if rule.nullable)


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


def check_fields(entity_type: str, fields: Mapping[str, object], *, creating: bool) -> list[FieldProblem]:
    """What is wrong with these values for this record type (nothing: an empty list). A new record
    must hold every required field; an edit carries only what changed. An unknown type has no
    schema here: the caller decides (the hub refuses it, a client ignores it)."""
    schema = SCHEMAS[entity_type]
    limits, nullable = schema.text_limits, schema.nullable
    problems = []
    for name, value in fields.items():
        # The usual values, checked without a call (a first sync checks millions).
        if type(value) is str:
            limit = limits.get(name)
            if limit is not None and len(value) <= limit:
                continue
        elif value is None and name in nullable:
            continue
        rule = schema.fields.get(name)
        if rule is None:
            problems.append(FieldProblem(field=name[:64], code=UNKNOWN_FIELD))
            continue
        problem = check_value(rule, value)
        if problem is not None:
            code, values = problem
            problems.append(FieldProblem(field=name, code=code, values=values))
    if creating and not fields.keys() >= schema.required_set:
        problems += [
            FieldProblem(field=name, code=REQUIRED)
            for name in schema.required
            if name not in fields and name in schema.fields
        ]
    return problems
