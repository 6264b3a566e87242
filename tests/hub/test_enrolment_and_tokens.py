"""Who may talk to the hub: enrolment codes, tokens, revocation."""

from __future__ import annotations

import hashlib
import re
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from sqlalchemy import select, text, update

from hub import admin
from hub.db import utcnow
from hub.models import Device, EnrollmentCode
from tests.hub.conftest import op
from tests.hub.enrolment_helpers import code_for, enroll, handshake_with, new_association

# ---------------------------------------------------------------- enrolment and tokens


def test_enrolment_codes_work_once_expire_and_forgive_typing(hub):
    association_id = new_association(hub, "Les Amis du Quartier")
    code = code_for(hub, association_id)
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    # Typed in lower case with spaces instead of dashes: accepted.
    first = enroll(hub, "  " + code.lower().replace("-", " ") + " ")
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["association_id"] == association_id
    assert body["association_name"] == "Les Amis du Quartier"
    # A second use is refused and creates no device.
    again = enroll(hub, code, "Autre poste")
    assert again.status_code == 401
    assert "déjà utilisé" in again.json()["detail"]
    with hub.database.reader() as session:
        devices = session.scalars(select(Device).where(Device.association_id == association_id)).all()
    assert [d.name for d in devices] == ["Poste de l'accueil"]
    # An expired code is refused; an unknown one too.
    expired = code_for(hub, association_id)
    with hub.database.writer.begin() as session:
        session.execute(
            update(EnrollmentCode)
            .where(EnrollmentCode.used_at.is_(None))
            .values(expires_at=utcnow() - timedelta(minutes=1))
        )
    answer = enroll(hub, expired)
    assert answer.status_code == 401 and "expiré" in answer.json()["detail"]
    unknown = enroll(hub, "ABCD-EFGH-JKLM")
    assert unknown.status_code == 401 and "inconnu" in unknown.json()["detail"]
    # A fresh code for the same association still works: only the expired one is refused.
    assert enroll(hub, code_for(hub, association_id)).status_code == 200


def test_token_is_long_and_only_its_hash_is_stored(hub):
    association_id = new_association(hub, "Les Amis")
    answer = enroll(hub, code_for(hub, association_id))
    token = answer.json()["token"]
    assert re.fullmatch(r"[A-Za-z0-9_\-]{43,}", token), token  # 256 bits, url-safe
    other = enroll(hub, code_for(hub, association_id)).json()["token"]
    assert other != token
    with hub.database.reader() as session:
        rows = session.execute(text("SELECT * FROM devices")).mappings().all()
    assert len(rows) == 2
    stored = [str(value) for row in rows for value in row.values()]
    assert not any(token in value or other in value for value in stored)
    assert hashlib.sha256(token.encode()).hexdigest() in stored
    # The enrolment code is not stored either: only its hash.
    with hub.database.reader() as session:
        codes = session.execute(text("SELECT * FROM enrollment_codes")).mappings().all()
    assert len(codes) == 2 and all(len(row["code_hash"]) == 64 for row in codes)


UNKNOWN_CREDENTIALS = [
    {},
    {"Authorization": "Bearer"},
    {"Authorization": "Bearer pas-un-vrai-jeton-mais-assez-long-pour-ressembler-a-un-jeton"},
    {"Authorization": "Basic dXNlcjpwYXNz"},
]


def test_unknown_token_is_refused_everywhere(hub):
    amis = hub.member("Les Amis")
    for headers in [
        *UNKNOWN_CREDENTIALS,
        {"Authorization": f"Bearer {amis.token}x"},
        {"Authorization": f"Bearer {amis.token[:-1]}"},
    ]:
        handshake = handshake_with(hub, headers)
        assert handshake.status_code == 401, headers
        assert "Jeton" in handshake.json()["detail"]
        push = hub.client.post("/v1/push", json={"operations": [op(display_name="X")]}, headers=headers)
        assert push.status_code == 401, headers
        assert push.json()["detail"] == handshake.json()["detail"]  # the push's own lookup, same answer
        assert push.headers["www-authenticate"] == "Bearer"
        pull = hub.client.get("/v1/pull", headers=headers)
        assert pull.status_code == 401, headers
        assert pull.headers["www-authenticate"] == "Bearer"
    assert hub.pull_all(amis)[0] == []  # the refused pushes applied nothing
    assert handshake_with(hub, amis.headers).status_code == 200


def test_revoked_token_is_refused_everywhere(hub):
    amis = hub.member("Les Amis")
    kept = hub.device(amis, "Portable du trésorier")
    [created] = hub.push(amis, op(display_name="Léa"))
    device_id = handshake_with(hub, amis.headers).json()["device_id"]
    with hub.database.writer.begin() as session:
        info = admin.revoke_device(session, device_id)
    assert info.revoked_at is not None
    handshake = handshake_with(hub, amis.headers)
    assert handshake.status_code == 401 and "révoqué" in handshake.json()["detail"]
    push = hub.client.post("/v1/push", json={"operations": [op(display_name="Après")]}, headers=amis.headers)
    assert push.status_code == 401 and push.json()["detail"] == handshake.json()["detail"]
    assert hub.client.get("/v1/pull", headers=amis.headers).status_code == 401
    # The association's other device is unaffected and sees only what was pushed before.
    assert handshake_with(hub, kept.headers).status_code == 200
    assert [c["version"] for c in hub.pull_all(kept)[0]] == [created["version"]]


def test_one_code_used_by_several_devices_at_once_enrols_only_one(hub):
    association_id = new_association(hub, "Les Amis")
    for attempt in range(4):
        code = code_for(hub, association_id)
        with ThreadPoolExecutor(8) as pool:
            statuses = list(
                pool.map(lambda i, code=code: enroll(hub, code, f"Poste {i}").status_code, range(8))
            )
        assert sorted(statuses) == [200] + [401] * 7, (attempt, statuses)
    with hub.database.reader() as session:
        devices = session.scalars(select(Device).where(Device.association_id == association_id)).all()
    assert len(devices) == 4
