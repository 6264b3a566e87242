"""UUIDv7 identifiers: time-ordered, made where the record is created, never reused."""

import os
import time
import uuid
from datetime import UTC, datetime

from protocol.marks import can_follow, mark_ms


def new_id() -> str:
    """A UUIDv7 (RFC 9562) as a string: 48-bit ms timestamp, version, 74 random bits."""
    return _made_at(time.time_ns() // 1_000_000)


def id_after(floor: str | None) -> str:
    """A new UUIDv7 that sorts after `floor` (a mark, protocol/marks.py) even when the clock was
    set back since `floor` was made: then it takes floor's millisecond plus one. A floor that
    cannot be followed (the last millisecond) is ignored."""
    made = new_id()
    if floor is None or not can_follow(floor) or made > floor:
        return made
    return _made_at(mark_ms(floor) + 1)


def _made_at(ms: int) -> str:
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76  # version 7
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand & 0x3FFF_FFFF_FFFF_FFFF  # rand_b, 62 bits
    h = f"{value:032x}"  # what str(uuid.UUID(int=value)) gives, without building the object
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def id_time(record_id: str) -> datetime | None:
    """When a record was made, read from its UUIDv7 (the same on every laptop, unlike the local
    created_at, which a pulled copy sets when it arrives); None for an id of another kind."""
    try:
        value = uuid.UUID(record_id)
    except (ValueError, TypeError, AttributeError):
        return None
    if value.version != 7:
        return None
    return datetime.fromtimestamp((value.int >> 80) / 1000, UTC)
