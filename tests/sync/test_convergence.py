"""Two laptops of one association and one of another, offline edits, syncs in every order."""

from __future__ import annotations

from app.services.contacts import records as contacts
from app.services.contacts import search, trash
from app.services.contacts.fields import ContactFields
from app.sync.engine import status


def person(first: str, last: str, **kw) -> ContactFields:
    return ContactFields(kind="person", first_name=first, last_name=last, **kw)


def names(laptop) -> list[str]:
    return sorted(r.display_name for r in laptop.run(contacts.list_contacts))


def test_two_laptops_converge_and_another_association_sees_nothing(laptops):
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    voisins = laptops("Le Comité")
    org = bureau.run(contacts.create_contact, ContactFields(kind="organisation", name="Mairie"))
    lea = bureau.run(contacts.create_contact, person("Léa", "Martin", email="lea@ex.fr"))
    bureau.run(contacts.add_role, lea, org, "tresorier")
    maison.run(contacts.create_contact, person("Paul", "Roux"))
    voisins.run(contacts.create_contact, person("Zoé", "Voisine"))
    for laptop in (bureau, maison, voisins, bureau, maison):
        laptop.sync()
    assert names(bureau) == names(maison) == ["Léa Martin", "Mairie", "Paul Roux"]
    assert names(voisins) == ["Zoé Voisine"]
    assert [r.person_name for r in maison.run(contacts.holders, org, "tresorier")] == ["Léa Martin"]
    # Pulled records are searchable, by their own words and by their organisations.
    found = sorted(r.display_name for r in maison.run(search.search_contacts, "mairie"))
    assert found == ["Léa Martin", "Mairie"]
    assert maison.run(status)["pending"] == 0

    # Offline: different fields merge; the same field becomes a conflict, both values kept.
    bureau.run(contacts.update_contact, lea, person("Léa", "Martin", email="lea@asso.fr"))
    maison.run(contacts.update_contact, lea, person("Léa", "Martin", email="lea@ex.fr", phone="0612345678"))
    bureau.sync()
    report = maison.sync()
    assert report.conflicts == 0  # email unchanged here, phone unchanged there: merged
    bureau.sync()
    for laptop in (bureau, maison):
        detail = laptop.run(contacts.get_detail, lea)
        assert (detail.fields.email, detail.fields.phone) == ("lea@asso.fr", "06 12 34 56 78")

    bureau.run(contacts.update_contact, lea, person("Léa", "Martin-Roux"))
    maison.run(contacts.update_contact, lea, person("Léa", "Martin-Dubois"))
    bureau.sync()
    report = maison.sync()
    assert report.conflicts >= 1 and maison.run(status)["conflicts"] >= 1

    # A deletion travels as a tombstone.
    bureau.run(trash.trash_contacts, [org])
    bureau.sync()
    maison.sync()
    assert "Mairie" not in names(maison)


def test_a_conflict_is_kept_until_resolved_then_syncs_like_any_change(laptops):
    from app.sync import conflicts

    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    lea = bureau.run(contacts.create_contact, person("Léa", "Martin", email="a@ex.fr"))
    bureau.sync()
    maison.sync()
    bureau.run(contacts.update_contact, lea, person("Léa", "Martin", email="bureau@ex.fr"))
    maison.run(contacts.update_contact, lea, person("Léa", "Martin", email="maison@ex.fr"))
    bureau.sync()
    maison.sync()
    [conflict] = maison.run(conflicts.list_conflicts)
    assert maison.run(status)["pending"] == 0  # nothing left to send until the user decides
    assert (conflict.field, conflict.local_value, conflict.remote_value) == (
        "email",
        "maison@ex.fr",
        "bureau@ex.fr",
    )
    assert conflict.record_label == "Léa Martin"
    maison.run(conflicts.combine, conflict.id, "contact@ex.fr")
    assert maison.run(conflicts.list_conflicts) == []
    maison.sync()
    bureau.sync()
    for laptop in (bureau, maison):
        assert laptop.run(contacts.get_detail, lea).fields.email == "contact@ex.fr"
        assert laptop.run(status)["conflicts"] == 0 and laptop.run(status)["pending"] == 0


def test_keep_theirs_and_keep_mine(laptops):
    from app.sync import conflicts

    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    lea = bureau.run(contacts.create_contact, person("Léa", "Martin", email="a@ex.fr", notes="x"))
    bureau.sync()
    maison.sync()
    bureau.run(contacts.update_contact, lea, person("Léa", "Martin", email="b@ex.fr", notes="bureau"))
    maison.run(contacts.update_contact, lea, person("Léa", "Martin", email="m@ex.fr", notes="maison"))
    bureau.sync()
    maison.sync()
    by_field = {c.field: c for c in maison.run(conflicts.list_conflicts)}
    maison.run(conflicts.keep_theirs, by_field["email"].id)
    maison.run(conflicts.keep_mine, by_field["notes"].id)
    maison.sync()
    bureau.sync()
    for laptop in (bureau, maison):
        detail = laptop.run(contacts.get_detail, lea)
        assert (detail.fields.email, detail.fields.notes) == ("b@ex.fr", "maison")


def test_an_edit_against_a_deletion_is_a_conflict_not_a_loss(laptops):
    from app.sync import conflicts

    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    lea = bureau.run(contacts.create_contact, person("Léa", "Martin"))
    bureau.sync()
    maison.sync()
    bureau.run(trash.trash_contacts, [lea])
    maison.run(contacts.update_contact, lea, person("Léa", "Martin", email="garde@ex.fr"))
    bureau.sync()
    maison.sync()
    [conflict] = maison.run(conflicts.list_conflicts)
    assert conflict.kind == "deleted"
    assert "Léa Martin" in names(maison)  # the edit is still here
    maison.run(conflicts.keep_mine, conflict.id)
    maison.sync()
    bureau.sync()
    assert bureau.run(contacts.get_detail, lea).fields.email == "garde@ex.fr"
    assert "Léa Martin" in names(bureau)


def test_a_deletion_here_against_an_edit_elsewhere_waits_for_the_user(laptops):
    from app.sync import conflicts

    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    kept = bureau.run(contacts.create_contact, person("Léa", "Martin"))
    gone = bureau.run(contacts.create_contact, person("Paul", "Roux"))
    bureau.sync()
    maison.sync()
    maison.run(trash.trash_contacts, [kept, gone])
    for record in (kept, gone):
        bureau.run(contacts.update_contact, record, _with_notes(bureau, record))
    bureau.sync()
    maison.sync()
    found = {c.record_id: c for c in maison.run(conflicts.list_conflicts)}
    assert {c.kind for c in found.values()} == {"deleted_here"}
    assert names(maison) == []  # still deleted here: the pulled edits did not undo it
    maison.run(conflicts.keep_theirs, found[kept].id)  # Léa comes back with the notes
    maison.run(conflicts.keep_mine, found[gone].id)  # Paul is deleted everywhere
    maison.sync()
    bureau.sync()
    for laptop in (bureau, maison):
        assert names(laptop) == ["Léa Martin"]
        assert laptop.run(contacts.get_detail, kept).fields.notes == "modifié"


def _with_notes(laptop, record_id: str) -> ContactFields:
    data = laptop.run(contacts.get_detail, record_id).fields
    data.notes = "modifié"
    return data
