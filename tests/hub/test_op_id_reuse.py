"""An op id names one change. A faulty client that gives the same id to another change (another
record, or other values in the same batch) has that change refused, never acknowledged as if it
were the first one replayed: acknowledged, its laptop would forget it unapplied."""

from __future__ import annotations

import uuid

from tests.hub.conftest import op


def _record(hub, who, record_id: str) -> dict | None:
    changes, _ = hub.pull_all(who)
    return next((c for c in changes if c["record_id"] == record_id), None)


def test_the_same_id_for_another_record_in_one_batch_is_refused(hub):
    amis = hub.member("Amis")
    first = op(display_name="Léa")
    other = op(display_name="Marc") | {"op_id": first["op_id"]}
    results = hub.push(amis, first, other)
    assert results[0]["status"] == "applied"
    assert results[1]["status"] == "rejected" and results[1]["reason_code"] == "op_id_taken"
    assert results[1]["record_id"] == other["record_id"]
    assert _record(hub, amis, other["record_id"]) is None  # nothing of it was written
    assert _record(hub, amis, first["record_id"])["fields"]["display_name"] == "Léa"


def test_the_same_id_for_other_values_of_the_same_record_in_one_batch_is_refused(hub):
    amis = hub.member("Amis")
    first = op(display_name="Léa")
    again = op(record_id=first["record_id"], base=0, display_name="Léa B.") | {"op_id": first["op_id"]}
    results = hub.push(amis, first, again)
    assert results[0]["status"] == "applied"
    assert results[1]["status"] == "rejected" and results[1]["reason_code"] == "op_id_taken"
    assert _record(hub, amis, first["record_id"])["fields"]["display_name"] == "Léa"


def test_the_same_op_sent_twice_in_one_batch_is_one_change_answered_twice(hub):
    amis = hub.member("Amis")
    first = op(display_name="Léa")
    results = hub.push(amis, first, dict(first))
    assert results[0] == results[1] and results[0]["status"] == "applied"


def test_an_id_answered_by_an_earlier_push_for_another_record_is_refused(hub):
    amis = hub.member("Amis")
    first = op(display_name="Léa")
    [applied] = hub.push(amis, first)
    other = op(record_id=str(uuid.uuid4()), display_name="Marc") | {"op_id": first["op_id"]}
    [refused] = hub.push(amis, other)
    assert refused["status"] == "rejected" and refused["reason_code"] == "op_id_taken"
    assert _record(hub, amis, other["record_id"]) is None
    assert hub.push(amis, first) == [applied]  # the first op itself is still replayed
