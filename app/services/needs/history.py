"""What we know of our past exchanges with each association: how quickly it answered us, and the
give-and-take between us (loans and accepted responses, each way). Our laptop only holds the
exchanges we took part in, so both are between us and one other association.

Times come from the records' UUIDv7 ids (app/ids.py id_time): the moment each was made, the
same on every laptop.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.ids import id_time
from app.models import (
    Decision,
    Need,
    NeedDecision,
    NeedDirection,
    NeedResponse,
    TargetType,
)
from app.services.network import my_association_id, owners_of

DAY_SECONDS = 86_400


@dataclass
class Exchanges:
    """Per other association: delays of its answers to us (days), and what went each way."""

    delays: dict[str, list[float]] = field(default_factory=dict)
    given: dict[str, int] = field(default_factory=dict)  # by us to it
    received: dict[str, int] = field(default_factory=dict)  # by it to us

    def responsiveness(self, association: str | None) -> tuple[float, int] | None:
        """(median delay in days, how many answers), or None when it never answered us."""
        found = self.delays.get(association or "")
        return (statistics.median(found), len(found)) if found else None

    def balance(self, association: str | None) -> tuple[int, int] | None:
        """(given by us, received from it), or None when nothing went either way."""
        given, received = self.given.get(association or "", 0), self.received.get(association or "", 0)
        return (given, received) if given or received else None


def _days(later: str, earlier: str) -> float | None:
    end, start = id_time(later), id_time(earlier)
    if end is None or start is None:
        return None
    return max((end - start).total_seconds(), 0.0) / DAY_SECONDS


# Counting the loans of a big lender takes a while: the result is kept while what it counts
# has not moved (the same fingerprint), for the pages opened one after another.
_FINGERPRINT = """
SELECT (SELECT count(*) FROM need_responses), (SELECT count(*) FROM need_decisions),
       (SELECT count(*) FROM loans WHERE out_date IS NOT NULL AND decision = 'accepted'),
       (SELECT count(*) FROM loans WHERE deleted_at IS NULL), (SELECT count(*) FROM sync_records),
       (SELECT association_id FROM sync_state)
"""
_KEPT: dict[str, tuple[tuple[object, ...], Exchanges]] = {}


def recent_exchanges(session: Session) -> Exchanges:
    """`exchanges(session)`, computed again only when responses, decisions or loans changed."""
    key = str(session.get_bind().engine.url)
    fingerprint = tuple(session.connection().exec_driver_sql(_FINGERPRINT).one())
    kept = _KEPT.get(key)
    if kept is not None and kept[0] == fingerprint:
        return kept[1]
    found = exchanges(session)
    _KEPT[key] = (fingerprint, found)
    return found


def exchanges(session: Session, since: datetime | None = None) -> Exchanges:
    """Everything we exchanged with other associations (`since`: only what was made after)."""
    me = my_association_id(session)
    found = Exchanges()
    responses = {
        r.id: r for r in session.scalars(select(NeedResponse).where(NeedResponse.deleted_at.is_(None)))
    }
    decisions = list(session.scalars(select(NeedDecision).where(NeedDecision.deleted_at.is_(None))))
    targets = {
        n.id: n
        for n in session.scalars(
            select(Need).where(
                Need.id.in_({r.target_id for r in responses.values()}), Need.deleted_at.is_(None)
            )
        )
    }
    ids = [*responses, *(d.id for d in decisions), *targets, *(r.target_id for r in responses.values())]
    owners = owners_of(session, ids)

    def owner(record_id: str) -> str | None:
        return owners.get(record_id) or me

    def when_ok(record_id: str) -> bool:
        made = id_time(record_id)
        return since is None or (made is not None and made >= since)

    for response in responses.values():  # its responses to our needs and offers
        responder, target = owner(response.id), targets.get(response.target_id)
        if responder != me and target is not None and owner(target.id) == me:
            _add(found.delays, responder, _days(response.id, target.id))
    for decision in decisions:
        answered = responses.get(decision.response_id)
        if answered is None or owner(decision.id) != owner(answered.target_id):
            continue  # only the author of what was answered decides
        decider, responder = owner(decision.id), owner(answered.id)
        if responder == me and decider != me:
            _add(found.delays, decider, _days(decision.id, answered.id))
        if (
            decision.decision == Decision.ACCEPTED.value
            and not decision.reservation_id
            and when_ok(decision.id)
        ):
            giver, taker = _giver(answered, targets.get(answered.target_id), decider, responder)
            _count(found, me, giver, taker)
    _count_loans(session, found, me, since)
    return found


# Loans out, counted per (lender, borrower) in SQL: a network lends thousands of times.
_LOANS = """
SELECT coalesce(sr.owner_id, :me) AS lender, l.borrower_id, count(*) FROM loans l
LEFT JOIN sync_records sr ON sr.record_id = l.id
WHERE l.deleted_at IS NULL AND l.decision = 'accepted' AND l.out_date IS NOT NULL
  AND l.out_date >= :since AND l.borrower_id IS NOT NULL
GROUP BY 1, 2
"""


def _count_loans(session: Session, found: Exchanges, me: str | None, since: datetime | None) -> None:
    first = since.date().isoformat() if since is not None else "0001-01-01"
    for lender, borrower, count in session.execute(text(_LOANS), {"me": me, "since": first}):
        _count(found, me, lender, borrower, count)


def _giver(
    response: NeedResponse, target: Need | None, decider: str | None, responder: str | None
) -> tuple[str | None, str | None]:
    """Who gave and who received in an accepted response: the responder answering a need, the
    author of an offer or a practice."""
    answers_a_need = target is not None and target.direction == NeedDirection.NEED.value
    if response.target_type == TargetType.NEED.value and answers_a_need:
        return responder, decider
    return decider, responder


def _add(delays: dict[str, list[float]], association: str | None, days: float | None) -> None:
    if association and days is not None:
        delays.setdefault(association, []).append(days)


def _count(found: Exchanges, me: str | None, giver: str | None, taker: str | None, times: int = 1) -> None:
    if giver == taker or giver is None or taker is None:
        return
    if giver == me:
        found.given[taker] = found.given.get(taker, 0) + times
    elif taker == me:
        found.received[giver] = found.received.get(giver, 0) + times
