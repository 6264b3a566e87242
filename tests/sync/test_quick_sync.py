"""`entraide sync` with nothing to do takes the quick way (app/sync/quick.py): the same exit code,
output, log lines and stored state as the full engine; anything to do, and any refusal or fault,
still goes the full way with its behaviour of before. Real hub on 127.0.0.1, real stores."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest
import requests

import protocol.messages
from app.__main__ import main
from app.db import open_database
from app.models import Contact
from app.paths import DataPaths
from app.services import trash
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from app.sync import quarantine, quick
from app.sync.credentials import TokenStore
from app.sync.engine import PULL_PAGE, sync_state
from app.sync.engine import status as sync_status
from hub import admin
from hub.db import open_hub_database

NO_KEYRING = "keyring.backends.fail.Keyring"


@pytest.fixture
def quick_runs(monkeypatch) -> list[bool]:
    """What the quick way answered at each `entraide sync` (the real function, watched)."""
    seen: list[bool] = []
    real = quick.sync_if_quiet

    def watched(*args, **kwargs) -> bool:
        seen.append(real(*args, **kwargs))
        return seen[-1]

    monkeypatch.setattr(quick, "sync_if_quiet", watched)
    return seen


def run(paths: DataPaths, work, *args):
    database = open_database(paths)
    try:
        return database.run(work, *args)
    finally:
        database.close()


def add_person(session, last_name: str) -> str:
    return contacts.create_contact(session, ContactFields(first_name="Lucie", last_name=last_name))


@pytest.fixture
def enrolled(tmp_path, live_hub, monkeypatch, capsys) -> DataPaths:
    """A computer enrolled from the command line (token and courier keys in the private file),
    with a contact, synced once: its next sync has nothing to do."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", NO_KEYRING)
    paths = DataPaths(tmp_path / "poste")
    open_database(paths).close()
    code = live_hub.enrollment_code("Les Amis")
    assert main(["enroll", "--hub", live_hub.url, "--code", code, "--data-dir", str(paths.root)]) == 0
    run(paths, add_person, "Martin")
    assert main(["sync", "--data-dir", str(paths.root)]) == 0
    assert "1 envoyé" in capsys.readouterr().err
    return paths


def sync(paths: DataPaths, capsys) -> tuple[int, str, str]:
    code = main(["sync", "--data-dir", str(paths.root)])
    said = capsys.readouterr()
    return code, said.out, said.err


def stored(paths: DataPaths) -> dict[str, list[str]]:
    """Every row of every table, but the moment of the last sync."""
    connection = sqlite3.connect(paths.database)
    try:
        names = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("sqlite_")
        ]
        rows = {
            name: sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{name}"')) for name in names
        }
        columns = [row[1] for row in connection.execute("PRAGMA table_info(sync_state)")]
        kept = ", ".join(f'"{column}"' for column in columns if column != "last_sync_at")
        rows["sync_state"] = [repr(row) for row in connection.execute(f"SELECT {kept} FROM sync_state")]
    finally:
        connection.close()
    return rows


def sync_lines(caplog) -> list[str]:
    return [
        re.sub(r" ms=\d+", "", f"{record.name} {record.getMessage()}")
        for record in caplog.records
        if record.name in ("entraide.sync", "entraide.command")
    ]


def test_nothing_to_do_gives_what_the_full_engine_gives(
    enrolled, tmp_path, capsys, caplog, quick_runs, monkeypatch
):
    twin = DataPaths(tmp_path / "jumeau")
    shutil.copytree(enrolled.root, twin.root)  # the same computer, twice: one sync each way
    before = datetime.now(UTC)
    caplog.clear()
    quick_said = sync(enrolled, capsys)
    quick_lines = sync_lines(caplog)
    assert quick_runs == [True]

    monkeypatch.setattr(quick, "sync_if_quiet", lambda *_args: False)  # the reference: the full engine
    caplog.clear()
    full_said = sync(twin, capsys)
    assert full_said == quick_said == (0, "", "réception : 0/0\nSynchronisé : 0 envoyé, 0 reçu, 0 conflit.\n")
    assert sync_lines(caplog) == quick_lines
    assert (
        "entraide.sync done pushed=0 pulled=0 conflicts=0 deleted=0 hub_replaced=False mentoring=0"
        in quick_lines
    )
    assert stored(enrolled) == stored(twin)
    for paths in (enrolled, twin):
        info = run(paths, sync_status)
        assert info["last_sync_at"] is not None and info["last_sync_at"] >= before
        assert info["last_error"] is None and info["pending"] == 0


