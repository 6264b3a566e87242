"""What a database cannot keep: NaN is not JSON for PostgreSQL, a lone surrogate is not UTF-8.
Checked for every op a push brings, before anything is stored."""

from __future__ import annotations

import math

from hub.refusals import Refusal
from protocol import reasons
from protocol.messages import Operation


def unstorable(op: Operation) -> Refusal | None:
    """Why this op cannot be kept (NaN is not JSON for PostgreSQL, a lone surrogate is not UTF-8)."""
    # All texts checked at once (a surrogate never pairs up across a join): the slow walk below,
    # which names the field, only for an op that has something to name.
    values = [
        item for value in op.fields.values() for item in (value if isinstance(value, list) else (value,))
    ]
    texts = [item for item in values if isinstance(item, str)]
    finite = all(math.isfinite(v) for v in values if isinstance(v, float))
    if finite and _is_utf8("".join(texts)) and _is_utf8("".join(op.parties or [])):
        return None
    return _first_unstorable(op)


def _first_unstorable(op: Operation) -> Refusal | None:
    for name, value in op.fields.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, float) and not math.isfinite(item):
                return Refusal(reasons.BAD_NUMBER, {"field": name})
            if isinstance(item, str) and not _is_utf8(item):
                return Refusal(reasons.BAD_TEXT, {"field": name})
    if not all(_is_utf8(party) for party in op.parties or []):
        return Refusal(reasons.BAD_PARTY_TEXT)
    return None


def _is_utf8(value: str) -> bool:
    try:
        value.encode()
    except UnicodeEncodeError:
        return False
    return True
