"""Pushes: replays, per-field merge and conflicts (the reservation rule between associations:
tests/hub/test_reservation_rules.py)."""

from __future__ import annotations

from sqlalchemy import func, select

from hub.models import HubState, OperationResult, Record
from tests.hub.conftest import Hub, Member, op


def _last_version(hub: Hub) -> int:
    with hub.database.reader() as session:
        return session.scalar(select(HubState.last_version))


def _count(hub: Hub, model) -> int:
    with hub.database.reader() as session:
        return session.scalar(select(func.count()).select_from(model))


# ---------------------------------------------------------------- idempotency


def test_replaying_a_whole_batch_returns_the_same_results_and_applies_nothing(hub):
    amis = hub.member("Les Amis")
    lea, marc = op(display_name="Léa"), op(display_name="Marc")
    [created_lea, created_marc] = hub.push(amis, lea, marc)
    batch = [
        lea,  # already applied: answered from the stored result
        op(record_id=lea["record_id"], base=created_lea["version"], email="lea@ex.fr"),
        op(record_id=marc["record_id"], base=created_marc["version"], deleted=True),
        op(display_name="Nina"),
        op("vaisseau", name="type inconnu"),  # rejected, and rejected the same way again
    ]
    first = hub.push(amis, *batch)
    assert first[0] == created_lea
    assert [r["status"] for r in first] == ["applied", "applied", "applied", "applied", "rejected"]
    assert [r["op_id"] for r in first] == [o["op_id"] for o in batch]
    pulled, cursor = hub.pull_all(amis)
    version, results = _last_version(hub), _count(hub, OperationResult)
    records = _count(hub, Record)
    for _ in range(2):
        assert hub.push(amis, *batch) == first
    # Another device of the same association replaying the batch gets the same answers.
    assert hub.push(hub.device(amis), *batch) == first
    assert _last_version(hub) == version
    assert (_count(hub, OperationResult), _count(hub, Record)) == (results, records)
    assert hub.pull_all(amis) == (pulled, cursor)
    assert hub.pull_all(amis, cursor)[0] == []
    # An op id repeated inside one batch is applied once.
    twice = op(display_name="Zoé")
    results = hub.push(amis, twice, twice)
    assert results[0] == results[1] and results[0]["status"] == "applied"
    assert [c["record_id"] for c in hub.pull_all(amis, cursor)[0]] == [twice["record_id"]]
    assert _last_version(hub) == version + 1


def test_an_op_id_reused_by_another_association_is_rejected_without_leaking(hub):
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    original = op(display_name="Adhérent secret", email="secret@ex.fr")
    [applied] = hub.push(amis, original)
    version = _last_version(hub)
    # Same op id, own record: rejected, and the answer names only the caller's record.
    mine = op(display_name="Autre")
    mine["op_id"] = original["op_id"]
    # Same op id and same record: still nothing about the first association's result.
    copy = dict(original)
    for attempt in (mine, copy):
        [refused] = hub.push(comite, attempt)
        assert refused["status"] == "rejected"
        assert refused["reason"] == "Cet identifiant d'opération est déjà utilisé."
        assert refused["record_id"] == attempt["record_id"]
        assert "version" not in refused and "conflicts" not in refused
        assert "secret" not in str(refused)
    assert _last_version(hub) == version
    assert hub.pull_all(comite)[0] == []
    assert mine["record_id"] not in hub.seen(amis)
    # The owner's replay still gets its own answer.
    assert hub.push(amis, original) == [applied]


# ---------------------------------------------------------------- merge and conflicts


def _contact(hub: Hub, who: Member, **fields) -> tuple[str, int]:
    created = op(**fields)
    [result] = hub.push(who, created)
    assert result["status"] == "applied"
    return created["record_id"], result["version"]


def test_different_fields_merge_and_equal_values_never_conflict(hub):
    amis = hub.member("Les Amis")
    laptop = hub.device(amis)
    rid, v1 = _contact(hub, amis, display_name="Léa", email="lea@ex.fr", phone="0600000000")
    [first] = hub.push(amis, op(record_id=rid, base=v1, email="lea@asso.fr"))
    assert first["status"] == "applied"
    [second] = hub.push(laptop, op(record_id=rid, base=v1, phone="0611111111"))
    assert second["status"] == "merged" and "conflicts" not in second
    assert second["version"] > first["version"]
    assert hub.seen(amis)[rid]["fields"] == {
        "kind": "person",
        "sort_key": "lea",
        "display_name": "Léa",
        "email": "lea@asso.fr",
        "phone": "0611111111",
    }
    # The same field set to the same value on both sides is no conflict, and no new version.
    [same] = hub.push(laptop, op(record_id=rid, base=v1, email="lea@asso.fr"))
    assert same["status"] in ("applied", "merged") and "conflicts" not in same
    assert same["version"] == second["version"] == _last_version(hub)


