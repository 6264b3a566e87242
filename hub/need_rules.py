"""Who sees a response to a need, an offer or a practice, and a decision on it: decided here from
the records the hub holds, never taken from the client. A response goes to the author of what it
answers, which the responder must be able to see; a decision is written by that author only and
goes to the responder. A record another association could forge thus never reaches anyone."""

from __future__ import annotations

from sqlalchemy.orm import Session

from hub.models import Record
from hub.refusals import Refusal
from protocol import reasons
from protocol.messages import Fields

RESPONSE = "need_response"
DECISION = "need_decision"
TARGET_TYPES = {"need": "need", "practice": "practice"}

UNKNOWN_TARGET = Refusal(reasons.UNKNOWN_TARGET)
OWN_TARGET = Refusal(reasons.OWN_TARGET)
WRONG_OWNER = Refusal(reasons.WRONG_OWNER)
UNKNOWN_RESPONSE = Refusal(reasons.UNKNOWN_RESPONSE)
NOT_THE_AUTHOR = Refusal(reasons.NOT_THE_AUTHOR)
WRONG_RESPONDER = Refusal(reasons.WRONG_RESPONDER)


def _record(session: Session, entity_type: str, record_id: object) -> Record | None:
    """The record, deleted or not (a response to a need withdrawn since may still be edited)."""
    if not isinstance(record_id, str) or not 0 < len(record_id) <= 36 or "\x00" in record_id:
        return None  # PostgreSQL refuses NUL in text: never ask it
    record = session.get(Record, record_id)
    return record if record is not None and record.entity_type == entity_type else None


def _shown_to(record: Record, association_id: str) -> bool:
    return (
        record.owner_id == association_id
        or record.visibility == "network"
        or association_id in (record.parties or [])
    )


def _response_audience(session: Session, author_id: str, fields: Fields) -> list[str] | Refusal:
    target_type = TARGET_TYPES.get(str(fields.get("target_type")))
    target = _record(session, target_type, fields.get("target_id")) if target_type else None
    if target is None or not _shown_to(target, author_id):
        return UNKNOWN_TARGET
    if target.owner_id == author_id:
        return OWN_TARGET
    named = fields.get("target_owner_id")
    if named is not None and named != target.owner_id:
        return WRONG_OWNER
    return [target.owner_id]


def _decision_audience(session: Session, author_id: str, fields: Fields) -> list[str] | Refusal:
    response = _record(session, RESPONSE, fields.get("response_id"))
    if response is None or not _shown_to(response, author_id):
        return UNKNOWN_RESPONSE
    target_type = TARGET_TYPES.get(str(response.fields.get("target_type")))
    target = _record(session, target_type, response.fields.get("target_id")) if target_type else None
    if target is None or target.owner_id != author_id or response.owner_id == author_id:
        return NOT_THE_AUTHOR
    named = fields.get("responder_id")
    if named is not None and named != response.owner_id:
        return WRONG_RESPONDER
    return [response.owner_id]


def audience(
    session: Session, entity_type: str, author_id: str, fields: Fields
) -> list[str] | Refusal | None:
    """The parties of a response or a decision, or a Refusal; None for other types."""
    if entity_type == RESPONSE:
        return _response_audience(session, author_id, fields)
    if entity_type == DECISION:
        return _decision_audience(session, author_id, fields)
    return None
