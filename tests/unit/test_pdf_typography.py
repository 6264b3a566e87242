"""The same French typography in the loan receipt and the practice sheet as in the agreement
(tests/unit/test_agreement_typography.py): the PDFs read back with pypdf break no line where
French forbids it, whatever the text typed."""

from __future__ import annotations

from datetime import date

from app.export.loan_receipt import render_loan_receipt
from app.export.loan_sheet import LoanSheet, Party
from app.export.practice_sheet import practice_sheet_bytes
from tests.unit.practice_helpers import published
from tests.unit.test_agreement_typography import PHRASES, breaks_where_french_forbids, lines_of


def test_the_loan_receipt_keeps_french_no_break_spaces():
    sheet = LoanSheet(
        "0190a000-0000-7000-8000-000000000001",
        date(2026, 12, 1),
        Party("Comité des fêtes de la Croix-Rousse", ours=True),
        Party("Les Amis du vieux Lyon"),
        "Barnum 5 × 10 m",
        None,
        125050,
        15000,
        [],
        date(2026, 12, 6),
        date(2026, 12, 8),
        PHRASES,
        None,
        None,
        date(2026, 12, 6),
        "bon",
        15000,
        "especes",
        None,
        None,
        None,
        return_date=date(2026, 12, 8),
        return_condition="bon",
        damage_notes=PHRASES,
    )
    printed = lines_of(render_loan_receipt(sheet))
    assert sum("4956983" in line for line in printed) >= 40
    assert breaks_where_french_forbids(printed) == []


def test_the_practice_sheet_keeps_french_no_break_spaces(db):
    practice_id = db.run(published, results=PHRASES)
    with db.session_factory() as session:
        _view, pdf = practice_sheet_bytes(session, practice_id)
    printed = lines_of(pdf)
    assert sum("4956983" in line for line in printed) >= 40
    assert breaks_where_french_forbids(printed) == []
