"""`entraide import-contacts` and `entraide export-contacts`: reports, exit codes, one transaction."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.__main__ import main
from app.db import open_database
from app.models import Person
from app.paths import DataPaths
from app.services.contacts.fields import ContactFields
from app.services.contacts.records import count_contacts, create_contact

GOOD_AND_BAD = (
    "Prénom;Nom;E-mail;Association;Rôle\n"
    "Marie;Dupont;marie@exemple.fr;Les Amis;trésorière\n"
    'Jean;Martin;;"Club\nde foot";\n'
    "Paul;Durand;paul.at.exemple;;\n"
    "Luc;Bernard;;;président\n"
)


def run(capsys, *argv: str) -> tuple[int, list[str]]:
    code = main(list(argv))
    return code, capsys.readouterr().err.splitlines()


def test_import_groups_what_needs_attention_and_writes_the_report(db, tmp_path, capsys, store):
    path = tmp_path / "contacts.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    code, err = run(capsys, "import-contacts", str(path), *store)
    assert code == 0
    assert err == [
        "ligne 5 : e-mail illisible (il faut un « @ » et un domaine) : non enregistré",
        "6 contacts créés (4 personnes, 2 organisations), 0 ligne refusée.",
        f"détail ligne par ligne (à corriger puis réimporter) : {tmp_path / 'contacts-rapport.csv'}",
    ]
    assert db.run(count_contacts, "person") == 4  # Luc's function without organisation went to his notes
    report = (tmp_path / "contacts-rapport.csv").read_text(encoding="utf-8-sig").splitlines()
    assert report[0] == "Ligne;Colonne;Valeur;Raison;Prénom;Nom;E-mail;Association;Rôle"
    assert report[1].startswith("5;E-mail;paul.at.exemple;e-mail illisible")


def test_many_lines_of_one_reason_make_one_line_on_screen(db, tmp_path, capsys, store):
    path = tmp_path / "liste.csv"
    rows = "".join(f"P{i};N{i};06 12\n" for i in range(400))
    path.write_text("Prénom;Nom;Tél\n" + rows + ";;\n;;x\n", encoding="utf-8")
    code, err = run(capsys, "import-contacts", str(path), *store)
    assert code == 0
    assert err[0] == "ligne 403 : ni nom ni organisation : la ligne ne peut pas devenir un contact"
    assert err[1] == (
        "400 lignes : téléphone illisible : gardé tel quel et marqué « à vérifier » — "
        "lignes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 …"
    )
    assert len(err) == 4
    again_code, again = run(capsys, "import-contacts", str(path), *store)
    assert again_code == 0
    assert (
        again[-2]
        == "0 contact créé (0 personne, 0 organisation), 400 déjà présents laissés de côté, 1 ligne refusée."
    )


def test_progress_on_stderr_for_a_large_file(db, tmp_path, capsys, store, monkeypatch):
    from app.cli import import_report

    monkeypatch.setattr(import_report, "LARGE_FILE", 1000)  # the size from which a log shows progress
    path = tmp_path / "liste.csv"
    path.write_text("Prénom;Nom\n" + "".join(f"P{i};N{i}\n" for i in range(3000)), encoding="utf-8")
    code, err = run(capsys, "import-contacts", str(path), *store)
    assert code == 0
    progress = [line for line in err if line.startswith("import : ")]
    assert progress[-1] == "import : 100 %" and len(progress) >= 2
    assert err[-1] == "3\u202f000 contacts créés (3\u202f000 personnes, 0 organisation), 0 ligne refusée."


def test_dry_run_writes_nothing(db, tmp_path, capsys, store):
    path = tmp_path / "contacts.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    code, err = run(capsys, "import-contacts", str(path), "--dry-run", *store)
    assert code == 0
    assert err[-2] == (
        "6 contacts seraient créés (4 personnes, 2 organisations), 0 ligne refusée. "
        "Essai : rien n'a été enregistré."
    )
    assert db.run(count_contacts) == 0


def test_on_match_policies(db, tmp_path, capsys, store):
    db.run(create_contact, ContactFields(kind="person", first_name="Marie", last_name="Dupont"))
    path = tmp_path / "contacts.csv"
    path.write_text("Prénom;Nom;E-mail\nMarie;Dupont;marie@exemple.fr\n", encoding="utf-8")
    _code, err = run(capsys, "import-contacts", str(path), "--on-match", "update", *store)
    assert (
        err[-1]
        == "0 contact créé (0 personne, 0 organisation), 1 déjà présent dont 1 complété, 0 ligne refusée."
    )
    _code, err = run(capsys, "import-contacts", str(path), "--on-match", "new", *store)
    assert err[-1] == "1 contact créé (1 personne, 0 organisation), 0 ligne refusée."
    assert db.run(count_contacts) == 2
    with pytest.raises(SystemExit):
        main(["import-contacts", str(path), "--on-match", "tout", *store])
    assert "choix impossible : « tout »" in capsys.readouterr().err


def test_what_update_would_complete_is_said_and_a_corrected_report_completes(db, tmp_path, capsys, store):
    path = tmp_path / "contacts.csv"
    path.write_text("Prénom;Nom;E-mail\nMarie;Dupont;marie-sans-arobase\n", encoding="utf-8")
    run(capsys, "import-contacts", str(path), *store)
    fixed = tmp_path / "corrigee.csv"
    fixed.write_text("Prénom;Nom;E-mail\nMarie;Dupont;marie@exemple.fr\n", encoding="utf-8")
    _code, err = run(capsys, "import-contacts", str(fixed), *store)
    assert err[-1] == (
        "0 contact créé (0 personne, 0 organisation), 1 déjà présent laissé de côté "
        "(dont 1 que « --on-match update » compléterait), 0 ligne refusée."
    )
    report = tmp_path / "contacts-rapport.csv"
    report.write_text(
        report.read_text(encoding="utf-8-sig").replace("marie-sans-arobase", "marie@exemple.fr"),
        encoding="utf-8-sig",
    )
    _code, err = run(capsys, "import-contacts", str(report), *store)  # a report: "update" by default
    assert err[-1] == (
        "0 contact créé (0 personne, 0 organisation), 1 déjà présent dont 1 complété, 0 ligne refusée."
    )
    _code, err = run(capsys, "import-contacts", str(report), "--on-match", "skip", *store)
    assert err[-1] == (
        "0 contact créé (0 personne, 0 organisation), 1 déjà présent laissé de côté, 0 ligne refusée."
    )


def test_map_and_saved_profiles(db, tmp_path, capsys, store):
    path = tmp_path / "export.csv"
    path.write_text("Col A;Col B;Tél. pro\nDupont;Marie;06 12 34 56 78\n", encoding="utf-8")
    code, err = run(
        capsys, "import-contacts", str(path), "--map", "Col A=nom", "--map", "col b=Prénom",
        "--map", "Tél. pro=ignorer", "--save-profile", "Mon export", "--dry-run", *store,
    )  # fmt: skip
    assert code == 0 and err[0] == "colonnes ignorées : Tél. pro"
    assert "correspondance des colonnes enregistrée sous « Mon export »" in err
    code, err = run(capsys, "import-contacts", str(path), "--profile", "Mon export", *store)
    assert code == 0
    assert err[-1] == "1 contact créé (1 personne, 0 organisation), 0 ligne refusée."
    assert db.run(lambda s: s.scalars(select(Person.phone)).all()) == [None]
    code, err = run(capsys, "import-contacts", str(path), "--profile", "Autre", *store)
    assert (code, err) == (1, ["entraide : correspondance « Autre » inconnue (enregistrées : Mon export)"])
    code, err = run(capsys, "import-contacts", str(path), "--map", "Col A=couleur", *store)
    assert code == 1 and err[0].startswith("entraide : champ inconnu « couleur » ; champs possibles : « Type")
    code, err = run(capsys, "import-contacts", str(path), "--map", "Col Z=nom", *store)
    assert err == [
        "entraide : --map : aucune colonne « Col Z » dans « export.csv » "
        "(colonnes lues : Col A, Col B, Tél. pro)"
    ]


def test_sheet_of_a_workbook(db, tmp_path, capsys, store):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Notes"
    workbook.active.append(["Rien"])
    workbook.create_sheet("Adhérents").append(["Prénom", "Nom"])
    workbook["Adhérents"].append(["Marie", "Dupont"])
    path = tmp_path / "classeur.xlsx"
    workbook.save(path)
    code, err = run(capsys, "import-contacts", str(path), "--sheet", "Adhérents", *store)
    assert code == 0 and err[0] == "feuille lue : Adhérents (autres : Notes ; --sheet pour en choisir une)"
    assert db.run(count_contacts) == 1


def test_nothing_imported_exits_1_with_the_reasons(db, tmp_path, capsys, store):
    path = tmp_path / "mauvais.csv"
    path.write_text("Prénom;Nom;E-mail\n;;pas-un-mail\n", encoding="utf-8")
    code, err = run(capsys, "import-contacts", str(path), *store)
    assert code == 1
    assert err[0] == "ligne 2 : ni nom ni organisation : la ligne ne peut pas devenir un contact"
    assert "0 contact créé (0 personne, 0 organisation), 1 ligne refusée." in err
    header_only = tmp_path / "entete.csv"
    header_only.write_text("Prénom;Nom\n", encoding="utf-8")
    assert run(capsys, "import-contacts", str(header_only), *store)[0] == 1
    assert db.run(count_contacts) == 0


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("vide.csv", b"", "entraide : Le fichier est vide"),
        ("absent.csv", None, "entraide : fichier introuvable"),
        ("classeur.xlsx", b"PK", "entraide : Le classeur « classeur.xlsx » ne peut pas être lu"),
        (
            "binaire.csv",
            b"\x00\x01\x02\xff" * 100,
            "entraide : « binaire.csv » n'est ni un texte CSV ni un classeur",
        ),
        ("autre.csv", b"Couleur;Taille\nbleu;M\n", "entraide : aucune colonne reconnue"),
        ("fiches.vcf", b"rien ici", "entraide : Aucune fiche vCard"),
        ("image.png", b"x", "entraide : format de fichier inconnu « .png »"),
    ],
)
def test_file_problems_are_one_french_line(db, tmp_path, capsys, store, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, err = run(capsys, "import-contacts", str(path), *store)
    assert code == 1
    assert len(err) == 1 and err[0].startswith(message)


def test_vcard_import(db, tmp_path, capsys, store):
    path = tmp_path / "fiches.vcf"
    path.write_bytes(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Hélène Lévêque\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:sans nom\r\nEND:VCARD\r\n".encode()
    )
    code, err = run(capsys, "import-contacts", str(path), *store)
    assert code == 0
    assert err == [
        "ligne 5 : ni nom ni organisation : la ligne ne peut pas devenir un contact",
        "1 contact créé (1 personne, 0 organisation), 1 ligne refusée.",
        f"détail fiche par fiche : {tmp_path / 'fiches-rapport.csv'}",  # a card is not re-imported from it
    ]


@pytest.mark.parametrize("suffix", [".csv", ".vcf"])
def test_export_then_import_elsewhere(db, tmp_path, capsys, store, suffix):
    db.run(create_contact, ContactFields(kind="person", first_name="Marie", last_name="Dupont"))
    db.run(create_contact, ContactFields(kind="organisation", name="Les Amis"))
    path = tmp_path / f"export{suffix}"
    code, err = run(capsys, "export-contacts", str(path), *store)
    assert (code, err) == (0, [f"2 contacts exportés vers {path}"])
    other = ["--data-dir", str(tmp_path / "autre")]
    code, err = run(capsys, "import-contacts", str(path), *other)  # no store there yet: refused
    assert code == 4 and err[0].startswith("entraide : Aucune donnée Entraide dans")
    open_database(DataPaths(tmp_path / "autre")).close()  # what the window's first start makes
    code, err = run(capsys, "import-contacts", str(path), *other)
    assert (code, err) == (0, ["2 contacts créés (1 personne, 1 organisation), 0 ligne refusée."])


def test_export_to_a_missing_folder_or_unknown_format(tmp_path, capsys, store):
    code, err = run(capsys, "export-contacts", str(tmp_path / "absent" / "c.csv"), *store)
    assert code == 1 and err[0].startswith("entraide : dossier introuvable")
    code, err = run(capsys, "export-contacts", str(tmp_path / "c.txt"), *store)
    assert code == 1 and err[0].startswith("entraide : format de fichier inconnu « .txt »")


def test_real_command_line(db, tmp_path, data_paths):
    """The installed `entraide` script: exit code and stderr, without a traceback."""
    path = tmp_path / "contacts.csv"
    path.write_bytes("Prénom;Nom;Téléphone\r\nHélène;Cœur;06 12 34 56 78\r\nJean;Bon;12\r\n".encode("cp1252"))
    entraide = Path(sys.executable).with_name("entraide")
    env = {k: v for k, v in os.environ.items() if k != "ENTRAIDE_DATA_DIR"}
    done = subprocess.run(
        [str(entraide), "import-contacts", str(path), "--data-dir", str(data_paths.root)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines[:2] == [
        "ligne 3 : téléphone illisible : gardé tel quel et marqué « à vérifier »",
        "2 contacts créés (2 personnes, 0 organisation), 0 ligne refusée.",
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("Prénom;Nom;E-mail\n;;pas-un-mail\n", encoding="utf-8")
    done = subprocess.run(
        [str(entraide), "import-contacts", str(bad), "--data-dir", str(data_paths.root)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("ligne 2 : ni nom ni organisation")
    assert "Traceback" not in done.stderr


def test_the_light_command_list_matches_the_registered_commands():
    from app import cli

    parser = cli.build_parser()
    registered = next(a for a in parser._actions if a.dest == "command").choices
    assert set(registered) == set(cli.COMMAND_NAMES)
    assert cli.wants_window(["--data-dir", "x"]) and not cli.wants_window(["sync"])
