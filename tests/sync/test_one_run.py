"""One sync run converges: children that arrive before their parent are applied as soon as the
parent is written, in the same run, for any page size and any order; what belongs to a record is
deleted (and restored) with it, on every laptop and on the hub."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models import Consent, Role
from app.services import trash_listing
from app.services.contacts import records as contacts
from app.services.contacts import trash
from app.services.contacts.fields import ContactFields
from tests.sync.support import HubDatabase, bookkeeping, hub_orphans, local_orphans


def person(first: str, **kw) -> ContactFields:
    return ContactFields(kind="person", first_name=first, last_name="Martin", **kw)


def _roles_and_consents(laptop) -> tuple[set[str], set[str]]:
    def read(session):
        roles = set(session.scalars(select(Role.id).where(Role.deleted_at.is_(None))))
        consents = set(session.scalars(select(Consent.id).where(Consent.deleted_at.is_(None))))
        return roles, consents

    return laptop.run(read)


def _people_with_roles(laptop, people: int) -> tuple[list[str], str]:
    """People each with a role in one organisation and a consent; then every person edited, so
    that each parent's version is newer than its children's (served after them)."""
    org = laptop.run(contacts.create_contact, ContactFields(kind="organisation", name="Mairie"))
    ids = []
    for n in range(people):
        pid = laptop.run(contacts.create_contact, person(f"P{n}"))
        laptop.run(contacts.add_role, pid, org, "benevole")
        laptop.run(contacts.add_consent, pid, "Lettre", date(2026, 1, 5))
        ids.append(pid)
    laptop.sync()
    for n, pid in enumerate(ids):
        laptop.run(contacts.update_contact, pid, person(f"P{n}", email=f"p{n}@ex.fr"))
    laptop.run(contacts.update_contact, org, ContactFields(kind="organisation", name="Mairie de Lyon"))
    laptop.sync()
    return ids, org


@pytest.mark.parametrize("page_size", [1, 3, 7, 5000])
def test_a_first_sync_brings_every_child_in_one_run_whatever_the_page_size(laptops, page_size):
    bureau = laptops("Les Amis")
    _people_with_roles(bureau, 12)
    maison = laptops("Les Amis")
    report = maison.sync(page_size=page_size)
    assert report.pulled > 0
    assert _roles_and_consents(maison) == _roles_and_consents(bureau)
    assert len(_roles_and_consents(maison)[0]) == 12
    assert bookkeeping(maison)["inbox"] == 0


def test_deleting_a_person_deletes_its_roles_and_consents_everywhere(laptops, live_hub):
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    ids, _org = _people_with_roles(bureau, 3)
    maison.sync()
    # Trashed with her, and restored with her.
    bureau.run(trash.trash_contacts, [ids[0]])
    roles, consents = _roles_and_consents(bureau)
    assert len(roles) == len(consents) == 2
    bureau.sync()
    maison.sync()
    assert _roles_and_consents(maison) == (roles, consents)
    bureau.run(trash.restore_contacts, [ids[0]])
    assert len(_roles_and_consents(bureau)[0]) == 3
    bureau.sync()
    maison.sync()
    assert _roles_and_consents(maison) == _roles_and_consents(bureau)
    # Emptying the trash sends every deletion: the hub keeps no consent of hers, alive or not.
    bureau.run(trash.trash_contacts, [ids[1]])
    bureau.run(trash_listing.empty, ["contact"])
    assert bookkeeping(bureau)["outbox"] == 3  # the person, her role and her consent
    bureau.sync()
    maison.sync()
    hub = HubDatabase(live_hub)
    try:
        consents_on_hub = hub.records("Les Amis", "consent")
        alive = {rid for rid, record in consents_on_hub.items() if not record.deleted}
        assert alive == _roles_and_consents(bureau)[1] == _roles_and_consents(maison)[1]
        assert len(alive) == 2
    finally:
        hub.close()
    # A new laptop gets no orphan, and keeps nothing waiting in its inbox.
    late = laptops("Les Amis")
    late.sync()
    assert _roles_and_consents(late) == _roles_and_consents(bureau)
    assert bookkeeping(late)["inbox"] == 0
    assert hub_orphans(live_hub) == []
    assert local_orphans(bureau) == local_orphans(maison) == local_orphans(late) == []
