"""Deleting for good: the owner's purge strips the tombstone of every value (children too), every
device learns it is purged, nothing can bring it back, and only the owner may purge."""

from __future__ import annotations

from sqlalchemy import select

from hub.models import OperationResult, Record
from tests.hub.conftest import Hub, op


def _purge(record_id: str, entity_type: str = "contact", base: int = 0) -> dict:
    return op(entity_type, record_id=record_id, base=base, deleted=True) | {"purged": True}


def test_a_purge_strips_the_record_and_its_children_and_nothing_brings_it_back(hub: Hub):
    amis = hub.member("Les Amis")
    second = hub.device(amis)
    person = op("contact", display_name="Zéphyrine Quatrebarbes", sort_key="quatrebarbes", notes="arachides")
    [created] = hub.push(amis, person)
    consent = op("consent", person_id=person["record_id"], purpose="Lettre", source="formulaire Quatrebarbes")
    [given] = hub.push(amis, consent)
    # Another device's edit, answered with the values: a stored result that names them.
    [edit] = hub.push(second, op("contact", record_id=person["record_id"], base=1, notes="x" * 3))
    assert edit["status"] in ("applied", "merged")

    [purged] = hub.push(amis, _purge(person["record_id"], base=created["version"]))
    assert purged["status"] == "applied"
    with hub.database.reader() as session:
        for record_id in (person["record_id"], consent["record_id"]):
            record = session.get_one(Record, record_id)
            assert record.purged and record.deleted
            assert (record.fields, record.field_versions, record.field_devices) == ({}, {}, {})
        stored = [row.result for row in session.scalars(select(OperationResult))]
    named = [r["op_id"] for r in stored if r["record_id"] in (person["record_id"], consent["record_id"])]
    assert named == [purged["op_id"]]  # the others held the values: forgotten
    assert "Quatrebarbes" not in repr(stored)
    # Every device learns it is purged, with no value.
    changes, _ = hub.pull_all(second)
    seen = {c["record_id"]: c for c in changes}
    for record_id in (person["record_id"], consent["record_id"]):
        assert seen[record_id]["purged"] and seen[record_id]["deleted"] and seen[record_id]["fields"] == {}
    # An edit made offline, a restore: refused, with the code the device words.
    [late] = hub.push(
        second, op("contact", record_id=person["record_id"], base=given["version"], notes="tard")
    )
    [restore] = hub.push(
        amis, op("contact", record_id=person["record_id"], base=purged["version"], notes="x")
    )
    for refused in (late, restore):
        assert refused["status"] == "rejected" and refused["reason_code"] == "purged", refused
        assert "current" not in refused
    # The purge sent again (a lost answer): done already.
    [again] = hub.push(amis, _purge(person["record_id"], base=purged["version"]))
    assert again["status"] == "applied"


def test_only_the_owner_may_purge(hub: Hub):
    amis, autres = hub.member("Les Amis"), hub.member("Les Autres")
    marquee = op("equipment", name="Barnum", visibility="network")
    [created] = hub.push(amis, marquee)
    [refused] = hub.push(autres, _purge(marquee["record_id"], "equipment", created["version"]))
    assert refused["status"] == "rejected" and refused["reason_code"] == "not_owner"
    with hub.database.reader() as session:
        record = session.get_one(Record, marquee["record_id"])
        assert not record.purged and record.fields["name"] == "Barnum"
