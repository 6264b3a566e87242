"""What the demo's equipment modules share: a partner association (`Party`), an item as the
loans need it (`Item`), and the rows kept until the end and written in bulk (`Rows`): ours,
the partners' (with the `sync_records` row a pull would write) and our local ones about a
partner (see app/demo/equipment.py for why)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app.models import SyncedRecord
from app.models.outbox import APPLYING_REMOTE

if TYPE_CHECKING:
    from app.demo.context import DemoContext

Contact = tuple[str | None, str | None]  # (name, E.164 phone)


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
