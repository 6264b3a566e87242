"""`entraide-hub backup` and `restore` on a real PostgreSQL whose role needs a password: the
password never shows, neither in output nor on a command line; foreign archives are refused."""

from __future__ import annotations

import stat
import subprocess
import uuid
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from fastapi.testclient import TestClient
from psycopg import sql
from sqlalchemy import text
from sqlalchemy.engine import URL

from hub import backup as backups
from hub import pg_tools
from hub.api import create_app
from hub.config import HubSettings
from hub.db import make_engine, migrate, open_hub_database
from tests.hub.backup_helpers import PASSWORD, assert_at_head, cli, fill, instance_id, run, snapshot
from tests.hub.conftest import Hub, op
from tests.postgres import PostgresServer, free_port


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
    pg_tools.pg_tool("pg_dump", other, ["--format=custom", f"--file={archive}"])
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

    monkeypatch.setattr(pg_tools.subprocess, "run", fake_run)
    monkeypatch.setattr(pg_tools, "postgres_tool", lambda name: f"/usr/bin/{name}")
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
    pg_tools.pg_tool("pg_dump", url.render_as_string(hide_password=False), ["--format=custom"])
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
    assert pg_tools.postgres_tool("pg_dump", f"{tmp_path}/*/bin") == str(tmp_path / "16" / "bin" / "pg_dump")
    monkeypatch.setenv("PATH", str(tmp_path / "vide"))
    with pytest.raises(
        backups.BackupError,
        match=r"pg_restore est introuvable : installez le client "
        r"PostgreSQL .*postgresql-client",
    ):
        pg_tools.postgres_tool("pg_restore", f"{tmp_path}/*/bin")
