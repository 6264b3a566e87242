"""Enrolment codes, enrolments and handshakes, as the hub tests ask for them."""

from __future__ import annotations

from hub import admin
from tests.hub.conftest import Hub, Member


def code_for(hub: Hub, member_or_id: Member | str, hours: int = 24) -> str:
    association_id = member_or_id if isinstance(member_or_id, str) else member_or_id.id
    with hub.database.writer.begin() as session:
        code, _expires, _ = admin.create_enrollment_code(session, association_id, hours)
    return code


def new_association(hub: Hub, name: str) -> str:
    with hub.database.writer.begin() as session:
        return admin.create_association(session, name).id


def enroll(hub: Hub, code: str, device_name: str = "Poste de l'accueil"):
    return hub.client.post("/v1/enroll", json={"code": code, "device_name": device_name})


def handshake_with(hub: Hub, headers: dict[str, str]):
    return hub.client.post("/v1/handshake", json={"protocol_version": 1}, headers=headers)
