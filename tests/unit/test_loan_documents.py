"""Printed loan documents: the loan receipt and the return receipt, and their command (the labels:
test_equipment_labels.py). Every PDF is parsed back with pypdf: what matters must be there as text."""

from __future__ import annotations

import errno
import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.errors import NotFound
from app.export.loan_receipt import render_loan_receipt
from app.export.loan_sheet import NoReceipt, find_loan_id, loan_sheet
from app.export.pdf_base import french_date, printable
from app.models import SyncedRecord
from app.services.equipment import loans
from app.services.equipment.records import EquipmentFields, create_equipment
from tests.unit.loan_document_helpers import (
    CHECK_OUT,
    PARTNER,
    PROJECTOR,
    enrol,
    fonts_of,
    has,
    pages_of,
    run,
    text_of,
)


def lend(session, *, partner: bool = True, out: bool = True) -> str:
    """Our projector, reserved by the partner (its reservation came through the hub), accepted
    and handed over. Returns the loan id."""
    equipment_id = create_equipment(session, PROJECTOR)
    reservation_id = loans.reserve(
        session,
        equipment_id,
        date(2025, 6, 12),
        date(2025, 6, 15),
        contact_name="Amélie Nguyễn",
        contact_phone="06 12 34 56 78",
        purpose="Fête de quartier",
    )
    if partner:
        session.add(SyncedRecord(record_id=reservation_id, entity_type="reservation", owner_id=PARTNER))
        session.flush()
    loan_id = loans.answer(session, reservation_id, True)
    if out:
        loans.check_out(session, loan_id, CHECK_OUT)
    return loan_id


def give_back(session, loan_id: str, outcome: str = "partly_kept", kept: int | None = 4500) -> None:
    loans.give_back(
        session,
        loan_id,
        loans.Return(
            date(2025, 6, 17),
            "bon",
            ["Télécommande"],
            "Rayure sur le capot.",
            outcome,
            kept,
            "" if outcome == "returned" else "Télécommande perdue.",
            "Amélie Nguyễn",
            "Paul Martin",
        ),
    )


@pytest.fixture
def loan_id(db) -> str:
    db.run(enrol)
    return db.run(lend)


def receipt(db, loan_id: str, today: date = date(2025, 6, 12)) -> bytes:
    with db.session_factory() as session:
        return render_loan_receipt(loan_sheet(session, loan_id, today))


# --- the sheet -----------------------------------------------------------------------------


def test_the_sheet_names_both_associations_and_the_check_out(db, loan_id):
    with db.session_factory() as session:
        sheet = loan_sheet(session, loan_id, date(2025, 6, 12))
    assert (sheet.lender.name, sheet.lender.rna, sheet.lender.siret, sheet.lender.ours) == (
        "Les Jardins du Faubourg",
        "W751234567",
        "12345678900012",
        True,
    )
    assert (sheet.borrower.name, sheet.borrower.rna, sheet.borrower.siret, sheet.borrower.ours) == (
        "Théâtre « L'Étincelle »",
        "W691112223",
        None,
        False,
    )
    assert (sheet.borrower_contact, sheet.borrower_phone) == ("Amélie Nguyễn", "06 12 34 56 78")
    assert (sheet.purchase_value_cents, sheet.deposit_asked_cents, sheet.deposit_cents) == (
        124990,
        15000,
        15000,
    )
    assert sheet.accessories == ["Câble HDMI 5 m", "Télécommande", "Housse"]
    assert (sheet.days, sheet.returned) == (4, False)


def test_unknown_declined_and_abbreviated_loans(db, loan_id):
    def decline(session) -> str:
        equipment_id = create_equipment(session, EquipmentFields(name="Tables"))
        reservation_id = loans.reserve(session, equipment_id, date(2025, 7, 1), date(2025, 7, 2))
        return loans.answer(session, reservation_id, False)

    declined = db.run(decline)
    with db.session_factory() as session:
        with pytest.raises(NotFound):
            loan_sheet(session, "0190a000-dead-7000-8000-000000000000")
        with pytest.raises(NoReceipt, match="décliné"):
            loan_sheet(session, declined)
        assert find_loan_id(session, loan_id[-8:].upper()) == loan_id
        assert find_loan_id(session, declined[-10:]) == declined
        assert find_loan_id(session, f" {loan_id} ") == loan_id
        with pytest.raises(NotFound):
            find_loan_id(session, loan_id[-5:])  # too short to be taken for an id
        with pytest.raises(NotFound):
            find_loan_id(session, "0190")


# --- the loan receipt ----------------------------------------------------------------------


