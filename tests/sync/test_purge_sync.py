"""Deleted for good on one laptop, gone everywhere: the other laptop of the association deletes
it and what belongs to it, keeps no byte of its values, and its pending edit is refused; the
hub's file keeps none either."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import date

from sqlalchemy import select

from app.models import Contact, Equipment, Reservation
from app.models.sync import OutboxEntry, SyncConflict
from app.services import trash, trash_listing
from app.services.contacts import records as contacts
from app.services.contacts import trash as contact_trash
from app.services.contacts.fields import ContactFields
from app.services.equipment import loans
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields
from tests.sync.conftest import start_hub
from tests.sync.test_safety import wait_until_closed

WORDS = ("quatrebarbes", "arachides")


def _bytes(paths) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(paths)).lower()


def test_a_purge_leaves_no_trace_on_the_other_laptop_nor_on_the_hub(laptops, live_hub, tmp_path):
    first, second = laptops("Les Amis", "premier"), laptops("Les Amis", "second")

    def make(s) -> str:
        person = contacts.create_contact(
            s,
            ContactFields(kind="person", first_name="Zéphyrine", last_name="Quatrebarbes", notes="arachides"),
        )
        contacts.add_consent(s, person, "lettre d'information", date(2026, 1, 5), "formulaire Quatrebarbes")
        return person

    person = first.run(make)
    first.sync()
    second.sync()
    assert second.run(lambda s: s.get(Contact, person)) is not None
    # The second laptop, offline, edits the person; the first deletes it for good.
    second.run(lambda s: setattr(s.get_one(Contact, person), "notes", "arachides, toujours"))
    first.run(lambda s: contact_trash.trash_contacts(s, [person]))
    assert first.run(lambda s: trash_listing.purge(s, [("contact", person)])) == 1
    first.sync()

    report = second.sync()
    assert report.conflicts == 1  # its edit was refused: the record is gone for good

    def left(s):
        refusals = s.scalars(select(SyncConflict)).all()
        return (
            s.scalars(select(Contact)).all(),
            s.scalars(select(OutboxEntry)).all(),
            [(c.kind, c.reason_code, c.local_value, c.remote_value) for c in refusals],
        )

    records, outbox, refusals = second.run(left)
    assert records == [] and outbox == []
    assert refusals == [("refused", "purged", None, None)]  # why, without the values
    assert second.run(trash_listing.listing) == []  # not in its Corbeille either
    for laptop in (first, second):
        laptop.database.close()
        raw = _bytes(laptop.paths.root.glob("*.sqlite3*"))
        for word in WORDS:
            assert word.encode() not in raw, (laptop.name, word)
    # The hub's file, its journal folded after the purge.
    hub_files = list((tmp_path / "hub").rglob("*.sqlite3*")) + list((tmp_path / "hub").rglob("*.db*"))
    assert hub_files
    raw = _bytes(hub_files)
    for word in WORDS:
        assert word.encode() not in raw, word
    # A copy kept elsewhere cannot bring it back: the hub refuses to restore it.
    restore = {
        "op_id": "restore-after-purge",
        "entity_type": "contact",
        "record_id": person,
        "base_version": 10**6,
        "fields": {"notes": "revenue"},
        "deleted": False,
    }
    [refused] = first.client.push([restore])
    assert refused["status"] == "rejected" and refused["reason_code"] == "purged"


def test_a_hub_restored_from_an_older_backup_does_not_bring_back_what_was_purged(laptops, live_hub, tmp_path):
    bureau, maison, autres = (
        laptops("Les Amis", "bureau"),
        laptops("Les Amis", "maison"),
        laptops("Les Autres"),
    )
    marquee = bureau.run(eq.create_equipment, EquipmentFields(name="Barnum Quatrebarbes", shared=True))
    for laptop in (bureau, maison, autres):
        laptop.sync()
    assert autres.run(lambda s: s.get(Equipment, marquee)) is not None  # the network sees it
    # The hub's backup, taken while it still held the marquee.
    older = tmp_path / "sauvegarde.sqlite3"
    with sqlite3.connect(tmp_path / "hub" / "hub.sqlite3") as source, sqlite3.connect(older) as copy:
        source.backup(copy)
    bureau.run(lambda s: trash.trash(s, [s.get_one(Equipment, marquee)]))
    assert bureau.run(lambda s: trash_listing.purge(s, [("equipment", marquee)])) == 1
    for laptop in (bureau, maison, autres):
        laptop.sync()
        assert laptop.run(lambda s: s.get(Equipment, marquee)) is None

    # The hub is restored from that backup: a new identity, the marquee's values back on it.
    wait_until_closed(live_hub)
    (tmp_path / "hub-restauré").mkdir()
    shutil.copy(older, tmp_path / "hub-restauré" / "hub.sqlite3")
    with sqlite3.connect(tmp_path / "hub-restauré" / "hub.sqlite3") as restored:
        restored.execute("UPDATE hub_state SET instance_id = ?", (str(uuid.uuid4()),))
    restored_hub = start_hub(tmp_path / "hub-restauré", live_hub.settings.port)
    try:
        # Another association's laptop pulls from zero first: the marquee comes, and is not applied.
        assert autres.sync().hub_replaced
        assert autres.run(lambda s: s.get(Equipment, marquee)) is None
        assert bureau.sync().hub_replaced  # an owner's laptop tells the restored hub again
        fresh = laptops("Les Autres", "nouveau", hub=restored_hub)
        fresh.sync()
        assert fresh.run(lambda s: s.get(Equipment, marquee)) is None
        with sqlite3.connect(tmp_path / "hub-restauré" / "hub.sqlite3") as restored:
            fields, purged = restored.execute(
                "SELECT fields, purged FROM records WHERE record_id = ?", (marquee,)
            ).fetchone()
        assert (fields, purged) == ("{}", 1)
    finally:
        restored_hub.server.should_exit = True


def test_another_associations_purge_deletes_its_record_and_leaves_ours(laptops):
    lender, borrower = laptops("Les Amis", "preteur"), laptops("Comité des Fêtes", "emprunteur")
    marquee = lender.run(eq.create_equipment, EquipmentFields(name="Barnum Quatrebarbes", shared=True))
    lender.sync()
    borrower.sync()
    asked = borrower.run(lambda s: loans.reserve(s, marquee, date(2031, 6, 1), date(2031, 6, 2)))
    borrower.sync()
    lender.run(lambda s: trash.trash(s, [s.get_one(Equipment, marquee)]))
    assert lender.run(lambda s: trash_listing.purge(s, [("equipment", marquee)])) == 1
    lender.sync()
    borrower.sync()
    assert borrower.run(lambda s: s.get(Equipment, marquee)) is None
    assert borrower.run(lambda s: s.get(Reservation, asked)) is not None  # ours: kept
    borrower.database.close()
    assert b"quatrebarbes" not in _bytes(borrower.paths.root.glob("*.sqlite3*"))