def test_the_quick_way_clears_the_last_error(enrolled, capsys, quick_runs):
    run(enrolled, lambda s: setattr(sync_state(s), "last_error", '{"text": "Le hub ne répond pas"}'))
    assert sync(enrolled, capsys)[0] == 0
    assert quick_runs == [True]
    assert run(enrolled, sync_status)["last_error"] is None


def test_a_local_edit_goes_the_full_way(enrolled, capsys, quick_runs):
    run(enrolled, add_person, "Durand")
    assert sync(enrolled, capsys) == (
        0,
        "",
        "envoi : 1/1\nréception : 1/1\nSynchronisé : 1 envoyé, 1 reçu, 0 conflit.\n",
    )
    assert quick_runs == [False]
    assert sync(enrolled, capsys)[0] == 0 and quick_runs == [False, True]  # then nothing to do again


def test_a_purge_goes_the_full_way(enrolled, capsys, quick_runs):
    def delete_for_good(session) -> None:
        person = session.query(Contact).one()
        trash.trash(session, [person])
        session.flush()
        trash.purge(session, [person])

    run(enrolled, delete_for_good)
    code, _out, err = sync(enrolled, capsys)
    assert code == 0 and "1 envoyé" in err
    assert quick_runs == [False]


def test_a_new_record_on_the_hub_goes_the_full_way(enrolled, live_hub, tmp_path, capsys, quick_runs):
    other = DataPaths(tmp_path / "autre")
    open_database(other).close()
    code = live_hub.enrollment_code("Les Amis")
    assert main(["enroll", "--hub", live_hub.url, "--code", code, "--data-dir", str(other.root)]) == 0
    run(other, add_person, "Bernard")
    assert main(["sync", "--data-dir", str(other.root)]) == 0
    capsys.readouterr()
    quick_runs.clear()
    code, _out, err = sync(enrolled, capsys)
    assert code == 0 and "1 reçu" in err
    assert quick_runs == [False]
    assert sorted(c.display_name for c in run(enrolled, contacts.list_contacts)) == [
        "Lucie Bernard",
        "Lucie Martin",
    ]


def test_a_record_set_aside_goes_the_full_way(enrolled, capsys, quick_runs):
    change = {
        "record_id": "0190a1b2-0000-7000-8000-000000000001",
        "entity_type": "contact",
        "version": 1,
        "fields": {"kind": "personne"},
        "deleted": False,
    }
    problems = [{"field": "kind", "code": "invalid_choice", "values": {}}]
    run(enrolled, quarantine.set_aside, change, quarantine.INVALID_VALUES, problems)
    assert sync(enrolled, capsys)[0] == 0
    assert quick_runs == [False]


def test_a_plugged_courier_stick_goes_the_full_way(enrolled, tmp_path, capsys, quick_runs):
    stick = tmp_path / "cle"
    stick.mkdir()
    run(enrolled, lambda s: setattr(sync_state(s), "courier_folder", str(stick)))
    assert sync(enrolled, capsys)[0] == 0
    assert quick_runs == [False]


def test_a_revoked_computer_is_told_as_before(enrolled, live_hub, capsys, quick_runs):
    device_id = run(enrolled, lambda s: sync_state(s).device_id)
    hub = open_hub_database(live_hub.settings.resolved_database_url())
    try:
        with hub.writer.begin() as session:
            admin.revoke_device(session, device_id)
    finally:
        hub.dispose()
    code, _out, err = sync(enrolled, capsys)
    assert code == 1 and "Le hub ne reconnaît pas cet ordinateur" in err
    assert quick_runs == [False]
    assert run(enrolled, sync_status)["last_error"] is not None


def test_a_hub_wanting_a_newer_version_is_told_as_before(enrolled, capsys, quick_runs, monkeypatch):
    monkeypatch.setattr(protocol.messages, "MIN_PROTOCOL_VERSION", protocol.messages.PROTOCOL_VERSION + 1)
    code, _out, err = sync(enrolled, capsys)
    assert code == 1 and "trop ancienne" in err
    assert quick_runs == [False]


