"""Sync protocol, version 1: the wire schemas shared by the desktop client and the hub.

Plain pydantic models, no Qt and no database: the hub imports this module and nothing else
of `app`. Every limit a hub enforces is declared here, so the client can respect it too.
"""

from __future__ import annotations

import enum
from typing import Annotated, NotRequired, TypedDict

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from protocol.versions import MIN_PROTOCOL_VERSION as MIN_PROTOCOL_VERSION
from protocol.versions import PROTOCOL_VERSION as PROTOCOL_VERSION
from protocol.versions import PURGE_PROTOCOL_VERSION as PURGE_PROTOCOL_VERSION

MAX_BATCH_OPERATIONS = 1000
MAX_PAGE_SIZE = 5000
DEFAULT_PAGE_SIZE = 1000
MAX_FIELDS_PER_RECORD = 200
MAX_FIELD_NAME_LENGTH = 64
MAX_TEXT_LENGTH = 100_000
MAX_LIST_LENGTH = 200
MAX_PARTIES = 50


class Visibility(enum.StrEnum):
    PRIVATE = "private"  # the owner's devices only
    PARTIES = "parties"  # the owner and the associations named in `parties`
    NETWORK = "network"  # every member of the network


class OpStatus(enum.StrEnum):
    APPLIED = "applied"
    MERGED = "merged"  # based on an older version; the fields it changed had not moved since
    CONFLICT = "conflict"  # some fields were changed on both sides; those were not applied
    REJECTED = "rejected"  # nothing applied; `reason` says why, for a person to read


# Which visibilities each record type may have; the first is the default.
ENTITY_VISIBILITIES: dict[str, tuple[Visibility, ...]] = {
    "contact": (Visibility.PRIVATE,),
    "role": (Visibility.PRIVATE,),
    "consent": (Visibility.PRIVATE,),
    "equipment": (Visibility.PRIVATE, Visibility.NETWORK),
    "reservation": (Visibility.PARTIES,),
    "loan": (Visibility.PARTIES,),
    "practice": (Visibility.PRIVATE, Visibility.NETWORK),
    "practice_version": (Visibility.NETWORK, Visibility.PRIVATE),
    "practice_feedback": (Visibility.NETWORK,),
    "agreement": (Visibility.PARTIES,),
    "clause_template": (Visibility.PRIVATE,),
    "need": (Visibility.NETWORK, Visibility.PARTIES),  # a need or an offer; parties: named associations
    "need_response": (Visibility.PARTIES,),  # the responder and the author of what it answers
    "need_decision": (Visibility.PARTIES,),  # the author's answer, seen by the responder
    "need_outcome": (Visibility.PRIVATE,),
}

