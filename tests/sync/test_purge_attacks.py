"""Deleting for good under attack: crafted pushes with a real device token against the real
hub. The hub answers 4xx or a refusal, never a 500, and never strips another's record."""

from __future__ import annotations

import contextlib
import uuid
from datetime import date, timedelta

import requests
from sqlalchemy import select, update

from app.models import Contact, Equipment, Reservation
from app.models.sync import OutboxEntry, SyncState
from app.services import trash, trash_listing
from app.services.contacts import records as contacts
from app.services.contacts import trash as contact_trash
from app.services.contacts.fields import ContactFields
from app.services.equipment import loans
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields
from app.sync.client import HubClient
from hub import admin
from hub.db import open_hub_database, utcnow
from hub.models import Record
from protocol.messages import MAX_BATCH_OPERATIONS
from tests.sync.conftest import Laptop
from tests.sync.proxy import DOWN, CuttingProxy


def _post(laptop, hub, operations) -> requests.Response:
    headers = {"Authorization": f"Bearer {laptop.client.token}"}
    return requests.post(f"{hub.url}/v1/push", json={"operations": operations}, headers=headers, timeout=30)


def _purge(record_id: str, entity_type: str = "equipment", **extra) -> dict:
    return {
        "op_id": str(uuid.uuid4()),
        "entity_type": entity_type,
        "record_id": record_id,
        "base_version": 0,
        "deleted": True,
        "purged": True,
    } | extra


def test_crafted_purges_are_refused_or_harmless(laptops, live_hub):
    owner, other = laptops("Les Amis", "proprietaire"), laptops("Les Autres", "intrus")
    marquee = owner.run(eq.create_equipment, EquipmentFields(name="Barnum Quatrebarbes", shared=True))
    owner.sync()
    other.sync()
    # Another association's record: refused, and nothing stripped.
    [result] = _post(other, live_hub, [_purge(marquee)]).json()["results"]
    assert (result["status"], result["reason_code"]) == ("rejected", "not_owner")
    # Under another type: refused.
    [result] = _post(owner, live_hub, [_purge(marquee, "contact")]).json()["results"]
    assert result["status"] == "rejected"
    # Bogus values of `purged`: 422, never 500.
    for bogus in ("yes", {"a": 1}, [True], None, 2):
        answer = _post(owner, live_hub, [_purge(marquee, purged=bogus)])
        assert answer.status_code in (200, 422), (bogus, answer.status_code)
        if answer.status_code == 200:
            assert answer.json()["results"][0]["status"] != "applied" or bogus in (2,), bogus
    # Ids the hub never had, a full batch of them: applied, nothing stored.
    answer = _post(owner, live_hub, [_purge(str(uuid.uuid4())) for _ in range(MAX_BATCH_OPERATIONS)])
    assert answer.status_code == 200
    assert {r["status"] for r in answer.json()["results"]} == {"applied"}
    other.sync()
    assert other.run(lambda s: s.get(Equipment, marquee)) is not None
    # One batch: an edit, its purge, an edit after: the later edit is refused as purged.
    edit = {
        "op_id": str(uuid.uuid4()),
        "entity_type": "equipment",
        "record_id": marquee,
        "base_version": 10**6,
        "fields": {"notes": "arachides"},
    }
    again = edit | {"op_id": str(uuid.uuid4())}
    results = _post(owner, live_hub, [edit, _purge(marquee), again]).json()["results"]
    assert [r["status"] for r in results] == ["applied", "applied", "rejected"]
    assert results[2]["reason_code"] == "purged"
    # The edit's answer replayed: the stored answer holds no value.
    replay = _post(owner, live_hub, [edit]).json()["results"][0]
    assert "arachides" not in str(replay)
    other.sync()
    assert other.run(lambda s: s.get(Equipment, marquee)) is None


