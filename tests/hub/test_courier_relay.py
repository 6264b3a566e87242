"""POST /v1/courier on SQLite and PostgreSQL: a device's sealed file, carried by another
association's device, is applied as that device's push and answered for it alone; what is not
a good file gets a French 4xx, never a 500."""

from __future__ import annotations

import json
import struct
import uuid

from hub import admin
from protocol import courier
from tests.hub.conftest import Member, op


def _enrol_with_keys(hub, name: str) -> tuple[dict, courier.KeyPair]:
    with hub.database.writer.begin() as session:
        association = admin.create_association(session, name)
        code, _expires, _ = admin.create_enrollment_code(session, association.id, 24)
    keys = courier.KeyPair.generate()
    public = keys.public()
    answer = hub.client.post(
        "/v1/enroll",
        json={"code": code, "device_name": "Salle", "sign_key": public.sign, "box_key": public.box},
    )
    assert answer.status_code == 200, answer.text
    return answer.json(), keys


def _export(
    enrolled: dict, keys: courier.KeyPair, operations: list[dict], cursor: int = 0, **extra: object
) -> bytes:
    hub_keys = courier.PublicKeys(enrolled["hub_sign_key"], enrolled["hub_box_key"])
    header = courier.Header("export", str(uuid.uuid4()), enrolled["device_id"], hub_keys.fingerprint())
    payload = {"operations": operations, "cursor": cursor, **extra}
    return courier.seal(header, payload, keys, hub_keys.box)


def _relay(hub, carrier, data: bytes):
    return hub.client.post(
        "/v1/courier",
        content=data,
        headers={**carrier.headers, "Content-Type": "application/octet-stream"},
    )


def test_a_file_is_applied_as_its_device_pushed_it_and_answered_for_it_alone(hub):
    enrolled, keys = _enrol_with_keys(hub, "La Salle")
    carrier = hub.member("Le Club")
    hello = hub.client.post("/v1/handshake", json={"protocol_version": 1}, headers=carrier.headers).json()
    assert (hello["hub_sign_key"], hello["hub_box_key"]) == (
        enrolled["hub_sign_key"],
        enrolled["hub_box_key"],
    )
    lea = op(display_name="Léa", sort_key="lea")
    data = _export(enrolled, keys, [lea])
    answer = _relay(hub, carrier, data)
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/octet-stream"
    header = courier.read_header(answer.content)
    assert (header.kind, header.device_id) == ("answer", enrolled["device_id"])
    opened = courier.open_sealed(answer.content, enrolled["hub_sign_key"], keys)
    assert [r["status"] for r in opened["results"]] == ["applied"]
    assert opened["association_id"] == enrolled["association_id"]
    [page] = [entry["page"] for entry in opened["pages"]]
    assert [c["record_id"] for c in page["changes"]] == [lea["record_id"]]
    # The carrier's association does not see it; its own keys cannot open the answer.
    changes, _ = hub.pull_all(carrier)
    assert lea["record_id"] not in {c["record_id"] for c in changes}
    try:
        courier.open_sealed(answer.content, enrolled["hub_sign_key"], courier.KeyPair.generate())
        raise AssertionError("opened by another key")
    except courier.CourierRefused as refused:
        assert refused.code == "not_for_us"
    # Carried again: the same results, nothing applied twice.
    again = courier.open_sealed(_relay(hub, carrier, data).content, enrolled["hub_sign_key"], keys)
    assert again["results"] == opened["results"]
    assert again["pages"][0]["page"]["changes"][0]["version"] == page["changes"][0]["version"]


def test_what_is_not_a_good_file_gets_a_french_4xx(hub):
    enrolled, keys = _enrol_with_keys(hub, "La Salle")
    carrier = hub.member("Le Club")
    data = _export(enrolled, keys, [op(display_name="Léa", sort_key="lea")])
    assert hub.client.post("/v1/courier", content=data).status_code == 401
    cases = {
        b"pas un fichier": "n'est pas un fichier de liaison",
        data[:40]: "abîmé ou incomplet",
        data[:-1] + bytes([data[-1] ^ 1]): "modifié depuis sa préparation",
        data[: len(data) - 30]: "modifié depuis sa préparation",  # cut short
    }
    for body, reason in cases.items():
        answer = _relay(hub, carrier, body)
        assert answer.status_code == 422 and reason in answer.json()["detail"], answer.text
    # A device enrolled without keys (an older version) cannot send files.
    without = hub.member("Les Anciens")
    device_id = hub.client.post(
        "/v1/handshake", json={"protocol_version": 1}, headers=without.headers
    ).json()["device_id"]
    foreign = _export({**enrolled, "device_id": device_id}, keys, [])
    assert "pas de clés" in _relay(hub, carrier, foreign).json()["detail"]
    # Operations of the wrong shape, well sealed: refused as a whole.
    bad = _export(enrolled, keys, [{"op_id": "x"}])
    assert _relay(hub, carrier, bad).status_code == 422
    # Revoked: refused.
    with hub.database.writer.begin() as session:
        admin.revoke_device(session, enrolled["device_id"])
    refused = _relay(hub, carrier, data)
    assert refused.status_code == 403 and "révoqué" in refused.json()["detail"]


