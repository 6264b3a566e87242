"""`id_after`: a UUIDv7 later than a floor whatever the clock says (app/sync/marks.py)."""

from __future__ import annotations

import uuid

from app.ids import id_after, id_time, new_id
from protocol.marks import LAST_MS, can_follow, is_mark, mark_ms

FUTURE = "7fffffff-ffff-7fff-bfff-ffffffffffff"  # the year 6,429: any clock is behind it


def test_a_new_id_is_taken_when_the_clock_is_ahead_of_the_floor():
    floor = new_id()
    made = id_after(floor)
    assert made > floor and is_mark(made) and uuid.UUID(made).version == 7


def test_a_floor_ahead_of_the_clock_gives_its_millisecond_plus_one():
    made = id_after(FUTURE[:-1] + "0")
    assert made > FUTURE[:-1] + "0"
    assert int(made[:8] + made[9:13], 16) == int(FUTURE[:8] + FUTURE[9:13], 16) + 1
    assert uuid.UUID(made).version == 7 and id_time(made) is not None


def test_no_floor_or_a_foreign_one_gives_a_plain_new_id():
    for floor in (None, "op-0000001", str(uuid.uuid4()), "ZZZ"):
        made = id_after(floor)
        assert is_mark(made)


def test_what_is_a_mark():
    assert is_mark(new_id())
    assert not is_mark(str(uuid.uuid4()))
    assert not is_mark(new_id().upper())
    assert not is_mark(new_id()[:-1])
    assert not is_mark(None) and not is_mark("zzzzzzzz-zzzz-7zzz-zzzz-zzzzzzzzzzzz")


def test_a_floor_at_the_last_millisecond_is_ignored_rather_than_wrapped():
    last = "ffffffff-ffff-7fff-bfff-ffffffffffff"
    assert is_mark(last) and mark_ms(last) == LAST_MS and not can_follow(last)
    made = id_after(last)  # a plain new id: the floor cannot be followed
    assert is_mark(made) and mark_ms(made) < LAST_MS
