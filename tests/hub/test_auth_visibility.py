"""Who sees or changes which record, entity by entity, and who the members are (enrolment and
tokens: test_enrolment_and_tokens.py)."""

from __future__ import annotations

import uuid

from hub import admin
from protocol.messages import ENTITY_VISIBILITIES, Visibility
from tests.hub.conftest import LABEL, NOTE, Hub, Member, op
from tests.hub.enrolment_helpers import handshake_with

ENTITY_TYPES = sorted(ENTITY_VISIBILITIES)


# ---------------------------------------------------------------- visibility, entity by entity


def _extra(visibility: Visibility, parties: list[str]) -> dict:
    extra: dict = {"visibility": visibility.value}
    if visibility == Visibility.PARTIES:
        extra["parties"] = parties
    return extra


def test_each_entity_type_is_read_and_changed_only_as_its_visibility_allows(hub):
    owner, partner, third = hub.member("Propriétaire"), hub.member("Partenaire"), hub.member("Tierce")
    everyone = (owner, partner, third)
    for entity in ENTITY_TYPES:
        for visibility in ENTITY_VISIBILITIES[entity]:
            _check_one_visibility(hub, entity, visibility, owner, partner, third, everyone)


# The hub, not the client, decides who sees these: the equipment's owner sees a reservation,
# the borrower sees the loan answering it (their own rules: tests/hub/test_equipment_rules.py).
HUB_DECIDED = ("reservation", "loan", "need_response", "need_decision")


def _equipment(hub: Hub, owner: Member) -> str:
    equipment = op("equipment", name="Remorque", visibility="network")
    [created] = hub.push(owner, equipment)
    assert created["status"] == "applied", created
    return equipment["record_id"]


def _prerequisites(hub: Hub, entity: str, author: Member, other: Member) -> dict:
    """The fields without which the hub refuses a record of this type: a reservation names an
    equipment `other` owns, a loan answers `other`'s reservation of the author's equipment, a
    response answers `other`'s need, a decision `other`'s response. Each time `other` is then the
    record's only party."""
    dates = {"start_date": "2026-06-01", "end_date": "2026-06-05", "status": "requested"}
    if entity == "reservation":
        return {"equipment_id": _equipment(hub, other), **dates}
    if entity == "loan":
        reservation = op("reservation", equipment_id=_equipment(hub, author), **dates)
        [reserved] = hub.push(other, reservation)
        assert reserved["status"] == "applied", reserved
        return {"reservation_id": reservation["record_id"], "decision": "accepted"}
    if entity == "need_response":  # answers `other`'s need (hub/need_rules.py)
        return {"target_type": "need", "target_id": _need(hub, other), "target_owner_id": other.id}
    if entity == "need_decision":  # on `other`'s response to the author's need
        response = op("need_response", target_type="need", target_id=_need(hub, author))
        [answered] = hub.push(other, response)
        assert answered["status"] == "applied", answered
        return {"response_id": response["record_id"], "responder_id": other.id, "decision": "accepted"}
    return {}


def _need(hub: Hub, author: Member) -> str:
    need = op("need", visibility="network")
    [created] = hub.push(author, need)
    assert created["status"] == "applied", created
    return need["record_id"]


def _client_fields(change: dict) -> dict:
    return {name: value for name, value in change["fields"].items() if name != "hub_status"}


