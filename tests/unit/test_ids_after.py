"""`id_after`: a UUIDv7 later than a floor whatever the clock says (app/sync/marks.py)."""

from __future__ import annotations

import uuid

from app.ids import id_after, id_time, is_uuid7, new_id

FUTURE = "7fffffff-ffff-7fff-bfff-ffffffffffff"  # the year 10,889: any clock is behind it


def test_a_new_id_is_taken_when_the_clock_is_ahead_of_the_floor():
    floor = new_id()
    made = id_after(floor)
    assert made > floor and is_uuid7(made) and uuid.UUID(made).version == 7


def test_a_floor_ahead_of_the_clock_gives_its_millisecond_plus_one():
    made = id_after(FUTURE[:-1] + "0")
    assert made > FUTURE[:-1] + "0"
    assert int(made[:8] + made[9:13], 16) == int(FUTURE[:8] + FUTURE[9:13], 16) + 1
    assert uuid.UUID(made).version == 7 and id_time(made) is not None


def test_no_floor_or_a_foreign_one_gives_a_plain_new_id():
    for floor in (None, "op-0000001", str(uuid.uuid4()), "ZZZ"):
        made = id_after(floor)
        assert is_uuid7(made)


def test_what_is_a_uuid7():
    assert is_uuid7(new_id())
    assert not is_uuid7(str(uuid.uuid4()))
    assert not is_uuid7(new_id().upper())
    assert not is_uuid7(new_id()[:-1])
