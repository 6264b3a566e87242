"""What belongs to a record goes with it on the hub, whatever a device sends: deleting a person
deletes its roles and consents (each at a new version, so every device hears of it), restoring it
restores those deleted with it, and nothing comes alive under a deleted parent."""

from __future__ import annotations

from tests.hub.conftest import op


def test_children_are_deleted_and_restored_with_their_parent(hub):
    amis = hub.member("Les Amis")
    laptop = hub.device(amis)
    person = op("contact", display_name="Léa")
    org = op("contact", kind="organisation", display_name="Mairie", sort_key="mairie")
    consent = op("consent", person_id=person["record_id"])
    role = op("role", person_id=person["record_id"], organisation_id=org["record_id"])
    other = op("consent", person_id=org["record_id"])  # belongs to someone else
    created = hub.push(amis, person, org, consent, role, other)
    assert [r["status"] for r in created] == ["applied"] * 5
    # An older device deletes the person only: the hub deletes what belongs to her.
    [gone] = hub.push(
        laptop, op("contact", record_id=person["record_id"], base=created[0]["version"], deleted=True)
    )
    seen = hub.seen(amis)
    assert seen[person["record_id"]]["deleted"] and seen[consent["record_id"]]["deleted"]
    assert seen[role["record_id"]]["deleted"] and not seen[other["record_id"]]["deleted"]
    assert seen[consent["record_id"]]["version"] > gone["version"]
    # Nothing comes alive under her while she is deleted.
    [orphan] = hub.push(amis, op("consent", person_id=person["record_id"]))
    assert orphan["status"] == "rejected"
    assert orphan["problems"] == [{"field": "person_id", "code": "parent_deleted", "values": {}}]
    [back_alone] = hub.push(
        amis,
        op("consent", record_id=consent["record_id"], base=seen[consent["record_id"]]["version"], source="x"),
    )
    assert back_alone["status"] == "rejected" and back_alone["deleted_on_hub"] is True
    # Restored (by the device that deleted her): her consent and role come back with her.
    [restored] = hub.push(
        laptop, op("contact", record_id=person["record_id"], base=gone["version"], notes="revenue")
    )
    assert restored["status"] == "applied"
    seen = hub.seen(amis)
    assert not seen[consent["record_id"]]["deleted"] and not seen[role["record_id"]]["deleted"]
    assert seen[role["record_id"]]["fields"]["organisation_id"] == org["record_id"]


def test_another_associations_records_never_go_with_ours(hub):
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    person = op("contact", display_name="Léa")
    [made] = hub.push(amis, person)
    [theirs] = hub.push(comite, op("consent", person_id=person["record_id"]))
    assert theirs["status"] == "applied"  # it points to a record it cannot see: not judged
    hub.push(amis, op("contact", record_id=person["record_id"], base=made["version"], deleted=True))
    assert not [c for c in hub.pull_all(comite)[0] if c["deleted"]]
