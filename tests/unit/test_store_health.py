"""A damaged store is never shown as an empty one, and backups exist to put it right
(app/services/store/): the checks at opening and in the background, the daily backup and its
7 daily and 4 weekly kept, the list with dates and counts, the restore that keeps the replaced
store aside, and the command line's one French line and exit code."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from app.__main__ import main
from app.db import open_database
from app.errors import StoreProblem
from app.paths import DataPaths
from app.services.store import backups
from app.services.store.health import cheap_check, full_check
from app.services.store.opening import open_store
from tests.unit.store_helpers import (
    filled_store,
    garble_contacts_page,
    garble_header,
    garble_middle_page,
    truncate,
)


def run(capsys, *argv: str) -> tuple[int, list[str], list[str]]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err.splitlines()


@pytest.mark.parametrize(
    ("damage", "detail"),
    [
        (truncate, "le fichier de données est tronqué"),
        (garble_header, "le début du fichier de données est illisible"),
    ],
)
def test_a_damaged_start_is_found_at_opening(data_paths, capsys, damage, detail):
    filled_store(data_paths)
    damage(data_paths.database)
    with pytest.raises(StoreProblem) as caught:
        open_store(data_paths, create=False)
    assert (caught.value.kind, caught.value.detail) == (StoreProblem.DAMAGED, detail)
    code, out, err = run(capsys, "--data-dir", str(data_paths.root), "status")
    assert code == 3 and out == []
    assert err == [
        f"entraide : Les données du dossier « {data_paths.root} » sont endommagées : Entraide ne les "
        "montre pas, pour ne rien afficher de faux. Restaurez une sauvegarde (entraide restore-backup) "
        f"ou ouvrez un autre dossier. ({detail})"
    ]


def test_a_garbled_page_in_the_middle_is_found_by_the_full_check_and_any_read(data_paths, tmp_path, capsys):
    filled_store(data_paths)
    assert full_check(data_paths.database) == ""
    garble_middle_page(data_paths.database)
    cheap_check(data_paths.database)  # the cheap look does not read every page…
    assert full_check(data_paths.database) != ""  # …the background check does
    # Whichever table's page the middle falls in, a read of the contacts' own damaged rows says so.
    garble_contacts_page(data_paths.database)
    code, _out, err = run(
        capsys, "--data-dir", str(data_paths.root), "export-contacts", str(tmp_path / "contacts.csv")
    )
    assert code == 3 and len(err) == 1 and "sont endommagées" in err[0]  # never an empty export
    assert not (tmp_path / "contacts.csv").exists()


def test_an_empty_file_is_not_an_empty_store(data_paths):
    filled_store(data_paths, contacts=1)
    data_paths.database.write_bytes(b"")
    with pytest.raises(StoreProblem) as caught:
        open_store(data_paths, create=True)
    assert caught.value.detail == "le fichier de données est vide"


# --- backups -------------------------------------------------------------------------------------
def test_one_backup_a_day_at_the_first_opening(data_paths):
    open_store(data_paths, create=True).close()  # a new store: its first day's backup
    open_store(data_paths, create=False).close()
    [daily] = backups.list_backups(data_paths)
    assert daily.kind == "daily" and daily.counts == {
        "contacts": 0,
        "equipment": 0,
        "practices": 0,
        "agreements": 0,
    }
    open_store(data_paths, create=False, today=date.today() + timedelta(days=1)).close()
    assert [b.kind for b in backups.list_backups(data_paths)] == ["daily", "daily"]


def test_seven_daily_and_four_weekly_are_kept(data_paths):
    data_paths.ensure()
    newest = datetime(2026, 11, 25, 9, tzinfo=UTC)
    for day in range(60):  # a backup every day for two months
        stamp = (newest - timedelta(days=day)).strftime("%Y%m%d-%H%M%S-%f")
        (data_paths.backups / f"entraide-{stamp}-quotidienne.sqlite3").write_bytes(b"")
    (data_paths.backups / "entraide-20200101-000000-000000-avant-0007.sqlite3").write_bytes(b"")
    backups.prune_dailies(data_paths)
    left = backups.list_backups(data_paths, with_counts=False)
    days = [b.made_at.date() for b in left if b.kind == "daily"]
    assert days[:7] == [(newest - timedelta(days=n)).date() for n in range(7)]
    weeks = [day.isocalendar()[:2] for day in days[7:]]
    assert (
        len(days) == 11 and len(set(weeks)) == 4 and all(week < days[6].isocalendar()[:2] for week in weeks)
    )
    assert [b.kind for b in left if b.kind != "daily"] == ["migration"]  # the others are left alone


def test_restore_puts_a_backup_back_and_keeps_the_damaged_store_aside(data_paths, capsys):
    filled_store(data_paths, contacts=12)
    open_store(data_paths, create=False).close()  # today's backup: 12 contacts
    garble_header(data_paths.database)
    code, out, _err = run(capsys, "--data-dir", str(data_paths.root), "restore-backup")
    assert code == 0 and len(out) == 1 and "quotidienne" in out[0]
    assert "12 contacts, 0 matériel, 0 pratique, 0 convention" in out[0]
    code, _out, err = run(capsys, "--data-dir", str(data_paths.root), "restore-backup", "1")
    assert code == 0 and "remise en place" in err[0]
    database = open_store(data_paths, create=False)
    try:
        assert database.run(lambda s: s.execute(text("SELECT count(*) FROM contacts")).scalar()) == 12
    finally:
        database.close()
    [aside] = [p for p in data_paths.backups.iterdir() if p.name.startswith("endommagee-")]
    assert (aside / "entraide.sqlite3").read_bytes().startswith(b"\x00garbage!")  # kept as it was
    assert all(
        b.kind != "replaced" or "endommagee" not in str(b.path) for b in backups.list_backups(data_paths)
    )


def test_a_healthy_store_replaced_by_a_restore_can_be_restored_back(data_paths):
    filled_store(data_paths, contacts=3)
    open_store(data_paths, create=False).close()
    [daily] = backups.list_backups(data_paths)
    filled_store(data_paths, contacts=2)  # five now
    assert backups.restore(data_paths, daily.path).name.startswith("remplacee-")
    replaced = [b for b in backups.list_backups(data_paths) if b.kind == "replaced"]
    assert [b.counts["contacts"] for b in replaced] == [5]


def test_a_damaged_backup_is_refused_and_nothing_moves(data_paths, tmp_path):
    filled_store(data_paths, contacts=3)
    broken = tmp_path / "vieille.sqlite3"
    broken.write_bytes(b"pas une base")
    with pytest.raises(StoreProblem) as caught:
        backups.restore(data_paths, broken)
    assert caught.value.kind == StoreProblem.DAMAGED
    assert data_paths.database.exists() and not list(data_paths.backups.glob("remplacee-*"))
    assert backups.counts_of(broken) is None


def test_the_command_line_waits_for_the_window_to_close(data_paths, capsys):
    filled_store(data_paths, contacts=1)
    open_store(data_paths, create=False).close()
    data_paths.window_lock.write_text(f"{os.getpid()}\nentraide\nici\n", encoding="utf-8")
    try:
        code, _out, err = run(capsys, "--data-dir", str(data_paths.root), "restore-backup", "1")
    finally:
        data_paths.window_lock.unlink()
    assert code == 1 and "la fenêtre d'Entraide est ouverte sur ce dossier" in err[0]


# --- the data folder -----------------------------------------------------------------------------
def test_a_folder_that_is_a_file_or_missing_gets_one_french_line(tmp_path, capsys):
    a_file = tmp_path / "donnees.txt"
    a_file.write_text("pas un dossier", encoding="utf-8")
    code, _out, err = run(capsys, "--data-dir", str(a_file), "status")
    assert code == 4
    assert err == [
        f"entraide : « {a_file} » est un fichier, pas un dossier : choisissez un autre dossier de "
        "données ou renommez ce fichier."
    ]
    typo = tmp_path / "donees"
    code, _out, err = run(capsys, "--data-dir", str(typo), "status")
    assert code == 4 and err[0].startswith(f"entraide : Aucune donnée Entraide dans « {typo} »")
    assert not typo.exists()  # no empty store made by a typo
    code, _out, _err = run(
        capsys, "--data-dir", str(typo), "demo", "--size", "20", "--equipment", "0", "--practices", "0"
    )
    assert code == 0 and DataPaths(typo).database.exists()  # the demo may start a store


def test_a_full_disk_is_said_in_french(data_paths):
    """SQLite's own "database or disk is full", made real by a page limit on the connection."""
    import sqlite3

    from app.services.store.problems import store_problem

    filled_store(data_paths, contacts=1)
    connection = sqlite3.connect(data_paths.database)
    try:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(sqlite3.OperationalError) as caught:
            connection.execute("CREATE TABLE encombrant (x)")
            connection.executemany("INSERT INTO encombrant VALUES (?)", [("x" * 4000,)] * 100)
            connection.commit()
    finally:
        connection.close()
    problem = store_problem(caught.value, "/données")
    assert problem is not None and problem.kind == StoreProblem.FOLDER
    assert (
        str(problem) == "Le disque du dossier « /données » est plein : libérez de la place, puis recommencez."
    )
    opened = open_database(data_paths)  # and nothing was lost
    opened.close()


