"""What orders a laptop's courier files for the hub: marks, UUIDv7s in lowercase hex, compared as
strings (hub/courier.py, hub/push.py; the laptop's side in app/sync/marks.py). The laptop and the
hub read a mark the same way: anything else is no mark."""

from __future__ import annotations

import re
from typing import TypeGuard

_UUID7 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
# The last millisecond a UUIDv7 can hold: a mark there cannot be followed by a later one.
LAST_MS = 0xFFFF_FFFF_FFFF


def is_mark(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and _UUID7.fullmatch(value) is not None


def mark_ms(mark: str) -> int:
    """The millisecond a mark was made at (its first 48 bits)."""
    return int(mark[:8] + mark[9:13], 16)


def can_follow(mark: str) -> bool:
    """Whether a later mark can be made: a mark at the last millisecond (only a forged op id
    puts one there) is ignored by the laptop rather than left to stop its files for good."""
    return is_mark(mark) and mark_ms(mark) < LAST_MS