Scalar = str | int | float | bool | None
FieldValue = Scalar | list[Scalar]
Fields = dict[str, FieldValue]  # a record's fields, as JSON carries them
# What the OpenAPI document says of record fields (the checks below say the same in code):
_WireText = Annotated[str, Field(max_length=MAX_TEXT_LENGTH)]
_WireScalar = _WireText | int | float | bool | None
_WireValue = _WireScalar | Annotated[list[_WireScalar], Field(max_length=MAX_LIST_LENGTH)]
FIELD_NAME_PATTERN = r"^[a-z][a-z0-9_]*$"
_FieldName = Annotated[str, Field(max_length=MAX_FIELD_NAME_LENGTH, pattern=FIELD_NAME_PATTERN)]
RECORD_ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _whole(value: object) -> object:
    """3.0 is the integer 3 in JSON; 3.5, "3" and true are not integers (refused after this)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


MAX_VERSION = 2**53 - 1  # versions stay exact in any JSON reader (JavaScript's doubles too)
# Integers as JSON has them, in their range.
_ProtocolNumber = Annotated[int, Field(ge=0, le=10_000), BeforeValidator(_whole)]
_Version = Annotated[int, Field(ge=0, le=MAX_VERSION), BeforeValidator(_whole)]


class _Request(BaseModel):
    """What a device sends: nothing unknown, and no value of another type read as if it were
    right ("1" is not a number, 0 is not false), as the OpenAPI document says."""

    model_config = ConfigDict(extra="forbid", strict=True)


# A public key (protocol/courier.py): 32 bytes in base64.
_PublicKey = Annotated[str, Field(min_length=44, max_length=44, pattern=r"^[A-Za-z0-9+/]{43}=$")]


class EnrollRequest(_Request):
    code: Annotated[str, Field(min_length=4, max_length=64)]
    device_name: Annotated[str, Field(min_length=1, max_length=100)]
    # The device's public courier keys: what checks the files it sends by USB stick.
    sign_key: _PublicKey | None = None
    box_key: _PublicKey | None = None


class DeviceKeysRequest(_Request):
    """A device enrolled before courier files registers its public keys, once."""

    sign_key: _PublicKey
    box_key: _PublicKey


class EnrollResponse(_Strict):
    device_id: str
    token: str  # shown once; the hub keeps only its hash
    association_id: str
    association_name: str
    hub_instance_id: str
    hub_sign_key: str | None = None  # the hub's public courier keys, checked at each handshake
    hub_box_key: str | None = None


class HandshakeRequest(_Request):
    protocol_version: _ProtocolNumber
    app_version: Annotated[str, Field(max_length=50)] = ""


class Member(_Strict):
    """A member association of the network, as loan receipts and the catalogue name it."""

    id: str
    name: str
    rna: str | None = None
    siret: str | None = None


class HandshakeResponse(_Strict):
    protocol_min: int
    protocol_max: int
    hub_instance_id: str  # changes when the hub is replaced or restored from a backup
    association_id: str
    association_name: str
    device_id: str
    deletion_retention_days: int
    oldest_cursor: int  # a pull from an older cursor gets 410: resync
    current_version: int
    members: list[Member] = Field(default_factory=list)
    hub_sign_key: str | None = None
    hub_box_key: str | None = None


class Operation(_Request):
    op_id: Annotated[str, Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")]
    entity_type: Annotated[str, Field(min_length=1, max_length=40)]
    record_id: Annotated[str, Field(min_length=36, max_length=36, pattern=RECORD_ID_PATTERN)]
    # 0: the client never had this record from the hub
    base_version: _Version = 0
    fields: Annotated[
        dict[_FieldName, _WireValue],
        Field(
            max_length=MAX_FIELDS_PER_RECORD,
            # Said once more for JSON Schema readers: a name that does not match is refused.
            json_schema_extra={
                "additionalProperties": False,
                "propertyNames": {"pattern": FIELD_NAME_PATTERN, "maxLength": MAX_FIELD_NAME_LENGTH},
            },
        ),
    ] = Field(default_factory=dict)
    deleted: bool = False
    # Deleted for good (the Corbeille emptied): the hub strips the record of every value, and its
    # children with it, and every device deletes it without a trace. Implies `deleted`.
    purged: bool = False
    visibility: Annotated[Visibility | None, Field(strict=False)] = None  # its name, as JSON has it
    parties: Annotated[list[Annotated[str, Field(max_length=36)]], Field(max_length=MAX_PARTIES)] | None = (
        None
    )


class PushRequest(_Request):
    operations: Annotated[list[Operation], Field(min_length=1, max_length=MAX_BATCH_OPERATIONS)]


class FieldProblem(_Strict):
    """Why one field of an operation was refused: a code of protocol/record_schemas.py (or of
    the hub's rules) and its values, for a sentence in the reader's language."""

    field: str
    code: str
    values: dict[str, FieldValue] = Field(default_factory=dict)


class OpResult(_Strict):
    op_id: str
    record_id: str
    status: OpStatus
    version: int | None = None  # the record's version after this operation
    conflicts: dict[str, FieldValue] | None = None  # the hub's values of the conflicting fields
    deleted_on_hub: bool = False  # the conflict is an edit against a deletion
    reason: str | None = None  # the hub's French sentence, for clients older than reason_code
    # Why, for a sentence in the reader's language: a code of protocol/reasons.py and its values.
    reason_code: str | None = None
    reason_values: dict[str, FieldValue] | None = None
    # A refusal: what was wrong with which field, and the hub's values of the fields refused
    # (the record as the hub keeps it), so that the device can put them back.
    problems: list[FieldProblem] | None = None
    current: dict[str, FieldValue] | None = None


class PushResponse(_Strict):
    results: list[OpResult]


class Change(_Strict):
    """A record as it is now (or its removal) for one association's pull."""

    entity_type: str
    record_id: str
    version: int
    owner_id: str | None = None
    visibility: Annotated[Visibility | None, Field(strict=False)] = None  # its name, as JSON has it
    parties: list[str] = Field(default_factory=list)
    fields: dict[str, FieldValue] = Field(default_factory=dict)
    deleted: bool = False  # a tombstone, or the record is no longer visible to you
    purged: bool = False  # deleted for good: delete it and what belongs to it, keep no copy


class ChangeData(TypedDict):
    """A Change as JSON carries it: the client reads a pulled page without building models
    (a first sync brings 100,000 of them)."""

    entity_type: str
    record_id: str
    version: int
    owner_id: NotRequired[str | None]
    visibility: NotRequired[str | None]
    parties: NotRequired[list[str]]
    fields: NotRequired[Fields]
    deleted: NotRequired[bool]
    purged: NotRequired[bool]


class OperationData(TypedDict):
    """An Operation as JSON carries it (pydantic checks it on the hub; the defaults are its)."""

    op_id: str
    entity_type: str
    record_id: str
    base_version: NotRequired[int]
    fields: NotRequired[Fields]
    deleted: NotRequired[bool]
    purged: NotRequired[bool]
    visibility: NotRequired[str | None]
    parties: NotRequired[list[str] | None]


class OpResultData(TypedDict):
    """An OpResult as JSON carries it back to the client."""

    op_id: str
    record_id: str
    status: str
    version: NotRequired[int | None]
    conflicts: NotRequired[Fields | None]
    deleted_on_hub: NotRequired[bool]
    reason: NotRequired[str | None]
    reason_code: NotRequired[str | None]
    reason_values: NotRequired[Fields | None]
    problems: NotRequired[list[FieldProblemData] | None]
    current: NotRequired[Fields | None]


class FieldProblemData(TypedDict):
    """A FieldProblem as JSON carries it (and as the client stores it)."""

    field: str
    code: str
    values: dict[str, FieldValue]


class PullData(TypedDict):
    """A PullResponse as JSON carries it."""

    changes: list[ChangeData]
    next_cursor: int
    has_more: bool


class PullResponse(_Strict):
    changes: list[Change]
    next_cursor: int
    has_more: bool


class InvalidField(_Strict):
    field: str
    reason: str


class ErrorResponse(_Strict):
    detail: str
    errors: list[InvalidField] | None = None  # 422: each refused part of the request


class Health(_Strict):
    status: str
    database: str
    version: int | None = None
