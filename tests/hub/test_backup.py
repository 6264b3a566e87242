"""`entraide-hub backup` and `restore`, on SQLite and on a real PostgreSQL: the data comes back
exactly, the schema is at head, the hub gets a new identity (clients then re-send what they own),
and a database password never shows, neither in output nor on a command line."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import threading
import uuid
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
import requests
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from fastapi.testclient import TestClient
from psycopg import sql
from sqlalchemy import select, text
from sqlalchemy.engine import URL

from hub import backup as backups
from hub.__main__ import main
from hub.api import create_app
from hub.config import HubSettings
from hub.db import alembic_config, make_engine, migrate, open_hub_database
from hub.models import Base, HubState
from tests.hub.conftest import Hub, op
from tests.hub.server import NO_RATE_LIMIT, HubProcess, enroll_devices, hub_command
from tests.postgres import PostgresServer, free_port

# ':' and '\' need escaping in a passfile, "'" in a connection string, '@' and '/' in a URL.
PASSWORD = "Mot:de\\passe'sûr@/42"


RENEWED = {"instance_id", "secret"}  # a restored hub's identity and its console's cookie key


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every row of every hub table, in primary-key order; the hub's identity and keys apart."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table.name: [
                    tuple(row)
                    for row in connection.execute(
                        select(*[c for c in table.columns if c.name not in RENEWED]).order_by(
                            *table.primary_key.columns
                        )
                    )
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def instance_id(url: str) -> str:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return connection.scalar(select(HubState.instance_id))
    finally:
        engine.dispose()


def assert_at_head(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            current = set(MigrationContext.configure(connection).get_current_heads())
    finally:
        engine.dispose()
    assert current == set(ScriptDirectory.from_config(alembic_config(url)).get_heads())


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def cli(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real `entraide-hub` program, with no ENTRAIDE_HUB_* setting but those given."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ENTRAIDE_HUB_")}
    return subprocess.run(
        [*hub_command(), *argv],
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def fill(hub: Hub) -> dict[str, dict]:
    """Two associations, private and shared records, an edit and a deletion."""
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    lea, projector = (
        op(display_name="Léa", email="lea@ex.fr"),
        op("equipment", name="Vidéoprojecteur", deposit_cents=15000, visibility="network"),
    )
    gone = op(display_name="Ancien adhérent")
    [first, _, deleted_at] = hub.push(amis, lea, projector, gone)
    hub.push(
        amis,
        op(record_id=lea["record_id"], base=first["version"], notes="trésorière"),
        op(record_id=gone["record_id"], base=deleted_at["version"], deleted=True),
    )
    hub.push(comite, op(display_name="Paul"))
    return {"amis": amis, "comite": comite, "lea": lea, "projector": projector}


# --- both databases, in process ----------------------------------------------------------------


def test_restore_brings_back_exactly_what_was_backed_up(hub: Hub, tmp_path, capsys):
    url, saved = hub.database.url, tmp_path / "hub.sauvegarde"
    made = fill(hub)
    before, old_identity = snapshot(url), instance_id(url)
    status, out, err = run(capsys, "backup", str(saved), "--database-url", url)
    assert (status, err) == (0, "") and out.startswith(f"Sauvegarde enregistrée : {saved} (")
    assert "2 association(s)" in out
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600  # token hashes and personal data inside
    assert [p.name for p in tmp_path.iterdir() if "partiel" in p.name] == []

    # After the backup: new records, an edit, a deletion, a new association.
    amis = made["amis"]
    hub.push(
        amis,
        op(display_name="Après la sauvegarde"),
        op(record_id=made["lea"]["record_id"], base=99, email="changé@ex.fr"),
        op("equipment", record_id=made["projector"]["record_id"], base=99, deleted=True),
    )
    hub.member("Nouvelle")
    assert snapshot(url) != before
    hub.database.dispose()  # the hub is stopped for a restore

    status, out, err = run(capsys, "restore", str(saved), "--database-url", url)
    assert (status, err) == (0, ""), err
    assert snapshot(url) == before
    assert_at_head(url)
    new_identity = instance_id(url)
    assert new_identity != old_identity and f"Nouvelle identité du hub : {new_identity}" in out
    # The restored hub answers a device of the backup, with its new identity.
    hello = hub.client.post("/v1/handshake", json={"protocol_version": 1}, headers=amis.headers)
    assert hello.status_code == 200 and hello.json()["hub_instance_id"] == new_identity


def test_an_older_backup_is_migrated_by_the_restore(hub_url, tmp_path, capsys):
    command.upgrade(alembic_config(hub_url), "0001")  # a hub of an earlier version
    engine = make_engine(hub_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO hub_state (id, instance_id, last_version, oldest_cursor, "
                "created_at) VALUES (1, 'ancienne', 3, 0, '2025-01-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO associations (id, name, created_at) "
                "VALUES ('a1', 'Les Anciens', '2025-01-01 00:00:00')"
            )
        )
    engine.dispose()
    saved = tmp_path / "ancienne.sauvegarde"
    assert run(capsys, "backup", str(saved), "--database-url", hub_url)[0] == 0
    migrate(hub_url)  # the hub was upgraded since, and its data went on
    run(capsys, "create-association", "Les Nouveaux", "--database-url", hub_url)

    status, _, err = run(capsys, "restore", str(saved), "--database-url", hub_url)
    assert status == 0, err
    assert_at_head(hub_url)
    data = snapshot(hub_url)
    assert [row[1] for row in data["associations"]] == ["Les Anciens"]
    assert data["hub_state"][0][1] == 3  # the version counter of the backup
    assert instance_id(hub_url) not in ("ancienne", "")


# --- the real command line ---------------------------------------------------------------------


def test_command_line_on_sqlite_backs_up_a_serving_hub(tmp_path):
    data, saved = tmp_path / "hub", tmp_path / "sauvegardes" / "hub.sauvegarde"
    saved.parent.mkdir()
    url = f"sqlite:///{data / 'hub.sqlite3'}"
    with HubProcess(None, data, env=NO_RATE_LIMIT) as served:
        [device] = enroll_devices(served, url, ["Les Amis"])["Les Amis"]
        http = requests.Session()

        def push(name: str) -> None:
            answer = http.post(
                f"{served.url}/v1/push",
                headers=device.headers,
                timeout=30,
                json={"operations": [op(display_name=name)]},
            )
            assert answer.status_code == 200, answer.text

        for n in range(20):
            push(f"Contact {n}")
        stop, written, errors = threading.Event(), [], []

        def keep_pushing() -> None:
            try:
                while not stop.is_set():
                    push(f"Pendant {len(written)}")
                    written.append(1)
            except Exception as error:  # reported by the test, not lost in the thread
                errors.append(error)

        writer = threading.Thread(target=keep_pushing)
        writer.start()
        try:
            done = cli("backup", str(saved), "--data-dir", str(data))  # while the hub writes
        finally:
            stop.set()
            writer.join()
        assert errors == [] and written, errors
        assert done.returncode == 0 and done.stderr == "", done.stderr
        assert done.stdout.startswith(f"Sauvegarde enregistrée : {saved} (SQLite ; 1 association(s)")
        push("Après la sauvegarde")
        old = http.post(
            f"{served.url}/v1/handshake", json={"protocol_version": 1}, headers=device.headers, timeout=30
        ).json()["hub_instance_id"]

    with sqlite3.connect(saved) as copy:  # one consistent, self-contained snapshot
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        (last,) = copy.execute("SELECT last_version FROM hub_state").fetchone()
        versions = [v for (v,) in copy.execute("SELECT version FROM records")]
        names = {n for (n,) in copy.execute("SELECT json_extract(fields, '$.display_name') FROM records")}
    assert len(versions) >= 20 and max(versions) == last
    assert "Après la sauvegarde" not in names

    done = cli("restore", str(saved), "--data-dir", str(data))
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert "L'ancienne base est gardée dans" in done.stdout
    assert len(list(data.glob("hub.sqlite3.avant-restauration-*"))) == 1
    with HubProcess(None, data) as served:
        hello = requests.post(
            f"{served.url}/v1/handshake", json={"protocol_version": 1}, headers=device.headers, timeout=30
        ).json()
        pulled = requests.get(
            f"{served.url}/v1/pull", params={"limit": 1000}, headers=device.headers, timeout=30
        ).json()
    assert hello["hub_instance_id"] != old and hello["current_version"] == last
    assert {c["fields"]["display_name"] for c in pulled["changes"]} == names


@pytest.fixture
def secret_url(postgres: PostgresServer) -> str:
    """A database on the suite's server, owned by a role that must give its password (scram)."""
    role, name = "sauvegarde", f"secret_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(
        host="127.0.0.1", port=postgres.port, user=postgres.user, dbname="postgres", autocommit=True
    ) as connection:
        if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None:
            connection.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(PASSWORD)
                )
            )
        connection.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(name), sql.Identifier(role))
        )
        hba = postgres.data / "pg_hba.conf"
        rule = f"host all {role} 127.0.0.1/32 scram-sha-256\n"  # before the suite's 'trust' lines
        if not hba.read_text().startswith(rule):
            hba.write_text(rule + hba.read_text())
            connection.execute("SELECT pg_reload_conf()")
    return URL.create(
        "postgresql+psycopg",
        username=role,
        password=PASSWORD,
        host="127.0.0.1",
        port=postgres.port,
        database=name,
    ).render_as_string(hide_password=False)


