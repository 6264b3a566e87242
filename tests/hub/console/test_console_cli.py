"""The console's accounts and the operations on the command line: create-admin (the password
typed, never an argument), admins, status, backup into the backups folder, and the audit log
fed by the administration commands."""

from __future__ import annotations

import io
import sys

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from hub.__main__ import build_parser, main
from hub.api import create_app
from hub.config import ENV_PREFIX, HubSettings
from hub.db import open_hub_database
from hub.models import ConsoleAdmin, ConsoleAudit, ConsoleSession, ConsoleState
from protocol.messages import PROTOCOL_VERSION
from tests.hub.console.conftest import log_in, words_of


@pytest.fixture(autouse=True)
def _no_hub_environment(monkeypatch):
    for name in ("DATA_DIR", "DATABASE_URL", "BACKUP_DIR"):
        monkeypatch.delenv(ENV_PREFIX + name, raising=False)


def run(capsys, monkeypatch, *argv: str, typed: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_create_admin_then_log_in_and_see_the_commands_in_the_journal(tmp_path, capsys, monkeypatch):
    data = ["--data-dir", str(tmp_path / "hub")]
    with pytest.raises(SystemExit):  # there is no way to give the password as an argument
        build_parser().parse_args(["create-admin", "claire@reseau.fr", "--password", "secret"])
    status, _out, err = run(capsys, monkeypatch, "create-admin", "Claire@Reseau.fr", *data, typed="court\n")
    assert status == 1 and "au moins 12 caractères" in err
    status, out, err = run(
        capsys, monkeypatch, "create-admin", "Claire@Reseau.fr", *data, typed="un long mot de passe\n"
    )
    assert status == 0 and out.startswith("Compte créé : claire@reseau.fr.") and err == ""
    assert "un long mot de passe" not in out
    status, _out, err = run(
        capsys, monkeypatch, "create-admin", "pas-une-adresse", *data, typed="un long mot de passe\n"
    )
    assert status == 1 and "n'est pas une adresse e-mail" in err
    assert run(capsys, monkeypatch, "create-association", "Les Amis", *data)[0] == 0
    assert run(capsys, monkeypatch, "enrollment-code", "Les Amis", "--hours", "24", *data)[0] == 0

    url = f"sqlite:///{tmp_path / 'hub' / 'hub.sqlite3'}"
    database = open_hub_database(url)
    try:
        with database.reader() as session:
            stored = session.scalars(select(ConsoleAdmin.password_hash)).one()
        assert stored.startswith("$argon2id$") and "un long mot de passe" not in stored
        settings = HubSettings(data_dir=str(tmp_path / "hub"))
        with TestClient(create_app(settings, database), base_url="https://testserver") as client:
            log_in(client, "claire@reseau.fr", "un long mot de passe")
            journal = words_of(client.get("/admin/journal").text)
            assert "Compte de coordination créé : claire@reseau.fr ligne de commande (" in journal
            assert "Association créée : Les Amis ligne de commande (" in journal
            assert "Code d'enrôlement créé pour Les Amis" in journal
            assert "ligne de commande (" in words_of(client.get("/admin/codes").text)
            # A new password ends the sessions open with the old one.
            status, out, _ = run(
                capsys,
                monkeypatch,
                "create-admin",
                "claire@reseau.fr",
                *data,
                typed="un autre mot de passe\n",
            )
            assert status == 0 and "Nouveau mot de passe pour claire@reseau.fr" in out
            assert client.get("/admin", follow_redirects=False).status_code == 303
            log_in(client, "claire@reseau.fr", "un autre mot de passe")
        status, out, _ = run(capsys, monkeypatch, "admins", *data)
        assert status == 0 and out.startswith("claire@reseau.fr  (dernière connexion le ")
        with database.reader() as session:
            actions = session.scalars(select(ConsoleAudit.action).order_by(ConsoleAudit.id)).all()
        assert actions[:3] == ["admin_created", "association_created", "code_created"]
        assert "admin_password_set" in actions
    finally:
        database.dispose()


def test_status_and_backup_into_the_backups_folder(tmp_path, capsys, monkeypatch):
    data = ["--data-dir", str(tmp_path / "hub")]
    assert run(capsys, monkeypatch, "create-association", "Les Amis", *data)[0] == 0
    status, out, _ = run(capsys, monkeypatch, "status", *data)
    assert status == 0 and out.startswith("Hub Entraide ") and f"(protocole {PROTOCOL_VERSION})" in out
    assert "1 association(s), 0 appareil(s) relié(s), 0 fiche(s)" in out
    assert f"Sauvegardes dans {tmp_path / 'hub' / 'sauvegardes'} : 0" in out
    # The default folder (in the data folder) is made by the first backup; a configured one is not.
    monkeypatch.setenv(ENV_PREFIX + "BACKUP_DIR", str(tmp_path / "absent"))
    status, _out, err = run(capsys, monkeypatch, "backup", *data)
    assert status == 1 and f"Le dossier des sauvegardes {tmp_path / 'absent'} n'existe pas" in err
    monkeypatch.delenv(ENV_PREFIX + "BACKUP_DIR")
    status, out, _err = run(capsys, monkeypatch, "backup", *data)
    assert status == 0 and out.startswith(
        f"Sauvegarde enregistrée : {tmp_path / 'hub' / 'sauvegardes' / 'hub-'}"
    )
    status, out, _ = run(capsys, monkeypatch, "status", *data)
    assert "Sauvegardes dans " in out and ": 1" in out and ".sauvegarde" in out


def test_a_restore_logs_everyone_out_and_renews_the_cookie_key(tmp_path, capsys, monkeypatch):
    """A backup holds the sessions of its day: restored, none of them opens the console again,
    even one that was closed since (a laptop left logged in, a coordinator who has left)."""
    data = ["--data-dir", str(tmp_path / "hub")]
    assert (
        run(capsys, monkeypatch, "create-admin", "claire@reseau.fr", *data, typed="un long mot de passe\n")[0]
        == 0
    )
    url = f"sqlite:///{tmp_path / 'hub' / 'hub.sqlite3'}"
    database = open_hub_database(url)
    settings = HubSettings(data_dir=str(tmp_path / "hub"))
    with TestClient(create_app(settings, database), base_url="https://testserver") as client:
        log_in(client, "claire@reseau.fr", "un long mot de passe")
        with database.reader() as session:
            key = session.get(ConsoleState, 1).secret
        assert run(capsys, monkeypatch, "backup", str(tmp_path / "avant.sauvegarde"), *data)[0] == 0
        cookies = dict(client.cookies)
    database.dispose()
    assert run(capsys, monkeypatch, "restore", str(tmp_path / "avant.sauvegarde"), *data)[0] == 0

    database = open_hub_database(url)
    try:
        with database.reader() as session:
            assert session.scalars(select(ConsoleSession)).all() == []
            assert session.get(ConsoleState, 1).secret != key
        with TestClient(create_app(settings, database), base_url="https://testserver") as client:
            client.cookies.update(cookies)
            assert client.get("/admin", follow_redirects=False).status_code == 303
            log_in(client, "claire@reseau.fr", "un long mot de passe")  # the account itself is back
    finally:
        database.dispose()
