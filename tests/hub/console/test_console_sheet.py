"""The hand-written PDF of the enrolment sheet: French text survives the standard fonts' encoding,
lines wrap within the page, and whatever an association's name holds is read back as written."""

from __future__ import annotations

import io
from datetime import datetime

from pypdf import PdfReader

from hub.console.i18n import Translator, zone
from hub.console.pdf import Page, width, winansi, wrap
from hub.console.sheet import enrolment_sheet


def test_french_text_in_the_standard_fonts():
    assert winansi("Œuvre « été » à 12 € ’•") == "Œuvre « été » à 12 € ’•".encode("cp1252")
    assert winansi("Synchronisation ▸ x") == "Synchronisation › x".encode("cp1252")
    assert winansi("Łódź 🙂") == "Lódz ?".encode("cp1252")  # outside the encoding: the bare letter, or "?"
    assert width("W", 10, "Helvetica") == 9.44 and width("W", 10, "Helvetica-Bold") == 9.44
    assert width("i", 10) < width("m", 10)
    lines = wrap("un deux trois quatre cinq six sept huit neuf dix", 12, 100)
    assert len(lines) > 1 and all(width(line, 12) <= 100 for line in lines)
    assert " ".join(lines) == "un deux trois quatre cinq six sept huit neuf dix"


def test_a_sheet_reads_back_as_written():
    name = "Les (vraies) Amies \\ du Quartier de l’Île-Saint-Denis et de ses environs immédiats"
    pdf = enrolment_sheet(
        Translator("fr", zone("Europe/Paris")),
        association=name,
        hub_url="https://hub.exemple.fr",
        code="ABCD-EFGH-JKLM",
        expires_at=datetime(2026, 3, 5, 13, 7),
        contact="coordination@exemple.fr",
    )
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    text = " ".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) == 1 and reader.metadata.title == "Comment rejoindre le réseau"
    assert f"Pour l'association : {' '.join(name.split())}" in text.replace("\u00a0", " ")
    assert "jusqu'au 05/03/2026 à 14:07" in text  # in the hub's time zone (Paris)
    assert "Synchronisation ›" in text and "ABCD-EFGH-JKLM" in text


def test_a_page_draws_where_it_is_told():
    page = Page()
    page.rect(10, 20, 30, 40, fill=(0, 0, 0))
    page.text(10, 100, "x", 12)
    body = PdfReader(io.BytesIO(page.pdf("t", "fr"))).pages[0].get_contents().get_data()
    assert b"10.000 781.890 30.000 40.000 re f" in body  # y from the top, as one reads
    assert b"10.00 741.89 Td (x) Tj" in body
