"""The log file: one line per command, import and export, uncaught errors with their traceback,
and no personal data, whatever an exception's message quotes."""

from __future__ import annotations

import logging
import re
import sys
import threading

import pytest

from app.__main__ import main
from app.db import open_database
from app.logs import events, setup
from app.logs.redact import exception_message, format_exception, redact
from app.services.contacts import transfer as contact_io

NAME, EMAIL, PHONE = "Philibert Zéphyrin", "philibert.zephyrin@exemple-secret.fr", "06 71 82 93 04"
ID = "0190abcd-1234-7000-8000-00000000beef"


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    """This test's own log file; the hooks it installs are taken back afterwards."""
    run_folder = setup.log_file().parent
    monkeypatch.setenv("ENTRAIDE_LOG_DIR", str(tmp_path / "journal"))
    monkeypatch.setattr(sys, "excepthook", lambda *_args: None)  # nothing printed by the default
    monkeypatch.setattr(threading, "excepthook", lambda _args: None)
    path = setup.configure("info")
    assert path == tmp_path / "journal" / "entraide.log"
    yield path
    setup.configure("info", run_folder)  # back to the run's own log


def test_redact_takes_out_emails_phones_and_quoted_values_but_keeps_ids():
    assert redact(f"écrire à {EMAIL} ou au {PHONE}, +33 6 71 82 93 04") == (
        "écrire à <e-mail> ou au <phone>, <phone>"
    )
    harmless = f"id={ID} bytes=104857600 at 2026-03-02T10:00"
    assert redact(harmless) == harmless
    assert exception_message(KeyError(NAME)) == "'…'"
    assert exception_message(FileNotFoundError(2, "No such file", f"/home/{NAME}.csv")).endswith(": '…'")
    missing = "'NoneType' object has no attribute 'sort_key'"
    assert exception_message(AttributeError(missing)) == missing
    assert exception_message(ValueError(f"no contact '{ID}'")) == f"no contact '{ID}'"


def test_our_errors_keep_their_template_and_field_names_only():
    from app.errors import InvalidInput, Message

    invalid = InvalidInput({"email": Message("Adresse invalide : {0}", (EMAIL,)), "last_name": NAME})
    assert exception_message(invalid) == "fields: email, last_name"
    missing = LookupError(Message("Pas de fiche pour {0}", (NAME,)))
    assert exception_message(missing) == "Pas de fiche pour {0}"


def test_a_traceback_keeps_its_frames_and_loses_the_values():
    def lookup(name: str) -> None:
        raise LookupError(f"contact '{name}' ({EMAIL}) introuvable")

    try:
        try:
            lookup(NAME)
        except LookupError as error:
            raise RuntimeError("the import stopped") from error
    except RuntimeError as error:
        text = format_exception(error)
    assert "in lookup" in text and "direct cause" in text and "RuntimeError: the import stopped" in text
    assert "LookupError: contact '…' (<e-mail>) introuvable" in text
    assert NAME not in text and EMAIL not in text


def test_event_lines_take_counts_ids_and_codes_never_free_text():
    assert events.line("done", rows=3, ms=12.5, id=ID, kind="csv", ok=True) == (
        f"done rows=3 ms=12.5 id={ID} kind=csv ok=True"
    )
    line = events.line("x", name=NAME, email=EMAIL, phone=PHONE.replace(" ", ""))
    assert line == "x name=<redacted> email=<redacted> phone=<redacted>"


