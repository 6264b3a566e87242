"""The record schemas the hub checks pushed values against (protocol/record_schemas.py, which
must not import the client's models) say what the client's columns say: same fields, types,
nullability, lengths, choices and parents. So the two cannot drift apart."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Date, Integer, String, Text

from app.models import (
    AdoptionOutcome,
    AgreementKind,
    AgreementStatus,
    Condition,
    ContactKind,
    DepositMethod,
    DepositOutcome,
    FeedbackKind,
    LoanDecision,
    OrganisationKind,
    PracticeStatus,
    Renewal,
    RoleKind,
)
from app.models.base import UTCDateTime
from app.models.needs import CHOICES as NEED_CHOICES
from app.models.sync_spec import spec_of, synced_models
from protocol.messages import ENTITY_VISIBILITIES, MAX_TEXT_LENGTH
from protocol.record_schemas import SCHEMAS, check_fields

KINDS = {String: {"text", "id", "choice"}, Text: {"text"}, Integer: {"integer"}, Boolean: {"boolean"}}
# The columns holding one of the models' enumerations (or a fixed set of words) and its values.
CHOICES = {
    ("contact", "kind"): ContactKind,
    ("contact", "org_kind"): OrganisationKind,
    ("role", "role"): RoleKind,
    ("equipment", "condition"): Condition,
    ("loan", "decision"): LoanDecision,
    ("loan", "out_condition"): Condition,
    ("loan", "return_condition"): Condition,
    ("loan", "deposit_method"): DepositMethod,
    ("loan", "deposit_outcome"): DepositOutcome,
    ("practice", "status"): PracticeStatus,
    ("practice_feedback", "kind"): FeedbackKind,
    ("practice_feedback", "outcome"): AdoptionOutcome,
    ("agreement", "renewal"): Renewal,
    ("agreement", "kind"): AgreementKind,
    ("agreement", "status"): AgreementStatus,
    ("reservation", "status"): ("requested", "cancelled"),
    ("reservation", "hub_status"): ("confirmed", "released"),
    ("need", "direction"): NEED_CHOICES["direction"],
    ("need", "kind"): NEED_CHOICES["kind"],
    ("need", "timing"): NEED_CHOICES["timing"],
    ("need", "status"): NEED_CHOICES["status"],
    ("need", "visibility"): NEED_CHOICES["visibility"],
    ("need_response", "target_type"): NEED_CHOICES["target_type"],
    ("need_response", "resource_type"): NEED_CHOICES["resource_type"],
    ("need_response", "status"): NEED_CHOICES["response_status"],
    ("need_decision", "decision"): NEED_CHOICES["decision"],
    ("need_outcome", "outcome"): NEED_CHOICES["outcome"],
}


def test_every_synced_type_has_a_schema_and_every_schema_a_type():
    assert set(SCHEMAS) == set(synced_models()) == set(ENTITY_VISIBILITIES)


def test_the_schemas_say_what_the_columns_say():
    for entity_type, model in synced_models().items():
        schema, spec = SCHEMAS[entity_type], spec_of(model)
        assert set(schema.fields) == set(spec.fields), entity_type
        assert dict(schema.parents) == spec.parents, entity_type
        for name in spec.fields:
            column, rule = model.__table__.columns[name], schema.fields[name]
            where = f"{entity_type}.{name}"
            assert rule.nullable == column.nullable, where
            kind = type(column.type)
            if isinstance(column.type, UTCDateTime):
                assert rule.kind == "datetime", where
            elif isinstance(column.type, Date):
                assert rule.kind == "date", where
            elif isinstance(column.type, JSON):
                assert rule.kind == "texts", where
            else:
                assert rule.kind in KINDS[kind], where
            if kind is String:
                assert rule.max_length is not None and rule.max_length <= column.type.length, where
                if rule.kind == "text":
                    assert rule.max_length == column.type.length, where
            if kind is Text:
                assert rule.max_length == MAX_TEXT_LENGTH, where
            if name.endswith("_id"):
                assert rule.kind == "id", where
            if (entity_type, name) in CHOICES:
                assert set(rule.choices) == {str(value) for value in CHOICES[entity_type, name]}, where
            elif rule.kind == "choice":
                raise AssertionError(f"{where}: choices not checked against the models")


def test_what_the_client_writes_passes_its_own_schema(tmp_path):
    """A record made by the services, sent as the outbox sends it, is never refused."""
    from datetime import date

    from app.db import open_database
    from app.models.outbox import own_fields
    from app.paths import DataPaths
    from app.services.contacts import records as contacts
    from app.services.contacts.fields import ContactFields
    from app.services.equipment import records as eq
    from app.services.equipment.records import EquipmentFields
    from app.sync.records import Registry
    from app.sync.row_shapes import wire_fields

    database = open_database(DataPaths(tmp_path))
    try:
        lea = database.run(contacts.create_contact, ContactFields(kind="person", first_name="Léa"))
        org = database.run(contacts.create_contact, ContactFields(kind="organisation", name="Mairie"))
        role = database.run(contacts.add_role, lea, org, "tresorier", start=date(2024, 1, 1))
        consent = database.run(contacts.add_consent, lea, "Lettre", date(2026, 1, 5))
        item = database.run(
            eq.create_equipment, EquipmentFields(name="Barnum", purchase_value="999999999,99")
        )

        def check(session) -> None:
            registry = Registry()
            for record_id in (lea, org, role, consent, item):
                record = registry.load_many(session, [record_id])[record_id]
                fields = wire_fields(record, own_fields(record))
                assert check_fields(spec_of(record).entity_type, fields, creating=True) == [], record_id

        database.run(check)
    finally:
        database.close()
