"""The practice sheet ("fiche pratique"): one practice of the library as a printable PDF, to
hand out at a meeting or send to an association that is not on the network yet.

What it prints comes from the reader's view (app/services/practices/reader.py open_practice);
the summary, context, method, results and lessons are Markdown, laid out by
app/export/markdown_flow.py from the parser the window uses too.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from app.export.markdown_flow import markdown_flowables
from app.export.pdf_base import (
    BOLD,
    REGULAR,
    canvas_text,
    french_date,
    para,
    printable,
    register_italics,
    save_pdf,
)
from app.services.practices.figures import figure
from app.services.practices.reader import PracticeView, open_practice

MARGIN = 18 * mm
FRAME_PADDING = 6  # points: platypus frames keep this much inside the margins
WIDTH = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING
INK, GREY, LINE, SHADE, ACCENT = (
    colors.HexColor("#1d2733"),
    colors.HexColor("#5b6673"),
    colors.HexColor("#b9c2cc"),
    colors.HexColor("#eef2f6"),
    colors.HexColor("#2f6f5e"),
)
DASH = "—"


def _styles() -> dict[str, ParagraphStyle]:
    register_italics()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=10, leading=13.5, textColor=INK, spaceAfter=4)
    return {
        "kicker": ParagraphStyle("kicker", base, fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=19, leading=23, spaceAfter=3),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9, leading=12, textColor=GREY),
        "lead": ParagraphStyle("lead", base, fontSize=11, leading=15),
        "section": ParagraphStyle(
            "section",
            base,
            fontName=BOLD,
            keepWithNext=1,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
        ),
        "h1": ParagraphStyle(
            "h1", base, fontName=BOLD, keepWithNext=1, fontSize=11.5, leading=15, spaceBefore=6
        ),
        "h2": ParagraphStyle(
            "h2", base, fontName=BOLD, keepWithNext=1, fontSize=10.5, leading=14, spaceBefore=5
        ),
        "h3": ParagraphStyle(
            "h3",
            base,
            fontName=BOLD,
            keepWithNext=1,
            fontSize=10,
            leading=13.5,
            spaceBefore=4,
            textColor=GREY,
        ),
        "body": base,
        "item": ParagraphStyle(
            "item", base, leftIndent=16, bulletIndent=3, spaceAfter=2.5, bulletFontName=REGULAR
        ),
        "quote": ParagraphStyle("quote", base, leftIndent=12, textColor=GREY),
        "label": ParagraphStyle("label", base, fontSize=9, leading=12, textColor=GREY, spaceAfter=0),
        "value": ParagraphStyle("value", base, fontSize=9.5, leading=12.5, spaceAfter=0),
        "head": ParagraphStyle(
            "head", base, fontName=BOLD, fontSize=8.5, leading=11, textColor=GREY, spaceAfter=0
        ),
        "cell": ParagraphStyle("cell", base, fontSize=9.5, leading=12, spaceAfter=0),
        "number": ParagraphStyle("number", base, fontSize=9.5, leading=12, spaceAfter=0, alignment=2),
    }


def _day(moment: datetime | None) -> str:
    return french_date(moment.astimezone().date()) if moment is not None else ""


def version_line(view: PracticeView) -> str:
    """ "Version 3 du 2 mars 2026", or what a draft is."""
    if not view.published:
        return f"Brouillon non publié, modifié le {_day(view.updated_at)}"
    if view.versions:
        newest = view.versions[0]
        return f"Version {newest.number} du {_day(newest.published_at)}"
    return f"Publiée le {_day(view.published_at)}"


def adoption_line(count: int) -> str:
    if count == 0:
        return "Pas encore adoptée par une autre association"
    return f"Adoptée par {count} association{'s' if count > 1 else ''} du réseau"


def _facts(styles: dict[str, ParagraphStyle], view: PracticeView) -> Table:
    contact = " · ".join(x for x in (view.contact_name, view.contact_email) if x)
    rows = [
        ("Association", view.author_name),
        ("Contact", contact or DASH),
        ("Thèmes", ", ".join(view.themes) or DASH),
        ("Mots-clés", ", ".join(view.tags) or DASH),
        ("Adoptions", adoption_line(view.adoption_count)),
        ("Version", version_line(view)),
    ]
    data = [
        [Paragraph(para(label), styles["label"]), Paragraph(para(value), styles["value"])]
        for label, value in rows
    ]
    table = Table(data, colWidths=[30 * mm, WIDTH - 30 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return table


def _indicators(styles: dict[str, ParagraphStyle], indicators: list[dict[str, Any]]) -> Table:
    """One row per indicator: its name and its figure, worded as the reader shows it
    (app/services/practices/figures.py)."""
    data: list[list[Any]] = [[Paragraph(para(h), styles["head"]) for h in ("Indicateur", "Avant → après")]]
    for item in indicators:
        data.append(
            [
                Paragraph(para(item.get("label") or "") or DASH, styles["cell"]),
                Paragraph(para(figure(item)) or DASH, styles["cell"]),
            ]
        )
    widths = [WIDTH * 0.52, WIDTH * 0.48]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -2), 0.4, LINE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _section(styles: dict[str, ParagraphStyle], title: str, text: str) -> list[Any]:
    if not text.strip():
        return []
    # A heading is never left alone at the foot of a page.
    return [
        CondPageBreak(30 * mm),
        Paragraph(para(title), styles["section"]),
        *markdown_flowables(text, styles, WIDTH),
    ]


def _story(view: PracticeView) -> list[Any]:
    styles = _styles()
    story: list[Any] = [
        Paragraph("FICHE PRATIQUE", styles["kicker"]),
        Paragraph(para(view.title or "Pratique sans titre"), styles["title"]),
        Paragraph(para(f"Partagée par {view.author_name} · {version_line(view)}"), styles["subtitle"]),
        Spacer(1, 8),
        _facts(styles, view),
        Spacer(1, 6),
    ]
    if view.summary.strip():
        story += [
            CondPageBreak(30 * mm),
            Paragraph("Résumé", styles["section"]),
            *markdown_flowables(view.summary, {**styles, "body": styles["lead"]}, WIDTH),
        ]
    story += _section(styles, "Contexte", view.context)
    story += _section(styles, "Méthode", view.method)
    if view.results.strip() or view.indicators:
        story += [
            CondPageBreak(30 * mm),
            Paragraph("Résultats", styles["section"]),
            *markdown_flowables(view.results, styles, WIDTH),
        ]
        if view.indicators:
            story += [Spacer(1, 4), _indicators(styles, view.indicators)]
    story += _section(styles, "Enseignements", view.lessons)
    return story


def _numbered_canvas(title: str, reference: str) -> type[Canvas]:
    """A canvas that draws "page n / total" and the footer once every page is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's page reset, private: not in its stubs

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(REGULAR, 7.5)
            self.setFillColor(GREY)
            left, right = MARGIN + FRAME_PADDING, A4[0] - MARGIN - FRAME_PADDING
            if self.getPageNumber() > 1:  # a reminder of what this page continues
                self.drawString(left, A4[1] - 11 * mm, canvas_text(f"Fiche pratique (suite) · {title}")[:110])
            self.drawString(left, 10 * mm, f"Entraide · fiche pratique {reference}")
            self.drawRightString(right, 10 * mm, f"page {self.getPageNumber()} / {total}")
            self.restoreState()

    return NumberedCanvas


def render_practice_sheet(view: PracticeView) -> bytes:
    """The PDF of one practice, as the reader shows it."""
    buffer = io.BytesIO()
    title = printable(view.title or "Pratique sans titre")
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=printable(view.author_name),
        subject="Fiche pratique",
        keywords=[*view.themes, *view.tags],  # reportlab joins them with ", "
        creator="Entraide",
        initialFontName=REGULAR,
    )
    document.build(_story(view), canvasmaker=_numbered_canvas(title, view.id))
    return buffer.getvalue()


def practice_sheet_bytes(session: Session, practice_id: str) -> tuple[PracticeView, bytes]:
    """Read and draw; NotFound for an unknown or deleted practice."""
    view = open_practice(session, practice_id)
    return view, render_practice_sheet(view)


def write_practice_sheet(session: Session, practice_id: str, path: Path) -> PracticeView:
    """Write the sheet of one practice to `path` (through a temporary file: a failed write never
    leaves half a PDF); returns what was printed, for a summary line. Raises NotFound, OSError."""
    view, data = practice_sheet_bytes(session, practice_id)
    save_pdf(Path(path), data)
    return view
