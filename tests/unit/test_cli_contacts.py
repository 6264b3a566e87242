"""`entraide import-contacts` and `entraide export-contacts`: reports, exit codes, one transaction."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.__main__ import main
from app.services.contacts.fields import ContactFields
from app.services.contacts.records import count_contacts, create_contact

GOOD_AND_BAD = (
    "Prénom;Nom;E-mail;Association;Rôle\n"
    "Marie;Dupont;marie@exemple.fr;Les Amis;trésorière\n"
    'Jean;Martin;;"Club\nde foot";\n'
    "Paul;Durand;paul.at.exemple;;\n"
    "Luc;Bernard;;;président\n"
)


@pytest.fixture
def store(data_paths) -> list[str]:
    return ["--data-dir", str(data_paths.root)]


def run(capsys, *argv: str) -> tuple[int, list[str]]:
    code = main(list(argv))
    return code, capsys.readouterr().err.splitlines()


def test_import_reports_each_bad_row_and_imports_the_rest(db, tmp_path, capsys, store):
    path = tmp_path / "contacts.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    code, err = run(capsys, "import-contacts", str(path), *store)
    assert code == 0
    assert err[0].startswith("ligne 5 : E-mail — Adresse e-mail invalide")
    assert err[1].startswith("ligne 6 : Rôle — un rôle demande une organisation")
    assert err[-1] == "2 contacts importés, 2 lignes refusées."
    assert "2 organisations créées pour les rôles : Les Amis, Club de foot" in err
    assert db.run(count_contacts, "person") == 2
    assert db.run(count_contacts, "organisation") == 2


def test_dry_run_writes_nothing(db, tmp_path, capsys, store):
    path = tmp_path / "contacts.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    code, err = run(capsys, "import-contacts", str(path), "--dry-run", *store)
    assert code == 0
    assert err[-1] == "2 contacts seraient importés, 2 lignes refusées. Essai : rien n'a été enregistré."
    assert db.run(count_contacts) == 0


def test_nothing_imported_exits_1_with_the_reasons(db, tmp_path, capsys, store):
    path = tmp_path / "mauvais.csv"
    path.write_text("Prénom;Nom;E-mail\nPaul;Durand;pas-un-mail\n", encoding="utf-8")
    code, err = run(capsys, "import-contacts", str(path), *store)
    assert code == 1
    assert err[0].startswith("ligne 2 : E-mail —")
    assert "0 contact importé, 1 ligne refusée." in err
    header_only = tmp_path / "entete.csv"
    header_only.write_text("Prénom;Nom\n", encoding="utf-8")
    assert run(capsys, "import-contacts", str(header_only), *store)[0] == 1
    assert db.run(count_contacts) == 0


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("vide.csv", b"", "entraide : Le fichier est vide"),
        ("absent.csv", None, "entraide : fichier introuvable"),
        ("classeur.xlsx", b"PK", "entraide : format de fichier inconnu « .xlsx »"),
        ("autre.csv", b"Couleur;Taille\nbleu;M\n", "entraide : aucune colonne reconnue"),
        ("fiches.vcf", b"rien ici", "entraide : Aucune fiche vCard"),
    ],
)
def test_file_problems_are_one_french_line(tmp_path, capsys, store, name, content, message):
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
        "ligne 5 : Fiche vCard sans nom : il faut au moins FN, N ou ORG.",
        "1 contact importé, 1 ligne refusée.",
    ]


@pytest.mark.parametrize("suffix", [".csv", ".vcf"])
def test_export_then_import_elsewhere(db, tmp_path, capsys, store, suffix):
    db.run(create_contact, ContactFields(kind="person", first_name="Marie", last_name="Dupont"))
    db.run(create_contact, ContactFields(kind="organisation", name="Les Amis"))
    path = tmp_path / f"export{suffix}"
    code, err = run(capsys, "export-contacts", str(path), *store)
    assert (code, err) == (0, [f"2 contacts exportés vers {path}"])
    other = ["--data-dir", str(tmp_path / "autre")]
    code, err = run(capsys, "import-contacts", str(path), *other)
    assert (code, err[-1]) == (0, "2 contacts importés, 0 ligne refusée.")


def test_export_to_a_missing_folder_or_unknown_format(tmp_path, capsys, store):
    code, err = run(capsys, "export-contacts", str(tmp_path / "absent" / "c.csv"), *store)
    assert code == 1 and err[0].startswith("entraide : dossier introuvable")
    code, err = run(capsys, "export-contacts", str(tmp_path / "c.txt"), *store)
    assert code == 1 and err[0].startswith("entraide : format de fichier inconnu « .txt »")


def test_real_command_line(tmp_path, data_paths):
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
    assert len(lines) == 2
    assert lines[0].startswith("ligne 3 : Téléphone — Numéro de téléphone invalide")
    assert lines[1] == "1 contact importé, 1 ligne refusée."
    bad = tmp_path / "bad.csv"
    bad.write_text("Prénom;Nom;E-mail\nPaul;Durand;pas-un-mail\n", encoding="utf-8")
    done = subprocess.run(
        [str(entraide), "import-contacts", str(bad), "--data-dir", str(data_paths.root)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("ligne 2 : E-mail — ")
    assert "Traceback" not in done.stderr


def test_the_light_command_list_matches_the_registered_commands():
    from app import cli

    parser = cli.build_parser()
    registered = next(a for a in parser._actions if a.dest == "command").choices
    assert set(registered) == set(cli.COMMAND_NAMES)
    assert cli.wants_window(["--data-dir", "x"]) and not cli.wants_window(["sync"])
