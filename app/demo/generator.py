"""Deterministic French demo data for a store, made in bulk: `entraide demo --size N`.

Each record type is one `Step` in `STEPS`: a function that draws from `ctx.rng`,
reads what earlier steps made (ids kept on the `DemoContext`) and hands rows to
`ctx.add`. Rows go through the ORM's bulk INSERT (`session.execute(insert(Model),
rows)`) in chunks, so the FTS triggers and any ORM execute listener (the future
sync outbox) see them, at a fraction of the cost of one ORM object per row.

Drawing rows on a second thread was tried and is slower: the writer and the drawer
then fight over the GIL at every row SQLite binds.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from app.db import table_of
from app.demo import agreements as demo_agreements
from app.demo import contacts, equipment
from app.demo import needs as demo_needs
from app.demo import practices as demo_practices
from app.demo.context import DemoContext, DemoSummary
from app.demo.identity import make_identity
from app.ids import new_id
from app.models import Contact, Organisation, utcnow

DEFAULT_SEED = 1901
BULK_CACHE_KIB = 131072
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[DemoContext], None]
    planned: Callable[[DemoContext], int]  # expected rows: weights the progress


def practice_count(size: int) -> int:
    """Practices for a demo of `size` contacts: 250 for a small one, 500 from 100,000 contacts."""
    return min(500, 250 + size // 400)


def _practices_wanted(ctx: DemoContext) -> int:
    return ctx.practices if ctx.practices is not None else practice_count(ctx.size)


def planned_practice_rows(ctx: DemoContext) -> int:
    return 6 * _practices_wanted(ctx)  # each with about 1.7 versions and 3 feedback records


def make_practices(ctx: DemoContext) -> None:
    """The library's practices, versions and feedback (app/demo/practices.py), drawn
    from a seed taken from this step's generator: the same demo seed, the same practices."""
    count = _practices_wanted(ctx)
    if count <= 0:
        return
    made = demo_practices.generate_practices(ctx.session, count, seed=ctx.rng.randrange(2**31))
    for table, rows in made.items():
        ctx.tally(table, rows)


# Roles come before the people they name (their ids are reserved up front and foreign keys
# are checked at commit): each person's search row is then written once, organisations
# included, instead of being rewritten for every role, a rewrite that makes FTS5 flush
# its pending index each time (it halves the time of a large demo).
STEPS: list[Step] = [
    Step("identity", make_identity, lambda _ctx: 0),
    Step("organisations", contacts.make_organisations, lambda ctx: contacts.organisation_count(ctx.size)),
    Step("roles", contacts.make_roles, lambda ctx: contacts.organisation_count(ctx.size) * 4),
    Step("people", contacts.make_people, lambda ctx: contacts.people_count(ctx.size)),
    Step("consents", contacts.make_consents, lambda ctx: ctx.size // 2),
    # Then: the partners and the people on loans are contacts made above.
    Step("equipment", equipment.make_equipment, equipment.planned_rows),
    # After the equipment: the practices' authors are the network's partners it listed.
    Step("practices", make_practices, planned_practice_rows),
    # After the equipment: agreements name its partners and lend our items.
    Step("agreements", demo_agreements.make_agreements, lambda _ctx: demo_agreements.AGREEMENTS),
    # Last: needs and offers that meet the equipment, the practices and the people made above.
    Step("needs", demo_needs.make_needs, lambda _ctx: demo_needs.PLANNED),
]


class _Writer:
    """Bulk-inserts each chunk through the ORM, counts rows and reports progress."""

    def __init__(self, session: Session, total: int, progress: Progress | None) -> None:
        self.session, self.total, self.progress = session, total, progress
        self.counts: dict[str, int] = {}
        self.done = 0

    def __call__(self, step: str, model: type, rows: list[dict[str, Any]]) -> None:
        # render_nulls keeps None values in every row, so the chunk is one executemany
        # (otherwise rows are grouped by which columns are None, and many go one by one).
        self.session.execute(insert(model).execution_options(render_nulls=True), rows)
        # Roles may name people written later: check foreign keys at commit. pysqlite opens
        # SQLite's transaction lazily at the first INSERT and the pragma only lasts for the
        # open transaction, so it is set after each chunk (organisations always come first).
        self.session.execute(text("PRAGMA defer_foreign_keys = ON"))
        # The equipment step writes several kinds of rows: counted by table.
        key = table_of(model).name if step == "equipment" else step
        self.tally(key, len(rows))

    def tally(self, key: str, rows: int) -> None:
        self.counts[key] = self.counts.get(key, 0) + rows
        self.done = min(self.total, self.done + rows)
        if self.progress:
            self.progress(self.done, self.total)


def generate_demo(
    session: Session,
    size: int,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
    *,
    equipment: int | None = None,
    reservations: int | None = None,
    practices: int | None = None,
) -> DemoSummary:
    """Add `size` contacts (and what hangs off them) to the store, inside the caller's transaction,
    and equipment with its reservations and loans (`equipment` items, 0 for none; by default
    in proportion to `size`), and practices for the library (`practices`, 0 for none; by default
    a few hundred, a little more for a big store)."""
    if size <= 0:
        raise ValueError("size must be positive")
    existing = session.scalar(select(func.count()).select_from(Contact)) or 0
    # A store that already holds contacts gets different (still reproducible) data.
    base_seed = f"{seed}" if existing == 0 else f"{seed}+{existing}"
    writer = _Writer(session, 0, progress)
    ctx = DemoContext(
        size=size,
        today=date.today(),
        now=utcnow(),
        write=writer,
        session=session,
        equipment=equipment,
        reservations=reservations,
        practices=practices,
        tally=writer.tally,
    )
    writer.total = sum(step.planned(ctx) for step in STEPS)
    ctx.people = [new_id() for _ in range(contacts.people_count(size))]
    if existing:
        ctx.used_sirens.update(
            s[:8]
            for s in session.scalars(select(Organisation.siret).where(Organisation.siret.is_not(None)))
            if s
        )
        ctx.used_names.update(session.scalars(select(Organisation.display_name)))
    # A bigger page cache for this connection while the index grows: fewer pages spilled
    # to the WAL and read back (about 5 % faster on 100 000 contacts). Restored after.
    cache_size = session.scalar(text("PRAGMA cache_size"))
    session.execute(text(f"PRAGMA cache_size = -{BULK_CACHE_KIB}"))
    try:
        for step in STEPS:
            # One generator per step: adding a step never changes what the others produce.
            ctx.rng = random.Random(f"{base_seed}:{step.name}")
            ctx.step = step.name
            step.run(ctx)
            ctx.flush()
    finally:
        session.execute(text(f"PRAGMA cache_size = {int(cache_size or -2000)}"))
    if progress:
        progress(writer.total, writer.total)
    return DemoSummary(writer.counts)
