"""`entraide-hub backup` and `restore`, on SQLite and on a real PostgreSQL: the data comes back
exactly, the schema is at head, the hub gets a new identity (clients then re-send what they own),
and a database password never shows, neither in output nor on a command line."""

from __future__ import annotations

import sqlite3
import stat
import threading

import requests
from alembic import command
from sqlalchemy import text

from hub.db import alembic_config, make_engine, migrate
from tests.hub.backup_helpers import assert_at_head, cli, fill, instance_id, run, snapshot
from tests.hub.conftest import Hub, op
from tests.hub.server import NO_RATE_LIMIT, HubProcess, enroll_devices

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
