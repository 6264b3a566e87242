"""Hub fixtures: every hub test runs on SQLite and on a real PostgreSQL started by the suite."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from fastapi.testclient import TestClient

from hub import admin
from hub.api import create_app
from hub.config import HubSettings
from hub.db import HubDatabase, migrate, open_hub_database
from tests.postgres import PostgresServer

_ops = itertools.count(1)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.create_database(f"hub_{uuid.uuid4().hex[:12]}")


@dataclass
class Member:
    """One association with one enrolled device."""

    id: str
    name: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class Hub:
    database: HubDatabase
    settings: HubSettings
    client: TestClient
    members: list[Member] = field(default_factory=list)

    def member(self, name: str) -> Member:
        """Create an association and enrol a device for it through the real endpoint."""
        with self.database.writer.begin() as session:
            association = admin.create_association(session, name)
            code, _expires, _ = admin.create_enrollment_code(session, association.id, 24)
            association_id = association.id
        answer = self.client.post("/v1/enroll", json={"code": code, "device_name": f"Portable {name}"})
        assert answer.status_code == 200, answer.text
        member = Member(association_id, name, answer.json()["token"])
        self.members.append(member)
        return member

    def device(self, member: Member, name: str = "Second portable") -> Member:
        """Another enrolled device of the same association (conflicts need two devices:
        a device never conflicts with its own earlier edits)."""
        with self.database.writer.begin() as session:
            code, _expires, _ = admin.create_enrollment_code(session, member.id, 24)
        answer = self.client.post("/v1/enroll", json={"code": code, "device_name": name})
        assert answer.status_code == 200, answer.text
        return Member(member.id, member.name, answer.json()["token"])

    def push(self, who: Member, *ops: dict) -> list[dict]:
        answer = self.client.post("/v1/push", json={"operations": list(ops)}, headers=who.headers)
        assert answer.status_code == 200, answer.text
        return answer.json()["results"]

    def seen(self, who: Member) -> dict[str, dict]:
        """The latest change of every record this association's pull delivers, by record id."""
        return {change["record_id"]: change for change in self.pull_all(who)[0]}

    def pull_all(self, who: Member, cursor: int = 0, limit: int = 1000) -> tuple[list[dict], int]:
        """Every change since `cursor`, following pages; returns (changes, final cursor)."""
        changes: list[dict] = []
        while True:
            answer = self.client.get(
                "/v1/pull", params={"cursor": cursor, "limit": limit}, headers=who.headers
            )
            assert answer.status_code == 200, answer.text
            page = answer.json()
            changes += page["changes"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return changes, cursor


_ANY_ID = "0190a000-0000-7000-8000-00000000abcd"
_CONTENT = dict.fromkeys(("title", "summary", "context", "method", "results", "lessons"), "") | {
    "indicators_json": "[]",
    "themes": [],
    "tags": [],
}
# What a new record of each type holds when a test names only what it is about (the hub refuses
# a new record missing a required field).
NEW_RECORD = {
    "contact": {"kind": "person", "display_name": "Léa", "sort_key": "lea"},
    "role": {"person_id": _ANY_ID, "organisation_id": _ANY_ID, "role": "benevole"},
    "consent": {"person_id": _ANY_ID, "purpose": "Lettre d'information", "given_on": "2026-01-05"},
    "equipment": {
        "name": "Objet",
        "condition": "bon",
        "accessories": [],
        "shared": True,
        "out_of_service": False,
    },
    "reservation": {
        "equipment_id": _ANY_ID,
        "start_date": "2026-06-01",
        "end_date": "2026-06-02",
        "buffer_days": 0,
        "status": "requested",
    },
    "loan": {
        "reservation_id": _ANY_ID,
        "equipment_id": _ANY_ID,
        "decision": "accepted",
        "out_accessories": [],
        "missing_accessories": [],
    },
    "practice": _CONTENT | {"status": "draft"},
    "practice_version": _CONTENT
    | {"practice_id": _ANY_ID, "number": 1, "published_at": "2026-01-05T10:00:00+00:00"},
    "practice_feedback": {"practice_id": _ANY_ID, "kind": "useful"},
    "agreement": {
        "title": "",
        "parties_json": "[]",
        "context": "",
        "purpose": "",
        "renewal": "none",
        "finance_json": "[]",
        "equipment_json": "[]",
        "clauses_json": "{}",
        "notice_days": 60,
        "reference": "CONV-2026-001",
        "kind": "agreement",
        "status": "draft",
        "reminder_days": 60,
    },
    "clause_template": {"section": "insurance", "name": "Modèle", "text": ""},
    "need": {
        "direction": "need",
        "kind": "equipment",
        "title": "Un barnum pour la fête",
        "description": "",
        "timing": "open",
        "remote": False,
        "status": "open",
        "visibility": "network",
        "audience_ids": [],
    },
    "need_response": {
        "target_type": "need",
        "target_id": _ANY_ID,
        "message": "",
        "status": "proposed",
    },
    "need_decision": {"response_id": _ANY_ID, "decision": "accepted"},
    "need_outcome": {"response_id": _ANY_ID, "outcome": "good"},
}


# A text field of each type, for tests about any record type ("its name", "its note").
LABEL = {
    "contact": "display_name",
    "role": "title",
    "consent": "purpose",
    "equipment": "name",
    "reservation": "contact_name",
    "loan": "handed_by",
    "practice": "title",
    "practice_version": "title",
    "practice_feedback": "author_name",
    "agreement": "title",
    "clause_template": "name",
    "need": "title",
    "need_response": "resource_label",
    "need_decision": "note",
    "need_outcome": "note",
}
NOTE = {
    "contact": "notes",
    "role": "title",
    "consent": "source",
    "equipment": "notes",
    "reservation": "purpose",
    "loan": "decision_note",
    "practice": "summary",
    "practice_version": "note",
    "practice_feedback": "text",
    "agreement": "context",
    "clause_template": "text",
    "need": "description",
    "need_response": "message",
    "need_decision": "note",
    "need_outcome": "note",
}


def op(
    entity_type: str = "contact",
    record_id: str | None = None,
    *,
    base: int = 0,
    deleted: bool = False,
    complete: bool = True,
    **fields,
) -> dict:
    """An operation as a client sends it; extra keyword arguments are the record's fields. A new
    record (base 0, not deleted) is completed with valid values for what it does not name, unless
    `complete=False`."""
    meta = {key: fields.pop(key) for key in ("visibility", "parties") if key in fields}
    if complete and not base and not deleted:
        # After the metadata is taken out: a need's own field "visibility" keeps its default.
        fields = NEW_RECORD.get(entity_type, {}) | fields
    operation = {
        "op_id": f"op-{next(_ops):08d}-{uuid.uuid4().hex[:8]}",
        "entity_type": entity_type,
        "record_id": record_id or str(uuid.uuid4()),
        "base_version": base,
        "fields": fields,
        "deleted": deleted,
    }
    return operation | meta


@pytest.fixture
def hub(hub_url, tmp_path) -> Iterator[Hub]:
    migrate(hub_url)
    # Tests enrol many devices from one address: the limits before authentication have their own
    # tests (test_limits.py).
    settings = HubSettings(
        data_dir=str(tmp_path / "hub"),
        database_url=hub_url,
        enroll_burst=100_000,
        auth_failure_burst=100_000,
    )
    database = open_hub_database(hub_url)
    with TestClient(create_app(settings, database)) as client:
        yield Hub(database, settings, client)
    database.dispose()
