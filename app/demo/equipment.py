"""The equipment part of the demo: our equipment and the partners', reservations and loans.

The last step of app.demo.generator.STEPS: the network's partner associations are some of the
demo's associations (same names, RNA, SIRET), and the people on reservations and loans are
their president or equipment referent, or a few demo people standing for our volunteers.

The demo imitates what a sync would bring. A record without a `sync_records` row is ours
(app/services/equipment/records.py), so the partners' equipment, their reservations of our equipment
and their loans of their equipment get the row a pull would write, naming the partner as
owner, and are inserted as a pull applies them (`APPLYING_REMOTE`: nothing for the outbox).
Our own records about a partner (our reservations of its equipment, our loans to it) are
written the same way but without that row: they are ours, yet never sent, since the partners
exist only in this demo and a real hub would refuse them.
Dates are relative to today: some loans are out, some overdue, most came back.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.demo import words as d
from app.ids import new_id
from app.models import (
    Condition,
    DepositMethod,
    DepositOutcome,
    Equipment,
    Loan,
    LoanDecision,
    NetworkAssociation,
    Organisation,
    OrganisationKind,
    Person,
    Reservation,
    ReservationStatus,
    Role,
    RoleKind,
    SyncedRecord,
)
from app.models.outbox import APPLYING_REMOTE

if TYPE_CHECKING:
    from app.demo.context import DemoContext

DAYS_BEFORE, DAYS_AFTER = 540, 180  # reservations from 18 months ago to 6 months ahead
MAX_PER_ITEM = 24  # at most one reservation a month on average
Contact = tuple[str | None, str | None]  # (name, E.164 phone)


def equipment_count(size: int) -> int:
    """Items for a demo of `size` contacts: 40 for a small one, 240 for 100,000 contacts."""
    return min(300, 40 + size // 500)


def our_count(items: int) -> int:
    """How many of the items are ours; the others belong to partner associations."""
    return min(items, max(min(len(d.EQUIPMENT_TEMPLATES), items // 2), items // 10))


def planned_rows(ctx: DemoContext) -> int:
    items = ctx.equipment if ctx.equipment is not None else equipment_count(ctx.size)
    expected = ctx.reservations if ctx.reservations is not None else 4 * our_count(items) + items // 2
    return items + 2 * expected  # items, reservations and about as many loans


@dataclass
class Party:
    """A partner association as the network lists it; `id` None stands for us."""

    id: str | None
    name: str
    contacts: list[Contact]

    def person(self, rng: random.Random) -> Contact:
        return rng.choice(self.contacts[:2]) if self.contacts else (None, None)


@dataclass
class Item:
    id: str
    owner: Party | None  # None: ours
    condition: str
    deposit: int | None
    accessories: list[str]
    out_of_service: bool
    maintenance: tuple[date, date] | None


# --- who is who ------------------------------------------------------------------------------


def _partners(ctx: DemoContext, out: Rows, wanted: int) -> list[Party]:
    """Some of the associations just made, as members of the network, with who to call there."""
    associations = [org for org, kind in ctx.organisations if kind == OrganisationKind.ASSOCIATION.value]
    chosen = ctx.rng.sample(associations, min(wanted, len(associations)))
    if not chosen:
        return []
    session = ctx.session
    orgs = {
        row[0]: row
        for row in session.execute(
            select(Organisation.id, Organisation.display_name, Organisation.rna, Organisation.siret).where(
                Organisation.id.in_(chosen)
            )
        )
    }
    contacts: dict[str, list[Contact]] = {org: [] for org in chosen}
    for org, name, phone in session.execute(
        select(Role.organisation_id, Person.display_name, Person.phone)
        .join(Person, Person.id == Role.person_id)
        .where(
            Role.organisation_id.in_(chosen),
            Role.end_date.is_(None),
            Role.role.in_([RoleKind.EQUIPMENT_OFFICER.value, RoleKind.PRESIDENT.value]),
        )
        .order_by(Role.organisation_id, Role.role.desc(), Person.display_name)  # referent first
    ):
        contacts[org].append((name, phone))
    parties = []
    for org in chosen:
        _, name, rna, siret = orgs[org]
        party = Party(new_id(), name, contacts[org])
        out.ours.setdefault(NetworkAssociation, []).append(
            {"id": party.id, "name": name, "rna": rna, "siret": siret}
        )
        parties.append(party)
    return parties


def _volunteers(ctx: DemoContext) -> Party:
    """Us: a few of the demo's people stand for our volunteers."""
    chosen = ctx.rng.sample(ctx.people, min(6, len(ctx.people)))
    found = {
        row[0]: (row[1], row[2])
        for row in ctx.session.execute(
            select(Person.id, Person.display_name, Person.phone).where(Person.id.in_(chosen))
        )
    }
    return Party(None, "", [found[person] for person in chosen if person in found])


# --- the equipment ---------------------------------------------------------------------------

