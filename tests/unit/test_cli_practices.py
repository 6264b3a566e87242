"""`entraide export-practice` and `entraide import-practice`, and the shared id lookup."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.__main__ import main
from app.errors import NotFound
from app.models import Loan, Practice
from app.services.practices import records as pr
from app.services.record_ids import find_record_id
from tests.unit.practice_helpers import published


def run(capsys, *argv: str) -> tuple[int, list[str], list[str]]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out.splitlines(), out.err.splitlines()


def test_export_as_pdf_and_markdown_then_import_back(db, tmp_path, capsys, store):
    practice_id = db.run(published)
    sheet = tmp_path / "fiche.pdf"
    code, _out, err = run(capsys, "export-practice", practice_id[-12:], str(sheet), *store)
    assert code == 0
    assert err == [f"Fiche pratique PDF de « Accueillir les nouveaux bénévoles » écrite dans {sheet}"]
    text = PdfReader(io.BytesIO(sheet.read_bytes())).pages[0].extract_text()
    assert "Accueillir les nouveaux bénévoles" in text

    markdown = tmp_path / "fiche.MD"
    code, _out, err = run(capsys, "export-practice", practice_id[:13], str(markdown), *store)
    assert code == 0 and err[0].startswith("Texte Markdown de « Accueillir")
    assert markdown.read_text("utf-8").startswith("# Accueillir les nouveaux bénévoles\n")

    code, out, err = run(capsys, "import-practice", str(markdown), *store)
    assert code == 0 and len(out) == 1
    draft = out[0]
    assert err == [
        "Brouillon « Accueillir les nouveaux bénévoles » créé (à relire puis publier depuis "
        "la section Pratiques)."
    ]
    with db.session_factory() as session:
        item = session.get(Practice, draft)
        assert item is not None and item.status == "draft"
        assert pr.fields_of(item) == pr.fields_of(session.get(Practice, practice_id))


def test_export_errors(db, tmp_path, capsys, store):
    practice_id = db.run(published)
    code, _out, err = run(capsys, "export-practice", "0190a000-dead", str(tmp_path / "f.pdf"), *store)
    assert code == 1 and err[0].startswith("entraide : pratique introuvable : « 0190a000-dead ».")
    code, _out, err = run(capsys, "export-practice", practice_id[-5:], str(tmp_path / "f.pdf"), *store)
    assert code == 1 and "pratique introuvable" in err[0]
    code, _out, err = run(capsys, "export-practice", practice_id, str(tmp_path / "f.docx"), *store)
    assert (code, err) == (
        1,
        ["entraide : le fichier à écrire doit se terminer par .pdf ou .md (reçu : « f.docx »)."],
    )
    code, _out, err = run(capsys, "export-practice", practice_id, str(tmp_path / "non" / "f.md"), *store)
    assert (code, err) == (1, [f"entraide : dossier introuvable : {tmp_path / 'non'}"])
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.md"))


def test_an_ambiguous_piece_is_refused(db, tmp_path, capsys, store):
    first, second = db.run(published), db.run(published)
    shared = next(n for n in range(36, 0, -1) if first[:n] == second[:n])
    if shared < 8:
        pytest.skip("the two ids were made in different milliseconds and share too little")
    code, _out, err = run(capsys, "export-practice", first[:8], str(tmp_path / "f.pdf"), *store)
    assert code == 1 and "désigne plusieurs fiches" in err[0]
    assert {line.split()[0] for line in err[1:]} == {first, second}


def test_import_errors(db, tmp_path, capsys, store):
    code, _out, err = run(capsys, "import-practice", str(tmp_path / "absent.md"), *store)
    assert (code, err) == (1, [f"entraide : fichier introuvable : {tmp_path / 'absent.md'}"])
    docx = tmp_path / "fiche.docx"
    docx.write_bytes(b"PK")
    code, _out, err = run(capsys, "import-practice", str(docx), *store)
    assert code == 1 and err[0].startswith("entraide : le fichier à importer doit être du Markdown")
    empty = tmp_path / "vide.md"
    empty.write_text("\n\n", encoding="utf-8")
    code, out, err = run(capsys, "import-practice", str(empty), *store)
    assert code == 1 and out == []
    assert err == [
        "entraide : « vide.md » n'a pas été importé : Ce fichier ne contient pas de fiche : il "
        "faut au moins un titre (« # Titre »)."
    ]


def test_find_record_id_whole_start_or_end(db):
    practice_id = db.run(published)
    with db.session_factory() as session:
        assert find_record_id(session, Practice, f" {practice_id.upper()} ") == practice_id
        assert find_record_id(session, Practice, practice_id[-8:]) == practice_id
        assert find_record_id(session, Practice, practice_id[:9]) == practice_id
        for wanted in ("", practice_id[-7:], "zzzzzzzzzz"):
            with pytest.raises(NotFound):
                find_record_id(session, Practice, wanted)
        with pytest.raises(NotFound):  # another table's ids are not looked at
            find_record_id(session, Loan, practice_id)
