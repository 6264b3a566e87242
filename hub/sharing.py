"""Who sees a record: the visibility and parties an operation asks for, checked against what its
type allows and the associations the hub knows; and the removals sent to those who lose sight."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import delete

from hub.db import utcnow
from hub.models import Record, RecordParty, Removal
from hub.refusals import Refusal
from protocol import reasons
from protocol.messages import Operation, Visibility

if TYPE_CHECKING:
    from hub.push_context import PushContext


def check_visibility(
    ctx: PushContext, op: Operation, allowed: tuple[Visibility, ...], current: str | None
) -> tuple[str, list[str]] | Refusal:
    """(visibility, parties) for the record after this op, or why it is refused."""
    visibility = op.visibility.value if op.visibility else (current or allowed[0].value)
    if Visibility(visibility) not in allowed:
        return Refusal(reasons.BAD_VISIBILITY, {"visibility": visibility, "entity_type": op.entity_type})
    parties = sorted(set(op.parties or [])) if op.parties is not None else None
    if parties is not None:
        unknown = [p for p in parties if p not in ctx.known_associations]
        if unknown:
            return Refusal(reasons.UNKNOWN_ASSOCIATION, {"association": unknown[0]})
        parties = [p for p in parties if p != ctx.association_id]
    if visibility != Visibility.PARTIES:
        parties = []  # pulls show a record to its parties: a private record must name none
    return visibility, parties if parties is not None else []


def reshare(ctx: PushContext, record: Record, visibility: str, parties: list[str], version: int) -> None:
    """Change who sees a record; those who lose sight of it get a removal at this version."""
    before = audience(record.visibility, record.parties, ctx.known_associations)
    after = audience(visibility, parties, ctx.known_associations)
    now = utcnow()
    ctx.session.add_all(
        Removal(
            association_id=a,
            record_id=record.record_id,
            entity_type=record.entity_type,
            version=version,
            created_at=now,
        )
        for a in sorted(before - after)
        if a != record.owner_id
    )
    ctx.session.execute(delete(RecordParty).where(RecordParty.record_id == record.record_id))
    ctx.session.add_all(RecordParty(record_id=record.record_id, association_id=p) for p in parties)
    record.visibility, record.parties = visibility, parties


def audience(visibility: str, parties: Iterable[str], everyone: set[str]) -> set[str]:
    if visibility == Visibility.NETWORK:
        return set(everyone)
    if visibility == Visibility.PARTIES:
        return set(parties)
    return set()
