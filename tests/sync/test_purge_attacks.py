"""Deleting for good under attack: crafted pushes with a real device token against the real
hub. The hub answers 4xx or a refusal, never a 500, and never strips another's record."""

from __future__ import annotations

import uuid

import requests

from app.models import Equipment
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields
from protocol.messages import MAX_BATCH_OPERATIONS


def _post(laptop, hub, operations) -> requests.Response:
    headers = {"Authorization": f"Bearer {laptop.client.token}"}
    return requests.post(f"{hub.url}/v1/push", json={"operations": operations}, headers=headers, timeout=30)


def _purge(record_id: str, entity_type: str = "equipment", **extra) -> dict:
    return {
        "op_id": str(uuid.uuid4()),
        "entity_type": entity_type,
        "record_id": record_id,
        "base_version": 0,
        "deleted": True,
        "purged": True,
    } | extra


def test_crafted_purges_are_refused_or_harmless(laptops, live_hub):
    owner, other = laptops("Les Amis", "proprietaire"), laptops("Les Autres", "intrus")
    marquee = owner.run(eq.create_equipment, EquipmentFields(name="Barnum Quatrebarbes", shared=True))
    owner.sync()
    other.sync()
    # Another association's record: refused, and nothing stripped.
    [result] = _post(other, live_hub, [_purge(marquee)]).json()["results"]
    assert (result["status"], result["reason_code"]) == ("rejected", "not_owner")
    # Under another type: refused.
    [result] = _post(owner, live_hub, [_purge(marquee, "contact")]).json()["results"]
    assert result["status"] == "rejected"
    # Bogus values of `purged`: 422, never 500.
    for bogus in ("yes", {"a": 1}, [True], None, 2):
        answer = _post(owner, live_hub, [_purge(marquee, purged=bogus)])
        assert answer.status_code in (200, 422), (bogus, answer.status_code)
        if answer.status_code == 200:
            assert answer.json()["results"][0]["status"] != "applied" or bogus in (2,), bogus
    # Ids the hub never had, a full batch of them: applied, nothing stored.
    answer = _post(owner, live_hub, [_purge(str(uuid.uuid4())) for _ in range(MAX_BATCH_OPERATIONS)])
    assert answer.status_code == 200
    assert {r["status"] for r in answer.json()["results"]} == {"applied"}
    other.sync()
    assert other.run(lambda s: s.get(Equipment, marquee)) is not None
    # One batch: an edit, its purge, an edit after: the later edit is refused as purged.
    edit = {
        "op_id": str(uuid.uuid4()),
        "entity_type": "equipment",
        "record_id": marquee,
        "base_version": 10**6,
        "fields": {"notes": "arachides"},
    }
    again = edit | {"op_id": str(uuid.uuid4())}
    results = _post(owner, live_hub, [edit, _purge(marquee), again]).json()["results"]
    assert [r["status"] for r in results] == ["applied", "applied", "rejected"]
    assert results[2]["reason_code"] == "purged"
    # The edit's answer replayed: the stored answer holds no value.
    replay = _post(owner, live_hub, [edit]).json()["results"][0]
    assert "arachides" not in str(replay)
    other.sync()
    assert other.run(lambda s: s.get(Equipment, marquee)) is None
