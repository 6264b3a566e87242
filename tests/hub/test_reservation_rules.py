"""Pushes: the reservation rule between associations (one equipment, dates taken once)."""

from __future__ import annotations

from sqlalchemy import func, select

from hub.models import ReservationHold
from tests.hub.conftest import Hub, Member, op

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
        assert attempt["record_id"] not in hub.seen(comite)
        assert attempt["record_id"] not in hub.seen(owner)
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
        pulled = hub.seen(who)[later["record_id"]]
        assert pulled["fields"]["hub_status"] == "confirmed"
        assert pulled["fields"]["start_date"] == "2026-06-08" and pulled["parties"] == [owner.id]
    assert later["record_id"] not in hub.seen(amis)
    assert all(c["entity_type"] != "reservation" for c in hub.seen(tiers).values())
    # Another equipment is independent.
    [other_equipment] = hub.push(
        comite, _reservation(_equipment(hub, owner, "Barnum"), owner, "2026-06-01", "2026-06-05")
    )
    assert other_equipment["status"] == "applied"
    # The dates are taken until Les Amis cancel.
    wanted = _reservation(equipment, owner, "2026-06-02", "2026-06-04")
    [refused] = hub.push(tiers, wanted)
    assert refused["status"] == "rejected"

    def first_again(**changes) -> dict:  # Les Amis' reservation, edited
        edited = first["record_id"]
        return _reservation(equipment, owner, "2026-06-01", "2026-06-05", record_id=edited, **changes)

    [cancelled] = hub.push(amis, first_again(buffer=1, status="cancelled", base=held["version"]))
    assert cancelled["status"] == "applied"
    retry = dict(wanted, op_id=wanted["op_id"] + "-2")
    [applied] = hub.push(tiers, retry)
    assert applied["status"] == "applied"
    assert hub.seen(tiers)[wanted["record_id"]]["fields"]["hub_status"] == "confirmed"
    # Les Amis cannot take their dates back now.
    [back] = hub.push(amis, first_again(base=cancelled["version"]))
    assert back["status"] == "rejected" and "Les Tiers" in back["reason"]
    assert hub.seen(amis)[first["record_id"]]["fields"]["status"] == "cancelled"


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
    fields = hub.seen(comite)[mine["record_id"]]["fields"]
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
    assert hub.seen(amis)[first["record_id"]]["deleted"] is True
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
            assert reservation["record_id"] not in hub.seen(amis)
