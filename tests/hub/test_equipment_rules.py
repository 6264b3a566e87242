"""Shared equipment between associations: the hub decides who sees a reservation (the
equipment's owner) and a loan (the borrower), only the owner answers a reservation, and a
declined or returned loan frees the dates. Run on SQLite and PostgreSQL (see conftest.py)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from hub.models import ReservationHold
from tests.hub.conftest import Hub, Member, op

UNKNOWN_OR_PRIVATE = "Ce matériel est inconnu du hub ou n'est pas partagé avec votre association."
ONLY_THE_OWNER = "Seule l'association propriétaire du matériel répond à une réservation."
UNKNOWN_RESERVATION = "La réservation de ce prêt est inconnue du hub."


def _holds(hub: Hub) -> list[str]:
    with hub.database.reader() as session:
        return sorted(session.scalars(select(ReservationHold.record_id)))


def _equipment(hub: Hub, owner: Member, visibility: str = "network", name: str = "Remorque") -> str:
    equipment = op("equipment", name=name, visibility=visibility)
    [created] = hub.push(owner, equipment)
    assert created["status"] == "applied", created
    return equipment["record_id"]


def _reservation(equipment_id: object, start: str = "2026-06-01", end: str = "2026-06-05", **extra) -> dict:
    return op(
        "reservation",
        equipment_id=equipment_id,
        start_date=start,
        end_date=end,
        buffer_days=0,
        status="requested",
        **extra,
    )


def _reserve(hub: Hub, who: Member, equipment_id: str, **extra) -> tuple[dict, dict]:
    reservation = _reservation(equipment_id, **extra)
    [result] = hub.push(who, reservation)
    assert result["status"] == "applied", result
    return reservation, result


def _lend(hub: Hub, lender: Member, reservation: dict, **fields) -> tuple[dict, dict]:
    loan = op("loan", reservation_id=reservation["record_id"], **({"decision": "accepted"} | fields))
    [result] = hub.push(lender, loan)
    assert result["status"] == "applied", result
    return loan, result


# ---------------------------------------------------------------- who sees a reservation


def test_reservation_parties_are_the_equipment_owner_whatever_the_client_sends(hub):
    owner, amis, tiers = hub.member("Propriétaire"), hub.member("Les Amis"), hub.member("Les Tiers")
    equipment = _equipment(hub, owner)
    # The client names the wrong associations: the hub puts the equipment's owner instead.
    reservation, created = _reserve(hub, amis, equipment, parties=[tiers.id, amis.id])
    rid = reservation["record_id"]
    for who in (amis, owner):
        change = hub.seen(who)[rid]
        assert change["owner_id"] == amis.id and change["parties"] == [owner.id]
        assert change["visibility"] == "parties" and change["fields"]["hub_status"] == "confirmed"
    assert rid not in hub.seen(tiers)
    # Still so when an edit names other parties (or none at all).
    _, tiers_cursor = hub.pull_all(tiers)
    [edited] = hub.push(
        amis, op("reservation", record_id=rid, base=created["version"], purpose="Fête", parties=[tiers.id])
    )
    assert edited["status"] == "applied"
    [cleared] = hub.push(amis, op("reservation", record_id=rid, base=edited["version"], parties=[]))
    assert cleared["status"] == "applied"
    assert hub.seen(owner)[rid]["parties"] == [owner.id]
    assert hub.seen(owner)[rid]["fields"]["purpose"] == "Fête"
    assert hub.pull_all(tiers, tiers_cursor)[0] == []
    # An association the hub does not know is still refused.
    ghost = str(uuid.uuid4())
    [unknown] = hub.push(amis, _reservation(equipment, "2026-07-01", "2026-07-02", parties=[ghost]))
    assert unknown["status"] == "rejected" and "inconnue" in unknown["reason"] and ghost in unknown["reason"]
    # Reserving one's own equipment shows the reservation to nobody else.
    own, _ = _reserve(hub, owner, equipment, start="2026-08-01", end="2026-08-02", parties=[amis.id])
    assert hub.seen(owner)[own["record_id"]]["parties"] == []
    assert own["record_id"] not in hub.seen(amis)


def test_moving_a_reservation_to_another_owners_equipment_moves_who_sees_it(hub):
    first, second, amis = hub.member("Premier"), hub.member("Second"), hub.member("Les Amis")
    reservation, created = _reserve(hub, amis, _equipment(hub, first))
    rid = reservation["record_id"]
    _, first_cursor = hub.pull_all(first)
    other = _equipment(hub, second, name="Sono")
    [moved] = hub.push(amis, op("reservation", record_id=rid, base=created["version"], equipment_id=other))
    assert moved["status"] == "applied"
    removal = [c for c in hub.pull_all(first, first_cursor)[0] if c["record_id"] == rid]
    assert removal == [
        {
            "entity_type": "reservation",
            "record_id": rid,
            "version": moved["version"],
            "fields": {},
            "parties": [],
            "deleted": True,
        }
    ]
    assert hub.seen(second)[rid]["parties"] == [second.id]
    assert _holds(hub) == [rid]


def test_reservation_of_private_or_unknown_equipment_is_rejected(hub):
    owner, amis = hub.member("Propriétaire"), hub.member("Les Amis")
    private = _equipment(hub, owner, visibility="private")
    deleted = _equipment(hub, owner, name="Ancienne tente")
    [gone] = hub.push(
        owner, op("equipment", record_id=deleted, base=hub.seen(owner)[deleted]["version"], deleted=True)
    )
    assert gone["status"] == "applied"
    contact = op(display_name="Léa", visibility="private")
    hub.push(amis, contact)
    for equipment_id in (private, deleted, str(uuid.uuid4()), contact["record_id"], "", None):
        attempt = _reservation(equipment_id)
        [refused] = hub.push(amis, attempt)
        assert refused["status"] == "rejected", equipment_id
        if equipment_id:
            assert refused["reason"] == UNKNOWN_OR_PRIVATE
        else:  # not even an identifier: refused by the record's schema
            assert refused["problems"][0]["field"] == "equipment_id"
        assert "version" not in refused
        assert attempt["record_id"] not in hub.seen(amis)
    assert _holds(hub) == []
    # The owner may reserve its own private equipment; shared later, anyone may.
    _reserve(hub, owner, private)
    [shared] = hub.push(
        owner,
        op("equipment", record_id=private, base=hub.seen(owner)[private]["version"], visibility="network"),
    )
    assert shared["status"] == "applied"
    _reserve(hub, amis, private, start="2026-07-01", end="2026-07-03")


def test_equipment_and_its_reservation_and_loan_may_come_in_one_batch(hub):
    owner, amis = hub.member("Propriétaire"), hub.member("Les Amis")
    equipment = op("equipment", name="Remorque", visibility="network")
    mine = _reservation(equipment["record_id"])
    loan = op("loan", reservation_id=mine["record_id"], decision="accepted")
    contact = op(display_name="Léa")
    results = hub.push(owner, contact, equipment, mine, loan)
    assert [r["status"] for r in results] == ["applied"] * 4, results
    assert _holds(hub) == [mine["record_id"]]
    # A reservation by another association in the same batch as a later edit of it.
    theirs = _reservation(equipment["record_id"], "2026-07-01", "2026-07-02")
    edit = op("reservation", record_id=theirs["record_id"], base=0, complete=False, purpose="Kermesse")
    results = hub.push(amis, op(display_name="Marc"), theirs, edit)
    assert [r["status"] for r in results] == ["applied", "applied", "merged"], results
    assert hub.seen(owner)[theirs["record_id"]]["fields"]["purpose"] == "Kermesse"


# ---------------------------------------------------------------- loans


def test_a_loan_pushed_by_an_association_not_owning_the_equipment_is_rejected(hub):
    owner, amis, tiers = hub.member("Propriétaire"), hub.member("Les Amis"), hub.member("Les Tiers")
    equipment = _equipment(hub, owner)
    reservation, _ = _reserve(hub, amis, equipment)
    # The borrower cannot answer its own reservation.
    [borrower] = hub.push(amis, op("loan", reservation_id=reservation["record_id"], decision="accepted"))
    assert borrower["status"] == "rejected" and borrower["reason"] == ONLY_THE_OWNER
    # A third association does not even see the reservation.
    [third] = hub.push(tiers, op("loan", reservation_id=reservation["record_id"], decision="declined"))
    assert third["status"] == "rejected" and third["reason"] == UNKNOWN_RESERVATION
    # Nor does a reservation of one's own equipment by oneself make a loan for another's.
    tiers_equipment = _equipment(hub, tiers, name="Sono")
    own, _ = _reserve(hub, tiers, tiers_equipment)
    loan, lent = _lend(hub, tiers, own)
    [retarget] = hub.push(
        tiers,
        op(
            "loan",
            record_id=loan["record_id"],
            base=lent["version"],
            reservation_id=reservation["record_id"],
            decision="declined",
        ),
    )
    assert retarget["status"] == "rejected"
    for reservation_id in (str(uuid.uuid4()), equipment, None):
        [unknown] = hub.push(owner, op("loan", reservation_id=reservation_id, decision="accepted"))
        assert unknown["status"] == "rejected" and unknown["reason"], reservation_id
    # The dates are still held, for Les Amis.
    assert reservation["record_id"] in _holds(hub)
    assert all(c["entity_type"] != "loan" for c in hub.seen(amis).values())


def test_the_borrower_sees_the_lenders_loan_and_nobody_else_does(hub):
    owner, amis, tiers = hub.member("Propriétaire"), hub.member("Les Amis"), hub.member("Les Tiers")
    reservation, _ = _reserve(hub, amis, _equipment(hub, owner))
    loan, lent = _lend(hub, owner, reservation, parties=[tiers.id], out_date="2026-06-01")
    for who in (owner, amis):
        change = hub.seen(who)[loan["record_id"]]
        assert change["owner_id"] == owner.id and change["parties"] == [amis.id]
        assert change["fields"]["out_date"] == "2026-06-01"
    assert loan["record_id"] not in hub.seen(tiers)
    # The borrower reads it but may not change it.
    [refused] = hub.push(
        amis, op("loan", record_id=loan["record_id"], base=lent["version"], decision="declined")
    )
    assert refused["status"] == "rejected" and "autre association" in refused["reason"]
    assert refused["reason_code"] == "not_owner" and "reason_values" not in refused
    assert reservation["record_id"] in _holds(hub)


# ---------------------------------------------------------------- freed dates


def test_a_declined_loan_frees_the_dates_for_another_association(hub):
    owner, amis, comite = hub.member("Propriétaire"), hub.member("Les Amis"), hub.member("Le Comité")
    equipment = _equipment(hub, owner)
    reservation, _ = _reserve(hub, amis, equipment)
    wanted = _reservation(equipment, "2026-06-03", "2026-06-04")
    [taken] = hub.push(comite, wanted)
    assert taken["status"] == "rejected" and "Les Amis" in taken["reason"]
    assert taken["reason_code"] == "already_reserved"
    assert taken["reason_values"] == {"start": "2026-06-01", "end": "2026-06-05", "holder": "Les Amis"}
    assert "du 01/06/2026 au 05/06/2026" in taken["reason"]  # the hub's own sentence, for older devices
    _lend(hub, owner, reservation, decision="declined")
    assert _holds(hub) == []
    [applied] = hub.push(comite, dict(wanted, op_id=wanted["op_id"] + "-2"))
    assert applied["status"] == "applied"
    for who in (comite, owner):
        assert hub.seen(who)[wanted["record_id"]]["fields"]["hub_status"] == "confirmed"
    assert _holds(hub) == [wanted["record_id"]]


def test_a_returned_loan_frees_the_dates(hub):
    owner, amis, comite = hub.member("Propriétaire"), hub.member("Les Amis"), hub.member("Le Comité")
    equipment = _equipment(hub, owner)
    reservation, _ = _reserve(hub, amis, equipment)
    loan, lent = _lend(hub, owner, reservation, out_date="2026-06-01")
    [still] = hub.push(comite, _reservation(equipment, "2026-06-05", "2026-06-06"))
    assert still["status"] == "rejected"  # accepted and handed over: the dates stay held
    [returned] = hub.push(
        owner, op("loan", record_id=loan["record_id"], base=lent["version"], return_date="2026-06-03")
    )
    assert returned["status"] == "applied"
    assert _holds(hub) == []
    later, _ = _reserve(hub, comite, equipment, start="2026-06-04", end="2026-06-06")
    assert hub.seen(comite)[later["record_id"]]["fields"]["hub_status"] == "confirmed"


def test_re_editing_a_declined_reservation_does_not_hold_the_dates_again(hub):
    owner, amis, comite = hub.member("Propriétaire"), hub.member("Les Amis"), hub.member("Le Comité")
    equipment = _equipment(hub, owner)
    reservation, created = _reserve(hub, amis, equipment)
    rid = reservation["record_id"]
    _lend(hub, owner, reservation, decision="declined")
    [edited] = hub.push(amis, op("reservation", record_id=rid, base=created["version"], purpose="Brocante"))
    assert edited["status"] == "applied"
    assert _holds(hub) == []
    assert hub.seen(amis)[rid]["fields"]["hub_status"] == "released"
    theirs, _ = _reserve(hub, comite, equipment, start="2026-06-02", end="2026-06-03")
    # Les Amis may still edit theirs (the dates are Le Comité's now): it holds nothing.
    [again] = hub.push(amis, op("reservation", record_id=rid, base=edited["version"], purpose="Vide-grenier"))
    assert again["status"] == "applied", again
    assert _holds(hub) == [theirs["record_id"]]
    assert hub.seen(amis)[rid]["fields"]["purpose"] == "Vide-grenier"


# ---------------------------------------------------------------- odd input (PostgreSQL refuses NUL in text)


def test_odd_reservation_identifiers_in_a_loan_never_break_the_hub(hub):
    owner, amis = hub.member("Propriétaire"), hub.member("Les Amis")
    reservation, _ = _reserve(hub, amis, _equipment(hub, owner))
    rid = reservation["record_id"]
    for reservation_id in [
        "x" * 37,
        "x" * 5000,
        12345,
        True,
        1.5,
        "nul\x00octet",
        "é" * 36,
        [rid],
        rid.upper(),
        rid + "\x00",
        rid[:-1] + "\x00",
    ]:
        answer = hub.client.post(
            "/v1/push",
            headers=owner.headers,
            json={"operations": [op("loan", reservation_id=reservation_id, decision="declined")]},
        )
        assert answer.status_code == 200, (reservation_id, answer.text)
        [result] = answer.json()["results"]
        assert result["status"] == "rejected", reservation_id
        assert [p["field"] for p in result["problems"]] == ["reservation_id"], reservation_id
    assert _holds(hub) == [rid]


def test_odd_text_kept_in_a_deleted_loan_or_elsewhere_does_not_break_reservations(hub):
    owner, amis, comite = hub.member("Propriétaire"), hub.member("Les Amis"), hub.member("Le Comité")
    equipment = _equipment(hub, owner)
    reservation, created = _reserve(hub, amis, equipment)
    loan, lent = _lend(hub, owner, reservation)
    # A deletion's fields are checked like any other: a NUL instead of an identifier is refused,
    # and the deletion itself goes through without it.
    [refused] = hub.push(
        owner,
        op(
            "loan",
            record_id=loan["record_id"],
            base=lent["version"],
            deleted=True,
            reservation_id="a\x00b",
            decision="declined",
        ),
    )
    assert refused["status"] == "rejected" and refused["current"] == {
        "reservation_id": reservation["record_id"]
    }
    [deleted] = hub.push(owner, op("loan", record_id=loan["record_id"], base=lent["version"], deleted=True))
    assert deleted["status"] == "applied"
    [odd] = hub.push(amis, op(display_name="Léa", reservation_id="\x00"))
    assert odd["problems"] == [{"field": "reservation_id", "code": "unknown_field", "values": {}}]
    hub.push(amis, op(display_name="Léa", notes="\x00"))  # a NUL in a text is a text
    [edited] = hub.push(
        amis, op("reservation", record_id=reservation["record_id"], base=created["version"], purpose="Fête")
    )
    assert edited["status"] == "applied"
    assert hub.seen(amis)[reservation["record_id"]]["fields"]["hub_status"] == "confirmed"
    [refused] = hub.push(comite, _reservation(equipment, "2026-06-02", "2026-06-03"))
    assert refused["status"] == "rejected" and "Les Amis" in refused["reason"]
    # Restoring the loan is possible: its reservation is still there.
    [restore] = hub.push(
        owner, op("loan", record_id=loan["record_id"], base=deleted["version"], decision_note="x")
    )
    assert restore["status"] == "applied"


def test_deleting_a_record_edited_elsewhere_cannot_slip_past_the_rules(hub):
    """A deletion conflicting with another device's edit keeps the deletion's fields: only
    when the rules would accept them, never pointing a loan or a reservation elsewhere."""
    owner, amis = hub.member("Propriétaire"), hub.member("Les Amis")
    other_owner, comite = hub.member("Autre propriétaire"), hub.member("Le Comité")
    laptop = hub.device(owner)
    reservation, _ = _reserve(hub, amis, _equipment(hub, owner))
    theirs, _ = _reserve(hub, comite, _equipment(hub, other_owner, name="Sono"))
    loan, lent = _lend(hub, owner, reservation)
    [noted] = hub.push(
        owner, op("loan", record_id=loan["record_id"], base=lent["version"], decision_note="Clés")
    )
    [invalid] = hub.push(
        laptop,
        op("loan", record_id=loan["record_id"], base=lent["version"], deleted=True, reservation_id="a\x00b"),
    )
    assert invalid["status"] == "rejected"
    for target in (theirs["record_id"],):
        [conflict] = hub.push(
            laptop,
            op(
                "loan",
                record_id=loan["record_id"],
                base=lent["version"],
                deleted=True,
                reservation_id=target,
                decision="declined",
            ),
        )
        assert conflict["status"] == "conflict" and conflict["version"] == noted["version"], target
    assert hub.seen(owner)[loan["record_id"]]["fields"]["reservation_id"] == reservation["record_id"]
    assert _holds(hub) == sorted([reservation["record_id"], theirs["record_id"]])
    # A reservation cannot be moved that way onto equipment its author may not reserve.
    amis_laptop = hub.device(amis)
    private = _equipment(hub, other_owner, visibility="private", name="Coffre")
    mine, created = _reserve(hub, amis, _equipment(hub, owner, name="Barnum"))
    hub.push(amis, op("reservation", record_id=mine["record_id"], base=created["version"], purpose="Fête"))
    [conflict] = hub.push(
        amis_laptop,
        op(
            "reservation",
            record_id=mine["record_id"],
            base=created["version"],
            deleted=True,
            equipment_id=private,
        ),
    )
    assert conflict["status"] == "conflict"
    assert hub.seen(amis)[mine["record_id"]]["fields"]["equipment_id"] != private
    assert mine["record_id"] not in hub.seen(other_owner)
