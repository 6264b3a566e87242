"""The treasurer's yearly statement: which loans, how they are valued, the CSV a French
spreadsheet reads (BOM, `;`, decimal comma), read back with the csv module, and its command."""

from __future__ import annotations

import codecs
import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.__main__ import main
from app.db import Database
from app.export.statement import HEADERS, build_statement, file_name, value_cents, write_statement, year_value
from app.models import Loan, NetworkAssociation, SyncedRecord
from app.services.equipment import loans
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields
from app.services.identity import IdentityFields, save_identity

AMIS, COMITE = "0190a000-0000-7000-8000-00000000000a", "0190a000-0000-7000-8000-00000000000b"
TODAY = date(2026, 6, 30)


def _owned_by(session: Session, record_id: str, entity: str, owner: str) -> None:
    """What a pull writes for another association's record."""
    session.add(
        SyncedRecord(
            record_id=record_id,
            entity_type=entity,
            version=1,
            owner_id=owner,
            visibility="network",
            parties=[],
        )
    )
    session.flush()


def _item(session: Session, name: str, value: str = "", owner: str | None = None) -> str:
    item = eq.create_equipment(session, EquipmentFields(name=name, purchase_value=value))
    if owner:
        _owned_by(session, item, "equipment", owner)
    return item


def _lent(session: Session, item: str, borrower: str | None, out: date, back: date | None) -> str:
    """Our item, reserved by `borrower` (None: by ourselves), answered, out and maybe back."""
    reservation = loans.reserve(session, item, out, back or out)
    if borrower:
        _owned_by(session, reservation, "reservation", borrower)
    loan = loans.answer(session, reservation, True)
    loans.check_out(session, loan, loans.CheckOut(out_date=out, condition="bon"))
    if back:
        loans.give_back(session, loan, loans.Return(return_date=back, condition="bon"))
    return loan


def _borrowed(
    session: Session, item: str, lender: str, out: date | None, back: date | None, decision: str = "accepted"
) -> None:
    """Another association's item, reserved by us; the loan is the lender's record."""
    reservation = loans.reserve(session, item, out or date(2025, 5, 1), back or out or date(2025, 5, 2))
    loan = Loan(
        reservation_id=reservation, equipment_id=item, decision=decision, out_date=out, return_date=back
    )
    session.add(loan)
    session.flush()
    _owned_by(session, loan.id, "loan", lender)


@pytest.fixture
def store(db: Database) -> Database:
    with db.session_factory.begin() as s:
        s.add_all(
            [
                NetworkAssociation(id=AMIS, name="Les Amis du Quartier"),
                NetworkAssociation(id=COMITE, name="Comité des fêtes de Rezé"),
            ]
        )
        s.flush()
        projector = _item(s, "Vidéoprojecteur", "650")
        _lent(s, projector, AMIS, date(2025, 6, 1), date(2025, 6, 3))  # 3 days: 19,50
        _lent(s, projector, None, date(2025, 7, 1), date(2025, 7, 2))  # our own use: not listed
        _lent(s, projector, COMITE, date(2024, 5, 1), date(2024, 5, 3))  # another year
        marquee = _item(s, "Chapiteau 5 × 10 m", "3500")
        _lent(s, marquee, COMITE, date(2025, 12, 28), date(2026, 1, 3))  # 4 days in 2025, 3 in 2026
        tables = _item(s, "Tables pliantes", "650")
        _lent(s, tables, AMIS, date(2025, 12, 20), None)  # still out: counted up to 31/12
        _lent(s, _item(s, "Escabeau"), AMIS, date(2025, 9, 1), date(2025, 9, 1))  # no value known
        declined = loans.reserve(s, tables, date(2025, 3, 1), date(2025, 3, 2))
        _owned_by(s, declined, "reservation", COMITE)
        loans.answer(s, declined, False, "Déjà pris")
        sono = _item(s, "Sono 2 × 300 W", "1200", owner=COMITE)
        _borrowed(s, sono, COMITE, date(2025, 3, 10), date(2025, 3, 11))  # 2 days: 24,00
        _borrowed(s, sono, COMITE, None, None, decision="declined")
        chairs = _item(s, "40 chaises", "720", owner=AMIS)
        _borrowed(s, chairs, AMIS, date(2025, 10, 1), date(2026, 3, 1))  # 92 days in 2025, capped in 2026
    return db


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def _euros(text: str) -> float:
    return float(text.replace(",", "."))