def test_another_programs_database_is_not_taken_for_a_store(data_paths, capsys):
    """A file of another program put in its place: never migrated into, never shown empty."""
    import sqlite3

    data_paths.ensure()
    with sqlite3.connect(data_paths.database) as foreign:
        foreign.execute("CREATE TABLE photos (x)")
    code, _out, err = run(capsys, "--data-dir", str(data_paths.root), "status")
    assert code == 3 and err[0].endswith("(ce fichier n'est pas une base de données d'Entraide)")
    with sqlite3.connect(data_paths.database) as foreign:
        assert [n for (n,) in foreign.execute("SELECT name FROM sqlite_master")] == ["photos"]


def test_a_bad_backup_is_said_as_such(data_paths, tmp_path, capsys):
    filled_store(data_paths, contacts=1)
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("pas une base", encoding="utf-8")
    code, _out, err = run(capsys, "--data-dir", str(data_paths.root), "restore-backup", str(junk))
    assert code == 3
    assert err == [
        f"entraide : La sauvegarde « {junk} » est illisible : rien n'a été changé ; choisissez-en une "
        "autre. (le début du fichier de données est illisible)"
    ]


def test_a_read_only_folder_is_said_in_french(data_paths, capsys):
    """SQLite's own refusal to write, made real by a read-only connection; and, for a user who is
    not root (root writes anywhere), the folder itself made read-only."""
    import sqlite3

    from app.services.store.problems import store_problem

    filled_store(data_paths, contacts=1)
    connection = sqlite3.connect(f"{data_paths.database.as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            connection.execute("CREATE TABLE essai (x)")
    finally:
        connection.close()
    problem = store_problem(caught.value, "/données")
    assert problem is not None and problem.kind == StoreProblem.FOLDER
    assert str(problem).startswith("Entraide ne peut pas écrire dans le dossier « /données »")
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        data_paths.root.chmod(0o555)
        try:
            code, _out, err = run(capsys, "--data-dir", str(data_paths.root), "status")
        finally:
            data_paths.root.chmod(0o755)
        assert code == 4 and err[0].startswith("entraide : Entraide ne peut pas écrire dans le dossier")
