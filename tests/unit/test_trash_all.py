"""The trash holds every kind that can be deleted (app/services/trash_listing.py): each kind is
listed once deleted, comes back with what belongs to it, and is deleted for good with a deletion
queued for the hub; personal data leaves no trace."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from app.cli.output import text_of
from app.errors import InvalidInput, NotFound
from app.models import AgreementScan, Consent, Contact, OutboxEntry, Role, SyncState
from app.services import trash_listing
from app.services.agreements import clauses
from app.services.agreements import records as ag
from app.services.contacts import search, trash
from app.services.equipment import records as eq
from app.services.practices import records as pr
from app.services.practices import search as practice_search
from app.services.practices.search import PracticeQuery
from tests.unit.loan_helpers import PARTNER, item, loan_session, out, owned_by, partner_request
from tests.unit.trash_helpers import one_of_each

ME = "0190a000-0000-7000-8000-000000000001"


def test_every_kind_deleted_is_listed_with_its_name_and_when(db):
    made = one_of_each(db)
    lines = db.run(trash_listing.listing)
    assert {(line.kind, line.id) for line in lines} == {(kind, made[kind]) for kind in made}
    names = {line.kind: line.name for line in lines}
    assert names["contact"] == "Léa Martin" and names["equipment"] == "Barnum 3 × 3 m"
    assert names["practice"] == "Tenir une buvette" and names["clause_template"] == "Notre assurance"
    assert names["agreement"].endswith("Parc de matériel partagé")
    assert [line.deleted_at for line in lines] == sorted((line.deleted_at for line in lines), reverse=True)
    assert db.run(trash_listing.count) == 5
    assert db.run(trash_listing.counts) == dict.fromkeys(made, 1)
    assert [line.kind for line in db.run(trash_listing.listing, ["equipment"])] == ["equipment"]
    assert db.run(trash_listing.count, ["contact"]) == 1  # the contacts' own count, still theirs


def test_restore_brings_each_kind_back_with_what_belongs_to_it(db):
    made = one_of_each(db)
    assert db.run(trash_listing.restore, [(kind, made[kind]) for kind in made]) == 5
    assert db.run(trash_listing.listing) == []
    with db.session_factory() as s:
        roles = s.scalars(select(Role).where(Role.person_id == made["contact"])).all()
        consents = s.scalars(select(Consent).where(Consent.person_id == made["contact"])).all()
        assert [r.deleted_at for r in roles] == [None] and [c.deleted_at for c in consents] == [None]
    assert {r.id for r in db.run(search.search_contacts, "martin")} == {made["contact"]}
    assert db.run(eq.load, made["equipment"]).name == "Barnum 3 × 3 m"
    hits = db.run(practice_search.search_practices, PracticeQuery("buvette"))
    assert made["practice"] in {hit.id for hit in hits}
    assert db.run(ag.load, made["agreement"]).status == "draft"
    assert [t.id for t in db.run(clauses.templates, "insurance")] == [made["clause_template"]]


def test_emptying_deletes_for_good_and_tells_the_hub(db):
    made = one_of_each(db)
    db.run(lambda s: s.execute(text("DELETE FROM sync_outbox")))  # as after a sync
    assert db.run(trash_listing.empty) == 5
    assert db.run(trash_listing.listing) == []
    with db.session_factory() as s:
        queued = {e.record_id: (e.entity_type, e.deleted) for e in s.scalars(select(OutboxEntry))}
        for kind, record_id in made.items():
            assert queued[record_id] == (kind, True)
        children = sorted(queued[k] for k in queued if queued[k][0] in {"role", "consent"})
        assert children == [("consent", True), ("role", True)]  # Léa's, deleted with her
        assert s.get(Contact, made["contact"]) is None and s.get(AgreementScan, made["agreement"]) is None
        # No trace of Léa: not in the rows, not in the search index, not in the outbox's values.
        dump = "\n".join(s.connection().connection.driver_connection.iterdump())
        assert "martin" not in dump.lower() and "formulaire papier" not in dump
    for load, key in ((eq.load, "equipment"), (pr.load, "practice"), (ag.load, "agreement")):
        with pytest.raises(NotFound):
            db.run(load, made[key])


def test_one_line_deleted_for_good_leaves_the_others(db):
    made = one_of_each(db)
    assert db.run(trash_listing.purge, [("equipment", made["equipment"]), ("equipment", "unknown")]) == 1
    assert {line.kind for line in db.run(trash_listing.listing)} == set(made) - {"equipment"}
    # What is not in the trash is never deleted by a purge, whatever it is asked.
    kept = db.run(lambda s: item(s, "Sono"))
    assert db.run(trash_listing.purge, [("equipment", kept)]) == 0
    assert db.run(eq.load, kept).name == "Sono"


def test_another_associations_deletion_is_not_in_our_trash(db):
    def setup(s) -> None:
        s.merge(SyncState(id=1, association_id=ME))
        theirs = item(s, "Leur sono", owner=PARTNER)
        s.get(eq.Equipment, theirs).deleted_at = eq.utcnow()  # as a pull from the hub leaves it
        mine = item(s, "Notre sono")
        owned_by(s, mine, "equipment", ME)
        eq.delete_equipment(s, mine)

    db.run(setup)
    assert [line.name for line in db.run(trash_listing.listing)] == ["Notre sono"]


def test_equipment_out_or_reserved_cannot_be_deleted(db):
    for session in loan_session(db):
        busy = item(session, "Barnum")
        reservation = partner_request(session, busy, date(2031, 6, 1), date(2031, 6, 3))
        with pytest.raises(InvalidInput) as refused:
            eq.delete_equipment(session, busy, today=date(2031, 5, 1))
        assert text_of(refused.value.errors["equipment_id"]) == "Déjà réservé du 01/06/2031 au 03/06/2031."
        out(session, reservation, date(2031, 6, 1))
        with pytest.raises(InvalidInput) as refused:
            eq.delete_equipment(session, busy, today=date(2031, 6, 10))
        assert "En retard chez Les Amis du Quartier" in text_of(refused.value.errors["equipment_id"])
        theirs = item(session, "Leur sono", owner=PARTNER)
        with pytest.raises(InvalidInput, match="autre association"):
            eq.delete_equipment(session, theirs)


def test_emptying_the_contacts_trash_keeps_the_other_kinds(db):
    made = one_of_each(db)
    assert db.run(trash_listing.empty, ["contact"]) == 1
    assert {line.kind for line in db.run(trash_listing.listing)} == set(made) - {"contact"}


def test_a_contact_deleted_for_good_leaves_no_byte_in_the_file(db, data_paths):
    """Not only no row: no word in the search index's older pages, no copy kept by the sync (a
    conflict's two sides, a set-aside pulled version), nothing in the file's free space."""
    from app.models import SyncConflict, SyncQuarantine
    from app.services.contacts import records as contacts
    from app.services.contacts.fields import ContactFields

    def make(s) -> str:
        org = contacts.create_contact(s, ContactFields(kind="organisation", name="Comité des fêtes"))
        person = contacts.create_contact(
            s,
            ContactFields(
                kind="person", first_name="Zéphyrine", last_name="Quatrebarbes",
                email="zephyrine.quatrebarbes@exemple.fr", notes="allergique aux arachides",
            ),
        )  # fmt: skip
        contacts.add_role(s, person, org, "benevole")
        contacts.add_consent(s, person, "lettre d'information", date(2026, 1, 5), "formulaire Quatrebarbes")
        mine, theirs = "zephyrine.quatrebarbes@exemple.fr", "zq@exemple.fr"
        s.add(SyncConflict(entity_type="contact", record_id=person, field="email", kind="field",
                           local_value=mine, remote_value=theirs))  # fmt: skip
        change = {"id": person, "version": 3, "fields": {"notes": "Quatrebarbes, arachides"}}
        s.add(SyncQuarantine(record_id=person, entity_type="contact", version=3, change=change,
                             code="invalid_values"))  # fmt: skip
        return person

    person = db.run(make)
    db.run(lambda s: trash.trash_contacts(s, [person]))
    assert db.run(trash_listing.empty) == 1
    db.close()  # the last connection writes the WAL back (the fixture's second close does nothing)
    files = sorted(data_paths.root.glob("*.sqlite3*"))
    raw = b"".join(path.read_bytes() for path in files).lower()
    for word in ("quatrebarbes", "zephyrine", "zéphyrine", "arachides"):
        assert word.encode() not in raw, word


def test_each_short_id_is_the_shortest_end_that_names_one_line():
    """One count of the ends per length (the first version compared every line with every other:
    1.8 s for 5,000 lines, half a minute for 20,000)."""
    from datetime import UTC, datetime

    from app.services.trash_listing import TrashLine

    def line(record_id: str) -> TrashLine:
        return TrashLine("contact", record_id, "", datetime(2026, 12, 6, tzinfo=UTC))

    ids = [
        "0190a000-0000-7000-8000-00000000abcd",
        "0190a000-0000-7000-8000-11110000abcd",  # shares 8 characters with the first
        "0190a000-0000-7000-8000-22220000abce",
        "0190a000-0000-7000-8000-2222aaaaaaaa",
    ]
    lines = [line(i) for i in ids] + [line(f"0190a000-0000-7000-8000-{n:012x}") for n in range(1000)]
    short = trash_listing.short_ids(lines)
    assert [short[i] for i in ids] == ["000000abcd", "110000abcd", "0000abce", "aaaaaaaa"]
    assert len(set(short.values())) == len(lines)
    for record_id, piece in short.items():
        assert record_id.endswith(piece) and len(piece) >= 8
        assert sum(other.endswith(piece) for other in short) == 1 or piece == record_id