def test_same_field_changed_on_both_sides_is_a_conflict_and_other_fields_still_apply(hub):
    amis = hub.member("Les Amis")
    laptop = hub.device(amis)
    rid, v1 = _contact(hub, amis, display_name="Léa", email="lea@ex.fr")
    [edit] = hub.push(amis, op(record_id=rid, base=v1, email="lea@asso.fr"))
    [conflict] = hub.push(laptop, op(record_id=rid, base=v1, email="lea@maison.fr", notes="Bénévole"))
    assert conflict["status"] == "conflict"
    assert conflict["conflicts"] == {"email": "lea@asso.fr"}  # the hub's current value
    assert conflict["deleted_on_hub"] is False
    assert conflict["version"] > edit["version"]  # notes was applied: a new version
    fields = hub.seen(amis)[rid]["fields"]
    assert fields == {
        "kind": "person",
        "sort_key": "lea",
        "display_name": "Léa",
        "email": "lea@asso.fr",
        "notes": "Bénévole",
    }
    # A conflict on the only field changes nothing and hands out no version.
    [only] = hub.push(laptop, op(record_id=rid, base=v1, email="lea@autre.fr"))
    assert only["status"] == "conflict" and only["version"] == conflict["version"]
    assert _last_version(hub) == conflict["version"]


def test_edit_against_a_deletion_is_a_conflict_marked_deleted_on_hub(hub):
    amis = hub.member("Les Amis")
    laptop = hub.device(amis)
    rid, v1 = _contact(hub, amis, display_name="Léa")
    [deleted] = hub.push(amis, op(record_id=rid, base=v1, deleted=True))
    assert deleted["status"] == "applied" and deleted["version"] > v1
    [conflict] = hub.push(laptop, op(record_id=rid, base=v1, display_name="Léa Martin"))
    assert conflict["status"] == "conflict" and conflict["deleted_on_hub"] is True
    assert conflict["version"] == deleted["version"]
    change = hub.seen(amis)[rid]
    assert change["deleted"] is True and change["version"] == deleted["version"]


def test_deleting_what_another_device_edited_since_is_a_conflict(hub):
    amis = hub.member("Les Amis")
    laptop = hub.device(amis)
    rid, v1 = _contact(hub, amis, display_name="Léa", email="lea@ex.fr")
    [edit] = hub.push(amis, op(record_id=rid, base=v1, email="lea@asso.fr"))
    [conflict] = hub.push(laptop, op(record_id=rid, base=v1, deleted=True))
    assert conflict["status"] == "conflict"
    assert conflict["conflicts"] == {"email": "lea@asso.fr"}
    change = hub.seen(amis)[rid]
    assert change["deleted"] is False and change["version"] == edit["version"]
    # Once it has seen the edit, the device may delete.
    [deleted] = hub.push(laptop, op(record_id=rid, base=edit["version"], deleted=True))
    assert deleted["status"] == "applied"


def test_up_to_date_deletion_is_pulled_as_a_tombstone_then_restored(hub):
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    laptop = hub.device(amis)
    shared = op("equipment", name="Barnum 3x6", notes="bon", visibility="network")
    [created] = hub.push(amis, shared)
    rid = shared["record_id"]
    _, comite_cursor = hub.pull_all(comite)
    [deleted] = hub.push(amis, op("equipment", record_id=rid, base=created["version"], deleted=True))
    assert deleted["status"] == "applied" and deleted["version"] > created["version"]
    for who in (amis, comite):
        tombstone = hub.seen(who)[rid]
        assert tombstone["deleted"] is True and tombstone["fields"] == {}
        assert tombstone["version"] == deleted["version"]
    [tomb] = hub.pull_all(comite, comite_cursor)[0]
    assert tomb["deleted"] is True
    _, comite_cursor = hub.pull_all(comite)
    # Deleting it again changes nothing.
    [again] = hub.push(laptop, op("equipment", record_id=rid, base=created["version"], deleted=True))
    assert again["status"] == "applied" and again["version"] == deleted["version"]
    # Another device, having seen the deletion, restores it: it comes back with a new version.
    [restored] = hub.push(laptop, op("equipment", record_id=rid, base=deleted["version"], notes="réparé"))
    assert restored["status"] == "applied" and restored["version"] > deleted["version"]
    for who in (amis, comite):
        back = hub.seen(who)[rid]
        assert back["deleted"] is False and back["version"] == restored["version"]
        assert back["fields"] == shared["fields"] | {"notes": "réparé"}
    [news] = hub.pull_all(comite, comite_cursor)[0]
    assert news["deleted"] is False and news["version"] == restored["version"]
    # Restored without changing a single field: still a new version, so that others learn it.
    [deleted] = hub.push(amis, op("equipment", record_id=rid, base=restored["version"], deleted=True))
    _, comite_cursor = hub.pull_all(comite)
    [same] = hub.push(laptop, op("equipment", record_id=rid, base=deleted["version"], notes="réparé"))
    assert same["status"] == "applied" and same["version"] > deleted["version"]
    [back] = hub.pull_all(comite, comite_cursor)[0]
    assert back["deleted"] is False and back["fields"] == shared["fields"] | {"notes": "réparé"}
