"""Request limits: size (413), gzip bodies, validation (422, in French), rate (429), and inputs
that no database or JSON answer can hold."""

from __future__ import annotations

import gzip
import json
import uuid
from types import SimpleNamespace

from fastapi.testclient import TestClient

from hub import admin, limits
from hub.api import create_app
from hub.config import HubSettings
from protocol.messages import MAX_BATCH_OPERATIONS, MAX_TEXT_LENGTH
from tests.hub.conftest import Hub, Member, op


def _app(hub: Hub, tmp_path, **settings) -> TestClient:
    return TestClient(create_app(HubSettings(data_dir=str(tmp_path / "autre"), **settings), hub.database))


def _post_json(client: TestClient, path: str, who: Member | None, payload: object, **headers):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    auth = who.headers if who else {}
    return client.post(path, content=body, headers={"Content-Type": "application/json", **auth, **headers})


def test_oversized_body_gets_413(hub, tmp_path):
    amis = hub.member("Les Amis")
    with _app(hub, tmp_path, max_request_bytes=2000) as client:
        small = _post_json(client, "/v1/push", amis, {"operations": [op(display_name="Léa")]})
        assert small.status_code == 200, small.text
        big = _post_json(client, "/v1/push", amis, {"operations": [op(notes="x" * 3000)]})
        assert big.status_code == 413
        assert "trop volumineuse" in big.json()["detail"] and "2000" in big.json()["detail"]
        # Without a Content-Length (streamed), the limit holds as well.
        streamed = client.post(
            "/v1/push",
            content=iter([b'{"operations": [', b" " * 1500, b" " * 1500]),
            headers={**amis.headers, "Content-Type": "application/json"},
        )
        assert streamed.status_code == 413
        # A gzip body that would inflate past the limit is refused too, not inflated.
        bomb = gzip.compress(json.dumps({"operations": [op(notes="x" * 50_000)]}).encode())
        assert len(bomb) < 2000
        inflated = _post_json(client, "/v1/push", amis, bomb, **{"Content-Encoding": "gzip"})
        assert inflated.status_code == 413
        assert "volumineuse" in inflated.json()["detail"]
    # Only the small push was applied.
    assert len(hub.pull_all(amis)[0]) == 1


