"""The hub describes itself (OpenAPI) and reports its health."""

from __future__ import annotations

from fastapi.testclient import TestClient

from hub.api import create_app
from hub.config import HubSettings
from hub.db import open_hub_database
from tests.hub.conftest import op

ENDPOINTS = {
    "/healthz": "get",
    "/v1/enroll": "post",
    "/v1/handshake": "post",
    "/v1/push": "post",
    "/v1/pull": "get",
}


def test_openapi_lists_every_endpoint_with_a_description(hub):
    answer = hub.client.get("/openapi.json")
    assert answer.status_code == 200
    spec = answer.json()
    assert spec["info"]["title"] and "Bearer" in spec["info"]["description"]
    assert set(ENDPOINTS) <= set(spec["paths"])
    for path, method in ENDPOINTS.items():
        operation = spec["paths"][path][method]
        assert len(operation.get("description", "")) > 20, path
        assert "200" in operation["responses"]
    for path in ("/v1/handshake", "/v1/push", "/v1/pull"):
        assert "401" in spec["paths"][path][ENDPOINTS[path]]["responses"]
    assert "410" in spec["paths"]["/v1/pull"]["get"]["responses"]
    pull_parameters = {p["name"] for p in spec["paths"]["/v1/pull"]["get"]["parameters"]}
    assert {"cursor", "limit"} <= pull_parameters
    schemas = spec["components"]["schemas"]
    assert {"Operation", "PushRequest", "PullResponse", "HandshakeResponse"} <= set(schemas)
    # The interactive documentation is served as well.
    assert hub.client.get("/docs").status_code == 200


def test_healthz_reports_the_database(hub):
    answer = hub.client.get("/healthz")
    assert answer.status_code == 200
    body = answer.json()
    assert (body["status"], body["database"]) == ("ok", "ok")
    assert body["version"] == 0
    amis = hub.member("Les Amis")
    hub.push(amis, op(display_name="Léa"))
    assert hub.client.get("/healthz").json() == {"status": "ok", "database": "ok", "version": 1}


def test_healthz_says_when_the_database_is_unreachable(tmp_path):
    database = open_hub_database(f"sqlite:///{tmp_path / 'absent' / 'hub.sqlite3'}")
    try:
        with TestClient(create_app(HubSettings(data_dir=str(tmp_path)), database)) as client:
            answer = client.get("/healthz")
        assert answer.status_code == 503
        assert answer.json() == {"status": "dégradé", "database": "indisponible"}
    finally:
        database.dispose()
