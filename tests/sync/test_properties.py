"""Property-based sync test: three laptops of two associations, and a hostile device, in any order.

Laptops 0 and 1 belong to Les Amis: they edit the same contacts offline (three-way merges,
conflicts, edits against deletions, restores by a device that did not delete), give them consents
(records that belong to a person), trash them, restore them and empty the trash; they own the
equipment and make it private or shared again (what Le Comité sees changes). Laptop 2 belongs to
Le Comité: it reserves that equipment, moves a reservation onto dates already held (a refused
edit) and cancels (also after the equipment went private). A fourth device of Les Amis pushes
random values of wrong types. Every laptop syncs with its own small page size.

The hub is started once for the module; each example uses fresh associations, so examples never
see each other's records.

At the end of each example every laptop syncs until nobody pushes or pulls anything, open
conflicts are settled (keep mine or keep theirs by a fixed rule), and so on until none is left.
Then, for every laptop:
- it holds exactly what the hub holds for it (alive records visible to its association, with the
  same values), except a record it created that the hub refused (kept here, shown as refused);
- its inbox and outbox are empty, and anything in quarantine has a reason;
- no record is alive under a deleted parent, here or on the hub;
and for the contacts: no acknowledged value is lost, no pending edit vanished without a conflict.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from app.errors import InvalidInput
from app.models import Consent, Equipment, Reservation
from app.models.outbox import own_fields
from app.models.sync import OutboxEntry
from app.services import trash_listing
from app.services.contacts import records as contacts
from app.services.contacts import trash
from app.services.contacts.fields import ContactFields
from app.services.equipment import loans
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields
from app.sync import conflicts, quarantine
from app.sync.client import HubClient
from app.sync.records import Registry
from app.sync.row_shapes import wire_fields
from tests.sync.conftest import start_hub
from tests.sync.property_checks import SyncChecks, hostile_values
from tests.sync.support import Fleet, HubDatabase, unique

VALUES = {
    "first_name": ["Léa", "Paul", "Zoé"],
    "last_name": ["", "Martin", "Roux"],
    "email": ["", "a@ex.fr", "b@ex.fr"],
    "notes": ["", "x", "y"],
    "tags": ["", "sport", "jeunesse, sport"],
}
CHANGES = [(name, value) for name, values in VALUES.items() for value in values]
# 200 examples by default (about two minutes on two cores). ENTRAIDE_SYNC_EXAMPLES=1000 searches
# harder; shrinking a failure takes minutes (every example ends with many syncs): ENTRAIDE_SYNC_SHRINK=1.
EXAMPLES = int(os.environ.get("ENTRAIDE_SYNC_EXAMPLES", "200"))
STEPS = int(os.environ.get("ENTRAIDE_SYNC_STEPS", "12"))
PHASES = (
    tuple(Phase) if os.environ.get("ENTRAIDE_SYNC_SHRINK") else (Phase.explicit, Phase.reuse, Phase.generate)
)
amis = st.integers(0, 1)  # the laptops of Les Amis; laptop 2 is Le Comité's
any_laptop = st.integers(0, 2)
pick = st.integers(0, 3)  # which record, modulo how many there are: small, so edits often meet
SLOTS = [date(2031, 6, 1) + timedelta(days=4 * n) for n in range(3)]  # 2-day reservations


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


class SyncMachine(RuleBasedStateMachine, SyncChecks):
    fleet: Fleet
    hub_db: HubDatabase

    def __init__(self) -> None:
        super().__init__()
        self.association, self.borrower = unique("Les Amis"), unique("Le Comité")
        self.log: list[tuple[int, int, dict, dict]] = []
        counter = itertools.count()
        self.laptops = []
        for index, association in enumerate((self.association, self.association, self.borrower)):
            laptop = self.fleet.laptop(association, client_class=RecordingClient)
            laptop.client.log, laptop.client.counter, laptop.client.index = self.log, counter, index
            self.laptops.append(laptop)
        self.hostile = RecordingClient(self.fleet.hub.url, retries=2, backoff=0.05)
        self.hostile.token = self.hostile.enroll(self.fleet.hub.enrollment_code(self.association), "x").token
        self.hostile.log, self.hostile.counter, self.hostile.index = self.log, counter, 3
        self.page_sizes = [1000, 1000, 1000]
        # What each laptop had pending each time it synced: (laptop, record, field, value, log
        # position then): the hub's answer to it comes later in the log.
        self.intents: set[tuple[int, str, str, Any, int]] = set()

    # --- helpers --------------------------------------------------------------------
    def _ids(self, i: int, model: type, *, trashed: bool = False, **where: Any) -> list[str]:
        def read(session) -> list[str]:
            query = select(model.id).where(
                model.deleted_at.is_not(None) if trashed else model.deleted_at.is_(None)
            )
            for name, value in where.items():
                query = query.where(getattr(model, name) == value)
            return sorted(session.scalars(query))

        return self.laptops[i].run(read)

    def _people(self, i: int, trashed: bool = False) -> list[str]:
        return self._ids(i, contacts.Person, trashed=trashed)

    def _sync(self, i: int):
        laptop = self.laptops[i]

        def pending(session) -> set[tuple[int, str, str, Any, int]]:
            registry, out, now = Registry(), set(), len(self.log)
            for entry in session.scalars(select(OutboxEntry).where(OutboxEntry.entity_type == "contact")):
                record = registry.load(session, entry.entity_type, entry.record_id)
                if record is not None:
                    names = [f for f in entry.fields if f in own_fields(record)]
                    out.update((i, entry.record_id, f, v, now) for f, v in wire_fields(record, names).items())
            return out

        self.intents |= laptop.run(pending)
        return laptop.sync(allow_mass_deletion=True, page_size=self.page_sizes[i])

    # --- what volunteers do offline ---------------------------------------------------
    @initialize(
        shared=st.integers(1, 2), pages=st.lists(st.sampled_from([1, 2, 3, 1000]), min_size=3, max_size=3)
    )
    def start(self, shared: int, pages: list[int]) -> None:
        """A few contacts both laptops of Les Amis have, and a projector Le Comité may reserve."""
        self.page_sizes = pages
        for n in range(shared):
            self.laptops[0].run(
                contacts.create_contact,
                ContactFields(
                    kind="person", first_name=VALUES["first_name"][n], last_name="Martin", notes="x"
                ),
            )
        self.laptops[0].run(eq.create_equipment, EquipmentFields(name="Vidéoprojecteur", shared=True))
        for i in (0, 1, 2):
            self._sync(i)

    @rule(i=amis, first=st.sampled_from(VALUES["first_name"]), email=st.sampled_from(VALUES["email"]))
    def create(self, i: int, first: str, email: str) -> None:
        self.laptops[i].run(
            contacts.create_contact, ContactFields(kind="person", first_name=first, email=email)
        )

    @rule(i=amis, which=pick, change=st.sampled_from(CHANGES))
    def edit(self, i: int, which: int, change: tuple[str, str]) -> None:
        """Also a parent edited after its children (its consents), served after them."""
        ids = self._people(i)
        if ids:
            contact_id = ids[which % len(ids)]
            data = self.laptops[i].run(contacts.get_detail, contact_id).fields
            setattr(data, *change)
            self.laptops[i].run(contacts.update_contact, contact_id, data)

    @rule(i=amis, which=pick)
    def give_consent(self, i: int, which: int) -> None:
        ids = self._people(i)
        if ids:
            self.laptops[i].run(contacts.add_consent, ids[which % len(ids)], "Lettre", date(2026, 1, 5))

    @rule(i=amis, which=pick)
    def trash(self, i: int, which: int) -> None:
        ids = self._people(i)
        if ids:
            self.laptops[i].run(trash.trash_contacts, [ids[which % len(ids)]])

    @rule(i=amis, which=pick)
    def restore(self, i: int, which: int) -> None:
        ids = self._people(i, trashed=True)
        if ids:
            self.laptops[i].run(trash.restore_contacts, [ids[which % len(ids)]])

    @rule(i=amis)
    def empty_trash(self, i: int) -> None:
        self.laptops[i].run(trash_listing.empty, ["contact"])

    @rule(i=amis, which=pick, shared=st.booleans())
    def share(self, i: int, which: int, shared: bool) -> None:
        """The owner makes its equipment private or shared again: Le Comité loses or gets it."""
        ids = self._ids(i, Equipment)
        if ids:
            item = ids[which % len(ids)]
            self.laptops[i].run(lambda s: setattr(s.get(Equipment, item), "shared", shared))

    @rule(which=pick, slot=st.sampled_from(SLOTS))
    def reserve(self, which: int, slot: date) -> None:
        items = self._ids(2, Equipment, shared=True)
        if items:
            item = items[which % len(items)]
            with contextlib.suppress(InvalidInput):  # dates known to be taken: refused at once
                self.laptops[2].run(lambda s: loans.reserve(s, item, slot, slot + timedelta(days=1)))

    @rule(which=pick, slot=st.sampled_from(SLOTS))
    def move_reservation(self, which: int, slot: date) -> None:
        """New dates, maybe held by another reservation (refused by the hub), and a new purpose."""
        ids = self._ids(2, Reservation, status="requested")
        if ids:
            chosen = ids[which % len(ids)]

            def move(session) -> None:
                reservation = session.get(Reservation, chosen)
                reservation.start_date, reservation.end_date = slot, slot + timedelta(days=1)
                reservation.purpose = f"Fête {slot:%d}"

            self.laptops[2].run(move)

    @rule(which=pick)
    def cancel(self, which: int) -> None:
        ids = self._ids(2, Reservation, status="requested")
        if ids:
            self.laptops[2].run(loans.cancel, ids[which % len(ids)])

    @rule(entity_type=st.sampled_from(["equipment", "contact", "consent"]), data=st.data())
    def hostile_push(self, entity_type: str, data: st.DataObject) -> None:
        """A device of Les Amis sends values of the wrong types, for new records or theirs."""
        existing = self._ids(0, Consent) if entity_type == "consent" else self._people(0)
        if entity_type == "equipment":
            existing = self._ids(0, Equipment)
        target = data.draw(st.sampled_from([*existing[:2], str(uuid.uuid4())]))
        fields = data.draw(hostile_values(entity_type))
        operation = {
            "op_id": f"op-{uuid.uuid4().hex}",
            "entity_type": entity_type,
            "record_id": target,
            "base_version": data.draw(st.integers(0, 10_000)),
            "deleted": False,
            "fields": fields,
        }
        self.hostile.push([operation])

    @rule(i=any_laptop)
    def sync(self, i: int) -> None:
        self._sync(i)

    @rule(i=any_laptop, mine=st.booleans())
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

    @invariant()
    def nothing_waits_without_a_reason(self) -> None:
        for laptop in self.laptops:
            assert all(held.problems and held.code for held in laptop.run(quarantine.listing))

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
            self.check_every_laptop()
            self.check_no_contact_edit_lost()
            self.forget_this_example()
        finally:
            for laptop in self.laptops:
                laptop.database.close()


def test_three_laptops_of_two_associations_converge_and_lose_no_edit(property_hub, tmp_path_factory):
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