def test_command_line_on_postgresql_never_shows_the_password(secret_url, tmp_path):
    migrate(secret_url)
    database = open_hub_database(secret_url)
    settings = HubSettings(data_dir=str(tmp_path), database_url=secret_url)
    with TestClient(create_app(settings, database)) as client:
        hub = Hub(database, settings, client)
        made = fill(hub)
        before, old = snapshot(secret_url), instance_id(secret_url)
        env = {"ENTRAIDE_HUB_DATABASE_URL": secret_url}  # as systemd's EnvironmentFile gives it
        saved = tmp_path / "hub.sauvegarde"
        backed = cli("backup", str(saved), env=env)
        assert backed.returncode == 0, backed.stderr
        assert saved.read_bytes().startswith(b"PGDMP") and stat.S_IMODE(saved.stat().st_mode) == 0o600
        hub.push(
            made["amis"], op("equipment", record_id=made["projector"]["record_id"], base=99, deleted=True)
        )
        hub.member("Nouvelle")
    database.dispose()

    restored = cli("restore", str(saved), env=env)
    assert restored.returncode == 0, restored.stderr
    assert snapshot(secret_url) == before
    assert_at_head(secret_url)
    assert instance_id(secret_url) not in (old, "")

    # A wrong password: one French line, the password in it neither.
    wrong = secret_url.replace("Mot", "Faux")
    refused = cli("backup", str(tmp_path / "refus.sauvegarde"), env={"ENTRAIDE_HUB_DATABASE_URL": wrong})
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.startswith("entraide-hub : pg_dump a échoué : ") and refused.stderr.count("\n") == 1
    assert "password authentication failed" in refused.stderr
    for done in (backed, restored, refused):
        output = done.stdout + done.stderr
        for secret in (PASSWORD, "Faux:de", quote(PASSWORD, safe=""), "passe"):
            assert secret not in output
        assert "Traceback" not in output


