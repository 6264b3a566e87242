"""The `entraide-hub` administration commands, run in-process on SQLite and PostgreSQL."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from hub.__main__ import main
from hub.api import create_app
from hub.config import ENV_PREFIX, HubSettings
from hub.db import open_hub_database, utcnow
from hub.models import Record

CODE = re.compile(r"Code d'enrôlement pour (?P<name>.+) : (?P<code>[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})")


@pytest.fixture(autouse=True)
def _no_hub_environment(monkeypatch):
    for name in ("DATA_DIR", "DATABASE_URL", "DELETION_RETENTION_DAYS", "RESULT_RETENTION_DAYS"):
        monkeypatch.delenv(ENV_PREFIX + name, raising=False)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _enroll(url: str, code: str, tmp_path) -> dict:
    database = open_hub_database(url)
    try:
        settings = HubSettings(data_dir=str(tmp_path), database_url=url)
        with TestClient(create_app(settings, database)) as client:
            answer = client.post("/v1/enroll", json={"code": code, "device_name": "Portable"})
            assert answer.status_code == 200, answer.text
            return answer.json()
    finally:
        database.dispose()


def test_administration_commands_on_sqlite(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "hub")]
    status, out, err = _run(capsys, "migrate", *data)
    assert status == 0 and "Base du hub à jour" in out and err == ""
    assert (tmp_path / "hub" / "hub.sqlite3").exists()
    status, out, _ = _run(capsys, "create-association", "Les Amis du Quartier", "--rna", "W123456789", *data)
    assert status == 0
    created = re.search(r"Association créée : Les Amis du Quartier \((?P<id>[0-9a-f-]{36})\)", out)
    assert created, out
    association_id = created["id"]
    # The same name again, even in another case: refused in French, exit status 1.
    status, out, err = _run(capsys, "create-association", "les amis du quartier", *data)
    assert status == 1 and out == ""
    assert "entraide-hub : Une association s'appelle déjà « les amis du quartier »." in err
    status, out, err = _run(capsys, "create-association", "   ", *data)
    assert status == 1 and "obligatoire" in err
    _run(capsys, "create-association", "Le Comité", *data)
    status, out, _ = _run(capsys, "associations", *data)
    assert status == 0
    listed = [line.split("  ", 1) for line in out.splitlines()]
    assert [name for _id, name in listed] == ["Le Comité", "Les Amis du Quartier"]
    assert [association_id, "Les Amis du Quartier"] in listed

    # An enrolment code, by name (any case), that the hub's /v1/enroll accepts once.
    status, out, _ = _run(capsys, "enrollment-code", "LES AMIS DU QUARTIER", "--hours", "2", *data)
    assert status == 0 and "Valable une seule fois" in out
    found = CODE.search(out)
    assert found and found["name"] == "Les Amis du Quartier"
    url = f"sqlite:///{tmp_path / 'hub' / 'hub.sqlite3'}"
    enrolled = _enroll(url, found["code"], tmp_path)
    assert enrolled["association_id"] == association_id
    # By id as well.
    status, out, _ = _run(capsys, "enrollment-code", association_id, *data)
    assert status == 0 and CODE.search(out)
    status, _, err = _run(capsys, "enrollment-code", "Inconnue", *data)
    assert status == 1 and "Aucune association « Inconnue »" in err

    status, out, _ = _run(capsys, "devices", "Les Amis du Quartier", *data)
    assert status == 0
    assert out.strip() == f"{enrolled['device_id']}  Portable  (actif, jamais vu)"
    status, out, _ = _run(capsys, "revoke", enrolled["device_id"], *data)
    assert status == 0 and f"Appareil révoqué : Portable ({enrolled['device_id']})" in out
    _, out, _ = _run(capsys, "devices", association_id, *data)
    assert f"révoqué le {utcnow():%d/%m/%Y}" in out
    status, _, err = _run(capsys, "revoke", str(uuid.uuid4()), *data)
    assert status == 1 and "Aucun appareil" in err
    # The revoked token no longer opens anything.
    database = open_hub_database(url)
    settings = HubSettings(data_dir=str(tmp_path), database_url=url)
    with TestClient(create_app(settings, database)) as client:
        refused = client.get("/v1/pull", headers={"Authorization": f"Bearer {enrolled['token']}"})
    assert refused.status_code == 401

    # purge forgets deletions older than the retention (ENTRAIDE_HUB_DELETION_RETENTION_DAYS).
    status, out, _ = _run(capsys, "purge", *data)
    assert status == 0 and out.strip() == "Purgé : 0 suppressions, 0 retraits, 0 réponses anciennes."
    with database.writer.begin() as session:
        session.add(
            Record(
                record_id=str(uuid.uuid4()),
                entity_type="contact",
                owner_id=association_id,
                visibility="private",
                parties=[],
                version=1,
                fields={},
                field_versions={},
                field_devices={},
                deleted=True,
                deleted_version=1,
                updated_at=utcnow() - timedelta(days=400),
            )
        )
    database.dispose()
    status, out, _ = _run(capsys, "purge", *data)
    assert status == 0 and "Purgé : 1 suppressions" in out
    status, out, _ = _run(capsys, "migrate", *data)
    assert status == 0


def test_enrollment_codes_last_exactly_the_hours_given(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "hub")]
    assert _run(capsys, "create-association", "Les Amis", *data)[0] == 0
    url = f"sqlite:///{tmp_path / 'hub' / 'hub.sqlite3'}"
    for hours in ("0", "-5", "721"):
        status, out, err = _run(capsys, "enrollment-code", "Les Amis", "--hours", hours, *data)
        assert status == 1 and out == "", hours
        assert f"Durée de validité impossible : {hours} heures (de 1 à 720 heures" in err
    for hours in (1, 5, 720):
        before = utcnow()
        status, out, _ = _run(capsys, "enrollment-code", "Les Amis", "--hours", str(hours), *data)
        assert status == 0
        code = CODE.search(out)["code"]
        database = open_hub_database(url)
        try:
            from hub.auth import hash_secret, normalise_code
            from hub.models import EnrollmentCode

            with database.reader() as session:
                expires = session.get(EnrollmentCode, hash_secret(normalise_code(code))).expires_at
        finally:
            database.dispose()
        assert before + timedelta(hours=hours) <= expires <= utcnow() + timedelta(hours=hours)
    # Without --hours: the hub's setting (72 by default).
    _status, out, _ = _run(capsys, "enrollment-code", "Les Amis", *data)
    assert CODE.search(out)


def test_commands_report_errors_in_one_french_line(tmp_path, capsys):
    status, out, err = _run(capsys, "associations", "--database-url", f"sqlite:///{tmp_path}/absent/x.db")
    assert status == 1 and out == ""
    assert err.startswith("entraide-hub : erreur (") and "Traceback" not in err
    with pytest.raises(SystemExit) as exited:
        main(["commande-inconnue"])
    assert exited.value.code == 2


def test_database_url_points_the_commands_at_postgresql(postgres, tmp_path, capsys):
    url = postgres.create_database(f"cli_{uuid.uuid4().hex[:12]}")
    status, out, _ = _run(
        capsys,
        "create-association",
        "Les Amis",
        "--database-url",
        url,
        "--data-dir",
        str(tmp_path / "ignored"),
    )
    assert status == 0 and "Association créée : Les Amis" in out
    status, out, err = _run(capsys, "create-association", "Les Amis", "--database-url", url)
    assert status == 1 and "déjà" in err
    status, out, _ = _run(capsys, "enrollment-code", "Les Amis", "--database-url", url)
    assert status == 0
    found = CODE.search(out)
    assert found, out
    enrolled = _enroll(url, found["code"].lower(), tmp_path)
    assert enrolled["association_name"] == "Les Amis"
    assert not (tmp_path / "ignored" / "hub.sqlite3").exists()
    status, out, _ = _run(capsys, "devices", "Les Amis", "--database-url", url)
    assert status == 0 and enrolled["device_id"] in out
    # The password of a database URL is never printed.
    secret_url = url.replace("entraide@", "entraide:motdepasse@")
    status, out, err = _run(capsys, "migrate", "--database-url", secret_url)
    assert "motdepasse" not in out + err


def test_settings_come_from_the_environment_when_no_flag_is_given(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(ENV_PREFIX + "DATA_DIR", str(tmp_path / "depuis-env"))
    status, _, _ = _run(capsys, "create-association", "Les Amis")
    assert status == 0
    assert (tmp_path / "depuis-env" / "hub.sqlite3").exists()
    _, out, _ = _run(capsys, "associations", "--data-dir", str(tmp_path / "autre"))
    assert out == ""  # the flag wins over the environment