def _check_one_visibility(hub, entity, visibility, owner, partner, third, everyone) -> None:
    needed = _prerequisites(hub, entity, owner, partner)
    created = op(entity, **{NOTE[entity]: "initiale"}, **needed, **_extra(visibility, [partner.id]))
    rid = created["record_id"]
    [result] = hub.push(owner, created)
    assert result["status"] == "applied", (entity, result)
    v1 = result["version"]
    readers = {
        Visibility.PRIVATE: {owner.id},
        Visibility.PARTIES: {owner.id, partner.id},
        Visibility.NETWORK: {m.id for m in everyone},
    }[visibility]
    for who in everyone:
        seen = hub.seen(who)
        assert (rid in seen) == (who.id in readers), (entity, visibility, who.name)
        if rid in seen:
            change = seen[rid]
            assert change["owner_id"] == owner.id and change["visibility"] == visibility.value
            assert _client_fields(change) == {**created["fields"], **needed}
    # Nobody but the owner may edit or delete it, whatever base version they claim.
    for who in (partner, third):
        attempts = [
            op(entity, record_id=rid, base=v1, **{NOTE[entity]: "modifiée"}),
            op(entity, record_id=rid, base=v1 + 100, **{NOTE[entity]: "modifiée"}),
            op(entity, record_id=rid, base=v1, deleted=True),
            op(entity, record_id=rid, base=v1, **{NOTE[entity]: "x"}, **_extra(visibility, [who.id])),
        ]
        for refused in hub.push(who, *attempts):
            assert refused["status"] == "rejected", (entity, visibility, refused)
            assert "autre association" in refused["reason"] and "propriétaire" in refused["reason"]
            assert refused["reason_code"] == "not_owner"
            assert "version" not in refused
    assert hub.seen(owner)[rid]["version"] == v1
    assert hub.seen(owner)[rid]["fields"][NOTE[entity]] == "initiale"
    # The owner may.
    [edited] = hub.push(owner, op(entity, record_id=rid, base=v1, **{NOTE[entity]: "modifiée"}))
    assert edited["status"] == "applied" and edited["version"] > v1
    for who in everyone:
        if who.id in readers:
            assert hub.seen(who)[rid]["fields"][NOTE[entity]] == "modifiée"


def test_visibilities_not_allowed_for_an_entity_type_are_rejected(hub):
    owner, partner = hub.member("Propriétaire"), hub.member("Partenaire")
    refused_somewhere = 0
    for entity in ENTITY_TYPES:
        for visibility in sorted(set(Visibility) - set(ENTITY_VISIBILITIES[entity])):
            [refused] = hub.push(owner, op(entity, visibility=visibility.value))
            assert refused["status"] == "rejected", (entity, visibility)
            assert "Visibilité" in refused["reason"] and entity in refused["reason"]
            assert refused["reason_code"] == "bad_visibility"
            assert refused["reason_values"] == {"visibility": visibility.value, "entity_type": entity}
            refused_somewhere += 1
    assert refused_somewhere >= len(ENTITY_TYPES)
    assert hub.pull_all(owner)[0] == []
    # Without a visibility, each type gets its first allowed one.
    for entity in ENTITY_TYPES:
        record = op(entity, **_prerequisites(hub, entity, owner, partner))
        [applied] = hub.push(owner, record)
        assert applied["status"] == "applied", (entity, applied)
        assert hub.seen(owner)[record["record_id"]]["visibility"] == ENTITY_VISIBILITIES[entity][0].value


SWITCHABLE = [e for e, v in ENTITY_VISIBILITIES.items() if {Visibility.PRIVATE, Visibility.NETWORK} <= set(v)]
# Types whose parties the client chooses (the hub-decided ones: test_equipment_rules.py).
WITH_PARTIES = [e for e, v in ENTITY_VISIBILITIES.items() if Visibility.PARTIES in v and e not in HUB_DECIDED]


def test_network_record_made_private_is_removed_from_the_others(hub):
    owner, other, late = hub.member("Propriétaire"), hub.member("Voisine"), hub.member("Tardive")
    assert SWITCHABLE
    for entity in SWITCHABLE:
        _network_then_private(hub, entity, owner, other, late)


