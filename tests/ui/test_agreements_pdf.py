"""The agreement as a document, from the window: the preview shows one image per page of the PDF
(with zoom), "Enregistrer en PDF…" proposes "<référence> - <titre>.pdf" and writes a PDF pypdf
reads, and printing paints every page onto the printer (a PDF printer here: same page count)."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from app.export.agreement_pdf import agreement_pdf, sample_agreement_pdf
from app.services.agreements.content import LentItem
from app.ui.agreements.common import file_name
from app.ui.shared.pdf_pages import page_count, render_pages
from tests.ui.agreements_helpers import draft, open_agreements, open_detail
from tests.ui.conftest import wait_idle


def pages_of(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def long_draft(session) -> str:
    """With an equipment annex: the agreement runs over several pages."""
    items = [LentItem(f"Table pliante n° {n}", "p1", 1, 4500) for n in range(1, 40)]
    return draft(session, "Parc de matériel partagé", equipment=items)


def test_pdf_pages_become_images_of_the_page_size(qapp):
    data = sample_agreement_pdf()
    images = render_pages(data, 72)
    assert len(images) == page_count(data) == pages_of(data) > 1
    assert (images[0].width(), images[0].height()) == (596, 842)  # A4 in points, at 72 dpi
    assert images[0].pixelColor(5, 5).name() == "#ffffff"


def test_the_preview_shows_each_page_and_zooms(qtbot, seeded, window):
    agreement_id = seeded.run(long_draft)
    view = open_agreements(qtbot, window)
    detail = open_detail(qtbot, window, view, agreement_id)
    detail.buttons["preview"].click()
    qtbot.waitUntil(lambda: view.dialog is not None and not view.dialog.loading)
    preview = view.dialog
    count = pages_of(preview.data)
    assert count > 1 and len(preview.page_labels) == count
    assert preview.pages_label.text() == (f"{count} pages" if count > 1 else f"{count} page")
    width = preview.page_labels[0].width()
    preview.zoom_in.click()
    qtbot.waitUntil(lambda: not preview.loading and preview.page_labels[0].width() > width)
    assert len(preview.page_labels) == count
    assert preview.save_button.isEnabled() and preview.print_button.isEnabled()
    preview.accept()


def test_save_as_pdf_proposes_the_reference_and_title(qtbot, seeded, window, tmp_path, monkeypatch):
    agreement_id = seeded.run(draft)
    view = open_agreements(qtbot, window)
    detail = open_detail(qtbot, window, view, agreement_id)
    target = tmp_path / "convention.pdf"
    asked = []

    def answer(_parent, _title, proposed, _filter):
        asked.append(proposed)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    detail.buttons["save_pdf"].click()
    qtbot.waitUntil(target.exists)
    wait_idle(qtbot, window)
    reference = detail.detail.reference
    assert asked[0].endswith(f"{reference} - Parc de matériel partagé.pdf")
    reader = pypdf.PdfReader(str(target))
    assert len(reader.pages) >= 1 and "Parc de matériel partagé" in reader.pages[0].extract_text()
    assert "PDF enregistré" in window.statusBar().currentMessage()
    assert file_name("CONV-2026-001", 'Fête : "été"/2026') == "CONV-2026-001 - Fête été 2026.pdf"


def test_printing_paints_every_page(qtbot, seeded, window, tmp_path):
    agreement_id = seeded.run(long_draft)
    data = window.runner.database.run(lambda s: agreement_pdf(s, agreement_id))
    view = open_agreements(qtbot, window)
    open_detail(qtbot, window, view, agreement_id)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    job = view.print_pdf(printer, data)  # what "Imprimer…" does once the print dialog is accepted
    with qtbot.waitSignal(job.finished, timeout=15000) as finished:
        pass
    assert finished.args == [True]
    assert job.printed == job.count == pages_of(data) > 1
    assert pages_of((tmp_path / "printed.pdf").read_bytes()) == pages_of(data)
    qtbot.waitUntil(lambda: "imprimante" in window.statusBar().currentMessage())