def test_a_hub_that_is_down_is_told_as_before(enrolled, live_hub, capsys, quick_runs):
    live_hub.server.should_exit = True
    deadline = time.monotonic() + 10
    while _answers(live_hub.url) and time.monotonic() < deadline:
        time.sleep(0.05)
    code, _out, err = sync(enrolled, capsys)  # after the client's retries, as before
    assert code == 1 and "Le hub ne répond pas" in err
    assert quick_runs == [False]


def _answers(url: str) -> bool:
    try:
        requests.get(url + "/healthz", timeout=1)
    except requests.RequestException:
        return False
    return True


def test_the_day_s_first_opening_goes_the_full_way_for_its_backup(enrolled, capsys, quick_runs):
    for backup in enrolled.backups.iterdir():
        backup.unlink()
    assert sync(enrolled, capsys)[0] == 0
    assert quick_runs == [False]
    assert any("quotidienne" in backup.name for backup in enrolled.backups.iterdir())


def test_the_quick_way_asks_what_the_engine_asks() -> None:
    from app.services.needs.alerts import WATCHED
    from app.sync.client import HubClient

    assert quick.PULL_PAGE == PULL_PAGE
    assert quick.WATCHED == WATCHED
    assert HubClient("http://127.0.0.1").timeout == quick.TIMEOUT


def test_a_token_in_the_file_is_read_without_loading_keyring(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", NO_KEYRING)
    TokenStore(tmp_path).save("https://hub.exemple.fr/", "jeton")
    code = (
        "import sys; from pathlib import Path; from app.sync.credentials import TokenStore; "
        f"print(TokenStore(Path({str(tmp_path)!r})).load('https://hub.exemple.fr'), 'keyring' in sys.modules)"
    )
    env = {name: value for name, value in os.environ.items() if name != "PYTHON_KEYRING_BACKEND"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.split() == ["jeton", "False"]


def test_a_store_not_at_the_newest_schema_is_left_to_the_full_opening(enrolled):
    assert quick.open_plain(enrolled) is not None
    connection = sqlite3.connect(enrolled.database)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0014'")
    connection.close()
    assert quick.open_plain(enrolled) is None


def test_mentoring_requests_received_go_the_full_way(laptops, capsys, quick_runs, monkeypatch):
    from app.services.practices import mentoring
    from tests.unit.practice_helpers import published

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", NO_KEYRING)
    author, reader = laptops("Les Amis du Quartier"), laptops("Comité des Fêtes")
    practice = author.run(published)
    author.sync()
    reader.sync()
    reader.run(mentoring.request_mentoring, practice, "Pourriez-vous nous accompagner ?")
    reader.sync()
    tokens = TokenStore(author.paths.root)  # as `entraide enroll` leaves it, courier keys included
    tokens.save(author.client.base_url, author.client.token or "")
    tokens.save_courier_secret(author.client.base_url, "secret")
    author.run(lambda s: setattr(sync_state(s), "hub_url", author.client.base_url))
    author.database.close()

    assert "1 demande de mentorat reçue" in sync(author.paths, capsys)[2]
    assert sync(author.paths, capsys)[0] == 0  # noted once: said no more, but looked at again
    assert quick_runs == [False, False]


def test_a_proxy_goes_the_full_way(enrolled, capsys, quick_runs, monkeypatch):
    monkeypatch.setenv("https_proxy", "http://127.0.0.1:9")  # the hub is http://: requests ignores it
    assert sync(enrolled, capsys)[0] == 0
    assert quick_runs == [False]


def test_the_quick_way_verifies_the_hub_s_certificate(tmp_path):
    """A hub whose certificate no authority signed is refused, as `requests` refuses it."""
    import ssl
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    self_signed = ["-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
    where = ["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)]
    subprocess.run(["openssl", "req", *self_signed, *where], check=True, capture_output=True)

    class Hello(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"{}")

    server = HTTPServer(("127.0.0.1", 0), Hello)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"https://127.0.0.1:{server.server_address[1]}"
        known = quick.Known(url, 0, None, "asso", (None, None), "jeton")
        with pytest.raises(ssl.SSLCertVerificationError):
            quick._ask_hub(known)
    finally:
        server.shutdown()