def test_uncaught_exceptions_of_any_thread_go_to_the_log_and_the_reporter(log_file):
    reports: list[setup.ErrorReport] = []
    setup.install_excepthooks(reports.append)
    setup.install_excepthooks(reports.append)  # installing again does not log twice

    def fail() -> None:
        raise ValueError(f"cannot save {NAME!r} <{EMAIL}> ({PHONE})")

    worker = threading.Thread(target=fail, name="import-worker")
    worker.start()
    worker.join()
    try:
        fail()
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)  # what Python does at the top level
    text = log_file.read_text(encoding="utf-8")
    assert len(re.findall(r"ERROR entraide\.error .*uncaught exception in thread import-worker", text)) == 1
    assert len(re.findall(r"uncaught exception in thread MainThread", text)) == 1
    assert text.count('in fail\n    raise ValueError(f"cannot save {NAME!r} <{EMAIL}> ({PHONE})")') == 2
    assert text.count("ValueError: cannot save '…' <<e-mail>> (<phone>)") == 2
    assert NAME not in text and EMAIL not in text and PHONE not in text
    assert len(reports) == 2 and reports[0].signature == reports[1].signature  # the same error
    assert str(log_file) in reports[0].text and "Traceback" in reports[0].text
    assert NAME not in reports[0].text and EMAIL not in reports[0].text


def test_commands_log_their_line_at_the_chosen_level(log_file, tmp_path, data_paths, capsys):
    store = ["--data-dir", str(data_paths.root)]
    assert main(["demo", "--size", "5", *store]) == 0
    assert main(["export-contacts", str(tmp_path / "c.csv"), *store]) == 0
    text = log_file.read_text(encoding="utf-8")
    assert re.search(r"INFO entraide\.app \[pid \d+ MainThread\] start version=\S+ command=demo", text)
    assert re.search(r"INFO entraide\.export .* file type=csv bytes=\d+", text)
    assert re.search(r"INFO entraide\.command .* done name=export-contacts exit=0 ms=\d+", text)
    assert "alembic.runtime.plugins" not in text
    lines = len(text.splitlines())
    assert main(["--log-level", "warning", "export-contacts", str(tmp_path / "d.csv"), *store]) == 0
    assert main(["export-contacts", str(tmp_path / "e.csv"), "--log-level", "error", *store]) == 0
    assert len(log_file.read_text(encoding="utf-8").splitlines()) == lines
    assert logging.getLogger().level == logging.ERROR
    capsys.readouterr()


def test_an_unexpected_command_error_is_logged_with_its_traceback(
    log_file, tmp_path, data_paths, capsys, monkeypatch
):
    # A fault nobody planned for, in the middle of a command's work.
    open_database(data_paths).close()

    def broken(*_args: object) -> int:
        raise RuntimeError("imprévu")

    monkeypatch.setattr(contact_io, "export_contacts_csv", broken)
    code = main(["export-contacts", str(tmp_path / "c.csv"), "--data-dir", str(data_paths.root)])
    assert code == 1 and "erreur inattendue" in capsys.readouterr().err
    text = log_file.read_text(encoding="utf-8")
    assert re.search(r"ERROR entraide\.error .* command export-contacts failed\nTraceback", text)
    assert re.search(r"done name=export-contacts exit=1", text)


def test_an_unwritable_log_folder_stops_nothing(tmp_path):
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_text("", encoding="utf-8")
    run_folder = setup.log_file().parent
    try:
        assert setup.configure("info", blocker / "journal") is None
        events.record("sync", "done", pushed=1)  # no file: nothing breaks
    finally:
        setup.configure("info", run_folder)


def test_an_import_logs_once_kept_and_a_dry_run_not_at_all(log_file, tmp_path, data_paths, capsys):
    store = ["--data-dir", str(data_paths.root)]
    open_database(data_paths).close()  # what the window's first start makes
    people = tmp_path / "adherents.csv"
    people.write_text(f"Prénom;Nom;E-mail\nPhilibert;Zéphyrin;{EMAIL}\n", encoding="utf-8")
    assert main(["import-contacts", str(people), "--dry-run", *store]) == 0
    assert "entraide.import" not in log_file.read_text(encoding="utf-8")
    assert main(["import-contacts", str(people), *store]) == 0
    text = log_file.read_text(encoding="utf-8")
    assert len(re.findall(r"INFO entraide\.import .* contacts source=csv .*rows=1 people=1 ", text)) == 1
    assert EMAIL not in text and "Zéphyrin" not in text
    capsys.readouterr()