def test_loan_receipt_prints_the_parties_the_equipment_the_deposit_and_signatures(db, loan_id):
    pdf = receipt(db, loan_id)
    text = text_of(pdf)
    assert pages_of(pdf) == 1
    for expected in (
        "Bon de prêt de matériel",
        "établi le 12 juin 2025",
        "PRÊTEUR",
        "Les Jardins du Faubourg",
        "RNA : W751234567",
        "SIRET : 123 456 789 00012",
        "EMPRUNTEUR",
        "Théâtre « L'Étincelle »",
        "RNA : W691112223",
        "Contact : Amélie Nguyễn · 06 12 34 56 78",
        "Remis par : Jean-Pierre Lefèvre",
        "Reçu par : Amélie Nguyễn",
        "Vidéoprojecteur Epson (Audiovisuel)",
        "Valeur d'achat",
        "1 249,90 €",
        "Caution demandée",
        "• Câble HDMI 5 m",
        "• Télécommande",
        "• Housse",
        "du 12 juin 2025 au 15 juin 2025 (4 jours)",
        "Fête de quartier",
        "Très bon état",
        "150,00 € par chèque n° 0012345",
        "Pour le prêteur",
        "Pour l'emprunteur",
        "Nom : Jean-Pierre Lefèvre",
        "Nom : Amélie Nguyễn",
        f"référence du prêt {loan_id}",
    ):
        assert has(text, expected), expected
    assert text.count("Date et signature") == 2
    assert "Bon de retour" not in text
    # An embedded TrueType font (the euro sign and "œ" print); no Latin-1-only Helvetica.
    assert all("DejaVuSans" in font or "Vera" in font for font in fonts_of(pdf))


def test_before_enrolment_and_before_check_out_blanks_are_left_to_fill_by_hand(db):
    loan_id = db.run(lend, partner=False, out=False)
    pdf = receipt(db, loan_id, date(2025, 6, 1))
    text = text_of(pdf)
    assert text.count("Notre association") >= 4  # both sides, in the parties and the signatures
    assert has(text, "établi le 1er juin 2025")
    assert has(text, "Accessoires à remettre") and has(text, "• Télécommande")
    assert has(text, "…… € · chèque n° ……")
    assert has(text, "Caution demandée\n150,00 €")


def test_cash_deposit_and_no_deposit(db, loan_id):
    def variant(session, method: str, cents: int | None) -> str:
        loan = lend(session, out=False)
        loans.check_out(session, loan, loans.CheckOut(date(2025, 6, 12), "bon", [], cents, method))
        return loan

    assert has(text_of(receipt(db, db.run(variant, "especes", 8000))), "80,00 € en espèces")
    no_deposit = text_of(receipt(db, db.run(variant, "aucun", None)))
    assert has(no_deposit, "Aucune caution versée") and has(no_deposit, "Accessoires remis\naucun")


# --- the return receipt --------------------------------------------------------------------


def test_return_receipt_prints_the_return_and_the_deposit_kept_in_part(db, loan_id):
    db.run(give_back, loan_id)
    pdf = receipt(db, loan_id, date(2025, 6, 17))
    text = text_of(pdf)
    assert pages_of(pdf) == 1
    for expected in (
        "Bon de retour de matériel",
        "Rappel de la sortie",
        "150,00 € par chèque n° 0012345",
        "17 juin 2025 (2 jours de retard)",
        "État au retour\nBon état",
        "Accessoires manquants\n• Télécommande",
        "Rayure sur le capot.",
        "Rendue en partie : 105,00 € rendus et 45,00 € retenus, sur 150,00 € versés",
        "Motif de la retenue\nTélécommande perdue.",
        "Rendu par : Amélie Nguyễn",
        "Reçu au retour par : Paul Martin",
        "Nom : Paul Martin",
        "Nom : Amélie Nguyễn",
    ):
        assert has(text, expected), expected
    assert text.count("Date et signature") == 2


@pytest.mark.parametrize(
    "outcome, kept, expected",
    [
        ("returned", None, "Rendue en totalité : 150,00 €"),
        ("kept", None, "Retenue en totalité : 150,00 €"),
    ],
)
def test_return_receipt_deposit_outcomes(db, loan_id, outcome, kept, expected):
    db.run(give_back, loan_id, outcome, kept)
    text = text_of(receipt(db, loan_id))
    assert has(text, expected)
    assert ("Motif de la retenue" in text) == (outcome == "kept")


def test_long_notes_flow_to_a_second_page_with_the_signatures_kept_together(db, loan_id):
    def long_return(session) -> None:
        loans.give_back(
            session,
            loan_id,
            loans.Return(
                date(2025, 6, 15),
                "abime",
                [],
                "Membrane de l'enceinte percée. " * 120,
                "kept",
                None,
                "Réparation chiffrée par le magasin. " * 10,
            ),
        )

    db.run(long_return)
    pdf = receipt(db, loan_id)
    text = text_of(pdf)
    assert pages_of(pdf) == 2
    last = PdfReader(io.BytesIO(pdf)).pages[-1].extract_text()
    assert "Bon de retour de matériel (suite)" in last
    assert "Pour le prêteur" in last and "Pour l'emprunteur" in last
    assert has(text, "Abîmé")


