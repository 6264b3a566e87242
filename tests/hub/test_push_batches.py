"""A push applies a batch's new records in bulk (hub/bulk.py): the same batch sent at once or
one operation at a time must give the same answers and leave the same records."""

from __future__ import annotations

import json
import uuid

from tests.hub.conftest import Hub, Member, op


def _ops(conflicting: str, base: int, other_contact: str, other_version: int) -> list[dict]:
    """New records of several types, edits, a conflict and refusals, in one order."""
    lea, box = str(uuid.uuid4()), str(uuid.uuid4())
    return [
        op(record_id=lea, display_name="Léa", email="lea@exemple.fr", tags="bénévole"),
        op("equipment", record_id=box, name="Sono", visibility="network"),
        op(display_name="Marc", notes="texte \u00e9t\u00e9 ✓"),
        op(record_id=lea, complete=False, notes="édité dans le même lot"),  # new, edited at once
        op(record_id=conflicting, base=base, notes="ma version"),  # edited meanwhile elsewhere
        op("vaisseau", name="type inconnu"),  # refused: unknown type
        op(display_name="Nina", couleur="bleu"),  # refused: unknown field
        op(complete=False, display_name="Sans genre"),  # refused: required fields missing
        op(record_id=other_contact, base=other_version, display_name="Pas à moi"),  # not its owner
        op(
            "reservation",
            equipment_id=box,  # a rule that reads the equipment made earlier in this batch
            start_date="2026-06-01",
            end_date="2026-06-03",
            status="confirmed",
        ),
        op(record_id=box, deleted=True),  # deleted in the same batch it was made in
        op(display_name="Zoé", visibility="network"),  # refused: a contact is private
        op(display_name="Ugo"),
    ]


def _edited_elsewhere(hub: Hub, who: Member) -> tuple[str, int]:
    """A record of `who` that another of its devices edited since version `base`."""
    [made] = hub.push(who, op(display_name="Commun", notes="avant"))
    hub.push(hub.device(who), op(record_id=made["record_id"], base=made["version"], notes="l'autre"))
    return made["record_id"], made["version"]


def _push(hub: Hub, who: Member, *ops: dict) -> list[dict]:
    """As hub.push, with the JSON escaped as ASCII (a lone surrogate travels as \\ud800)."""
    headers = {**who.headers, "Content-Type": "application/json"}
    answer = hub.client.post("/v1/push", content=json.dumps({"operations": list(ops)}), headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]


def _comparable(results: list[dict], batch: list[dict]) -> list[tuple]:
    """What an answer says, without the ids and versions that differ between the two runs."""
    return [
        (r["status"], r.get("reason_code"), r.get("reason_values"), r.get("problems"), r.get("conflicts"))
        for r, o in zip(results, batch, strict=True)
        if r["op_id"] == o["op_id"]
    ]


def _records(hub: Hub, who: Member, ids: list[str]) -> list[tuple]:
    changes, _ = hub.pull_all(who)
    by_id = {c["record_id"]: c for c in changes if c["owner_id"] == who.id}
    return [
        (by_id[i]["entity_type"], by_id[i]["fields"], by_id[i]["deleted"], by_id[i]["visibility"])
        if i in by_id
        else None
        for i in ids
    ]


def test_a_mixed_batch_gives_the_same_answers_as_one_operation_at_a_time(hub):
    other = hub.member("Autre association")
    [theirs] = hub.push(other, op(display_name="Leur contact"))
    at_once, one_by_one = hub.member("En un lot"), hub.member("Une à une")
    batch = _ops(*_edited_elsewhere(hub, at_once), theirs["record_id"], theirs["version"])
    single = _ops(*_edited_elsewhere(hub, one_by_one), theirs["record_id"], theirs["version"])
    results = _push(hub, at_once, *batch)
    singles = [result for o in single for result in _push(hub, one_by_one, o)]
    assert _comparable(results, batch) == _comparable(singles, single)
    statuses = {r["status"] for r in results}
    assert {"applied", "conflict", "rejected"} <= statuses
    assert _records(hub, at_once, [o["record_id"] for o in batch]) == _records(
        hub, one_by_one, [o["record_id"] for o in single]
    )


def test_a_whole_batch_of_new_records_is_stored_as_pushed_and_replayed_the_same(hub):
    amis = hub.member("Les Amis")
    batch = [op(display_name=f"Contact {n}", notes=f"note « {n} » ✓", tags="a, b") for n in range(300)]
    batch += [
        op("equipment", name=f"Objet {n}", accessories=["housse"], visibility="network") for n in range(200)
    ]
    results = hub.push(amis, *batch)
    assert {r["status"] for r in results} == {"applied"}
    assert [r["version"] for r in results] == list(range(results[0]["version"], results[0]["version"] + 500))
    changes, _ = hub.pull_all(amis)
    pulled = {c["record_id"]: c for c in changes}
    for o, r in zip(batch, results, strict=True):
        change = pulled[o["record_id"]]
        assert change["fields"] == o["fields"] and change["version"] == r["version"]
        assert change["visibility"] == ("network" if o["entity_type"] == "equipment" else "private")
    assert hub.push(amis, *batch) == results  # replayed from the stored results
    # Another association sees the network's equipment only.
    seen, _ = hub.pull_all(hub.member("Voisins"))
    assert {c["entity_type"] for c in seen} == {"equipment"} and len(seen) == 200
