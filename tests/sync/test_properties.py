"""Property-based sync test: three laptops of one association edit contacts offline and sync in any order.

Why three laptops of the same association (and none of another): contacts are private records,
so only the devices of their owner association ever see them. A laptop of another association
would only check isolation (test_convergence covers it) and would never merge or conflict.
Three editors of the same records give three-way merges, conflicts on a field changed on two
sides while the third changes another, edits against deletions made elsewhere, and restores
by a device that did not delete.

The hub is started once for the module; each example uses a fresh association, so examples
never see each other's records.

At the end of each example, every laptop syncs until nobody pushes or pulls anything, open
conflicts are settled (keep mine or keep theirs, by a fixed rule) and the syncs start again,
until no conflict is left. Then:
- the three stores hold the same live contacts, with the same synced values, and the hub too;
  a contact in one store's trash is deleted on the hub or never reached it (tombstones carry no
  fields, so the values of trashed copies are not compared, but a restore must bring them back);
- no acknowledged value is lost: for each field, the last value the hub acknowledged (applied,
  merged, or the unconflicted part of a conflict) is the hub's value, or is kept in a conflict;
- no pending edit vanished: each value a laptop had to send when it synced was acknowledged
  to that laptop afterwards or is kept in one of its conflicts (except the one case the design
  drops on purpose: the same field changed on two sides that both deleted the record).
"""

from __future__ import annotations

import itertools
import os
from collections import defaultdict
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sqlalchemy import select

from app.models.outbox import own_fields
from app.models.sync import OutboxEntry, SyncConflict
from app.services.contacts import records as contacts
from app.services.contacts import trash
from app.services.contacts.fields import ContactFields
from app.sync import conflicts
from app.sync.client import HubClient
from app.sync.records import Registry, wire_fields
from tests.sync.conftest import start_hub
from tests.sync.support import Fleet, HubDatabase, alive, bookkeeping, contacts_state, unique

VALUES = {
    "first_name": ["Léa", "Paul", "Zoé"],
    "last_name": ["", "Martin", "Roux"],
    "email": ["", "a@ex.fr", "b@ex.fr"],
    "notes": ["", "x", "y"],
    "tags": ["", "sport", "jeunesse, sport"],
}
CHANGES = [(name, value) for name, values in VALUES.items() for value in values]
# Small by default, to stay within a minute. ENTRAIDE_SYNC_EXAMPLES=300 searches harder;
# shrinking a failure takes minutes (every example ends with many syncs): ENTRAIDE_SYNC_SHRINK=1.
EXAMPLES = int(os.environ.get("ENTRAIDE_SYNC_EXAMPLES", "50"))
STEPS = int(os.environ.get("ENTRAIDE_SYNC_STEPS", "15"))
PHASES = (
    tuple(Phase) if os.environ.get("ENTRAIDE_SYNC_SHRINK") else (Phase.explicit, Phase.reuse, Phase.generate)
)
laptop_index = st.integers(0, 2)
pick = st.integers(0, 3)  # which contact, modulo how many there are: small, so edits often meet


@pytest.fixture(scope="module")
def property_hub(tmp_path_factory):
    hub = start_hub(tmp_path_factory.mktemp("hub-proprietes"))
    yield hub
    hub.server.should_exit = True