def test_gzip_request_body_is_accepted(hub):
    amis = hub.member("Les Amis")
    created = op(display_name="Léa", notes="é" * 5000)
    body = gzip.compress(json.dumps({"operations": [created]}).encode())
    answer = _post_json(hub.client, "/v1/push", amis, body, **{"Content-Encoding": "gzip"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "applied"
    [change] = hub.pull_all(amis)[0]
    assert change["fields"]["notes"] == "é" * 5000
    # Handshakes may be compressed too; a body that is not gzip at all is a readable 400.
    shake = _post_json(
        hub.client,
        "/v1/handshake",
        amis,
        gzip.compress(b'{"protocol_version": 1}'),
        **{"Content-Encoding": "GZIP"},
    )
    assert shake.status_code == 200
    broken = _post_json(hub.client, "/v1/push", amis, b"pas du gzip", **{"Content-Encoding": "gzip"})
    assert broken.status_code == 400 and "gzip" in broken.json()["detail"]
    # Large answers are compressed for clients that accept it.
    answer = hub.client.get("/v1/pull", headers={**amis.headers, "Accept-Encoding": "gzip"})
    assert answer.status_code == 200 and answer.headers["content-encoding"] == "gzip"
    assert answer.json()["changes"][0]["fields"]["notes"] == "é" * 5000


def _detail(answer) -> str:
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert detail.startswith("Donnée refusée (")
    return detail


def test_invalid_pushes_get_422_naming_the_field_in_french(hub):
    amis = hub.member("Les Amis")
    too_many = {"operations": [op(display_name=str(i)) for i in range(MAX_BATCH_OPERATIONS + 1)]}
    detail = _detail(_post_json(hub.client, "/v1/push", amis, too_many))
    assert "operations" in detail and f"au plus {MAX_BATCH_OPERATIONS}" in detail
    detail = _detail(_post_json(hub.client, "/v1/push", amis, {"operations": [op(Nom="Léa")]}))
    assert "operations.0.fields" in detail and "nom de champ invalide" in detail and "Nom" in detail
    detail = _detail(
        _post_json(
            hub.client,
            "/v1/push",
            amis,
            {"operations": [op(display_name="ok"), op(notes="x" * (MAX_TEXT_LENGTH + 1))]},
        )
    )
    assert "operations.1.fields" in detail and "notes" in detail and "texte trop long" in detail
    bad_uuid = op(display_name="Léa")
    bad_uuid["record_id"] = str(uuid.uuid4()).upper()
    detail = _detail(_post_json(hub.client, "/v1/push", amis, {"operations": [bad_uuid]}))
    assert "operations.0.record_id" in detail and "UUID" in detail
    short = dict(bad_uuid, record_id="1234")
    detail = _detail(_post_json(hub.client, "/v1/push", amis, {"operations": [short]}))
    assert "record_id" in detail and "au moins 36 caractères" in detail
    for payload, where, words in [
        ({"operations": []}, "operations", "au moins 1"),
        ({}, "operations", "obligatoire"),
        ({"operations": [dict(op(), base_version=-1)]}, "base_version", "au moins 0"),
        ({"operations": [dict(op(), visibility="public")]}, "visibility", "valeur inconnue"),
        ({"operations": [dict(op(), fields={"notes": {"imbriqué": 1}})]}, "fields.notes", "attendu"),
        ({"operations": [dict(op(), op_id="a b c d e f")]}, "op_id", "format invalide"),
        ({"operations": [op()], "surplus": 1}, "surplus", "champ inconnu"),
    ]:
        detail = _detail(_post_json(hub.client, "/v1/push", amis, payload))
        assert where in detail and words in detail, (payload, detail)
        assert "Input should" not in detail and "Value error" not in detail
    assert hub.pull_all(amis)[0] == []  # nothing of a refused batch was applied


def test_rate_limit_answers_429_with_retry_after(hub, tmp_path, monkeypatch):
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    clock = [1000.0]  # the limiter's clock, frozen: "quick" requests however slow the machine is
    monkeypatch.setattr(limits, "time", SimpleNamespace(monotonic=lambda: clock[0]))
    with _app(hub, tmp_path, rate_limit_per_minute=60, rate_limit_burst=3) as client:
        for _ in range(3):
            assert (
                client.post("/v1/handshake", json={"protocol_version": 1}, headers=amis.headers).status_code
                == 200
            )
        limited = client.get("/v1/pull", headers=amis.headers)
        assert limited.status_code == 429
        assert limited.headers["retry-after"] == "1"  # 60 a minute: one more each second
        assert "Trop de requêtes" in limited.json()["detail"]
        # Per token: another device is not slowed down by this one.
        assert client.get("/v1/pull", headers=comite.headers).status_code == 200
        # Once the announced delay has passed, the device may go on.
        clock[0] += 1.0
        assert client.get("/v1/pull", headers=amis.headers).status_code == 200
        assert client.get("/v1/pull", headers=amis.headers).status_code == 429


def test_enrolment_guesses_are_limited_per_address_before_any_authentication(hub, tmp_path, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(limits, "time", SimpleNamespace(monotonic=lambda: clock[0]))
    with hub.database.writer.begin() as session:
        association = admin.create_association(session, "Les Amis")
        code = admin.create_enrollment_code(session, association.id, 1)[0]
    app = create_app(
        HubSettings(data_dir=str(tmp_path / "autre"), enroll_rate_per_minute=10, enroll_burst=20),
        hub.database,
    )
    guesser = TestClient(app, client=("203.0.113.7", 40000))
    answers = [
        guesser.post("/v1/enroll", json={"code": f"AAAA-BBBB-{n:04d}", "device_name": "x"}).status_code
        for n in range(600)
    ]
    assert answers[:20] == [401] * 20 and set(answers[20:]) == {429}
    limited = guesser.post("/v1/enroll", json={"code": code, "device_name": "x"})
    assert limited.status_code == 429 and limited.headers["retry-after"] == "6"  # 10 a minute
    assert "enrôlement" in limited.json()["detail"]
    # Another address is not slowed down by this one, and the real code still works.
    neighbour = TestClient(app, client=("198.51.100.2", 40000))
    assert neighbour.post("/v1/enroll", json={"code": code, "device_name": "x"}).status_code == 200
    clock[0] += 6.0
    assert guesser.post("/v1/enroll", json={"code": "AAAA-BBBB-CCCC", "device_name": "x"}).status_code == 401


def test_made_up_tokens_are_limited_per_address_and_real_devices_still_pass(hub, tmp_path, monkeypatch):
    amis = hub.member("Les Amis")
    clock = [1000.0]
    monkeypatch.setattr(limits, "time", SimpleNamespace(monotonic=lambda: clock[0]))
    app = create_app(
        HubSettings(data_dir=str(tmp_path / "autre"), auth_failure_rate_per_minute=30, auth_failure_burst=30),
        hub.database,
    )
    same_address = TestClient(app, client=("203.0.113.7", 40000))
    assert same_address.get("/v1/pull", headers=amis.headers).status_code == 200  # a known device
    answers = [
        same_address.get("/v1/pull", headers={"Authorization": f"Bearer invente-{n}"}).status_code
        for n in range(200)
    ]
    assert answers[:30] == [401] * 30 and set(answers[30:]) == {429}
    limited = same_address.get("/v1/pull", headers={"Authorization": "Bearer encore-un"})
    assert limited.headers["retry-after"] == "2" and "jetons inconnus" in limited.json()["detail"]
    no_token = same_address.post("/v1/handshake", json={"protocol_version": 1})
    assert no_token.status_code == 429
    # The real device behind the same address goes on working.
    assert same_address.get("/v1/pull", headers=amis.headers).status_code == 200
    clock[0] += 2.0
    assert same_address.get("/v1/pull", headers={"Authorization": "Bearer x"}).status_code == 401


# ---------------------------------------------------------------- values no database can hold


def _raw_push(hub: Hub, who: Member, fields_json: str, **extra):
    """A push whose fields are written as raw JSON text (NaN, lone surrogates…)."""
    operation = op(**extra)
    head = json.dumps({k: v for k, v in operation.items() if k != "fields"})
    body = head[:-1] + ', "fields": ' + fields_json + "}"
    answer = _post_json(hub.client, "/v1/push", who, ('{"operations": [' + body + "]}").encode())
    return operation, answer


def test_values_that_cannot_be_stored_are_refused_and_pulls_keep_working(hub):
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    hub.push(amis, op("equipment", name="Avant", visibility="network"))
    for raw in [
        '{"notes": NaN}',
        '{"notes": Infinity}',
        '{"accessories": [1, -Infinity]}',
        '{"name": "\\ud800"}',
        '{"accessories": ["ok", "\\udc00"]}',
    ]:
        _operation, answer = _raw_push(hub, amis, raw, entity_type="equipment", visibility="network")
        assert answer.status_code in (200, 422), (raw, answer.text)
        if answer.status_code == 200:
            [result] = answer.json()["results"]
            assert result["status"] == "rejected" and result["reason"], raw
    surrogate_party = json.dumps({"operations": [op("loan", decision_note="Prêt", parties=["x"])]}).replace(
        '["x"]', '["\\ud800"]'
    )
    answer = _post_json(hub.client, "/v1/push", amis, surrogate_party.encode())
    assert answer.status_code in (200, 422)
    if answer.status_code == 200:
        assert answer.json()["results"][0]["status"] == "rejected"
    # Text with a NUL character is text: kept and served as is; a number out of range is refused.
    odd = op("equipment", name="a\x00b", visibility="network")
    assert hub.push(amis, odd)[0]["status"] == "applied"
    [huge] = hub.push(amis, op("equipment", purchase_value_cents=10**30, visibility="network"))
    assert huge["status"] == "rejected" and huge["problems"][0]["code"] == "out_of_range"
    for who in (amis, comite):
        changes, _ = hub.pull_all(who)
        assert [c["fields"].get("name") for c in changes] == ["Avant", "a\x00b"]


def test_odd_cursors_and_limits_are_422_never_500(hub):
    amis = hub.member("Les Amis")
    for params in (
        {"cursor": "99999999999999999999"},
        {"cursor": str(2**63)},
        {"cursor": "-1"},
        {"cursor": "1e3"},
        {"cursor": ""},
        {"limit": "0"},
        {"limit": "5001"},
        {"limit": "abc"},
        {"cursor": "0x10"},
    ):
        answer = hub.client.get("/v1/pull", params=params, headers=amis.headers)
        assert answer.status_code == 422, (params, answer.text)
        assert "query." in answer.json()["detail"]
    edge = hub.client.get("/v1/pull", params={"cursor": str(2**63 - 1)}, headers=amis.headers)
    assert edge.status_code == 200 and edge.json()["changes"] == []


def test_device_names_are_stored_printable(hub):
    with hub.database.writer.begin() as session:
        association = admin.create_association(session, "Les Amis")
        codes = [admin.create_enrollment_code(session, association.id, 1)[0] for _ in range(2)]
        association_id = association.id
    for code, name in zip(codes, ["Poste\x00 de\nl'accueil", "   "], strict=True):
        answer = hub.client.post("/v1/enroll", json={"code": code, "device_name": name})
        assert answer.status_code == 200, answer.text
    with hub.database.reader() as session:
        names = sorted(d.name for d in admin.list_devices(session, association_id))
    assert names == ["Appareil", "Poste de l'accueil"]  # NUL gone, the line break a space