def test_postgresql_refuses_an_archive_that_is_not_a_hub(postgres, tmp_path, capsys):
    other, hub_url = (
        postgres.create_database(f"autre_{uuid.uuid4().hex[:8]}"),
        postgres.create_database(f"hub_{uuid.uuid4().hex[:8]}"),
    )
    engine = make_engine(other)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE notes (id integer PRIMARY KEY)"))
    engine.dispose()
    archive = tmp_path / "autre.dump"
    backups._pg_tool("pg_dump", other, ["--format=custom", f"--file={archive}"])
    run(capsys, "create-association", "Les Amis", "--database-url", hub_url)
    before = snapshot(hub_url)
    status, out, err = run(capsys, "restore", str(archive), "--database-url", hub_url)
    assert status == 1 and out == ""
    assert err == (
        f"entraide-hub : {archive} n'est pas une sauvegarde du hub Entraide (ses tables sont absentes).\n"
    )
    sqlite_backup = tmp_path / "hub.sqlite3"
    run(capsys, "migrate", "--database-url", f"sqlite:///{sqlite_backup}")
    status, _, err = run(capsys, "restore", str(sqlite_backup), "--database-url", hub_url)
    assert status == 1 and "est une sauvegarde SQLite mais ce hub utilise PostgreSQL" in err
    assert snapshot(hub_url) == before
    # A server that does not answer: one line, and the password nowhere.
    saved = tmp_path / "hub.dump"
    assert run(capsys, "backup", str(saved), "--database-url", hub_url)[0] == 0
    nowhere = f"postgresql+psycopg://entraide:secret-xyz@127.0.0.1:{free_port()}/hub"
    for argv in (("backup", str(tmp_path / "rien.dump")), ("restore", str(saved))):
        status, out, err = run(capsys, *argv, "--database-url", nowhere)
        assert status == 1 and out == "" and err.count("\n") == 1, err
        assert err.startswith("entraide-hub : ") and "secret-xyz" not in err
    assert not (tmp_path / "rien.dump").exists()


