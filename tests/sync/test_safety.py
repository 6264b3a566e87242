"""What protects local data: the mass-deletion guard, backups, a replaced hub, a purged hub (410),
and changes that arrive before the records they point to."""

from __future__ import annotations

import sqlite3
import time
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.__main__ import main
from app.models import Role
from app.services.contacts import records as contacts
from app.services.contacts import trash
from app.services.contacts.fields import ContactFields
from app.sync import credentials
from app.sync.client import HubClient, ResyncNeeded
from app.sync.credentials import TokenStore
from app.sync.engine import KEEP_BACKUPS, MassDeletion
from hub import admin
from hub.db import open_hub_database, utcnow
from hub.models import Record
from tests.sync.conftest import start_hub
from tests.sync.support import alive, bookkeeping, contacts_state


def person(first: str, last: str = "Martin", **kw) -> ContactFields:
    return ContactFields(kind="person", first_name=first, last_name=last, **kw)


def make_people(laptop, count: int, prefix: str = "P") -> list[str]:
    return [laptop.run(contacts.create_contact, person(f"{prefix}{n}")) for n in range(count)]


# --- (a) a pull that would delete a lot stops and asks ------------------------------------------
def test_a_pull_deleting_over_a_third_stops_with_nothing_applied(laptops):
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    ids = make_people(bureau, 30)
    bureau.sync()
    maison.sync()
    bureau.run(trash.trash_contacts, ids[:12])  # 12 of 30: more than a third, and at least 10
    bureau.run(contacts.update_contact, ids[20], person("P20", email="dans@la-meme-page.fr"))
    bureau.sync()
    before, cursor = alive(maison), bookkeeping(maison)["cursor"]

    with pytest.raises(MassDeletion) as stopped:
        maison.sync()
    assert (stopped.value.entity_type, stopped.value.deleting, stopped.value.local) == ("contact", 12, 30)
    assert "supprimerait 12 fiches" in str(stopped.value)
    assert alive(maison) == before  # not the deletions, nor the edit of the same page
    assert bookkeeping(maison)["cursor"] == cursor

    maison.sync(allow_mass_deletion=True)
    assert alive(maison) == alive(bureau) and len(alive(maison)) == 18
    assert alive(maison)[ids[20]]["email"] == "dans@la-meme-page.fr"


def test_a_few_deletions_need_no_confirmation(laptops):
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    ids = make_people(bureau, 12)
    bureau.sync()
    maison.sync()
    bureau.run(trash.trash_contacts, ids[:9])  # most of them, but fewer than 10
    bureau.sync()
    maison.sync()
    assert len(alive(maison)) == 3


def test_the_command_line_says_so_in_french_and_goes_on_when_allowed(laptops, live_hub, capsys, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr(credentials, "keyring_available", lambda: False)  # whatever was loaded before
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    ids = make_people(bureau, 15)
    bureau.sync()
    maison.sync()
    TokenStore(maison.paths.root).save(live_hub.url, maison.client.token)
    bureau.run(trash.trash_contacts, ids[:10])
    bureau.sync()
    capsys.readouterr()

    assert main(["sync", "--data-dir", str(maison.paths.root)]) == 1
    err = capsys.readouterr().err
    assert "La synchronisation supprimerait 10 fiches" in err and "--allow-deletions" in err
    assert len(alive(maison)) == 15
    assert main(["sync", "--data-dir", str(maison.paths.root), "--allow-deletions"]) == 0
    assert "Synchronisé" in capsys.readouterr().err
    assert alive(maison) == alive(bureau) and len(alive(maison)) == 5


# --- (b) a backup before remote changes, five kept -------------------------------------------------
def count_contacts(path) -> tuple[str, int]:
    with sqlite3.connect(path) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0], db.execute(
            "SELECT count(*) FROM contacts"
        ).fetchone()[0]


def test_a_backup_is_taken_before_applying_remote_changes_and_five_are_kept(laptops):
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    make_people(bureau, 2)
    bureau.sync()
    report = maison.sync()
    assert report.backup is not None and report.backup.parent == maison.paths.backups
    assert count_contacts(report.backup) == ("ok", 0)  # taken before the two contacts arrived
    assert maison.sync().backup is None  # nothing to apply, no backup

    for n in range(KEEP_BACKUPS + 2):
        make_people(bureau, 1, prefix=f"Vague{n}-")
        bureau.sync()
        report = maison.sync()
        assert count_contacts(report.backup) == ("ok", 2 + n)
    kept = sorted(maison.paths.backups.glob("entraide-*-avant-sync.sqlite3"))
    assert len(kept) == KEEP_BACKUPS and kept[-1] == report.backup


# --- (c) a hub replaced by an empty one --------------------------------------------------------------
def wait_until_closed(hub, timeout: float = 10) -> None:
    hub.server.should_exit = True
    deadline = time.monotonic() + timeout
    while HubClient(hub.url, retries=0).reachable():
        assert time.monotonic() < deadline, "the old hub does not stop"
        time.sleep(0.05)


