"""A4 sheets of equipment labels: 3 × 8 labels of 70 × 37 mm (the common 24-label sheets).

Each label carries the equipment's name, category and owner association, its number (the end
of its id) and a QR code holding a line a phone camera shows as it is ("Entraide · Barnum 3 × 3
m · Les Jardins du Confluent · n° 3f3ec9de"): typed or scanned into the catalogue's search, the
number finds the item (app/services/record_ids.py piece_in).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from app.export.loan_sheet import UNKNOWN_ASSOCIATION, our_name
from app.export.pdf_base import BOLD, REGULAR, canvas_text, register_fonts, save_pdf
from app.services import network
from app.services.equipment import records as eq

UTF8_ECI = 26
COLUMNS, ROWS = 3, 8
LABEL_W, LABEL_H = 70 * mm, 37 * mm
PER_PAGE = COLUMNS * ROWS
# The grid is centred on the page: 3 × 70 mm fill the width, 8 × 37 mm leave 0.5 mm above and below.
LEFT = (A4[0] - COLUMNS * LABEL_W) / 2
TOP = A4[1] - (A4[1] - ROWS * LABEL_H) / 2
PAD = 4.5 * mm  # inside each label: most printers cannot print the last few mm of the sheet
QR_SIZE = LABEL_H - 2 * PAD
TEXT_X = PAD + QR_SIZE + 2 * mm
TEXT_W = LABEL_W - TEXT_X - 3.5 * mm
INK, GREY, LINE = colors.HexColor("#1d2733"), colors.HexColor("#5b6673"), colors.HexColor("#c7ced6")


@dataclass(frozen=True)
class Label:
    equipment_id: str
    name: str
    category: str | None
    owner_name: str


def label_items(session: Session, everything: bool = False) -> list[Label]:
    """Our own equipment (or, with `everything`, all the catalogue we see), by name."""
    rows = eq.catalogue(session, eq.CatalogueFilter(only_ours=not everything))
    names = network.association_names(session)
    ours = our_name(session)
    return [
        Label(
            row.id,
            row.name,
            row.category,
            ours if row.ours else names.get(row.owner_id or "", UNKNOWN_ASSOCIATION),
        )
        for row in rows
    ]


def short_reference(record_id: str) -> str:
    """The last 8 characters of an id: its random part (the start of a UUIDv7 is a timestamp)."""
    return record_id[-8:]


def qr_text(label: Label) -> str:
    """What the QR code holds: one line that says what the item is, whose, and its number."""
    return " · ".join(("Entraide", label.name, label.owner_name, f"n° {short_reference(label.equipment_id)}"))


def qr_drawing(value: str, size: float) -> Drawing:
    """A square drawing of `size` points holding a QR code of exactly `value`."""
    # Text beyond ASCII is said to be UTF-8 (ECI 26): without it, readers guess, and a line with
    # a few accents comes out in Chinese characters on some phones.
    data = value if value.isascii() else [qrencoder.QRECI(UTF8_ECI), qrencoder.QR8bitByte(value)]
    # Sized through barWidth/barHeight (getBounds() would encode the whole code a second time).
    widget = QrCodeWidget(
        data,  # type: ignore[arg-type]  # stubs: text only; segments work too
        barLevel="M",
        qrVersion=_version(data),
        barBorder=2,
        barWidth=size,
        barHeight=size,
    )
    drawing = Drawing(size, size)
    # Else the renderer names Helvetica in the PDF (no text drawn).
    drawing.initialFontName = REGULAR  # type: ignore[attr-defined]  # not in reportlab's stubs
    drawing.add(widget)
    return drawing


def _version(data: str | list[qrencoder.QR]) -> int:
    """The smallest QR version that holds `data`. reportlab counts no bits for the ECI's number
    (8 bits) when it picks one itself: a line just under a version's capacity then stopped the
    whole sheet with "code length overflow"."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    for segment in [data] if isinstance(data, str) else data:
        code.addData(segment)
    version: int = code.calculate_version()
    while version < 40:
        try:
            qrencoder.QRCode.createData(version, qrencoder.QRErrorCorrectLevel.M, code.dataList)
            break
        except Exception:  # reportlab says "code length overflow" with a bare Exception
            version += 1
    return version


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy wrapping at ordinary spaces only: reportlab's simpleSplit also breaks at no-break
    spaces (Python's str.split), which would put the "m" of "5 × 10 m" alone on a line."""
    lines: list[str] = []
    for word in text.split(" "):
        if not word:
            continue
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _fit(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Wrapped into at most `max_lines` lines; the last one ends with "…" when text was cut."""
    lines = _wrap(canvas_text(text), font, size, width) or [""]
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and stringWidth(last + "…", font, size) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + "…"
    return kept


def _draw_label(canvas: Canvas, label: Label, x: float, y: float, outline: bool) -> None:
    """One label whose bottom-left corner is (x, y)."""
    if outline:
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.4)
        canvas.rect(x, y, LABEL_W, LABEL_H)
    renderPDF.draw(qr_drawing(qr_text(label), QR_SIZE), canvas, x + PAD, y + PAD)
    top = y + LABEL_H - PAD - 1.5 * mm
    canvas.setFillColor(INK)
    name_lines = _fit(label.name, BOLD, 9, TEXT_W, 3)
    canvas.setFont(BOLD, 9)
    for line in name_lines:
        top -= 9
        canvas.drawString(x + TEXT_X, top, line)
        top -= 1.6
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 7.5)
    if label.category:
        top -= 3 + 7.5
        canvas.drawString(x + TEXT_X, top, _fit(label.category, REGULAR, 7.5, TEXT_W, 1)[0])
    # The owner sits at the bottom, above the short reference people can read out on the phone.
    bottom = y + PAD
    canvas.setFont(REGULAR, 6)
    canvas.drawString(x + TEXT_X, bottom, f"n° {short_reference(label.equipment_id)}")
    owner_lines = _fit(label.owner_name, REGULAR, 7.5, TEXT_W, 2)
    canvas.setFont(REGULAR, 7.5)
    canvas.setFillColor(INK)
    for index, line in enumerate(reversed(owner_lines)):
        canvas.drawString(x + TEXT_X, bottom + 8.5 + index * 9, line)


def render_labels(labels: list[Label], outline: bool = False) -> bytes:
    """The PDF: as many A4 sheets as needed, filled row by row from the top left."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=A4,
        pageCompression=1,
        initialFontName=REGULAR,  # type: ignore[arg-type]  # stubs: a number; it is a font name
    )
    canvas.setTitle("Étiquettes du matériel")
    canvas.setCreator("Entraide")
    for start in range(0, max(len(labels), 1), PER_PAGE):
        for index, label in enumerate(labels[start : start + PER_PAGE]):
            row, column = divmod(index, COLUMNS)
            _draw_label(canvas, label, LEFT + column * LABEL_W, TOP - (row + 1) * LABEL_H, outline)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_labels(session: Session, target: Path, everything: bool = False, outline: bool = False) -> int:
    """Write the labels' PDF; returns how many labels (0: nothing written)."""
    labels = label_items(session, everything)
    if labels:
        save_pdf(target, render_labels(labels, outline))
    return len(labels)
