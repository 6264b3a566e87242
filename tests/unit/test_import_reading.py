"""Reading the files associations really have: every encoding French spreadsheets write, quoted
separators, title and merged header rows, and workbooks (.xlsx with openpyxl, .ods with odfpy)."""

from __future__ import annotations

import codecs
import random
import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from app.services.contacts.transfer import ImportFileError, open_table, preview_file
from app.services.validation import make_siret
from tests.unit.import_helpers import details, problems, run_file, write

SIRET = make_siret("12345678", "0001")


def rows_of(path, sheet=None):
    with open_table(path, sheet) as table:
        return table.headers, list(table.rows())


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("cp1252", b""),  # French Excel's "CSV (séparateur : point-virgule)"
        ("utf-16-le", codecs.BOM_UTF16_LE),  # Excel's "Texte Unicode"
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),  # no byte order mark: recognised from its zero bytes
    ],
)
def test_every_encoding_spreadsheets_write(tmp_path, encoding, prefix):
    text = "Prénom;Nom;Notes\r\nHélène;Cœur;Cotisation 15 € « payée »\r\n"
    path = tmp_path / "liste.csv"
    path.write_bytes(prefix + text.encode(encoding))
    headers, rows = rows_of(path)
    assert headers == ["Prénom", "Nom", "Notes"]  # no BOM stuck to the first header
    assert rows == [(2, ["Hélène", "Cœur", "Cotisation 15 € « payée »"])]


@pytest.mark.parametrize("encoding", ["mac_roman", "cp1252"])
def test_excel_for_mac_csv_in_mac_roman_with_cr_line_ends(tmp_path, encoding):
    """Excel for Mac's "CSV (Macintosh)" is Mac Roman with CR line ends: é is 0x8E there, Ž in
    Windows-1252. Told apart by which reading gives French letters."""
    text = "Prénom;Nom;Notes\rHélène;Lefèvre;À rappeler : « ça dépend », où déjà ?\rFrançois;Gaël;Œuvre\r"
    path = tmp_path / "liste.csv"
    path.write_bytes(text.encode(encoding))
    headers, rows = rows_of(path)
    assert headers == ["Prénom", "Nom", "Notes"]
    assert rows == [
        (2, ["Hélène", "Lefèvre", "À rappeler : « ça dépend », où déjà ?"]),
        (3, ["François", "Gaël", "Œuvre"]),
    ]


def test_a_cp1252_byte_far_down_a_utf8_file_is_read_as_cp1252(tmp_path):
    lines = ["Prénom;Nom"] + [f"Jean{i};Martin" for i in range(10_000)]
    data = "\n".join(lines).encode("utf-8") + "\nHélène;Cœur\n".encode("cp1252")
    path = tmp_path / "colle.csv"
    path.write_bytes(data)
    assert rows_of(path)[1][-1] == (10_002, ["Hélène", "Cœur"])


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_delimiter_found_even_below_a_title_line(tmp_path, delimiter):
    text = "Liste des adhérents 2025\n\n" + delimiter.join(["Prénom", "Nom", "Ville"]) + "\n"
    text += delimiter.join(["Marie", "Dupont", "Lyon"]) + "\n"
    headers, rows = rows_of(write(tmp_path, text))
    assert headers == ["Prénom", "Nom", "Ville"]
    assert rows == [(4, ["Marie", "Dupont", "Lyon"])]


def test_commas_in_unquoted_cells_do_not_hide_the_semicolons(tmp_path):
    """French Excel quotes a cell only for a ";", a quote or a line break: an address full of
    commas is written as it is, and may hold more commas than the header has semicolons."""
    text = (
        "Prénom;Nom;Adresse;Notes\r\n"
        "Marie;Dupont;12, rue de la Paix, Bât. A, 3e étage, porte 5;a, b, c\r\n"
        "Jean;Martin;3 rue Basse;\r\n"
    )
    headers, rows = rows_of(write(tmp_path, text, encoding="cp1252"))
    assert headers == ["Prénom", "Nom", "Adresse", "Notes"]
    assert rows[0] == (2, ["Marie", "Dupont", "12, rue de la Paix, Bât. A, 3e étage, porte 5", "a, b, c"])


