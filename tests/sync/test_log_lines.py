"""What the log keeps of a day's work from the command line: a sync, an import and an export each
leave their line (ids and counts), and the names, e-mails, phone numbers and addresses that went
through never reach the file."""

from __future__ import annotations

import csv
import re

from app.__main__ import main
from app.db import open_database
from app.paths import DataPaths
from app.text import fold

FIRST, LAST = "Philibert", "Zéphyrin-Tartempion"
EMAIL = "philibert.zephyrin@exemple-secret.fr"
PHONE = "06 71 82 93 04"
STREET = "17 rue des Glycines"
NOTE = "Allergique aux arachides"
BAD_EMAIL = "tartempion.arobase.exemple"


def planted_forms() -> list[str]:
    """Every way the planted values could be written: as typed, folded for search, as stored."""
    forms = [FIRST, LAST, EMAIL, PHONE, STREET, NOTE, BAD_EMAIL, "0671829304", "+33671829304", "0712345678"]
    return [*forms, *(fold(form) for form in forms)]


def test_sync_import_and_export_leave_their_line_and_no_personal_data(
    tmp_path, live_hub, monkeypatch, capsys
):
    monkeypatch.setenv("ENTRAIDE_LOG_DIR", str(tmp_path / "journal"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    store = ["--data-dir", str(tmp_path / "poste")]
    open_database(DataPaths(tmp_path / "poste")).close()  # what the window's first start makes
    people = tmp_path / "contacts.csv"
    with people.open("w", encoding="utf-8", newline="") as stream:
        rows = csv.writer(stream, delimiter=";")
        rows.writerow(["Prénom", "Nom", "E-mail", "Téléphone", "Adresse", "Notes"])
        rows.writerow([FIRST, LAST, EMAIL, PHONE, STREET, NOTE])
        rows.writerow(["Anne", LAST, BAD_EMAIL, "", "", ""])  # imported, the e-mail left out and reported
        rows.writerow(["", "", "", "07 12 34 56 78", STREET, NOTE])  # refused: no name at all

    code = live_hub.enrollment_code("Les Amis")
    assert main(["enroll", "--hub", live_hub.url, "--code", code, *store]) == 0
    assert main(["import-contacts", str(people), *store]) == 0
    assert main(["export-contacts", str(tmp_path / f"{LAST}.csv"), *store]) == 0
    assert main(["sync", *store]) == 0
    capsys.readouterr()

    log = (tmp_path / "journal" / "entraide.log").read_text(encoding="utf-8")
    # The import's line, the export's and the sync's, in counts:
    assert re.search(
        r"INFO entraide\.import .* contacts source=csv .*rows=3 people=2 organisations=0 .*refused=1", log
    )
    assert re.search(r"INFO entraide\.export .* file type=csv bytes=\d+", log)
    pushed = re.search(r"INFO entraide\.sync .* done pushed=(\d+) pulled=\d+ conflicts=0 .*ms=\d+", log)
    assert pushed and int(pushed.group(1)) >= 1, log
    for command in ("enroll", "import-contacts", "export-contacts", "sync"):
        assert re.search(rf"entraide\.command .* done name={command} exit=0", log), command
    folded = fold(log)
    for planted in planted_forms():
        assert planted not in log and fold(planted) not in folded, planted


def test_a_failed_sync_says_why_in_a_code(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ENTRAIDE_LOG_DIR", str(tmp_path / "journal"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    store = ["--data-dir", str(tmp_path / "poste")]
    from app.db import open_database
    from app.paths import DataPaths
    from app.sync.engine import sync_state

    database = open_database(DataPaths(tmp_path / "poste"))
    database.run(lambda session: setattr(sync_state(session), "hub_url", "http://127.0.0.1:9"))
    database.close()
    assert main(["sync", *store]) == 1
    capsys.readouterr()
    log = (tmp_path / "journal" / "entraide.log").read_text(encoding="utf-8")
    assert re.search(r"INFO entraide\.sync .* failed error=\w+ ms=\d+", log), log
