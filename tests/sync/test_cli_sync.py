"""`entraide enroll`, `sync` and `status` against the real hub."""

from __future__ import annotations

import json
import os
import re
import stat

from app.__main__ import main
from app.db import open_database
from app.paths import DataPaths
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields


def test_enroll_sync_status_from_the_command_line(tmp_path, live_hub, capsys, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    data = str(tmp_path / "poste")
    code = live_hub.enrollment_code("Les Amis")
    assert main(["enroll", "--hub", live_hub.url, "--code", code, "--data-dir", data]) == 4  # no store yet
    assert "Aucune donnée Entraide" in capsys.readouterr().err  # and the one-time code is not spent
    open_database(DataPaths(tmp_path / "poste")).close()  # what the window's first start makes
    assert main(["enroll", "--hub", live_hub.url, "--code", code, "--data-dir", data]) == 0
    assert "Les Amis" in capsys.readouterr().err
    token_file = tmp_path / "poste" / "jeton-hub.json"
    assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600  # no keyring here: a private file
    saved = json.loads(token_file.read_text())
    assert len(saved[f"hub:{live_hub.url}"]) >= 43

    assert main(["demo", "--size", "30", "--data-dir", data]) == 0
    assert main(["status", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "Modifications en attente d'envoi : " in out and "jamais" in out
    assert main(["sync", "--data-dir", data]) == 0
    said = capsys.readouterr().err
    assert re.search(r"Synchronisé : \d+ envoyés, \d+ reçus, 0 conflit\.", said)  # plurals
    # Not a terminal (a scheduled task's log): a line per step, none run together, the summary last.
    lines = said.splitlines()
    assert "\r" not in said and lines[-1].startswith("Synchronisé")
    assert all(line.startswith(("envoi : ", "réception : ")) for line in lines[:-1])
    assert main(["status", "--data-dir", data]) == 0
    assert "Modifications en attente d'envoi : 0" in capsys.readouterr().out

    # A second computer of the association receives everything.
    other = str(tmp_path / "autre")
    open_database(DataPaths(tmp_path / "autre")).close()
    assert (
        main(
            [
                "enroll",
                "--hub",
                live_hub.url,
                "--code",
                live_hub.enrollment_code("Les Amis"),
                "--data-dir",
                other,
            ]
        )
        == 0
    )
    assert main(["sync", "--data-dir", other]) == 0
    first, second = open_database(DataPaths(tmp_path / "poste")), open_database(DataPaths(tmp_path / "autre"))
    try:
        assert first.run(contacts.count_contacts) == second.run(contacts.count_contacts) == 30
    finally:
        first.close()
        second.close()


def test_sync_errors_are_one_french_line(tmp_path, live_hub, capsys, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    data = str(tmp_path / "poste")
    assert main(["sync", "--data-dir", data]) == 4  # a folder holding no store
    assert "Aucune donnée Entraide" in capsys.readouterr().err
    open_database(DataPaths(tmp_path / "poste")).close()
    assert main(["sync", "--data-dir", data]) == 1
    assert "enroll" in capsys.readouterr().err
    assert main(["enroll", "--hub", live_hub.url, "--code", "FAUX-CODE-0000", "--data-dir", data]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Code d'enrôlement" in err
    offline = ["enroll", "--hub", "http://127.0.0.1:9", "--code", "ABCD-EFGH-JKLM", "--data-dir", data]
    assert main(offline) == 1
    assert "ne répond pas" in capsys.readouterr().err


def test_status_lists_conflicts(tmp_path, laptops, capsys):
    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    lea = bureau.run(contacts.create_contact, ContactFields(kind="person", first_name="Léa"))
    bureau.sync()
    maison.sync()
    bureau.run(contacts.update_contact, lea, ContactFields(kind="person", first_name="Léa", notes="a"))
    maison.run(contacts.update_contact, lea, ContactFields(kind="person", first_name="Léa", notes="b"))
    bureau.sync()
    maison.sync()
    assert main(["status", "--data-dir", str(maison.paths.root)]) == 0
    assert "Conflits à régler : 1" in capsys.readouterr().out


def test_a_hub_address_in_clear_is_refused_except_on_this_computer(tmp_path, capsys):
    from app.sync.client import insecure_address

    assert (
        main(
            [
                "enroll",
                "--hub",
                "http://hub.exemple.org",
                "--code",
                "ABCD-EFGH-JKLM",
                "--data-dir",
                str(tmp_path),
            ]
        )
        == 1
    )
    assert "https://" in capsys.readouterr().err
    assert not insecure_address("https://hub.exemple.org") and not insecure_address("http://127.0.0.1:8765")
    assert insecure_address("http://192.0.2.10") and insecure_address("ftp://hub.exemple.org")


def test_an_oversized_record_is_set_aside_and_the_others_still_sync(laptops):
    from app.sync import conflicts
    from app.sync.engine import status

    bureau, maison = laptops("Les Amis"), laptops("Les Amis")
    bureau.run(contacts.create_contact, ContactFields(kind="person", first_name="Léa", notes="x" * 100_001))
    bureau.run(contacts.create_contact, ContactFields(kind="person", first_name="Paul"))
    bureau.sync()
    [refused] = bureau.run(conflicts.list_conflicts)
    assert refused.kind == "refused" and "trop volumineuse" in refused.reason
    assert bureau.run(status)["pending"] == 0
    maison.sync()
    assert [r.display_name for r in maison.run(contacts.list_contacts)] == ["Paul"]


def test_sync_command_notes_the_mentoring_requests_received(laptops, capsys, monkeypatch):
    from app.models import Organisation
    from app.services.practices import mentoring
    from app.sync.credentials import TokenStore
    from app.sync.engine import sync_state
    from tests.unit.practice_helpers import published

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    author, reader = laptops("Les Amis du Quartier"), laptops("Comité des Fêtes")
    practice = author.run(published)
    author.sync()
    reader.sync()
    reader.run(mentoring.request_mentoring, practice, "Pourriez-vous nous accompagner ?")
    reader.sync()
    # The author's laptop as `entraide enroll` leaves it: the hub's address and the token saved.
    TokenStore(author.paths.root).save(author.client.base_url, author.client.token or "")
    author.run(lambda s: setattr(sync_state(s), "hub_url", author.client.base_url))
    data = ["--data-dir", str(author.paths.root)]

    assert main(["sync", *data]) == 0
    err = capsys.readouterr().err
    assert "1 demande de mentorat reçue pour nos pratiques, notée dans les contacts" in err

    def noted(session) -> list[tuple[str, str | None]]:
        rows = session.query(Organisation.display_name, Organisation.tags).filter(
            Organisation.tags.like("%mentorat%")
        )
        return [(name, tags) for name, tags in rows]

    assert author.run(noted) == [("Comité des Fêtes", "mentorat")]
    assert main(["sync", *data]) == 0  # noted once
    assert "mentorat" not in capsys.readouterr().err
