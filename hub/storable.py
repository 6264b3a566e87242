"""What a database cannot keep: NaN is not JSON for PostgreSQL, a lone surrogate is not UTF-8.
Checked for every op a push brings, before anything is stored."""

from __future__ import annotations

import json
import math

from hub.bulk import Encoded
from hub.refusals import Refusal
from protocol import reasons
from protocol.messages import Operation

# As hub/bulk.py encodes, refusing NaN and infinities instead of writing them.
_encode_finite = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def stored_fields(op: Operation) -> Encoded | Refusal:
    """The op's fields as the JSON text a new record stores, or why they cannot be kept. The
    encoding is the check: it refuses a non-finite number, and its UTF-8 form a lone surrogate
    (the slow walk below, which names the field, runs only for an op that has something to name)."""
    try:
        text = _encode_finite(op.fields)
        text.encode()
        if op.parties:
            "".join(op.parties).encode()
    except ValueError:  # UnicodeEncodeError is one
        refusal = _first_unstorable(op)
        if refusal is None:  # nothing this walk knows: not ours to hide
            raise
        return refusal
    return Encoded(text)


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