_CONDITIONS = [c.value for c in Condition]
_CONDITION_WEIGHTS = (10, 30, 40, 15, 5)
# Among our first items: two out of service, two with a maintenance period (days from today).
_OUR_OUT_OF_SERVICE = frozenset({13, 26})  # the beer tap, the printer
_OUR_MAINTENANCE = {10: (-2, 12), 7: (20, 34)}  # the crêpe maker now, the big marquee later


def _items(ctx: DemoContext, out: Rows, items: int, partners: list[Party]) -> list[Item]:
    rng, today = ctx.rng, ctx.today
    templates = d.EQUIPMENT_TEMPLATES
    ours = our_count(items) if partners else items
    made: list[Item] = []
    seen: dict[tuple[str | None, str], int] = {}
    for index in range(items):
        owner = None if index < ours else rng.choice(partners)
        template = templates[index % len(templates)] if owner is None else rng.choice(templates)
        name, category, value, deposit, accessories, description = template
        key = (owner.id if owner else None, name)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            name = f"{name} n° {seen[key]}"
        out_of_service = index in _OUR_OUT_OF_SERVICE if owner is None and index < 40 else rng.random() < 0.02
        maintenance = None
        if owner is None and index in _OUR_MAINTENANCE:
            low, high = _OUR_MAINTENANCE[index]
            maintenance = (today + timedelta(days=low), today + timedelta(days=high))
        elif not out_of_service and (index >= 40 or owner is not None) and rng.random() < 0.03:
            start = today + timedelta(days=rng.randint(-60, 120))
            maintenance = (start, start + timedelta(days=rng.randint(3, 20)))
        notes = None
        if out_of_service:
            notes = rng.choice(d.OUT_OF_SERVICE_NOTES)
        elif rng.random() < 0.15:
            notes = rng.choice(d.EQUIPMENT_NOTES)
        row = ctx.record(
            name=name,
            category=category,
            description=description or None,
            storage_place=rng.choice(d.STORAGE_PLACES),
            purchase_value_cents=round(value * rng.uniform(0.8, 1.2) / 10) * 1000,
            deposit_cents=deposit * 100 or None,
            condition=rng.choices(_CONDITIONS, _CONDITION_WEIGHTS)[0],
            accessories=list(accessories),
            photo=None,
            notes=notes,
            # Partners' private equipment never reaches us; a few of ours are kept private.
            shared=owner is not None or (name != "Coffre-fort de caisse" and rng.random() < 0.95),
            out_of_service=out_of_service,
            maintenance_from=maintenance[0] if maintenance else None,
            maintenance_to=maintenance[1] if maintenance else None,
        )
        out.add(Equipment, row, owner, "equipment", "network")
        made.append(
            Item(
                row["id"],
                owner,
                row["condition"],
                row["deposit_cents"],
                list(accessories),
                out_of_service,
                maintenance,
            )
        )
    return made


# --- reservations and loans ------------------------------------------------------------------

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


def _reservations(
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
        purpose=rng.choice(d.RESERVATION_PURPOSES),
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


# --- writing ---------------------------------------------------------------------------------


@dataclass
class Rows:
    """Rows kept by model until the end, then written in bulk: ours, then the partners'."""

    ours: dict[type, list[dict[str, Any]]] = field(default_factory=dict)
    theirs: dict[type, list[dict[str, Any]]] = field(default_factory=dict)
    # Ours, but about a partner that exists only in the demo (our reservation of its equipment,
    # our loan to it): a real hub would refuse them, so they stay on this computer.
    local: dict[type, list[dict[str, Any]]] = field(default_factory=dict)

    def add(
        self,
        model: type,
        row: dict[str, Any],
        owner: Party | None,
        entity: str,
        visibility: str,
        *,
        with_partner: bool = False,
    ) -> None:
        if owner is None:
            (self.local if with_partner else self.ours).setdefault(model, []).append(row)
            return
        self.theirs.setdefault(model, []).append(row)
        self.theirs.setdefault(SyncedRecord, []).append(
            {
                "record_id": row["id"],
                "entity_type": entity,
                "version": 1,
                "owner_id": owner.id,
                "visibility": visibility,
                "parties": [],
            }
        )

    def write(self, ctx: DemoContext) -> None:
        for remote, groups in ((False, self.ours), (True, self.theirs), (True, self.local)):
            ctx.session.info[APPLYING_REMOTE] = remote  # the partners' as a pull applies them: no outbox
            try:
                for model, rows in groups.items():
                    for row in rows:
                        ctx.add(model, row)
                ctx.flush()
            finally:
                ctx.session.info.pop(APPLYING_REMOTE, None)


def make_equipment(ctx: DemoContext) -> None:
    items = ctx.equipment if ctx.equipment is not None else equipment_count(ctx.size)
    if items <= 0:
        return
    out = Rows()
    partners = _partners(ctx, out, max(3, items // 40))
    us = _volunteers(ctx)
    made = _items(ctx, out, items, partners)
    _reservations(ctx, out, made, partners, us, ctx.reservations)
    out.write(ctx)