def test_a_replaced_hub_gets_everything_back_and_nothing_is_deleted_locally(laptops, live_hub, tmp_path):
    # Another association spends versions first, so the old hub's versions are well above
    # those the new hub will give: a client must not keep using the old ones as bases.
    autres = laptops("Les Autres")
    make_people(autres, 60, prefix="Autre")
    autres.sync()
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    org = bureau.run(contacts.create_contact, ContactFields(kind="organisation", name="Mairie"))
    people = make_people(bureau, 6)
    bureau.run(contacts.add_role, people[0], org, "tresorier")
    mine = make_people(maison, 3, prefix="Maison")
    bureau.sync()
    maison.sync()
    bureau.sync()
    bureau.run(trash.trash_contacts, [people[5]])
    bureau.sync()
    maison.sync()
    before = contacts_state(bureau)

    wait_until_closed(live_hub)
    new_hub = start_hub(tmp_path / "hub-neuf", live_hub.settings.port)
    try:
        assert new_hub.url == live_hub.url
        for laptop in (bureau, maison):  # the new hub knows no device: enrol again, same association name
            laptop.client.token = (
                HubClient(new_hub.url).enroll(new_hub.enrollment_code("Les Amis"), laptop.name).token
            )
        report = bureau.sync()
        assert report.hub_replaced
        assert contacts_state(bureau) == before  # nothing deleted, nothing changed
        assert report.pushed >= len(alive(bureau)) + 1  # all it had, maison's contacts and the role included
        assert bookkeeping(bureau)["outbox"] == 0

        fresh = laptops("Les Amis", hub=new_hub)
        fresh.sync()
        assert alive(fresh) == alive(bureau) and set(mine) <= set(alive(fresh))
        assert [r.person_name for r in fresh.run(contacts.holders, org, "tresorier")] == ["P0 Martin"]

        maison.sync()
        bureau.sync()
        assert alive(maison) == alive(bureau)
        # Conflicts are still found on the new hub (bases are the new hub's versions).
        bureau.run(contacts.update_contact, people[1], person("P1", notes="bureau"))
        maison.run(contacts.update_contact, people[1], person("P1", notes="maison"))
        bureau.sync()
        assert maison.sync().conflicts == 1
    finally:
        new_hub.server.should_exit = True


# --- (d) 410: the hub forgot deletions this laptop never received -----------------------------------
def test_a_cursor_older_than_the_purge_resyncs_keeps_local_changes_and_converges(laptops, live_hub):
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    ids = make_people(bureau, 8)
    bureau.sync()
    maison.sync()
    bureau.run(trash.trash_contacts, ids[:2])
    bureau.run(contacts.update_contact, ids[2], person("P2", email="bureau@ex.fr"))
    bureau.sync()
    maison.run(contacts.update_contact, ids[3], person("P3", notes="pas encore envoyé"))  # offline
    nouveau = maison.run(contacts.create_contact, person("Nouveau"))

    hub_db = open_hub_database(live_hub.settings.resolved_database_url())
    try:
        with hub_db.writer.begin() as session:
            session.execute(
                update(Record)
                .where(Record.deleted.is_(True))
                .values(updated_at=utcnow() - timedelta(days=400))
            )
            assert admin.purge(session, deletion_days=0, result_days=120)["tombstones"] == 2
    finally:
        hub_db.dispose()
    assert maison.client.handshake().oldest_cursor > bookkeeping(maison)["cursor"]
    with pytest.raises(ResyncNeeded):
        maison.client.pull(bookkeeping(maison)["cursor"])

    maison.sync()
    bureau.sync()
    assert alive(maison) == alive(bureau)
    assert ids[0] not in alive(maison) and ids[1] not in alive(maison)  # deletions it never received
    assert alive(bureau)[ids[3]]["notes"] == "pas encore envoyé" and nouveau in alive(bureau)
    assert alive(maison)[ids[2]]["email"] == "bureau@ex.fr"
    assert bookkeeping(maison)["outbox"] == 0
    late = laptops("Les Amis")
    late.sync()
    assert alive(late) == alive(maison)


# --- (e) a role that arrives before its person ---------------------------------------------------------
def test_a_role_pulled_before_its_person_waits_then_is_applied(laptops):
    bureau = laptops("Les Amis")
    org = bureau.run(contacts.create_contact, ContactFields(kind="organisation", name="Mairie"))
    lea = bureau.run(contacts.create_contact, person("Léa"))
    bureau.run(contacts.add_role, lea, org, "tresorier")
    bureau.sync()
    bureau.run(contacts.update_contact, lea, person("Léa", email="lea@ex.fr"))  # now newer than her role
    bureau.sync()

    maison = laptops("Les Amis")
    waiting: list[int] = []
    maison.sync(
        page_size=1, progress=lambda step, _done, _total: waiting.append(bookkeeping(maison)["inbox"])
    )
    assert waiting == [0, 1, 0]  # the organisation, the role (waits), Léa (and then her role)
    [role] = maison.run(lambda s: s.scalars(select(Role)).all())
    assert (role.person_id, role.organisation_id, role.role) == (lea, org, "tresorier")
    assert [r.person_name for r in maison.run(contacts.holders, org, "tresorier")] == ["Léa Martin"]
    assert bookkeeping(maison)["inbox"] == 0