def _unsigned(fields: object) -> bytes:
    """A file whose clear header anyone could write: it is read before any signature."""
    clear = json.dumps(fields).encode()
    return courier.MAGIC + struct.pack(">I", len(clear)) + clear + b"\0" * 200


def test_a_crafted_header_or_payload_gets_a_4xx_not_a_500(hub):
    enrolled, keys = _enrol_with_keys(hub, "La Salle")
    carrier = hub.member("Le Club")
    good = {"kind": "export", "file_id": "f", "device_id": enrolled["device_id"], "hub_keys": "k"}
    for device_id in [{"id": 1}, [1, 2], 12, None, "x" * 3000, "\x00", ""]:
        answer = _relay(hub, carrier, _unsigned({**good, "device_id": device_id}))
        assert answer.status_code == 422 and "abîmé" in answer.json()["detail"], (device_id, answer.text)
    for fields in [[1, 2], "texte", {**good, "kind": ["export"]}, {**good, "answers": 3}]:
        assert _relay(hub, carrier, _unsigned(fields)).status_code == 422, fields
    assert _relay(hub, carrier, b"").status_code == 422
    # Well signed by its device, but a cursor no database holds: refused, nothing applied.
    lea = op(display_name="Léa", sort_key="lea")
    for cursor in [-5, 10**30, 1.5e300, "12", [1], None]:
        answer = _relay(hub, carrier, _export(enrolled, keys, [lea], cursor=cursor))
        assert answer.status_code == 422 and "refusé" in answer.json()["detail"], (cursor, answer.text)
    changes, _ = hub.pull_all(Member(enrolled["association_id"], "La Salle", enrolled["token"]))
    assert lea["record_id"] not in {c["record_id"] for c in changes}


def test_a_file_claiming_another_device_or_carried_by_a_revoked_one_is_refused(hub):
    salle, salle_keys = _enrol_with_keys(hub, "La Salle")
    club, _club_keys = _enrol_with_keys(hub, "Le Club")
    carrier = hub.member("Les Amis")
    lea = op(display_name="Léa", sort_key="lea")
    # Signed with its own key but naming the hall's computer: the hall's key does not check it.
    forged = _export({**club, "device_id": salle["device_id"]}, _club_keys, [lea])
    refused = _relay(hub, carrier, forged)
    assert refused.status_code == 422 and "modifié" in refused.json()["detail"]
    for who in (salle, club):
        changes, _ = hub.pull_all(Member(who["association_id"], "", who["token"]))
        assert lea["record_id"] not in {c["record_id"] for c in changes}
    # A revoked carrier cannot carry anything, even a good file.
    hello = hub.client.post("/v1/handshake", json={"protocol_version": 1}, headers=carrier.headers)
    with hub.database.writer.begin() as session:
        admin.revoke_device(session, hello.json()["device_id"])
    answer = _relay(hub, carrier, _export(salle, salle_keys, [lea]))
    assert answer.status_code in (401, 403) and answer.headers["content-type"].startswith("application/json")
    changes, _ = hub.pull_all(Member(salle["association_id"], "", salle["token"]))
    assert lea["record_id"] not in {c["record_id"] for c in changes}


def test_files_are_ordered_by_their_marks_and_an_older_one_is_held_and_said(hub):
    enrolled, keys = _enrol_with_keys(hub, "La Salle")
    carrier = hub.member("Le Club")
    for forged in ("pas-une-marque", "0190A000-0000-7000-8000-000000000001", 12):
        refused = _relay(hub, carrier, _export(enrolled, keys, [], prepared=forged))
        assert refused.status_code == 422 and "refusé" in refused.json()["detail"], forged
    older, newer = "0190a000-0000-7000-8000-000000000001", "0190a000-0001-7000-8000-000000000001"
    lea = op(display_name="Léa", sort_key="lea")
    first = courier.open_sealed(
        _relay(hub, carrier, _export(enrolled, keys, [lea], prepared=newer)).content,
        enrolled["hub_sign_key"],
        keys,
    )
    assert "held" not in first and [r["status"] for r in first["results"]] == ["applied"]
    paul = op(display_name="Paul", sort_key="paul")
    late = courier.open_sealed(
        _relay(hub, carrier, _export(enrolled, keys, [lea, paul], prepared=older)).content,
        enrolled["hub_sign_key"],
        keys,
    )
    # Léa was answered already: replayed; Paul, only in the older file, is held, and said so.
    assert [op_["record_id"] for op_ in late["operations"]] == [lea["record_id"]]
    assert late["held"] == 1 and late["device_mark"] == newer
