"""Small fixed scenarios, each one a case the property test (test_properties.py) once found broken."""

from __future__ import annotations

from app.services.contacts import records as contacts
from app.services.contacts import trash
from app.services.contacts.fields import ContactFields
from app.sync import conflicts
from tests.sync.support import alive, bookkeeping


def person(first: str, **kw) -> ContactFields:
    return ContactFields(kind="person", first_name=first, **kw)


def test_an_edit_made_just_before_trashing_survives_a_restore(laptops):
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    lea = bureau.run(contacts.create_contact, person("Léa", email="a@ex.fr"))
    bureau.sync()
    maison.sync()
    bureau.run(contacts.update_contact, lea, person("Léa", email="b@ex.fr"))
    bureau.run(trash.trash_contacts, [lea])  # both offline, sent as one operation
    bureau.sync()
    maison.sync()
    bureau.run(trash.restore_contacts, [lea])
    bureau.sync()
    maison.sync()
    assert alive(bureau)[lea]["email"] == alive(maison)[lea]["email"] == "b@ex.fr"


def test_a_contact_created_trashed_synced_then_restored_reaches_the_others_whole(laptops):
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    lea = bureau.run(contacts.create_contact, person("Léa", email="a@ex.fr"))
    bureau.run(trash.trash_contacts, [lea])
    bureau.sync()  # the hub keeps nothing of a record created and deleted offline
    bureau.run(trash.restore_contacts, [lea])
    bureau.sync()
    maison.sync()
    assert alive(maison) == alive(bureau)
    assert alive(maison)[lea]["email"] == "a@ex.fr"


def test_keep_theirs_on_an_old_conflict_takes_the_hubs_current_value(laptops):
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    lea = bureau.run(contacts.create_contact, person("Léa", notes="début"))
    bureau.sync()
    maison.sync()
    bureau.run(contacts.update_contact, lea, person("Léa", notes="bureau"))
    maison.run(contacts.update_contact, lea, person("Léa", notes="maison"))
    bureau.sync()
    maison.sync()  # conflict on notes, seen here
    bureau.run(contacts.update_contact, lea, person("Léa", notes="bureau, plus tard"))
    bureau.sync()
    maison.sync()
    [conflict] = maison.run(conflicts.list_conflicts)
    maison.run(conflicts.keep_theirs, conflict.id)
    maison.sync()
    bureau.sync()
    assert alive(maison)[lea]["notes"] == alive(bureau)[lea]["notes"] == "bureau, plus tard"


def test_trashing_against_an_edit_elsewhere_loses_neither_edit(laptops):
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    lea = bureau.run(contacts.create_contact, person("Léa", notes="début"))
    bureau.sync()
    maison.sync()
    maison.run(contacts.update_contact, lea, person("Léa", notes="début", email="m@ex.fr"))
    bureau.run(contacts.update_contact, lea, person("Léa", notes="bureau"))
    bureau.run(trash.trash_contacts, [lea])  # the notes edit travels with the deletion
    maison.sync()
    bureau.sync()  # its deletion meets maison's edit: a conflict; still deleted here meanwhile
    [conflict] = bureau.run(conflicts.list_conflicts)
    assert conflict.kind == "deleted_here" and conflict.remote_value == {"email": "m@ex.fr"}
    assert lea not in alive(bureau)
    bureau.run(conflicts.keep_theirs, conflict.id)  # take it back, with maison's edit
    bureau.sync()
    maison.sync()
    assert alive(bureau) == alive(maison)
    assert (alive(maison)[lea]["notes"], alive(maison)[lea]["email"]) == ("bureau", "m@ex.fr")
    assert bookkeeping(bureau)["outbox"] == bookkeeping(maison)["outbox"] == 0


def test_a_field_edited_before_trashing_and_edited_elsewhere_is_kept_in_the_conflict(laptops):
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    lea = bureau.run(contacts.create_contact, person("Léa", email="a@ex.fr"))
    bureau.sync()
    maison.sync()
    maison.run(contacts.update_contact, lea, person("Léa", email="m@ex.fr"))
    bureau.run(contacts.update_contact, lea, person("Léa", email="b@ex.fr"))
    bureau.run(trash.trash_contacts, [lea])
    maison.sync()
    bureau.sync()
    [conflict] = bureau.run(conflicts.list_conflicts)
    values = [conflict.local_value, conflict.remote_value]
    assert {"email": "b@ex.fr"} in values and {"email": "m@ex.fr"} in values  # both kept


def test_restoring_brings_back_what_was_changed_elsewhere_before_the_deletion(laptops):
    bureau, maison, local = laptops("Les Amis"), laptops("Les Amis"), laptops("Les Amis")
    lea = bureau.run(contacts.create_contact, person("Léa", email="a@ex.fr"))
    for laptop in (bureau, maison, local):
        laptop.sync()
    maison.run(contacts.update_contact, lea, person("Léa", email="m@ex.fr"))
    maison.sync()
    local.sync()
    local.run(trash.trash_contacts, [lea])
    local.sync()
    bureau.sync()  # receives the deletion only: a tombstone carries no fields
    bureau.run(trash.restore_contacts, [lea])
    bureau.sync()  # the hub answers "applied", yet its record has maison's email
    maison.sync()
    local.sync()
    assert alive(bureau) == alive(maison) == alive(local)
    assert alive(bureau)[lea]["email"] == "m@ex.fr"


def test_deleted_on_both_sides_asks_nothing_and_a_restore_agrees_everywhere(laptops):
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    lea = bureau.run(contacts.create_contact, person("Léa", tags="sport", notes="début"))
    bureau.sync()
    maison.sync()
    bureau.run(contacts.update_contact, lea, person("Léa", tags="culture", notes="début"))
    bureau.run(trash.trash_contacts, [lea])
    maison.run(contacts.update_contact, lea, person("Léa", tags="jeunesse", notes="maison"))
    maison.run(trash.trash_contacts, [lea])
    bureau.sync()
    maison.sync()  # deleted on both sides: nothing for the user to decide (a design choice)
    assert maison.run(conflicts.list_conflicts) == []
    bureau.run(trash.restore_contacts, [lea])
    bureau.sync()
    maison.sync()
    assert alive(bureau) == alive(maison)
    # The first deletion's tags win; maison's notes, which nobody else changed, are kept.
    assert (alive(maison)[lea]["tags"], alive(maison)[lea]["notes"]) == ("culture", "maison")


def test_deleted_here_against_an_edit_then_deleted_there_too_leaves_nothing_to_decide(laptops):
    bureau, maison, local = laptops("Les Amis"), laptops("Les Amis"), laptops("Les Amis")
    lea = bureau.run(contacts.create_contact, person("Léa"))
    for laptop in (bureau, maison, local):
        laptop.sync()
    maison.run(contacts.update_contact, lea, person("Léa", notes="maison"))
    bureau.run(trash.trash_contacts, [lea])
    maison.sync()
    bureau.sync()  # deleted here, edited there: a conflict
    assert [c.kind for c in bureau.run(conflicts.list_conflicts)] == ["deleted_here"]
    local.sync()
    local.run(trash.trash_contacts, [lea])  # and now deleted there too
    local.sync()
    bureau.sync()
    for conflict in bureau.run(conflicts.list_conflicts):  # a stale "keep theirs" would bring it back
        bureau.run(conflicts.keep_theirs, conflict.id)
    for laptop in (bureau, maison, local):
        laptop.sync()
    assert alive(bureau) == alive(maison) == alive(local) == {}