def test_quoted_separators_doubled_quotes_line_breaks_and_trailing_separators(tmp_path):
    text = (
        "Prénom;Nom;Adresse;Notes;;\r\n"
        'Marie;Dupont;"12 rue Haute;\r\nBât. B";"Dit ""Mimi""; présidente";;\r\n'
        "\r\n"
        ";;;;;\r\n"
        "Jean;Martin;Lyon;;;\r\n"
    )
    headers, rows = rows_of(write(tmp_path, text, encoding="cp1252"))
    assert headers == ["Prénom", "Nom", "Adresse", "Notes", "", ""]
    assert rows == [
        (2, ["Marie", "Dupont", "12 rue Haute;\r\nBât. B", 'Dit "Mimi"; présidente', "", ""]),
        (6, ["Jean", "Martin", "Lyon", "", "", ""]),
    ]


def test_excel_sep_hint_and_short_rows(tmp_path):
    headers, rows = rows_of(write(tmp_path, "sep=,\nPrénom,Nom,Ville\nMarie\n"))
    assert headers == ["Prénom", "Nom", "Ville"]
    assert rows == [(3, ["Marie"])]


def test_a_merged_group_row_above_the_header_says_whose_columns_they_are(tmp_path):
    text = (
        "Adhérent;;;Structure;;\n"
        "Prénom;Nom;Adresse;Nom;Adresse;SIRET\n"
        f"Marie;Dupont;3 rue Basse;Les Amis;1 place Haute;{SIRET}\n"
    )
    preview = preview_file(write(tmp_path, text))
    assert preview.mapping == {
        0: "first_name",
        1: "last_name",
        2: "address",
        3: "name",
        4: "org_address",
        5: "siret",
    }


@pytest.mark.parametrize(
    "content, code",
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b";;\n;;\n", "empty"),
        (b"\x00\x01\x02\x03binary\xff\xfe\x00\x00\x10" * 50, "binary"),
    ],
)
def test_files_that_are_not_tables_are_refused_in_french(tmp_path, content, code):
    path = tmp_path / "liste.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as raised:
        rows_of(path)
    assert raised.value.code == code


@pytest.mark.parametrize(
    "content",
    [
        random.Random(13).randbytes(5000),  # a picture, an archive: about one zero byte in 256
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
        + random.Random(7).randbytes(4000),
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + random.Random(3).randbytes(4000),
    ],
)
def test_a_picture_or_a_pdf_renamed_csv_is_said_to_be_no_table(tmp_path, content):
    path = tmp_path / "liste.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as raised:
        rows_of(path)
    assert raised.value.code == "binary"
    assert str(raised.value).startswith("« liste.csv » n'est ni un texte CSV ni un classeur")


def test_a_few_zero_bytes_of_a_damaged_copy_are_dropped(tmp_path):
    path = tmp_path / "abime.csv"
    path.write_bytes("Prénom;Nom\nMarie;Dupont\n".encode() + b"Je\x00an;Mar\x00tin\n")
    assert rows_of(path)[1] == [(2, ["Marie", "Dupont"]), (3, ["Jean", "Martin"])]


def test_an_unclosed_quote_is_named_with_its_line(tmp_path):
    text = 'Prénom;Nom;Notes\nMarie;Dupont;"une note jamais fermée\n' + "Jean;Martin;x\n" * 300
    with pytest.raises(ImportFileError, match="Ligne 2 : un guillemet") as raised:
        rows_of(write(tmp_path, text))
    assert raised.value.code == "unclosed_quote"


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError, match="introuvable"):
        rows_of(tmp_path / "absent.csv")


# --- workbooks --------------------------------------------------------------------------


def make_xlsx(path, sheets: dict[str, list[list[object]]], merged: str | None = None) -> None:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    if merged:
        workbook.worksheets[0].merge_cells(merged)
    workbook.save(path)


