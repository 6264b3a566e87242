"""The protocol's version numbers, apart from the schemas: a client asking the hub whether it has
anything new needs them without loading pydantic (app/sync/quick.py)."""

# 2: refusals carry a reason code and its values (protocol/reasons.py); an operation may purge
# a record (deleted for good: the hub keeps nothing of its values) and a pull says so.
PROTOCOL_VERSION = 2
MIN_PROTOCOL_VERSION = 1
PURGE_PROTOCOL_VERSION = 2  # a hub that speaks it accepts `purged` operations