def _network_then_private(hub, entity, owner, other, late) -> None:
    shared = op(entity, **{LABEL[entity]: "Tondeuse"}, visibility="network")
    kept = op(entity, **{LABEL[entity]: "Remorque"}, visibility="network")
    [first, _second] = hub.push(owner, shared, kept)
    _, start = hub.pull_all(other)
    [private] = hub.push(
        owner, op(entity, record_id=shared["record_id"], base=first["version"], visibility="private")
    )
    assert private["status"] == "applied"
    changes, _ = hub.pull_all(other, start)
    assert changes == [
        {
            "entity_type": entity,
            "record_id": shared["record_id"],
            "version": private["version"],
            "fields": {},
            "parties": [],
            "deleted": True,
        }
    ]
    # From scratch, another member gets the shared record and never the private one's content.
    seen = hub.seen(late)
    assert seen[kept["record_id"]]["deleted"] is False
    if shared["record_id"] in seen:
        assert seen[shared["record_id"]]["deleted"] is True and seen[shared["record_id"]]["fields"] == {}
    # The owner still has it, not deleted, with its new visibility.
    mine = hub.seen(owner)[shared["record_id"]]
    assert mine["deleted"] is False and mine["visibility"] == "private"
    # Shared again: everybody gets it back.
    [again] = hub.push(
        owner, op(entity, record_id=shared["record_id"], base=private["version"], visibility="network")
    )
    back = hub.seen(other)[shared["record_id"]]
    assert back["deleted"] is False and back["version"] == again["version"]
    assert back["fields"] == shared["fields"]


def test_party_removed_from_parties_gets_a_removal_and_others_are_unaffected(hub):
    owner, dropped, stays, third = (
        hub.member("Propriétaire"),
        hub.member("Écartée"),
        hub.member("Restante"),
        hub.member("Tierce"),
    )
    assert WITH_PARTIES
    for entity in WITH_PARTIES:
        _narrow_parties(hub, entity, owner, dropped, stays, third)


def _narrow_parties(hub, entity, owner, dropped, stays, third) -> None:
    # Said explicitly: a need's default is the network, its named associations are "parties".
    record = op(
        entity, **{LABEL[entity]: "Convention 2026"}, visibility="parties", parties=[dropped.id, stays.id]
    )
    [created] = hub.push(owner, record)
    rid = record["record_id"]
    assert sorted(hub.seen(owner)[rid]["parties"]) == sorted([dropped.id, stays.id])
    assert rid in hub.seen(dropped) and rid in hub.seen(stays)
    assert rid not in hub.seen(third)
    _, dropped_cursor = hub.pull_all(dropped)
    _, stays_cursor = hub.pull_all(stays)
    _, third_cursor = hub.pull_all(third)
    [narrowed] = hub.push(owner, op(entity, record_id=rid, base=created["version"], parties=[stays.id]))
    assert narrowed["status"] == "applied"
    removal, _ = hub.pull_all(dropped, dropped_cursor)
    assert removal == [
        {
            "entity_type": entity,
            "record_id": rid,
            "version": narrowed["version"],
            "fields": {},
            "parties": [],
            "deleted": True,
        }
    ]
    # The remaining party gets the record (not a deletion) with its new party list.
    [update_seen] = hub.pull_all(stays, stays_cursor)[0]
    assert update_seen["deleted"] is False and update_seen["parties"] == [stays.id]
    assert update_seen["fields"] == record["fields"]
    assert hub.pull_all(third, third_cursor)[0] == []
    # A later edit reaches the remaining party only.
    _, dropped_cursor = hub.pull_all(dropped)
    hub.push(owner, op(entity, record_id=rid, base=narrowed["version"], **{LABEL[entity]: "Convention 2027"}))
    assert hub.pull_all(dropped, dropped_cursor)[0] == []
    assert hub.seen(stays)[rid]["fields"][LABEL[entity]] == "Convention 2027"


