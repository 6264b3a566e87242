"""Printed documents: a loan receipt and a return receipt (one page each), gathered from the
store and drawn into memory, and a full sheet of 24 equipment labels with their QR codes.

A volunteer clicks "Imprimer le bon" with the borrower waiting at the door: the receipt must
come at once (p95 ≤ 150 ms). Fonts are registered once per process, in the warm-up call."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from app.db import open_database
from app.export.labels import PER_PAGE, label_items, render_labels
from app.export.loan_receipt import render_loan_receipt
from app.export.loan_sheet import loan_sheet
from app.export.pdf_base import register_fonts
from app.models import NetworkAssociation, SyncedRecord, SyncState
from app.paths import DataPaths
from app.services.equipment import loans
from app.services.equipment.records import EquipmentFields, create_equipment
from benchmarks.harness import Figure, measure

Log = Callable[[str], None]
RECEIPT_LIMIT_MS = 150
RUNS = 30
OURS, PARTNER = "0190a000-0000-7000-8000-0000000000aa", "0190a000-0000-7000-8000-0000000000bb"


def _store(session) -> tuple[str, str]:
    """Two associations, 24 items of ours, one loan out and one returned."""
    session.merge(SyncState(id=1, association_id=OURS, association_name="Les Jardins Partagés du Faubourg"))
    session.add(
        NetworkAssociation(
            id=OURS, name="Les Jardins Partagés du Faubourg", rna="W751234567", siret="12345678900012"
        )
    )
    session.add(NetworkAssociation(id=PARTNER, name="Compagnie « L'Étincelle »", rna="W691112223"))
    projector = create_equipment(
        session,
        EquipmentFields(
            name="Vidéoprojecteur Epson EB-W49",
            category="Audiovisuel",
            purchase_value="1249,90",
            deposit="150",
            accessories="Câble HDMI 5 m\nTélécommande\nHousse de transport\nCâble d'alimentation",
        ),
    )
    for i in range(PER_PAGE - 1):
        create_equipment(session, EquipmentFields(name=f"Table pliante n° {i + 1}", category="Mobilier"))
    made = []
    # The returned loan first, then one still out and not yet due, whatever today's date is.
    today = date.today()
    periods = ((date(2025, 6, 12), date(2025, 6, 15)), (today - timedelta(days=1), today + timedelta(days=3)))
    for first, last in periods:
        reservation = loans.reserve(
            session,
            projector,
            first,
            last,
            contact_name="Amélie Nguyễn",
            contact_phone="06 12 34 56 78",
            purpose="Fête de quartier",
        )
        session.add(SyncedRecord(record_id=reservation, entity_type="reservation", owner_id=PARTNER))
        session.flush()
        loan = loans.answer(session, reservation, True)
        loans.check_out(
            session,
            loan,
            loans.CheckOut(
                first,
                "tres_bon",
                ["Câble HDMI 5 m", "Télécommande", "Housse de transport"],
                15000,
                "cheque",
                "0012345",
                "Jean-Pierre Lefèvre",
                "Amélie Nguyễn",
            ),
        )
        made.append(loan)
        if len(made) == 1:
            _give_back(session, loan)
    return made[1], made[0]


def _give_back(session, loan: str) -> None:
    loans.give_back(
        session,
        loan,
        loans.Return(
            date(2025, 6, 16),
            "bon",
            ["Télécommande"],
            "Rayure sur le capot.",
            "partly_kept",
            4500,
            "Télécommande perdue.",
            "Amélie Nguyễn",
            "Jean-Pierre Lefèvre",
        ),
    )


def document_figures(log: Log, runs: int = RUNS) -> list[Figure]:
    root = Path(tempfile.mkdtemp(prefix="entraide-documents-bench-"))
    database = open_database(DataPaths(root / "store"))
    try:
        out_loan, returned_loan = database.run(_store)
        log(f"Documents : {runs} rendus de chaque bon, police {register_fonts().family}…")

        def receipt(loan_id: str) -> Callable[[], bytes]:
            def work() -> bytes:  # what the button does: read the loan, draw the PDF in memory
                with database.session_factory() as session:
                    return render_loan_receipt(loan_sheet(session, loan_id))

            return work

        def sheet_of_labels() -> bytes:
            with database.session_factory() as session:
                return render_labels(label_items(session))

        size = len(receipt(out_loan)())
        loan_figure = Figure(
            "Bon de prêt PDF",
            "document_loan_receipt",
            limit=RECEIPT_LIMIT_MS,
            samples=measure(receipt(out_loan), runs),
            note=f"une page A4, {size // 1024} Ko, lu dans la base et dessiné en mémoire",
        )
        return_figure = Figure(
            "Bon de retour PDF",
            "document_return_receipt",
            limit=RECEIPT_LIMIT_MS,
            samples=measure(receipt(returned_loan), runs),
        )
        labels_figure = Figure(
            f"Planche de {PER_PAGE} étiquettes QR PDF",
            "document_labels",
            samples=measure(sheet_of_labels, max(5, runs // 3)),
        )
        return [loan_figure, return_figure, labels_figure]
    finally:
        database.close()
        shutil.rmtree(root, ignore_errors=True)
