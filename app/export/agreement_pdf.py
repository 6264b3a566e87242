"""The partnership agreement (or amendment) as an A4 PDF, for the parties to sign on paper.

`agreement_sheet()` (app/export/agreement_sheet.py) gathers the values; the blocks are in
agreement_flow.py and agreement_articles.py; this module lays out the pages: the footer with
"page X / Y" (two passes: the canvas holds the pages back until it knows their count) and,
on a draft, the "PROJET" watermark.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from app.export.agreement_articles import agreement_articles, amendment_articles, annex, preamble, shows_annex
from app.export.agreement_flow import (
    BLANK,
    FRAME_PADDING,
    GREY,
    LINE,
    MARGIN,
    WIDTH,
    Styles,
    heading,
    para,
    styles,
)
from app.export.agreement_parties import listed, parties, representative, signer_heading
from app.export.agreement_sheet import AgreementSheet, agreement_sheet
from app.export.pdf_base import BOLD, REGULAR, TableCommand, canvas_text, french_date, printable, save_pdf
from app.services.agreements.content import Party

WATERMARK = "PROJET"
FOOTER_Y = 11 * mm


def _footer_text(sheet: AgreementSheet) -> str:
    kind = f"Avenant n° {sheet.amendment_number or 1}" if sheet.is_amendment else "Convention de partenariat"
    title = sheet.content.title
    if len(title) > 60:  # the footer holds one line, whatever the title
        title = title[:58].rstrip() + "…"
    return canvas_text(f"{sheet.reference} · {kind}" + (f" « {title} »" if title else ""))


def _canvas_class(sheet: AgreementSheet) -> type[Canvas]:
    """A canvas that keeps each page until the end, then stamps "page X / Y", the reference and,
    on a draft, the watermark (drawn last, translucent: the text stays readable under it)."""
    footer = _footer_text(sheet)
    draft = sheet.draft

    class AgreementCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's page reset, private: not in its stubs

        def save(self) -> None:
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._stamp(count)
                super().showPage()
            super().save()

        def _stamp(self, count: int) -> None:
            self.saveState()
            left, right = MARGIN + FRAME_PADDING, A4[0] - MARGIN - FRAME_PADDING
            self.setStrokeColor(LINE)
            self.setLineWidth(0.5)
            self.line(left, FOOTER_Y + 9, right, FOOTER_Y + 9)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(GREY)
            self.drawString(left, FOOTER_Y, footer)
            self.drawRightString(right, FOOTER_Y, f"page {self.getPageNumber()} / {count}")
            if draft:
                self.translate(A4[0] / 2, A4[1] / 2)
                self.rotate(45)
                self.setFillColor(colors.Color(0.55, 0.58, 0.62, alpha=0.16))
                self.setFont(BOLD, 110)
                self.drawCentredString(0, -38, WATERMARK)
            self.restoreState()

    return AgreementCanvas


def _signature_cell(s: Styles, party: Party) -> list[Flowable]:
    return [
        Paragraph(signer_heading(party), s["sign"]),
        Paragraph(para(representative(party)), s["hint"]),
        Spacer(1, 5),
        Paragraph(para("« Lu et approuvé », date et signature"), s["hint"]),
        Spacer(1, 24 * mm),
    ]


def signatures(s: Styles, sheet: AgreementSheet) -> list[Flowable]:
    """ "Fait à …" and the parties' blocks, two to a row."""
    content = sheet.content
    place = content.signature_place or BLANK
    day = french_date(content.signature_date) or BLANK
    count = content.originals_count
    copies = f"{count} exemplaires originaux" if count > 1 else "un exemplaire original"
    done = Paragraph(para(f"Fait à {place}, le {day}, en {copies}."), s["body"])
    everyone = listed(content)
    gap = 8 * mm
    half = (WIDTH - gap) / 2
    rows: list[Flowable] = []
    for start in range(0, len(everyone), 2):
        pair = everyone[start : start + 2]
        cells: list[Any] = [_signature_cell(s, pair[0]), ""]
        cells.append(_signature_cell(s, pair[1]) if len(pair) > 1 else "")
        table = Table([cells], colWidths=[half, gap, half])
        style: list[TableCommand] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("BOX", (0, 0), (0, 0), 0.6, LINE),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        if len(pair) > 1:
            style.append(("BOX", (2, 0), (2, 0), 0.6, LINE))
        table.setStyle(TableStyle(style))
        rows += [Spacer(1, 4 * mm), table]
    return [Spacer(1, 4), done, *rows]


def story_of(sheet: AgreementSheet) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        *heading(s, sheet),
        *parties(s, sheet.content),
        *preamble(s, sheet),
        Paragraph(para("Il a été convenu ce qui suit\u00a0:"), s["lead"]),
    ]
    articles = amendment_articles(s, sheet) if sheet.is_amendment else agreement_articles(s, sheet)
    # The last article, "Fait à" and the signatures share a page: a signature page never stands
    # alone, cut off from the text it approves (more than a page of signatures flows on).
    last = max(
        i
        for i, flowable in enumerate(articles)
        if isinstance(flowable, Paragraph) and flowable.style.name == "article"
    )
    story += [*articles[:last], KeepTogether([*articles[last:], *signatures(s, sheet)])]
    if shows_annex(sheet):
        story += [PageBreak(), *annex(s, sheet)]
    return story


def render_agreement(sheet: AgreementSheet) -> bytes:
    """The PDF of the sheet; needs no database."""
    buffer = io.BytesIO()
    kind = "Avenant" if sheet.is_amendment else "Convention de partenariat"
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=22 * mm,
        title=printable(f"{kind} {sheet.reference} – {sheet.content.title}"),
        author=printable(", ".join(p.name for p in sheet.content.parties if p.name)),
        subject=kind,
        creator="Entraide",
        initialFontName=REGULAR,
    )
    document.build(story_of(sheet), canvasmaker=_canvas_class(sheet))
    return buffer.getvalue()


def agreement_pdf(session: Session, agreement_id: str) -> bytes:
    """The PDF of one agreement or amendment. NotFound for an unknown or deleted one."""
    return render_agreement(agreement_sheet(session, agreement_id))


def save_agreement_pdf(session: Session, agreement_id: str, path: Path) -> None:
    """Draw and write the PDF (atomically: a failed write leaves no half file). Raises OSError."""
    save_pdf(Path(path), agreement_pdf(session, agreement_id))


def sample_agreement_pdf() -> bytes:
    """A built-in sample agreement, drawn without a database (`entraide --self-test`)."""
    from app.export.agreement_sample import sample_sheet

    return render_agreement(sample_sheet())