def test_private_record_naming_parties_stays_private(hub):
    """`parties` only widens a record of `parties` visibility: a private record naming another
    association must not reach it."""
    owner, other = hub.member("Propriétaire"), hub.member("Curieuse")
    record = op("equipment", name="Coffre", visibility="private", parties=[other.id])
    [result] = hub.push(owner, record)
    assert result["status"] in ("applied", "rejected")
    assert record["record_id"] not in hub.seen(other)
    if result["status"] == "applied":
        [edited] = hub.push(
            owner, op("equipment", record_id=record["record_id"], base=result["version"], name="Coffre-fort")
        )
        assert record["record_id"] not in hub.seen(other)
        [public] = hub.push(
            owner,
            op("equipment", record_id=record["record_id"], base=edited["version"], visibility="network"),
        )
        [private] = hub.push(
            owner,
            op("equipment", record_id=record["record_id"], base=public["version"], visibility="private"),
        )
        assert hub.seen(other)[record["record_id"]]["deleted"] is True
        assert private["status"] == "applied"


def test_association_comes_from_the_token_never_from_the_payload(hub):
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    # There is no owner field: a push trying to name one is refused as a whole.
    claimed = op(display_name="Usurpé")
    claimed["owner_id"] = comite.id
    answer = hub.client.post("/v1/push", json={"operations": [claimed]}, headers=amis.headers)
    assert answer.status_code == 422
    assert "owner_id" in answer.json()["detail"]
    # Nor can a field name one: the record type has no such field.
    forged = op("equipment", owner_id=comite.id, association_id=comite.id, visibility="network")
    [refused] = hub.push(amis, forged)
    assert refused["status"] == "rejected"
    assert {p["field"]: p["code"] for p in refused["problems"]} == {
        "owner_id": "unknown_field",
        "association_id": "unknown_field",
    }
    # A record pushed with Les Amis' token belongs to Les Amis.
    record = op("equipment", name="Barnum", visibility="network")
    [created] = hub.push(amis, record)
    assert hub.seen(comite)[record["record_id"]]["owner_id"] == amis.id
    [refused] = hub.push(
        comite, op("equipment", record_id=record["record_id"], base=created["version"], name="À nous")
    )
    assert refused["status"] == "rejected"
    # A parties list naming an association the hub does not know is rejected.
    ghost = str(uuid.uuid4())
    [unknown] = hub.push(amis, op("loan", decision_note="Prêt", parties=[comite.id, ghost]))
    assert unknown["status"] == "rejected" and ghost in unknown["reason"]
    assert "inconnue" in unknown["reason"]
    # The handshake and pulls speak for the token's association.
    shake = handshake_with(hub, comite.headers).json()
    assert (shake["association_id"], shake["association_name"]) == (comite.id, "Le Comité")


def test_pull_cannot_be_pointed_at_another_association(hub):
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    hub.push(amis, op(display_name="Secret"))
    for params in ({"association_id": amis.id}, {"association": amis.id}, {"owner_id": amis.id}):
        answer = hub.client.get("/v1/pull", params={"cursor": 0, **params}, headers=comite.headers)
        assert answer.status_code == 200
        assert answer.json()["changes"] == []


# ---------------------------------------------------------------- who the members are


def test_the_handshake_lists_every_member_with_its_rna_and_siret(hub):
    with hub.database.writer.begin() as session:
        admin.create_association(
            session, "Association Sans Appareil", rna="W751234567", siret="12345678900011"
        )
    amis = hub.member("Les Amis")
    with hub.database.writer.begin() as session:
        admin.create_association(session, "Comité des Fêtes", rna="W759876543")
    answer = hub.client.post("/v1/handshake", json={"protocol_version": 1}, headers=amis.headers)
    assert answer.status_code == 200, answer.text
    members = {m["name"]: m for m in answer.json()["members"]}
    assert set(members) == {"Association Sans Appareil", "Les Amis", "Comité des Fêtes"}
    assert members["Les Amis"] == {"id": amis.id, "name": "Les Amis", "rna": None, "siret": None}
    assert (members["Association Sans Appareil"]["rna"], members["Association Sans Appareil"]["siret"]) == (
        "W751234567",
        "12345678900011",
    )
    assert (members["Comité des Fêtes"]["rna"], members["Comité des Fêtes"]["siret"]) == ("W759876543", None)
    assert len({m["id"] for m in members.values()}) == 3
