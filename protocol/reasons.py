"""Why the hub refused an operation, as a stable code and its values (OpResult.reason_code and
reason_values): each side words it in its reader's language. The hub still sends its French
sentence in `reason` for clients older than these codes; a client that meets a code it does not
know (a newer hub) shows that sentence.

Values are JSON scalars: dates as ISO text (AAAA-MM-JJ), ids, counts, names of associations.
"""

from __future__ import annotations

# Who may write what
NOT_OWNER = "not_owner"  # the record belongs to another association
OP_ID_TAKEN = "op_id_taken"  # this operation id already names another change (see hub/push.py)
OTHER_TYPE = "other_type"  # the record exists under another type
UNKNOWN_TYPE = "unknown_type"  # values: entity_type
PURGED = "purged"  # the record was deleted for good by its owner: nothing of it can come back

# What cannot be stored
BAD_NUMBER = "bad_number"  # values: field (NaN or infinite)
BAD_TEXT = "bad_text"  # values: field (a lone surrogate: not UTF-8)
BAD_PARTY_TEXT = "bad_party_text"  # the list of parties holds such a text
INVALID_VALUES = "invalid_values"  # values: count; the problems say which fields and why
PARENT_DELETED = "parent_deleted"  # the record it belongs to was deleted (problems say which)

# Who sees it
BAD_VISIBILITY = "bad_visibility"  # values: visibility, entity_type
UNKNOWN_ASSOCIATION = "unknown_association"  # values: association

# Reservations and loans (hub/rules.py, hub/overdue.py)
DATES_MISSING = "dates_missing"
END_BEFORE_START = "end_before_start"
BUFFER_RANGE = "buffer_range"  # values: maximum (days)
OUTSIDE_CALENDAR = "outside_calendar"
BAD_EQUIPMENT_ID = "bad_equipment_id"
ALREADY_RESERVED = "already_reserved"  # values: start, end (ISO dates), holder (a name)
ON_LOAN = "on_loan"  # values: holder, until (ISO date)
OVERDUE = "overdue"  # values: holder, since (ISO date)
EQUIPMENT_UNKNOWN = "equipment_unknown"
RESERVATION_UNKNOWN = "reservation_unknown"
LENDER_ONLY = "lender_only"

# Responses to needs, offers and practices, and decisions on them (hub/need_rules.py)
UNKNOWN_TARGET = "unknown_target"
OWN_TARGET = "own_target"
WRONG_OWNER = "wrong_owner"
UNKNOWN_RESPONSE = "unknown_response"
NOT_THE_AUTHOR = "not_the_author"
WRONG_RESPONDER = "wrong_responder"