class RecordingClient(HubClient):
    """Notes every answer the hub gives to a push, in the order they arrive (all laptops share the log)."""

    log: list[tuple[int, int, dict, dict]]
    counter: itertools.count
    index: int

    def push(self, operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        results = super().push(operations)
        for operation, result in zip(operations, results, strict=True):
            self.log.append((next(self.counter), self.index, dict(operation), dict(result)))
        return results


def acknowledged(operation: dict, result: dict) -> dict[str, Any]:
    """The fields of an operation that the hub says it applied (merged fields included). In a
    conflict, the fields not in conflict are applied, except for an edit against a deletion."""
    if result["status"] in ("applied", "merged"):
        return dict(operation["fields"])
    if result["status"] == "conflict" and (operation["deleted"] or not result.get("deleted_on_hub")):
        return {f: v for f, v in operation["fields"].items() if f not in (result.get("conflicts") or {})}
    return {}


def dropped_by_design(operation: dict, result: dict) -> dict[str, Any]:
    """Deleted on both sides: a field this side changed that the other had changed too is not
    kept, and no conflict is made of it ("nothing for the user to decide", hub/push.py)."""
    if operation["deleted"] and result.get("deleted_on_hub") and result["status"] == "conflict":
        return {f: v for f, v in operation["fields"].items() if f in (result.get("conflicts") or {})}
    return {}


class SyncMachine(RuleBasedStateMachine):
    fleet: Fleet
    hub_db: HubDatabase

    def __init__(self) -> None:
        super().__init__()
        self.association = unique("Association")
        self.log: list[tuple[int, int, dict, dict]] = []
        counter = itertools.count()
        self.laptops = []
        for index in range(3):
            laptop = self.fleet.laptop(self.association, client_class=RecordingClient)
            laptop.client.log, laptop.client.counter, laptop.client.index = self.log, counter, index
            self.laptops.append(laptop)
        # What each laptop had pending each time it synced: (laptop, record, field, value, log
        # position then): the hub's answer to it comes later in the log.
        self.intents: set[tuple[int, str, str, Any, int]] = set()

    # --- helpers --------------------------------------------------------------------
    def _ids(self, i: int, trashed: bool) -> list[str]:
        return sorted(
            cid for cid, (in_trash, _) in contacts_state(self.laptops[i]).items() if in_trash == trashed
        )

    def _sync(self, i: int):
        laptop = self.laptops[i]

        def pending(session) -> set[tuple[int, str, str, Any, int]]:
            registry, out, now = Registry(), set(), len(self.log)
            for entry in session.scalars(select(OutboxEntry)):
                record = registry.load(session, entry.entity_type, entry.record_id)
                if record is not None:
                    names = [f for f in entry.fields if f in own_fields(record)]
                    out.update((i, entry.record_id, f, v, now) for f, v in wire_fields(record, names).items())
            return out

        self.intents |= laptop.run(pending)
        return laptop.sync(allow_mass_deletion=True)  # the guard has its own tests (test_safety)

    # --- what volunteers do offline ---------------------------------------------------
    @initialize(shared=st.integers(1, 2))
    def start_with_shared_contacts(self, shared: int) -> None:
        """A few contacts every laptop has, so that edits on two laptops meet from the first steps."""
        for n in range(shared):
            self.laptops[0].run(
                contacts.create_contact,
                ContactFields(
                    kind="person", first_name=VALUES["first_name"][n], last_name="Martin", notes="x"
                ),
            )
        for i in (0, 1, 2):
            self._sync(i)

    @rule(
        i=laptop_index,
        first=st.sampled_from(VALUES["first_name"]),
        last=st.sampled_from(VALUES["last_name"]),
        email=st.sampled_from(VALUES["email"]),
        notes=st.sampled_from(VALUES["notes"]),
        tags=st.sampled_from(VALUES["tags"]),
    )
    def create(self, i: int, first: str, last: str, email: str, notes: str, tags: str) -> None:
        self.laptops[i].run(
            contacts.create_contact,
            ContactFields(
                kind="person", first_name=first, last_name=last, email=email, notes=notes, tags=tags
            ),
        )

    @rule(i=laptop_index, which=pick, change=st.sampled_from(CHANGES))
    def edit(self, i: int, which: int, change: tuple[str, str]) -> None:
        ids = self._ids(i, trashed=False)
        if not ids:
            return
        contact_id = ids[which % len(ids)]
        data = self.laptops[i].run(contacts.get_detail, contact_id).fields
        setattr(data, *change)
        self.laptops[i].run(contacts.update_contact, contact_id, data)

    @rule(i=laptop_index, which=pick)
    def trash(self, i: int, which: int) -> None:
        ids = self._ids(i, trashed=False)
        if ids:
            self.laptops[i].run(trash.trash_contacts, [ids[which % len(ids)]])

    @rule(i=laptop_index, which=pick, change=st.sampled_from(CHANGES))
    def edit_then_trash(self, i: int, which: int, change: tuple[str, str]) -> None:
        """Corrects a field, then puts the contact in the trash: one operation on the wire."""
        ids = self._ids(i, trashed=False)
        if ids:
            self.edit(i, which, change)
            self.laptops[i].run(trash.trash_contacts, [ids[which % len(ids)]])

    @rule(i=laptop_index, which=pick)
    def restore(self, i: int, which: int) -> None:
        ids = self._ids(i, trashed=True)
        if ids:
            self.laptops[i].run(trash.restore_contacts, [ids[which % len(ids)]])

    @rule(i=laptop_index)
    def sync(self, i: int) -> None:
        self._sync(i)

    @rule(i=laptop_index, mine=st.booleans())
    def resolve(self, i: int, mine: bool) -> None:
        """The volunteer settles the oldest open conflict, maybe long after it appeared."""
        laptop = self.laptops[i]
        for conflict in laptop.run(conflicts.list_conflicts)[:1]:
            if conflict.kind == "refused":
                laptop.run(conflicts.dismiss, conflict.id)
            else:
                laptop.run(conflicts.keep_mine if mine else conflicts.keep_theirs, conflict.id)

    @rule(order=st.permutations([0, 1, 2]))
    def sync_all(self, order: list[int]) -> None:
        for i in order:
            self._sync(i)

    # --- the end: settle, then compare ---------------------------------------------------
    def _quiet(self) -> None:
        for _round in range(8):
            busy = False
            for i in range(3):
                report = self._sync(i)
                busy = busy or bool(report.pushed or report.pulled)
            if not busy:
                return
        raise AssertionError("the laptops kept pushing or pulling: no quiet state after 8 rounds")

    def _resolve(self) -> int:
        settled = 0
        for i, laptop in enumerate(self.laptops):
            for conflict in laptop.run(conflicts.list_conflicts):
                if conflict.kind == "refused":
                    laptop.run(conflicts.dismiss, conflict.id)
                elif (conflict.id + i) % 2 == 0:
                    laptop.run(conflicts.keep_mine, conflict.id)
                else:
                    laptop.run(conflicts.keep_theirs, conflict.id)
                settled += 1
        return settled

    def teardown(self) -> None:
        try:
            for _attempt in range(6):
                self._quiet()
                if not self._resolve():
                    break
            else:
                raise AssertionError("conflicts kept coming back after 6 rounds of resolution")
            self._check()
        finally:
            for laptop in self.laptops:
                laptop.database.close()

    def _check(self) -> None:
        states = [alive(laptop) for laptop in self.laptops]
        assert states[0] == states[1] == states[2], "the laptops do not hold the same contacts"
        for laptop in self.laptops:
            assert bookkeeping(laptop) | {"cursor": 0} == {
                "outbox": 0,
                "inbox": 0,
                "conflicts": 0,
                "cursor": 0,
            }
        on_hub = self.hub_db.records(self.association)
        for contact_id, fields in states[0].items():
            record = on_hub[contact_id]
            assert not record.deleted
            assert {k: record.fields.get(k) for k in fields} == fields
        for laptop in self.laptops:  # what is in a laptop's trash is deleted on the hub or never reached it
            for contact_id, (trashed, _fields) in contacts_state(laptop).items():
                if trashed:
                    assert contact_id not in on_hub or on_hub[contact_id].deleted

        recorded, recorded_by = self._conflict_values()
        # No acknowledged value lost: the last one acknowledged for each field is the hub's value,
        # unless it is kept in a conflict.
        last: dict[tuple[str, str], tuple[int, int, Any]] = {}
        acked: dict[tuple[int, str, str, Any], int] = {}  # (laptop, record, field, value) -> last position
        dropped: set[tuple[int, str, str, Any]] = set()
        for seq, i, operation, result in self.log:
            dropped.update(
                (i, operation["record_id"], name, value)
                for name, value in dropped_by_design(operation, result).items()
            )
            for name, value in acknowledged(operation, result).items():
                acked[(i, operation["record_id"], name, value)] = seq
                if result.get("version") is not None:
                    key = (operation["record_id"], name)
                    if key not in last or (result["version"], seq) > last[key][:2]:
                        last[key] = (result["version"], seq, value)
        for (record_id, name), (_version, _seq, value) in last.items():
            final = on_hub[record_id].fields.get(name)
            assert final == value or (record_id, name, value) in recorded, (
                f"acknowledged {name}={value!r} of {record_id} is lost: the hub has {final!r}"
            )
        # No pending edit dropped silently: what a laptop had to send was acknowledged or is in a conflict.
        for i, record_id, name, value, asked in self.intents:
            if (i, record_id, name, value) in dropped:
                continue
            answered = acked.get((i, record_id, name, value), -1) >= asked
            assert answered or (record_id, name, value) in recorded_by[i], (
                f"laptop {i}: {name}={value!r} of {record_id} neither acknowledged nor kept in a conflict"
            )

    def _conflict_values(self) -> tuple[set, dict[int, set]]:
        """(record, field, value) of every conflict ever recorded, resolved or not; also per laptop."""
        everywhere: set = set()
        per_laptop: dict[int, set] = defaultdict(set)

        def read(session) -> list[SyncConflict]:
            return list(session.scalars(select(SyncConflict)))

        for i, laptop in enumerate(self.laptops):
            for c in laptop.run(read):
                for side in (c.local_value, c.remote_value):
                    items = side.items() if isinstance(side, dict) else [(c.field, side)]
                    for name, value in items:
                        if name is not None:
                            everywhere.add((c.record_id, name, value))
                            per_laptop[i].add((c.record_id, name, value))
        return everywhere, per_laptop


def test_three_laptops_converge_and_lose_no_edit(property_hub, tmp_path_factory):
    fleet = Fleet(property_hub, tmp_path_factory.mktemp("portables-proprietes"))
    hub_db = HubDatabase(property_hub)
    machine = type("Machine", (SyncMachine,), {"fleet": fleet, "hub_db": hub_db})
    try:
        run_state_machine_as_test(
            machine,
            settings=settings(
                max_examples=EXAMPLES,
                stateful_step_count=STEPS,
                deadline=None,
                database=None,
                print_blob=True,
                phases=PHASES,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            ),
        )
    finally:
        hub_db.close()
        fleet.close()
