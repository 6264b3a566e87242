"""The demo's reservations and loans of the equipment made by app/demo/equipment.py: spread
over 18 months ago to 6 months ahead without overlaps, each with a fate (pending, declined,
out, overdue, returned…), a purpose that fits its season (app/demo/seasons.py), deposits and
returns; a few stories are told whatever the draws, so that even a small demo shows each case."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from app.demo import words as d
from app.demo.equipment_rows import Item, Party, Rows
from app.demo.seasons import purpose_for
from app.models import (
    Condition,
    DepositMethod,
    DepositOutcome,
    Loan,
    LoanDecision,
    Reservation,
    ReservationStatus,
)

if TYPE_CHECKING:
    from app.demo.context import DemoContext

DAYS_BEFORE, DAYS_AFTER = 540, 180  # reservations from 18 months ago to 6 months ahead
MAX_PER_ITEM = 24  # at most one reservation a month on average

Span = tuple[date, date, int, str | None]  # start, end, buffer days, a forced fate


def _spans(rng: random.Random, first: date, last: date, count: int) -> list[Span]:
    """`count` (start, end, buffer) between first and last that never overlap, buffers included:
    each lives, buffers and all, inside its own slice of the period."""
    total = (last - first).days
    count = min(count, total // 12)
    spans: list[tuple[date, date, int, str | None]] = []
    for i in range(count):
        slot = total // count
        buffer = rng.choice((0, 0, 0, 1, 1, 2))
        length = rng.choice((1, 1, 2, 2, 3, 3, 4, 5))
        room = slot - length - 2 * buffer
        start = first + timedelta(days=i * slot + buffer + rng.randrange(room))
        spans.append((start, start + timedelta(days=length - 1), buffer, None))
    return spans


def _fate(rng: random.Random, start: date, end: date, today: date, between: bool) -> str:
    """What became of a reservation, from where its dates stand against today."""
    if rng.random() < 0.03:
        return "cancelled"
    if end < today:
        if between and end >= today - timedelta(days=20) and rng.random() < 0.3:
            return "overdue"
        return "declined" if between and rng.random() < 0.08 else "returned"
    if start <= today:
        return "out"
    if start <= today + timedelta(days=14):
        return "accepted" if rng.random() < 0.5 else "pending"
    draw = rng.random()
    return "declined" if between and draw < 0.05 else ("accepted" if draw < 0.35 else "pending")


# Every column of a loan, so that all rows of a bulk INSERT carry the same keys.
_LOAN_COLUMNS = tuple(
    column.name
    for column in Loan.__table__.columns
    if column.name not in ("id", "created_at", "updated_at", "deleted_at")
)


# Stories told whatever the draws, so that even a small demo shows each case: (our item's index,
# or -(rank + 1) among the partners' items, first and last day from today, what became of it).
_STORIES = (
    (0, -9, -3, "overdue"),  # our projector, lent and not back
    (1, -2, 1, "out"),  # our sound system, due back tomorrow
    (2, 10, 12, "pending"),  # a request for our marquee, to answer
    (-1, -12, -5, "overdue"),  # something we borrowed and did not give back
    (-2, -1, 6, "out"),
)
Wanted = dict[str, int]  # cases still to show once: a declined loan, deposits (partly) kept


def _take(wanted: Wanted | None, what: str) -> bool:
    if wanted and wanted.get(what):
        wanted[what] -= 1
        return True
    return False


def make_reservations(
    ctx: DemoContext, out: Rows, items: list[Item], partners: list[Party], us: Party, reservations: int | None
) -> None:
    rng, today = ctx.rng, ctx.today
    first, last = today - timedelta(days=DAYS_BEFORE), today + timedelta(days=DAYS_AFTER)
    weights = [4.0 if item.owner is None else 0.5 for item in items]
    scale = 1.0 if reservations is None else reservations / max(sum(weights), 1e-9)
    wanted = {"declined": 1, DepositOutcome.PARTLY_KEPT.value: 1, DepositOutcome.KEPT.value: 1}
    ours = [i for i, item in enumerate(items) if item.owner is None]
    theirs = [i for i, item in enumerate(items) if item.owner is not None]
    stories: dict[int, tuple[int, int, str]] = {}
    if partners:
        for where, low, high, fate in _STORIES:
            pool = ours if where >= 0 else theirs
            rank = where if where >= 0 else -where - 1
            if rank < len(pool):
                stories[pool[rank]] = (low, high, fate)
    for index, item in enumerate(items):
        expected = weights[index] * scale
        count = min(MAX_PER_ITEM, math.floor(expected) + (rng.random() < expected % 1))
        story = stories.get(index)
        if story is None:
            spans = _spans(rng, first, last, count)
        else:  # the story, with random reservations well before and after it
            start, end = today + timedelta(days=story[0]), today + timedelta(days=story[1])
            spans = [
                *_spans(rng, first, start - timedelta(days=1), count // 2),
                (start, end, 0, story[2]),
                *_spans(rng, max(end, today) + timedelta(days=7), last, count - count // 2),
            ]
        # Only the last reservation begun by today may be late: a later one could not have gone
        # out while the equipment was still away.
        begun = [i for i, span in enumerate(spans) if span[0] <= today]
        last_begun = begun[-1] if begun else -1
        for position, (start, end, buffer, forced) in enumerate(spans):
            if item.out_of_service and end >= today:
                continue  # broken now: nobody books it any more
            if (
                item.maintenance
                and start - timedelta(days=buffer) <= item.maintenance[1]
                and item.maintenance[0] <= end + timedelta(days=buffer)
            ):
                continue
            if item.owner is not None:
                borrower, lender = us, item.owner
            elif partners and (forced or rng.random() < 0.6):
                borrower, lender = rng.choice(partners), us
            else:
                borrower, lender = us, us  # our own use of our own equipment
            between = borrower is not lender
            fate = forced or _fate(rng, start, end, today, between)
            if fate == "overdue" and position != last_begun:
                fate = "returned"
            if fate == "returned" and between and _take(wanted, "declined"):
                fate = "declined"
            _reservation(ctx, out, item, borrower, lender, start, end, buffer, fate, wanted)


def _reservation(
    ctx: DemoContext,
    out: Rows,
    item: Item,
    borrower: Party,
    lender: Party,
    start: date,
    end: date,
    buffer: int,
    fate: str,
    wanted: Wanted,
) -> None:
    rng, today = ctx.rng, ctx.today
    contact = borrower.person(rng)
    hub_status: str | None = "released" if fate == "cancelled" else "confirmed"
    if fate == "pending" and rng.random() < 0.25:
        hub_status = None  # made offline, not synced yet: provisional
    row = ctx.record(
        equipment_id=item.id,
        lender_id=lender.id,
        contact_name=contact[0],
        contact_phone=contact[1],
        start_date=start,
        end_date=end,
        buffer_days=buffer,
        purpose=purpose_for(rng, start),
        status=ReservationStatus.CANCELLED if fate == "cancelled" else ReservationStatus.REQUESTED,
        hub_status=hub_status,
    )
    out.add(
        Reservation,
        row,
        borrower if borrower.id else None,
        "reservation",
        "parties",
        with_partner=lender.id is not None,
    )
    if fate in ("cancelled", "pending"):
        return
    loan: dict[str, Any] = dict.fromkeys(_LOAN_COLUMNS) | {
        "reservation_id": row["id"],
        "equipment_id": item.id,
        "borrower_id": borrower.id,
        "decision": LoanDecision.DECLINED.value if fate == "declined" else LoanDecision.ACCEPTED.value,
        "decision_note": rng.choice(d.DECLINE_NOTES) if fate == "declined" else None,
        "out_accessories": [],
        "missing_accessories": [],
    }
    if fate in ("out", "overdue", "returned"):
        _check_out(rng, loan, item, start, lender.person(rng)[0], contact[0], between=borrower is not lender)
    if fate == "returned":
        late = rng.choice((0, 0, 0, 0, 0, 0, 1, 2, 3))
        back = min(end + timedelta(days=late), today - timedelta(days=1))
        _give_back(
            rng,
            loan,
            item,
            max(back, start),
            contact[0],
            lender.person(rng)[0],
            wanted if borrower is not lender else None,
        )
    out.add(
        Loan,
        ctx.record(**loan),
        lender if lender.id else None,
        "loan",
        "parties",
        with_partner=borrower.id is not None,
    )


def _check_out(
    rng: random.Random,
    loan: dict[str, Any],
    item: Item,
    day: date,
    handed: str | None,
    received: str | None,
    between: bool,
) -> None:
    deposit = item.deposit if between else None  # no deposit from our own volunteers
    method = DepositMethod.NONE.value
    if deposit:
        method = rng.choices(
            [DepositMethod.CHEQUE.value, DepositMethod.CASH.value, DepositMethod.TRANSFER.value],
            (75, 10, 15),
        )[0]
    loan.update(
        out_date=day,
        out_condition=item.condition,
        out_accessories=list(item.accessories),
        deposit_cents=deposit,
        deposit_method=method,
        cheque_number=f"{rng.randrange(10**6, 10**7)}" if method == DepositMethod.CHEQUE.value else None,
        handed_by=handed,
        received_by=received,
    )


def _give_back(
    rng: random.Random,
    loan: dict[str, Any],
    item: Item,
    day: date,
    returned: str | None,
    received: str | None,
    wanted: Wanted | None,
) -> None:
    deposit = loan["deposit_cents"] or 0
    outcome, kept, reason, missing, damage = DepositOutcome.RETURNED.value, 0, None, [], None
    condition = item.condition
    draw = rng.random()
    if deposit >= 200:
        if item.accessories and _take(wanted, DepositOutcome.PARTLY_KEPT.value):
            draw = 0.0
        elif _take(wanted, DepositOutcome.KEPT.value):
            draw = 0.99
    if draw < 0.08 and deposit >= 200 and item.accessories:
        missing = [rng.choice(item.accessories)]
        kept = min(deposit - 100, max(100, round(deposit * rng.uniform(0.1, 0.6) / 100) * 100))
        outcome, reason = DepositOutcome.PARTLY_KEPT.value, f"Accessoire non rendu : {missing[0]}."
    elif draw > 0.97 and deposit >= 200:
        outcome, kept, condition = DepositOutcome.KEPT.value, deposit, Condition.DAMAGED.value
        damage, reason = rng.choice(d.DAMAGES), "Dégâts supérieurs au montant de la caution."
    loan.update(
        return_date=day,
        return_condition=condition,
        missing_accessories=missing,
        damage_notes=damage,
        deposit_outcome=outcome,
        deposit_kept_cents=kept,
        deposit_kept_reason=reason,
        returned_by=returned,
        received_back_by=received,
    )
