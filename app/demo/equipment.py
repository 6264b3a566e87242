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

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.demo import words as d
from app.demo.equipment_loans import DAYS_AFTER, DAYS_BEFORE, make_reservations
from app.demo.equipment_rows import Contact, Item, Party, Rows
from app.ids import new_id
from app.models import (
    Condition,
    Equipment,
    NetworkAssociation,
    Organisation,
    OrganisationKind,
    Person,
    Role,
    RoleKind,
)

if TYPE_CHECKING:
    from app.demo.context import DemoContext

# DAYS_*: the reservations' window, read by the benchmarks with the counts.
__all__ = ["DAYS_AFTER", "DAYS_BEFORE", "equipment_count", "make_equipment", "planned_rows"]


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


def make_equipment(ctx: DemoContext) -> None:
    items = ctx.equipment if ctx.equipment is not None else equipment_count(ctx.size)
    if items <= 0:
        return
    out = Rows()
    partners = _partners(ctx, out, max(3, items // 40))
    us = _volunteers(ctx)
    made = _items(ctx, out, items, partners)
    make_reservations(ctx, out, made, partners, us, ctx.reservations)
    out.write(ctx)