def test_text_the_font_cannot_draw_is_replaced_not_lost():
    assert printable("Nguyễn") in ("Nguyễn", "Nguyen")
    assert printable("1\u202f250,00 €").endswith("250,00 €")
    assert printable("\u4e2d") == "?"  # a Chinese character: in neither DejaVu Sans nor Vera
    assert french_date(date(2025, 8, 1)) == "1er\u00a0août\u00a02025"  # never split across lines


FALLBACK = """
import io, sys
from datetime import date
from pathlib import Path
import app.export.pdf_base as pdf_base
pdf_base._SYSTEM_DIRS = ()
pdf_base.resources_dir = lambda: Path(sys.argv[1])
from pypdf import PdfReader
from app.export.loan_receipt import render_loan_receipt
from app.export.loan_sheet import LoanSheet, Party
sheet = LoanSheet("id", date(2025, 6, 1), Party("Œuvre A", ours=True), Party("Nguyễn B"), "Barnum", None,
                  125050, 15000, [], date(2025, 6, 1), date(2025, 6, 2), None, None, None, date(2025, 6, 1),
                  "bon", 15000, "especes", None, None, None)
pdf = render_loan_receipt(sheet)
page = PdfReader(io.BytesIO(pdf)).pages[0]
print(pdf_base.register_fonts().family)
print(sorted(str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()))
print(page.extract_text())
"""


def test_without_dejavu_reportlabs_own_font_still_prints_accents_and_the_euro_sign(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", FALLBACK, str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    family, fonts, *text = done.stdout.splitlines()
    text = " ".join(text).replace("\u00a0", " ")
    assert family == "Bitstream Vera Sans" and "BitstreamVeraSans" in fonts
    assert has(text, "Valeur d'achat 1 250,50 €") and has(text, "Caution demandée 150,00 €")
    assert has(text, "150,00 € en espèces") and "Œuvre A" in text and "Nguyen B" in text


# --- the commands --------------------------------------------------------------------------


def test_loan_receipt_command(db, loan_id, tmp_path, capsys, store):
    target = tmp_path / "bon.pdf"
    code, err = run(capsys, "loan-receipt", loan_id[-8:], str(target), *store)
    assert code == 0
    assert err == [
        f"Bon de prêt de « Vidéoprojecteur Epson » (Les Jardins du Faubourg → "
        f"Théâtre « L'Étincelle ») écrit dans {target}"
    ]
    assert "150,00 € par chèque n° 0012345" in text_of(target.read_bytes())
    db.run(give_back, loan_id)
    code, err = run(capsys, "loan-receipt", loan_id, str(target), *store)
    assert code == 0 and err[0].startswith("Bon de retour de « Vidéoprojecteur Epson »")
    assert "Bon de retour de matériel" in text_of(target.read_bytes())


def test_loan_receipt_command_errors(db, loan_id, tmp_path, capsys, store, monkeypatch):
    code, err = run(capsys, "loan-receipt", "0190a000-dead", str(tmp_path / "b.pdf"), *store)
    assert code == 1 and err[0].startswith("entraide : prêt introuvable : « 0190a000-dead ».")
    code, err = run(capsys, "loan-receipt", loan_id, str(tmp_path / "absent" / "b.pdf"), *store)
    assert (code, err) == (1, [f"entraide : dossier introuvable : {tmp_path / 'absent'}"])
    code, err = run(capsys, "loan-receipt", loan_id, str(tmp_path / "b.docx"), *store)
    assert (code, err) == (
        1,
        ["entraide : le fichier à écrire doit se terminer par .pdf (reçu : « b.docx »)."],
    )
    (tmp_path / "dossier.pdf").mkdir()
    code, err = run(capsys, "loan-receipt", loan_id, str(tmp_path / "dossier.pdf"), *store)
    assert code == 1 and "est un dossier" in err[0]

    def refused(target: Path, data: bytes) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr("app.export.pdf_base.save_pdf", refused)
    code, err = run(capsys, "loan-receipt", loan_id, str(tmp_path / "b.pdf"), *store)
    assert code == 1
    assert err == [
        f"entraide : impossible d'écrire « {tmp_path / 'b.pdf'} » : accès refusé (le fichier "
        "est peut-être ouvert dans un autre programme)."
    ]
    assert not (tmp_path / "b.pdf").exists()
