"""UUIDv7 identifiers: time-ordered, made where the record is created, never reused."""

import os
import time
import uuid
from datetime import UTC, datetime


def new_id() -> str:
    """A UUIDv7 (RFC 9562) as a string: 48-bit ms timestamp, version, 74 random bits."""
    return _made_at(time.time_ns() // 1_000_000)


def id_after(floor: str | None) -> str:
    """A new UUIDv7 that sorts after `floor` (another UUIDv7) even when the clock was set back
    since `floor` was made: then it takes floor's millisecond plus one."""
    made = new_id()
    if floor is None or not is_uuid7(floor) or made > floor:
        return made
    return _made_at(int(floor[:8] + floor[9:13], 16) + 1)


def is_uuid7(value: str) -> bool:
    """Shaped as new_id makes them (lowercase hex, version 7); the hub reads marks the same way."""
    return (
        len(value) == 36
        and value[14] == "7"
        and value[8] == value[13] == value[18] == value[23] == "-"
        and all(c in "0123456789abcdef-" for c in value)
    )


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