def test_tables_a_newer_migration_added_are_dropped_before_pg_restore(postgres):
    url = postgres.create_database(f"plus_{uuid.uuid4().hex[:8]}")
    engine = make_engine(url)
    with engine.begin() as connection:
        for name in ("records", "nouvelle", "pas_a_nous"):
            connection.execute(text(f"CREATE TABLE {name} (id integer PRIMARY KEY)"))
    # The archive has `records`; `nouvelle` is the hub's but newer than the backup.
    assert backups.drop_tables_missing_from(url, {"records"}, {"records", "nouvelle"}) == ["nouvelle"]
    with engine.connect() as connection:
        left = set(connection.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")))
    engine.dispose()
    assert left == {"records", "pas_a_nous"}


# --- refusals and helpers ----------------------------------------------------------------------


def test_refusals_are_one_french_line_and_change_nothing(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "hub")]
    database = tmp_path / "hub" / "hub.sqlite3"
    status, _, err = run(capsys, "backup", str(tmp_path / "x.sauvegarde"), *data)
    assert status == 1 and "Aucune base du hub à sauvegarder" in err
    run(capsys, "create-association", "Les Amis", *data)
    url = f"sqlite:///{database}"
    saved = tmp_path / "hub.sauvegarde"
    assert run(capsys, "backup", str(saved), *data)[0] == 0
    before = snapshot(url)  # after the backup, which notes itself in the audit log
    newer = tmp_path / "future.sauvegarde"
    newer.write_bytes(saved.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    not_a_hub = tmp_path / "autre.sqlite3"
    with sqlite3.connect(not_a_hub) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER)")
    text_file = tmp_path / "notes.txt"
    text_file.write_text("bonjour")
    refusals = {
        ("backup", str(tmp_path / "absent" / "x")): f"Le dossier {tmp_path / 'absent'} n'existe pas",
        ("backup", str(tmp_path)): "est un dossier",
        ("backup", str(database)): "ne peut pas remplacer la base elle-même",
        ("restore", str(tmp_path / "absent.sauvegarde")): "Fichier de sauvegarde introuvable",
        ("restore", str(text_file)): "n'est pas une sauvegarde du hub (ni une base SQLite",
        ("restore", str(not_a_hub)): "n'est pas une base du hub Entraide",
        ("restore", str(newer)): "vient d'une version plus récente du hub (schéma « 9999 »)",
    }
    for argv, reason in refusals.items():
        status, out, err = run(capsys, *argv, *data)
        assert status == 1 and out == "", argv
        assert err.startswith("entraide-hub : ") and reason in err and err.count("\n") == 1, err
    assert snapshot(url) == before
    assert sorted(p.name for p in database.parent.iterdir()) == ["hub.sqlite3"]  # no leftovers


def test_restore_on_a_new_machine_creates_the_database(tmp_path, capsys):
    run(capsys, "create-association", "Les Amis", "--data-dir", str(tmp_path / "ancien"))
    saved = tmp_path / "hub.sauvegarde"
    assert run(capsys, "backup", str(saved), "--data-dir", str(tmp_path / "ancien"))[0] == 0
    status, out, _ = run(capsys, "restore", str(saved), "--data-dir", str(tmp_path / "nouveau"))
    assert status == 0 and "L'ancienne base" not in out
    _, out, _ = run(capsys, "associations", "--data-dir", str(tmp_path / "nouveau"))
    assert out.endswith("  Les Amis\n")


def test_the_password_never_goes_on_a_command_line(monkeypatch):
    seen: list[dict] = []

    def fake_run(argv, env, **_kwargs):
        passfile = Path(env["PGPASSFILE"])
        seen.append(
            {
                "argv": argv,
                "env": env,
                "passfile": passfile,
                "content": passfile.read_text(),
                "mode": stat.S_IMODE(passfile.stat().st_mode),
            }
        )
        return subprocess.CompletedProcess(argv, 0, "", "")

    monkeypatch.setattr(backups.subprocess, "run", fake_run)
    monkeypatch.setattr(backups, "postgres_tool", lambda name: f"/usr/bin/{name}")
    monkeypatch.setenv("PGPASSWORD", "ancien")
    url = URL.create(
        "postgresql+psycopg",
        username="entraide",
        password=PASSWORD,
        host="db.example.org",
        port=5433,
        database="entraide",
        query={"sslmode": "require"},
    )
    backups._pg_tool("pg_dump", url.render_as_string(hide_password=False), ["--format=custom"])
    [call] = seen
    assert not any(PASSWORD in arg or "sûr" in arg for arg in call["argv"])
    assert call["argv"][:3] == [
        "/usr/bin/pg_dump",
        "--dbname=host='db.example.org' port='5433' dbname='entraide' user='entraide' sslmode='require'",
        "--no-password",
    ]
    assert call["content"] == "*:*:*:*:Mot\\:de\\\\passe'sûr@/42\n" and call["mode"] == 0o600
    assert "PGPASSWORD" not in call["env"]  # it would win over the passfile
    assert not call["passfile"].exists()


def test_postgres_tools_come_from_the_newest_installed_version(tmp_path, monkeypatch):
    for version in ("9.6", "15", "16"):
        tool = tmp_path / version / "bin" / "pg_dump"
        tool.parent.mkdir(parents=True)
        tool.write_text("#!/bin/sh\n")
        tool.chmod(0o755)
    assert backups.postgres_tool("pg_dump", f"{tmp_path}/*/bin") == str(tmp_path / "16" / "bin" / "pg_dump")
    monkeypatch.setenv("PATH", str(tmp_path / "vide"))
    with pytest.raises(
        backups.BackupError,
        match=r"pg_restore est introuvable : installez le client "
        r"PostgreSQL .*postgresql-client",
    ):
        backups.postgres_tool("pg_restore", f"{tmp_path}/*/bin")
