"""Console fixtures: the hub's app on SQLite and PostgreSQL (tests/hub/conftest.py), a coordinator
account, a logged-in browser-like client, and associations with enrolled devices."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape

import pytest
from fastapi.testclient import TestClient

from hub import admin
from hub.api import create_app
from hub.config import HubSettings
from hub.console.accounts import set_admin
from hub.db import HubDatabase, migrate, open_hub_database
from tests.hub.conftest import NEW_RECORD

EMAIL, PASSWORD = "coordination@reseau.fr", "un mot de passe assez long"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def text_of(html: str) -> str:
    """A page's text as a reader sees it: entities decoded, no-break spaces as spaces."""
    return unescape(html).replace("\u00a0", " ").replace("\u202f", " ")


def words_of(html: str) -> str:
    """A page's words in order, one space between them, no markup."""
    return " ".join(re.sub(r"<[^>]+>", " ", text_of(html)).split())


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "no form token on the page"
    return found[1]


def log_in(client: TestClient, email: str = EMAIL, password: str = PASSWORD) -> str:
    """Log in through the form as a browser does; returns the session's form token."""
    page = client.get("/admin/connexion")
    answer = client.post(
        "/admin/connexion",
        data={"email": email, "password": password, "csrf": csrf_of(page.text), "suite": "/admin"},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    return csrf_of(client.get("/admin").text)


@dataclass
class Device:
    association_id: str
    device_id: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class ConsoleHub:
    database: HubDatabase
    settings: HubSettings
    client: TestClient  # logged in
    csrf: str

    def app_client(self) -> TestClient:
        """Another client of the same database: another worker, or another browser."""
        return TestClient(create_app(self.settings, self.database), base_url="https://testserver")

    def device(self, association: str, name: str = "Portable du bureau") -> Device:
        with self.database.writer.begin() as session:
            try:
                found = admin.find_association(session, association)
            except admin.AdminError:
                found = admin.create_association(session, association)
            code = admin.create_enrollment_code(session, found.id, 24)[0]
        answer = self.client.post("/v1/enroll", json={"code": code, "device_name": name})
        assert answer.status_code == 200, answer.text
        body = answer.json()
        return Device(body["association_id"], body["device_id"], body["token"])

    def push(self, device: Device, *operations: dict) -> list[dict]:
        answer = self.client.post("/v1/push", json={"operations": list(operations)}, headers=device.headers)
        assert answer.status_code == 200, answer.text
        return answer.json()["results"]

    def handshake(self, device: Device, app_version: str = "0.1.0") -> int:
        return self.client.post(
            "/v1/handshake", json={"protocol_version": 1, "app_version": app_version}, headers=device.headers
        ).status_code

    def post(self, path: str, **data: str):
        return self.client.post(path, data={"csrf": self.csrf, **data}, follow_redirects=False)


def operation(
    entity_type: str, record_id: str | None = None, visibility: str | None = None, **fields
) -> dict:
    if record_id is None:  # a new record: valid values for what the test does not name
        fields = NEW_RECORD.get(entity_type, {}) | fields
    made = {
        "op_id": f"op-{uuid.uuid4().hex}",
        "entity_type": entity_type,
        "record_id": record_id or str(uuid.uuid4()),
        "base_version": 0,
        "fields": fields,
    }
    if visibility:
        made["visibility"] = visibility
    return made


@pytest.fixture
def console_settings(hub_url, tmp_path) -> HubSettings:
    return HubSettings(
        data_dir=str(tmp_path / "hub"),
        database_url=hub_url,
        backup_dir=str(tmp_path / "sauvegardes"),
        rate_limit_per_minute=100_000,
        rate_limit_burst=10_000,
    )


@pytest.fixture
def console(console_settings) -> Iterator[ConsoleHub]:
    url = console_settings.database_url
    migrate(url)
    database = open_hub_database(url)
    with database.writer.begin() as session:
        set_admin(session, EMAIL, PASSWORD, "cli:test")
    # https: as behind the TLS relay of a real deployment (the cookies are then Secure).
    with TestClient(create_app(console_settings, database), base_url="https://testserver") as client:
        yield ConsoleHub(database, console_settings, client, log_in(client))
    database.dispose()
