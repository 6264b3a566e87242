"""Hostile or odd input answers a page, never a 500: NUL characters (PostgreSQL refuses them in
text), digits that are not ASCII, a device sending control characters, and two coordinators
changing the same thing at the same moment."""

from __future__ import annotations

import threading

from sqlalchemy import func, select, text, update

from hub.models import Association, ConsoleAudit, Device
from tests.hub.console.conftest import EMAIL, PASSWORD, csrf_of, operation, text_of


def test_nul_characters_and_odd_digits_get_a_page(console):
    stranger = console.app_client()
    page = stranger.get("/admin/connexion")
    answer = stranger.post(
        "/admin/connexion",
        data={"email": "personne\x00@reseau.fr", "password": PASSWORD, "csrf": csrf_of(page.text)},
    )
    assert answer.status_code == 401  # no such address, and no crash

    answer = console.post(
        "/admin/associations/nouvelle",
        name="Les Amis\x00 du Port",
        address="1 quai\x00 Nord\nBrest",
        contact_name="Léa\x00",
    )
    assert answer.status_code == 303, answer.text
    with console.database.reader() as session:
        saved = session.scalar(select(Association).where(Association.name == "Les Amis du Port"))
        assert saved is not None and saved.address == "1 quai Nord\nBrest" and saved.contact_name == "Léa"

    made_up = ("/admin/associations/%00", "/admin/appareils/%00/revoquer", "/admin/associations/%00/modifier")
    for path in made_up:
        assert console.client.get(path).status_code == 404, path
    assert console.post("/admin/codes/%00/retirer").status_code == 404
    assert console.post("/admin/appareils/%00/revoquer").status_code == 404
    assert console.post("/admin/associations/%00/modifier", name="x").status_code == 404
    answer = console.post("/admin/codes", association_id="\x00", hours="24")
    assert answer.status_code == 422 and "Choisissez l'association de ce code." in text_of(answer.text)
    # "²" is a digit to str.isdigit() but not a number to int().
    odd = ("/admin/activite?annee=%C2%B2", "/admin/activite.csv?annee=%C2%B2", "/admin/journal?page=%C2%B2")
    for path in odd:
        assert console.client.get(path).status_code == 200, path


def test_a_device_sending_control_characters_keeps_syncing(console):
    device = console.device("Les Amis")
    assert console.handshake(device, app_version="1.0\x00-beta") == 200
    odd = operation("x\x00y")  # an unknown type: refused, with its name in the reason
    fine = operation("contact", display_name="Léa")
    results = console.push(device, odd, fine)
    assert [r["status"] for r in results] == ["rejected", "applied"]
    with console.database.reader() as session:
        saved = session.get(Device, device.device_id)
    assert saved.app_version == "1.0-beta"
    assert saved.last_error and "\x00" not in saved.last_error and "xy" in saved.last_error
    assert console.client.get("/admin/appareils").status_code == 200


def _someone_waits_for_a_lock(console) -> bool:
    with console.database.reader() as watcher:  # its own connection: a fresh view of the server
        waiting = text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
        return bool(watcher.scalar(waiting))


def _while_another_transaction_holds(console, work, request) -> object:
    """Run `work` (another coordinator's change, not committed yet) and send `request` meanwhile;
    commit once the request waits for that transaction (or has answered). Returns the answer."""
    answers = []
    with console.database.writer.begin() as session:
        work(session)
        session.flush()
        thread = threading.Thread(target=lambda: answers.append(request()))
        thread.start()
        if session.get_bind().dialect.name == "postgresql":
            while thread.is_alive() and not _someone_waits_for_a_lock(console):
                thread.join(0.02)
        # SQLite: the request's writer waits for this one (BEGIN IMMEDIATE) whenever it started.
    thread.join()
    return answers[0]


def test_two_coordinators_creating_the_same_association_at_once(console):
    def other_coordinator(session):
        session.add(Association(id="a" * 36, name="Les Amis du Port", created_at=func.now()))

    answer = _while_another_transaction_holds(
        console,
        other_coordinator,
        lambda: console.post("/admin/associations/nouvelle", name="Les Amis du Port", kind="Centre social"),
    )
    assert answer.status_code == 422, answer.text
    assert "Une association de ce nom existe déjà sur ce hub." in text_of(answer.text)
    assert 'value="Centre social"' in answer.text  # what was typed stays


def test_two_coordinators_revoking_the_same_device_at_once(console):
    device = console.device("Les Amis")

    def other_coordinator(session):
        session.execute(update(Device).where(Device.id == device.device_id).values(revoked_at=func.now()))

    answer = _while_another_transaction_holds(
        console, other_coordinator, lambda: console.post(f"/admin/appareils/{device.device_id}/revoquer")
    )
    assert answer.status_code == 303
    with console.database.reader() as session:
        lines = session.scalar(
            select(func.count()).select_from(ConsoleAudit).where(ConsoleAudit.action == "device_revoked")
        )
    assert lines == 0  # the other coordinator revoked it: this one changed nothing, and says so once


def test_the_email_typed_at_login_is_the_one_checked(console):
    """A control character cannot make two spellings of one address (the limit counts by address)."""
    stranger = console.app_client()
    page = stranger.get("/admin/connexion")
    answer = stranger.post(
        "/admin/connexion",
        data={"email": EMAIL.replace("@", "\x00@"), "password": PASSWORD, "csrf": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert answer.status_code == 303  # the NUL is dropped: the very address it was
