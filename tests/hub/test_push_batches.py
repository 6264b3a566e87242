"""A push applies a batch's new records in bulk (hub/bulk.py): the same batch sent at once or
one operation at a time must give the same answers and leave the same records."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select

from hub.bulk import encode_json, same_for_each
from hub.models import Record
from hub.push import stored_result
from protocol.messages import OpResult, OpStatus
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


def _with_repeats(hub: Hub, who: Member, theirs: dict, taken_op_id: str) -> tuple[list[dict], list[str]]:
    """Accepted, conflicting, refused and repeated operations (an op sent twice in the batch, one
    answered by an earlier push, one whose id another association used), new records with and
    without parties, and a value no database keeps; with the ids of the records they touch."""
    conflicting, base = _edited_elsewhere(hub, who)
    earlier = op(display_name="Déjà envoyé")
    hub.push(who, earlier)
    lea, box, pact = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    created = op(record_id=lea, display_name="Léa", notes="première")
    unknown_field = op(display_name="Nina", couleur="bleu")
    batch = [
        created,
        op("equipment", record_id=box, name="Barnum", visibility="network"),
        created,  # the same op again, in the same batch
        earlier,  # answered by an earlier push: replayed, not applied again
        op(record_id=lea, complete=False, notes="seconde"),  # a new record edited at once
        op(record_id=conflicting, base=base, notes="ma version"),  # conflict
        unknown_field,
        op(record_id=theirs["record_id"], base=theirs["version"], display_name="Pas à moi"),
        op(display_name="Prise") | {"op_id": taken_op_id},  # an op id another association used
        op("equipment", name="Nombre", notes=float("nan"), visibility="network"),  # not JSON for PostgreSQL
        op("agreement", record_id=pact, title="Convention", visibility="parties", parties=[theirs["owner"]]),
        op("equipment", record_id=box, deleted=True),  # deleted in the batch it was made in
        unknown_field,  # a refused op sent again
        op(display_name="Ugo", notes='texte « é » ✓ \\ " \t fin'),
    ]
    return batch, [o["record_id"] for o in batch]


def _stored(hub: Hub, ids: list[str]) -> list[tuple | None]:
    """The records as the hub keeps them, read from its database: values, sharing, each field's
    version (counted from the record's first) and which fields have a device noted."""
    with hub.database.reader() as session:
        found = {r.record_id: r for r in session.scalars(select(Record).where(Record.record_id.in_(ids)))}
    rows: list[tuple | None] = []
    for record_id in ids:
        record = found.get(record_id)
        if record is None:
            rows.append(None)
            continue
        first = min(record.field_versions.values(), default=record.version)
        rows.append(
            (
                record.entity_type,
                record.fields,
                record.visibility,
                record.parties,
                record.deleted,
                record.purged,
                {f: v - first for f, v in record.field_versions.items()},
                sorted(record.field_devices),
            )
        )
    return rows


def test_a_batch_with_repeated_ops_gives_the_same_answers_and_records_as_one_at_a_time(hub):
    other = hub.member("Autre association")
    [theirs] = hub.push(other, used := op(display_name="Leur contact"))
    theirs["owner"] = other.id
    at_once, one_by_one = hub.member("En un lot"), hub.member("Une à une")
    batch, batch_ids = _with_repeats(hub, at_once, theirs, used["op_id"])
    single, single_ids = _with_repeats(hub, one_by_one, theirs, used["op_id"])
    results = _push(hub, at_once, *batch)
    singles = [result for o in single for result in _push(hub, one_by_one, o)]
    assert _comparable(results, batch) == _comparable(singles, single)
    assert [r["status"] for r in results] == [
        "applied", "applied", "applied", "applied", "merged", "conflict", "rejected", "rejected",
        "rejected", "rejected", "applied", "applied", "rejected", "applied",
    ]  # fmt: skip
    codes = [r.get("reason_code") for r in results]
    assert codes[6:10] == ["invalid_values", "not_owner", "op_id_taken", "bad_number"]
    assert results[2] == results[0] and results[12] == results[6]  # repeated: the same answer
    stored = _stored(hub, batch_ids)
    assert stored == _stored(hub, single_ids)
    agreement, last = stored[10], stored[13]
    assert agreement is not None and agreement[2:4] == ("parties", [other.id])
    assert last is not None and last[1] == batch[13]["fields"]
    assert last[6] == dict.fromkeys(batch[13]["fields"], 0)  # every field at the record's version
    # Sent again whole (a lost answer): the same answers, nothing applied twice.
    before = _stored(hub, batch_ids)
    assert _push(hub, at_once, *batch) == results
    assert _push(hub, one_by_one, *single) == singles
    assert _stored(hub, batch_ids) == before


def test_texts_written_directly_are_what_the_json_encoder_writes():
    """The stored results and per-field versions a push writes without the encoder (hub/push.py,
    hub/bulk.py) are the encoder's text; a new field of OpResult must be taught to them."""
    assert set(OpResult.model_fields) == {
        "op_id", "record_id", "status", "version", "conflicts", "deleted_on_hub", "reason",
        "reason_code", "reason_values", "problems", "current",
    }  # fmt: skip
    for status in OpStatus:
        plain = OpResult(op_id="op-12345678_x", record_id=str(uuid.uuid4()), status=status, version=7)
        assert stored_result(plain, False) == plain.model_dump_json(exclude_none=True)
    conflict = OpResult(op_id="op-1", record_id="r", status=OpStatus.CONFLICT, version=3, conflicts={"a": 1})
    assert stored_result(conflict, False) == conflict.model_dump_json(exclude_none=True)
    kept = conflict.model_dump(exclude_none=True, exclude={"conflicts"})
    assert json.loads(stored_result(conflict, True)) == kept  # about a record purged in the batch
    for keys in ([], ["name"], ["name", "notes", "a_2"]):
        for value in (12, "0190a000-0000-7000-8000-00000000abcd"):
            assert same_for_each(keys, encode_json(value)) == encode_json(dict.fromkeys(keys, value))
