"""Pushes: replays, per-field merge and conflicts, and the reservation rule between associations."""

from __future__ import annotations

from sqlalchemy import func, select

from hub.models import HubState, OperationResult, Record, ReservationHold
from tests.hub.conftest import Hub, Member, op


def _seen(hub: Hub, who: Member) -> dict[str, dict]:
    changes, _ = hub.pull_all(who)
    return {change["record_id"]: change for change in changes}


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
    assert mine["record_id"] not in _seen(hub, amis)
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
    assert _seen(hub, amis)[rid]["fields"] == {
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
    fields = _seen(hub, amis)[rid]["fields"]
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
    change = _seen(hub, amis)[rid]
    assert change["deleted"] is True and change["version"] == deleted["version"]


def test_deleting_what_another_device_edited_since_is_a_conflict(hub):
    amis = hub.member("Les Amis")
    laptop = hub.device(amis)
    rid, v1 = _contact(hub, amis, display_name="Léa", email="lea@ex.fr")
    [edit] = hub.push(amis, op(record_id=rid, base=v1, email="lea@asso.fr"))
    [conflict] = hub.push(laptop, op(record_id=rid, base=v1, deleted=True))
    assert conflict["status"] == "conflict"
    assert conflict["conflicts"] == {"email": "lea@asso.fr"}
    change = _seen(hub, amis)[rid]
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
        tombstone = _seen(hub, who)[rid]
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
        back = _seen(hub, who)[rid]
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


# ---------------------------------------------------------------- reservations across associations


EQUIPMENT_NAME = "Matériel Partagé"


def _reservation(
    equipment_id: str,
    owner: Member,
    start: str,
    end: str,
    buffer: int = 0,
    status: str = "requested",
    record_id: str | None = None,
    base: int = 0,
) -> dict:
    return op(
        "reservation",
        record_id=record_id,
        base=base,
        parties=[owner.id],
        equipment_id=equipment_id,
        start_date=start,
        end_date=end,
        buffer_days=buffer,
        status=status,
    )


def _equipment(hub: Hub, owner: Member, name: str = "Remorque") -> str:
    """A network-visible equipment of `owner` (a reservation must name a real one)."""
    equipment = op("equipment", name=name, visibility="network")
    [created] = hub.push(owner, equipment)
    assert created["status"] == "applied"
    return equipment["record_id"]


def _setup_equipment(hub: Hub) -> tuple[Member, str]:
    owner = hub.member(EQUIPMENT_NAME)
    return owner, _equipment(hub, owner)


def test_overlapping_reservations_of_one_equipment_are_refused_with_the_dates_and_holder(hub):
    owner, equipment = _setup_equipment(hub)
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    first = _reservation(equipment, owner, "2026-06-01", "2026-06-05")
    [held] = hub.push(amis, first)
    assert held["status"] == "applied"
    for start, end, buffer in [
        ("2026-06-04", "2026-06-08", 0),  # overlaps the end
        ("2026-05-25", "2026-06-01", 0),  # touches the first day
        ("2026-05-20", "2026-06-30", 0),  # covers it all
        ("2026-06-02", "2026-06-03", 0),  # inside
        ("2026-06-07", "2026-06-09", 2),  # only through its own buffer
        ("2026-05-28", "2026-05-30", 2),
    ]:  # before, but the buffer reaches
        attempt = _reservation(equipment, owner, start, end, buffer)
        [refused] = hub.push(comite, attempt)
        assert refused["status"] == "rejected", (start, end, buffer)
        assert "01/06/2026" in refused["reason"] and "05/06/2026" in refused["reason"]
        assert "Les Amis" in refused["reason"]
        assert attempt["record_id"] not in _seen(hub, comite)
        assert attempt["record_id"] not in _seen(hub, owner)
    with hub.database.reader() as session:
        assert session.scalar(select(func.count()).select_from(ReservationHold)) == 1
    # The holder's own buffer keeps the equipment too.
    other = _equipment(hub, owner, "Barnum")
    [held] = hub.push(amis, _reservation(other, owner, "2026-06-01", "2026-06-05", buffer=2))
    assert held["status"] == "applied"
    for start, end in [("2026-06-07", "2026-06-08"), ("2026-05-28", "2026-05-30")]:
        [refused] = hub.push(comite, _reservation(other, owner, start, end))
        assert refused["status"] == "rejected" and "Les Amis" in refused["reason"], (start, end)
    [applied] = hub.push(comite, _reservation(other, owner, "2026-06-08", "2026-06-10"))
    assert applied["status"] == "applied"


def test_non_overlapping_reservation_is_confirmed_and_cancelling_frees_the_dates(hub):
    owner, equipment = _setup_equipment(hub)
    amis, comite, tiers = hub.member("Les Amis"), hub.member("Le Comité"), hub.member("Les Tiers")
    first = _reservation(equipment, owner, "2026-06-01", "2026-06-05", buffer=1)
    [held] = hub.push(amis, first)
    later = _reservation(equipment, owner, "2026-06-08", "2026-06-10", buffer=1)
    [confirmed] = hub.push(comite, later)
    assert confirmed["status"] == "applied"
    for who in (comite, owner):  # the reserving association and the equipment's owner
        pulled = _seen(hub, who)[later["record_id"]]
        assert pulled["fields"]["hub_status"] == "confirmed"
        assert pulled["fields"]["start_date"] == "2026-06-08" and pulled["parties"] == [owner.id]
    assert later["record_id"] not in _seen(hub, amis)
    assert all(c["entity_type"] != "reservation" for c in _seen(hub, tiers).values())
    # Another equipment is independent.
    [other_equipment] = hub.push(
        comite, _reservation(_equipment(hub, owner, "Barnum"), owner, "2026-06-01", "2026-06-05")
    )
    assert other_equipment["status"] == "applied"
    # The dates are taken until Les Amis cancel.
    wanted = _reservation(equipment, owner, "2026-06-02", "2026-06-04")
    [refused] = hub.push(tiers, wanted)
    assert refused["status"] == "rejected"
    [cancelled] = hub.push(
        amis,
        _reservation(
            equipment,
            owner,
            "2026-06-01",
            "2026-06-05",
            buffer=1,
            status="cancelled",
            record_id=first["record_id"],
            base=held["version"],
        ),
    )
    assert cancelled["status"] == "applied"
    retry = dict(wanted, op_id=wanted["op_id"] + "-2")
    [applied] = hub.push(tiers, retry)
    assert applied["status"] == "applied"
    assert _seen(hub, tiers)[wanted["record_id"]]["fields"]["hub_status"] == "confirmed"
    # Les Amis cannot take their dates back now.
    [back] = hub.push(
        amis,
        _reservation(
            equipment,
            owner,
            "2026-06-01",
            "2026-06-05",
            record_id=first["record_id"],
            base=cancelled["version"],
        ),
    )
    assert back["status"] == "rejected" and "Les Tiers" in back["reason"]
    assert _seen(hub, amis)[first["record_id"]]["fields"]["status"] == "cancelled"


def test_moving_a_reservation_onto_taken_dates_is_refused_and_keeps_the_old_dates(hub):
    owner, equipment = _setup_equipment(hub)
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    hub.push(amis, _reservation(equipment, owner, "2026-06-01", "2026-06-05"))
    mine = _reservation(equipment, owner, "2026-07-01", "2026-07-03")
    [created] = hub.push(comite, mine)
    moved = op(
        "reservation",
        record_id=mine["record_id"],
        base=created["version"],
        start_date="2026-06-03",
        end_date="2026-06-04",
    )
    [refused] = hub.push(comite, moved)
    assert refused["status"] == "rejected" and "Les Amis" in refused["reason"]
    fields = _seen(hub, comite)[mine["record_id"]]["fields"]
    assert (fields["start_date"], fields["end_date"]) == ("2026-07-01", "2026-07-03")
    # Moving it within its own dates (it does not collide with itself) is fine.
    shifted = op("reservation", record_id=mine["record_id"], base=created["version"], end_date="2026-07-04")
    [applied] = hub.push(comite, shifted)
    assert applied["status"] == "applied"


def test_restoring_a_deleted_reservation_respects_the_dates_taken_meanwhile(hub):
    owner, equipment = _setup_equipment(hub)
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    laptop = hub.device(amis)
    first = _reservation(equipment, owner, "2026-06-01", "2026-06-05")
    [held] = hub.push(amis, first)
    [deleted] = hub.push(
        amis, op("reservation", record_id=first["record_id"], base=held["version"], deleted=True)
    )
    [taken] = hub.push(comite, _reservation(equipment, owner, "2026-06-03", "2026-06-04"))
    assert taken["status"] == "applied"
    restore = op("reservation", record_id=first["record_id"], base=deleted["version"], status="requested")
    [refused] = hub.push(laptop, restore)
    assert refused["status"] == "rejected" and "Le Comité" in refused["reason"]
    assert _seen(hub, amis)[first["record_id"]]["deleted"] is True
    with hub.database.reader() as session:
        holds = session.scalars(select(ReservationHold)).all()
    assert [h.association_id for h in holds] == [comite.id]


def test_impossible_reservation_dates_are_refused_with_a_reason(hub):
    owner, equipment = _setup_equipment(hub)
    amis = hub.member("Les Amis")
    for start, end, buffer, words in [
        ("2026-06-05", "2026-06-01", 0, "précède"),
        ("hier", "2026-06-01", 0, "start_date : date attendue sous la forme AAAA-MM-JJ"),
        ("2026-06-01", None, 0, "end_date : valeur obligatoire absente"),
        ("2026-06-01", "2026-06-02", 61, "buffer_days : doit aller de 0 à 60"),
        ("2026-06-01", "2026-06-02", -1, "buffer_days : doit aller de 0 à 60"),
        ("2026-06-01", "2026-06-02", "2", "buffer_days : un nombre entier attendu"),
        ("0001-01-01", "0001-01-03", 5, ""),  # the buffer would go before year 1
        ("9999-12-20", "9999-12-31", 5, ""),  # …or after year 9999
    ]:
        [refused] = hub.push(amis, _reservation(equipment, owner, start, end, buffer))
        assert refused["status"] == "rejected", (start, end, buffer)
        assert words in refused["reason"] and refused["reason"]
    # The first possible dates without a buffer are still accepted.
    [edge] = hub.push(amis, _reservation(equipment, owner, "0001-01-01", "0001-01-02"))
    assert edge["status"] == "applied"


def test_odd_equipment_identifiers_never_break_the_hub(hub):
    owner, _unused = _setup_equipment(hub)
    amis = hub.member("Les Amis")
    for equipment_id in ["x" * 37, "x" * 5000, 12345, True, "nul\x00octet", "é" * 36]:
        answer = hub.client.post(
            "/v1/push",
            headers=amis.headers,
            json={"operations": [_reservation(equipment_id, owner, "2026-06-01", "2026-06-02")]},
        )
        assert answer.status_code == 200, (equipment_id, answer.text)
        [result] = answer.json()["results"]
        assert result["status"] == "rejected" and "equipment_id : identifiant attendu" in result["reason"]
        assert result["problems"] == [{"field": "equipment_id", "code": "bad_id", "values": {}}]
    # A status of the wrong type is refused as such: it neither releases nor holds anything.
    for status in (["cancelled"], {"x": 1}, 3):
        reservation = _reservation(_equipment(hub, owner, "Sono"), owner, "2026-06-01", "2026-06-02")
        reservation["fields"]["status"] = status
        answer = hub.client.post("/v1/push", headers=amis.headers, json={"operations": [reservation]})
        assert answer.status_code in (200, 422), (status, answer.text)
        if answer.status_code == 200:
            assert answer.json()["results"][0]["status"] == "rejected", status
            assert reservation["record_id"] not in _seen(hub, amis)