def test_value_is_one_percent_a_day_at_least_one_day_capped_at_the_price():
    assert value_cents(65000, 3) == 1950
    assert value_cents(65000, 0) == value_cents(65000, 1) == 650  # the floor of one day
    assert value_cents(65000, 150) == 65000  # the cap
    assert value_cents(333, 1) == 3  # rounded to the cent
    assert year_value(None, 0, 10) is None
    # Across two years the cap holds for the loan as a whole: 92 % in the first, 8 % in the second.
    assert year_value(72000, 0, 92) == 66240
    assert year_value(72000, 92, 60) == 72000 - 66240


def _sections(table: list[list[str]]) -> dict[str, tuple[list[str], list[list[str]], list[str]]]:
    """Each section of the CSV by the first words of its title: (column heads, loans, total)."""
    found = {}
    for index, row in enumerate(table):
        if row and row[0].startswith("Contributions "):
            end = table.index([], index)
            heads, *lines, total = table[index + 1 : end]
            found[row[0].split(" :")[0].split("\u00a0:")[0]] = (heads, lines, total)
    return found


def test_csv_is_what_a_french_spreadsheet_expects(store, tmp_path):
    path = tmp_path / "releve-2025.csv"
    with store.session_factory() as s:
        write_statement(s, 2025, path, today=TODAY)
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in raw and "Vidéoprojecteur".encode() in raw
    table = _read(path)
    assert table[0][0].startswith("Relevé des contributions volontaires en nature")
    assert not (tmp_path / "releve-2025.csv.partiel").exists()


def test_the_header_names_the_association_its_rna_and_the_year_and_so_does_the_file(store, tmp_path):
    with store.session_factory.begin() as s:
        save_identity(s, IdentityFields(name="Comité des fêtes de Lyon", rna="W691234567"))
    with store.session_factory() as s:
        statement = write_statement(s, 2025, tmp_path / "r.csv", today=TODAY)
    table = _read(tmp_path / "r.csv")
    assert table[1:4] == [
        ["Association", "Comité des fêtes de Lyon"],
        ["N° RNA", "W691234567"],
        ["Année", "2025"],
    ]
    assert file_name(statement) == "Contributions en nature 2025 - Comité des fêtes de Lyon (W691234567).csv"
    statement.name = 'A/B: "C"'
    assert file_name(statement) == "Contributions en nature 2025 - A-B- -C- (W691234567).csv"


def test_received_and_given_each_have_their_section_and_their_total(store, tmp_path):
    path = tmp_path / "releve-2025.csv"
    with store.session_factory() as s:
        write_statement(s, 2025, path, today=TODAY)
    table = _read(path)
    sections = _sections(table)
    assert list(sections) == ["Contributions reçues", "Contributions données"]
    heads, received, total_received = sections["Contributions reçues"]
    assert heads == ["Matériel", "Prêté par", *HEADERS[2:]]
    assert "871" in table[table.index(heads) - 1][0] and "861" in table[table.index(heads) - 1][0]
    assert received == [
        ["Sono 2 × 300 W", "Comité des fêtes de Rezé", "10/03/2025", "11/03/2025", "2", "1200,00", "24,00"],
        ["40 chaises", "Les Amis du Quartier", "01/10/2025", "01/03/2026", "92", "720,00", "662,40"],
    ]
    assert total_received == ["Total des contributions reçues", "", "", "", "94", "", "686,40"]
    heads, given, total_given = sections["Contributions données"]
    assert heads[1] == "Prêté à"
    assert given == [
        ["Vidéoprojecteur", "Les Amis du Quartier", "01/06/2025", "03/06/2025", "3", "650,00", "19,50"],
        ["Escabeau", "Les Amis du Quartier", "01/09/2025", "01/09/2025", "1", "", ""],
        ["Tables pliantes", "Les Amis du Quartier", "20/12/2025", "", "12", "650,00", "78,00"],
        [
            "Chapiteau 5 × 10 m",
            "Comité des fêtes de Rezé",
            "28/12/2025",
            "03/01/2026",
            "4",
            "3500,00",
            "140,00",
        ],
    ]
    assert total_given == ["Total des contributions données", "", "", "", "20", "", "237,50"]
    assert _euros(total_given[6]) == pytest.approx(sum(_euros(row[6]) for row in given if row[6]))
    assert not any(row and row[0] == "Total" for row in table)  # never both directions added up
    notes = [row[0].replace("\u00a0", " ") for row in table[table.index(total_given) + 2 :]]
    assert notes[0].startswith("Règle de valorisation : 1 % de la valeur d'achat par jour")
    assert any("compté jusqu'au 31/12/2025" in note for note in notes)
    assert any("non valorisé" in note for note in notes)