def make_ods(path, rows: list[list[object]]) -> None:
    document = OpenDocumentSpreadsheet()
    table = Table(name="Adhérents")
    for values in rows:
        row = TableRow()
        for value in values:
            if isinstance(value, bool | type(None)):
                cell = TableCell()
            elif isinstance(value, int | float):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
            elif isinstance(value, date):
                cell = TableCell(valuetype="date", datevalue=value.isoformat())
                cell.addElement(P(text=value.strftime("%d/%m/%Y")))
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(path))


MEMBERS = [
    ["Adhérents 2025", None, None, None, None],
    ["Prénom", "Nom", "SIRET de l'association", "Date d'adhésion", "Téléphone", "Association"],
    ["Marie", "Dupont", int(SIRET), date(2024, 9, 15), 612345678, "Les Amis"],
    ["Jean", "Martin", None, datetime(2023, 1, 2, 10, 30), "06 12 34 56 79", "Les Amis"],
]


def test_xlsx_numbers_dates_title_row_and_the_chosen_sheet(db, tmp_path):
    path = tmp_path / "adherents.xlsx"
    make_xlsx(
        path,
        {"Adhérents": MEMBERS, "Totaux": [["Nom", "Total"], ["Dupont", "=1+2"]]},
        merged="A1:E1",
    )
    headers, rows = rows_of(path)
    assert headers[:4] == ["Prénom", "Nom", "SIRET de l'association", "Date d'adhésion"]
    # A SIRET stored as a number keeps its 14 digits; a date is a date, not 45550.
    assert rows[0] == (3, ["Marie", "Dupont", SIRET, "15/09/2024", "612345678", "Les Amis"])
    assert rows[1][1][3] == "02/01/2023 10:30"
    result = run_file(db, path)
    assert problems(result) == []
    marie = details(db)["Marie Dupont"]
    assert marie.fields.phone == "06 12 34 56 78"  # the leading zero the number lost
    [role] = marie.roles
    assert role.start_date == date(2024, 9, 15)
    assert details(db)["Les Amis"].fields.siret == SIRET
    assert rows_of(path, "Totaux")[0] == ["Nom", "Total"]
    assert rows_of(path, "2")[1] == [(2, ["Dupont", ""])]  # a formula without a saved value is empty
    with pytest.raises(ImportFileError, match="pas de feuille « Bilan »"):
        rows_of(path, "Bilan")


def test_a_workbook_renamed_csv_is_read_as_a_workbook(tmp_path):
    path = tmp_path / "export.csv"
    make_xlsx(path, {"Feuille1": [["Prénom", "Nom"], ["Marie", "Dupont"]]})
    assert rows_of(path) == (["Prénom", "Nom"], [(2, ["Marie", "Dupont"])])


def test_an_archive_that_is_no_workbook_is_said_in_french(tmp_path):
    path = tmp_path / "lettre.xlsx"  # a Word document renamed, a zip of photos…
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ImportFileError) as raised:
        rows_of(path)
    assert str(raised.value) == (
        "Le classeur « lettre.xlsx » ne peut pas être lu : ce n'est pas un classeur Excel ni "
        "OpenDocument, ou il est abîmé ou protégé par un mot de passe ; ouvrez-le dans le tableur "
        "et enregistrez-le de nouveau (.xlsx, .ods ou CSV)."
    )


def test_ods_made_by_odfpy(db, tmp_path):
    path = tmp_path / "adherents.ods"
    make_ods(path, MEMBERS[1:3])
    headers, rows = rows_of(path)
    assert headers[0] == "Prénom"
    assert rows == [(2, ["Marie", "Dupont", SIRET, "15/09/2024", "612345678", "Les Amis"])]
    run_file(db, path)
    assert details(db)["Les Amis"].fields.siret == SIRET


@pytest.mark.parametrize("notes", ["Réunion – 18 h", "“Bureau” – AG", "Cotisation 15 € … payée", "n° 12"])
def test_windows_punctuation_without_accents_stays_windows_1252(tmp_path, notes):
    path = tmp_path / "liste.csv"
    path.write_bytes(f"Prenom;Nom;Notes\r\nMarie;Dupont;{notes}\r\n".encode("cp1252"))
    assert rows_of(path)[1] == [(2, ["Marie", "Dupont", notes])]
