"""The rules one field of a synced record may be held to (kind, length, range, choices, empty or
not) and the check of one value against its rule, giving a problem code and its values. The
record types' tables are in protocol/record_schemas.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from protocol.messages import MAX_LIST_LENGTH, MAX_TEXT_LENGTH, FieldValue

MAX_CENTS = 10**11 - 1  # 999 999 999,99 €: what the client's forms accept
MAX_INT = 2**63 - 1  # what SQLite and PostgreSQL store
MAX_LIST_ITEM_LENGTH = 500
_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([+-]\d{2}:\d{2}|Z)$")

# A problem found in one value: its code and the values its message needs.
Problem = tuple[str, dict[str, FieldValue]]

# The problem codes (FieldProblem.code) and the values each carries.
UNKNOWN_FIELD = "unknown_field"
REQUIRED = "required"  # missing or null, and the record needs it
WRONG_TYPE = "wrong_type"  # values: expected ("text", "integer", "boolean", "texts")
TOO_LONG = "too_long"  # values: max_length
OUT_OF_RANGE = "out_of_range"  # values: minimum, maximum
BAD_DATE = "bad_date"  # expects AAAA-MM-JJ, a real day
BAD_DATETIME = "bad_datetime"  # expects ISO 8601 with its offset from UTC
BAD_ID = "bad_id"  # expects a lower-case UUID
NOT_A_CHOICE = "not_a_choice"  # values: choices
PARENT_DELETED = "parent_deleted"  # the record it belongs to is deleted (the hub's word)


@dataclass(frozen=True)
class FieldRule:
    """One field: `kind` is text, id, choice, integer, boolean, date, datetime or texts."""

    kind: str
    max_length: int | None = None
    nullable: bool = True
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()


def text(max_length: int = MAX_TEXT_LENGTH, *, nullable: bool = True) -> FieldRule:
    return FieldRule("text", max_length=max_length, nullable=nullable)


def record_id(*, nullable: bool = True) -> FieldRule:
    return FieldRule("id", max_length=36, nullable=nullable)


def choice(*choices: str, nullable: bool = True) -> FieldRule:
    return FieldRule("choice", max_length=max(map(len, choices)), nullable=nullable, choices=choices)


def integer(minimum: int = -MAX_INT, maximum: int = MAX_INT, *, nullable: bool = True) -> FieldRule:
    return FieldRule("integer", nullable=nullable, minimum=minimum, maximum=maximum)


def cents() -> FieldRule:
    return integer(0, MAX_CENTS)


def boolean() -> FieldRule:
    return FieldRule("boolean", nullable=False)


def day(*, nullable: bool = True) -> FieldRule:
    return FieldRule("date", nullable=nullable)


def moment(*, nullable: bool = True) -> FieldRule:
    return FieldRule("datetime", nullable=nullable)


def texts() -> FieldRule:
    return FieldRule("texts", max_length=MAX_LIST_ITEM_LENGTH, nullable=False)


def check_value(rule: FieldRule, value: object) -> Problem | None:
    if value is None:
        return None if rule.nullable else (REQUIRED, {})
    return _CHECKS[rule.kind](rule, value)


def _text(rule: FieldRule, value: object) -> Problem | None:
    if type(value) is not str:
        return WRONG_TYPE, {"expected": "text"}
    if rule.max_length is not None and len(value) > rule.max_length:
        return TOO_LONG, {"max_length": rule.max_length}
    return None


def _id(rule: FieldRule, value: object) -> Problem | None:
    if type(value) is not str or not _ID.match(value):
        return BAD_ID, {}
    return None


def _choice(rule: FieldRule, value: object) -> Problem | None:
    if type(value) is not str or value not in rule.choices:
        return NOT_A_CHOICE, {"choices": list(rule.choices)}
    return None


def _integer(rule: FieldRule, value: object) -> Problem | None:
    if type(value) is not int:  # bool is an int in Python, never one here
        return WRONG_TYPE, {"expected": "integer"}
    if (rule.minimum is not None and value < rule.minimum) or (
        rule.maximum is not None and value > rule.maximum
    ):
        return OUT_OF_RANGE, {"minimum": rule.minimum, "maximum": rule.maximum}
    return None


def _boolean(rule: FieldRule, value: object) -> Problem | None:
    return None if type(value) is bool else (WRONG_TYPE, {"expected": "boolean"})


def _date(rule: FieldRule, value: object) -> Problem | None:
    if type(value) is not str or not _DATE.match(value):
        return BAD_DATE, {}
    try:
        date.fromisoformat(value)
    except ValueError:
        return BAD_DATE, {}
    return None


def _datetime(rule: FieldRule, value: object) -> Problem | None:
    if type(value) is not str or not _DATETIME.match(value):
        return BAD_DATETIME, {}
    try:
        parsed = datetime.fromisoformat(value)
        parsed.utcoffset()
        parsed.astimezone()  # out of range once moved to UTC (year 1 or 9999 at the edges)
    except (ValueError, OverflowError):
        return BAD_DATETIME, {}
    return None


def _texts(rule: FieldRule, value: object) -> Problem | None:
    if type(value) is not list or any(type(item) is not str for item in value):
        return WRONG_TYPE, {"expected": "texts"}
    if len(value) > MAX_LIST_LENGTH or any(len(item) > MAX_LIST_ITEM_LENGTH for item in value):
        return TOO_LONG, {"max_length": MAX_LIST_ITEM_LENGTH, "max_items": MAX_LIST_LENGTH}
    return None


_CHECKS: dict[str, Callable[[FieldRule, object], Problem | None]] = {
    "text": _text,
    "id": _id,
    "choice": _choice,
    "integer": _integer,
    "boolean": _boolean,
    "date": _date,
    "datetime": _datetime,
    "texts": _texts,
}