def test_a_loan_across_the_year_boundary_counts_in_each_year(store):
    with store.session_factory() as s:
        year_2025 = {line.equipment: line for line in build_statement(s, 2025, TODAY).lines}
        year_2026 = {line.equipment: line for line in build_statement(s, 2026, TODAY).lines}
    marquee_2025, marquee_2026 = year_2025["Chapiteau 5 × 10 m"], year_2026["Chapiteau 5 × 10 m"]
    assert (marquee_2025.days, marquee_2025.value_cents) == (4, 14000)
    assert (marquee_2026.days, marquee_2026.value_cents) == (3, 10500)
    chairs = year_2026["40 chaises"]  # 60 more days, but the whole loan is capped at 720 €
    assert (chairs.days, chairs.value_cents) == (60, 5760)
    tables = year_2026["Tables pliantes"]  # still out: counted up to today
    assert (tables.days, tables.return_date) == ((TODAY - date(2026, 1, 1)).days + 1, None)
    assert set(year_2026) == {"Chapiteau 5 × 10 m", "40 chaises", "Tables pliantes"}


def test_a_year_without_loans_gives_the_sections_and_zero_totals(store, tmp_path):
    path = tmp_path / "releve-2019.csv"
    with store.session_factory() as s:
        statement = write_statement(s, 2019, path, today=TODAY)
    assert statement.lines == []
    sections = _sections(_read(path))
    assert sections["Contributions reçues"][1:] == (
        [],
        ["Total des contributions reçues", "", "", "", "0", "", "0,00"],
    )
    assert sections["Contributions données"][1:] == (
        [],
        ["Total des contributions données", "", "", "", "0", "", "0,00"],
    )


def test_command_writes_the_file_and_says_what_it_holds(store, data_paths, tmp_path, capsys):
    path = tmp_path / "releve.csv"
    assert main(["statement", "2025", str(path), "--data-dir", str(data_paths.root)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "Relevé 2025 : contributions reçues 686,40 € (2 emprunts), contributions données 237,50 € (4 prêts)"
    )
    assert "Contributions reçues" in _sections(_read(path))


def test_command_given_a_folder_names_the_file_after_the_association_and_the_year(
    store, data_paths, tmp_path
):
    assert main(["statement", "2025", str(tmp_path), "--data-dir", str(data_paths.root)]) == 0
    [written] = tmp_path.glob("*.csv")
    assert written.name == "Contributions en nature 2025 - Notre association.csv"


@pytest.mark.parametrize("argv", [["20x"], ["1200"]])
def test_command_refuses_a_bad_year(data_paths, tmp_path, capsys, argv):
    with pytest.raises(SystemExit):
        main(["statement", *argv, str(tmp_path / "r.csv"), "--data-dir", str(data_paths.root)])
    assert "année attendue" in capsys.readouterr().err


def test_command_refuses_a_missing_folder(data_paths, tmp_path, capsys):
    path = tmp_path / "absent" / "r.csv"
    assert main(["statement", "2025", str(path), "--data-dir", str(data_paths.root)]) == 1
    assert "n'existe pas" in capsys.readouterr().err