def test_a_laptop_offline_longer_than_the_hub_keeps_deletions_still_deletes_a_purge(laptops, live_hub):
    """The hub forgets old tombstones (cursors older get a full resync), but not those of records
    deleted for good: the late laptop deletes its copy, not into its Corbeille, and the hub still
    refuses to bring it back."""
    bureau, maison = laptops("Les Amis", "bureau"), laptops("Les Amis", "maison")
    person = bureau.run(
        contacts.create_contact,
        ContactFields(kind="person", first_name="Zéphyrine", last_name="Quatrebarbes", notes="arachides"),
    )
    other = bureau.run(
        contacts.create_contact, ContactFields(kind="person", first_name="Léa", last_name="Autre")
    )
    bureau.sync()
    maison.sync()
    bureau.run(contact_trash.trash_contacts, [person])
    assert bureau.run(lambda s: trash_listing.purge(s, [("contact", person)])) == 1
    bureau.run(contact_trash.trash_contacts, [other])  # an ordinary deletion, after it
    bureau.sync()
    hub_db = open_hub_database(live_hub.settings.resolved_database_url())
    try:
        with hub_db.writer.begin() as session:
            session.execute(update(Record).values(updated_at=utcnow() - timedelta(days=400)))
            admin.purge(session, deletion_days=180, result_days=120)
    finally:
        hub_db.dispose()

    assert maison.client.handshake().oldest_cursor > maison.run(
        lambda s: s.get_one(SyncState, 1).cursor
    )  # the ordinary deletion was forgotten: a full resync
    maison.sync()
    assert maison.run(lambda s: s.get(Contact, person)) is None
    assert [line.id for line in maison.run(trash_listing.listing)] == [other]  # only the ordinary one
    maison.database.close()
    raw = b"".join(p.read_bytes() for p in maison.paths.root.glob("*.sqlite3*")).lower()
    assert b"quatrebarbes" not in raw and b"arachides" not in raw
    restore = {
        "op_id": str(uuid.uuid4()),
        "entity_type": "contact",
        "record_id": person,
        "fields": {"kind": "person", "first_name": "Zéphyrine", "last_name": "Quatrebarbes"},
    }
    [refused] = bureau.client.push([restore])
    assert (refused["status"], refused["reason_code"]) == ("rejected", "purged")


def test_a_purge_while_laptops_hold_pending_reservations_of_it_stops_no_sync(laptops):
    """The lender deletes its marquee for good while a borrower's reservation of it and another
    laptop's edit of it wait to be sent: every sync goes through, nothing of the marquee is left."""
    lender, home = laptops("Les Amis", "preteur"), laptops("Les Amis", "maison")
    borrower = laptops("Comité des Fêtes", "emprunteur")
    marquee = lender.run(eq.create_equipment, EquipmentFields(name="Barnum Quatrebarbes", shared=True))
    for laptop in (lender, home, borrower):
        laptop.sync()
    asked = borrower.run(lambda s: loans.reserve(s, marquee, date(2031, 6, 1), date(2031, 6, 2)))
    home.run(lambda s: setattr(s.get_one(Equipment, marquee), "notes", "arachides"))
    lender.run(lambda s: trash.trash(s, [s.get_one(Equipment, marquee)]))
    assert lender.run(lambda s: trash_listing.purge(s, [("equipment", marquee)])) == 1
    lender.sync()
    assert borrower.sync().conflicts == 1  # its reservation of a marquee gone: refused, and said
    assert home.sync().conflicts == 1
    for laptop in (lender, home, borrower):
        laptop.sync()
        assert laptop.run(lambda s: s.get(Equipment, marquee)) is None
        assert laptop.run(lambda s: s.scalars(select(OutboxEntry)).all()) == []
    assert borrower.run(lambda s: s.get(Reservation, asked)) is not None  # its own, kept
    for laptop in (lender, home, borrower):
        laptop.database.close()
        raw = b"".join(p.read_bytes() for p in laptop.paths.root.glob("*.sqlite3*")).lower()
        assert b"quatrebarbes" not in raw and b"arachides" not in raw, laptop.name


def test_a_purge_whose_answer_is_lost_is_sent_again_and_done_once(laptops, live_hub):
    """The link (or the hub) drops while the purge's answer comes back: the next sync sends it
    again, the hub answers it done, and the other laptop deletes the record."""
    bureau, maison = laptops("Les Amis", "bureau"), laptops("Les Amis", "maison")
    proxy = CuttingProxy(int(live_hub.url.rsplit(":", 1)[1]))
    try:
        cut = HubClient(proxy.url, retries=0, backoff=0.05)
        cut.token = bureau.client.token
        marquee = bureau.run(eq.create_equipment, EquipmentFields(name="Barnum Quatrebarbes"))
        bureau.sync()
        maison.sync()
        bureau.run(lambda s: trash.trash(s, [s.get_one(Equipment, marquee)]))
        bureau.run(lambda s: trash_listing.purge(s, [("equipment", marquee)]))
        proxy.arm(DOWN, 0)
        lost = Laptop("bureau", bureau.database, bureau.paths, cut)
        with contextlib.suppress(Exception):
            lost.sync()
        assert proxy.cut_happened
        assert bureau.run(lambda s: s.scalars(select(OutboxEntry)).all())  # still to send
        bureau.sync()
        assert bureau.run(lambda s: s.scalars(select(OutboxEntry)).all()) == []
        maison.sync()
        assert maison.run(lambda s: s.get(Equipment, marquee)) is None
    finally:
        proxy.close()
