"""The blocks of a partnership agreement, as platypus flowables: the styles, the title, the
tables and the articles' numbering (the parties: agreement_parties.py; payments:
agreement_payments.py). app/export/agreement_pdf.py lays them out.

Every piece of text goes through pdf_base.para (escaped, French no-break spaces, only glyphs the
embedded font has), so what the parties typed prints as typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Table, TableStyle

from app.export import pdf_base
from app.export.agreement_sheet import AgreementSheet
from app.export.pdf_base import BOLD, REGULAR, TableCommand, register_italics
from app.services.agreements.content import AgreementContent, LentItem
from app.services.money import format_money

MARGIN = 20 * mm
FRAME_PADDING = 6  # points: platypus frames keep this much inside the margins
WIDTH = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING
INK, GREY, LINE, SHADE, ACCENT = (
    colors.HexColor("#1d2733"),
    colors.HexColor("#5b6673"),
    colors.HexColor("#b9c2cc"),
    colors.HexColor("#eef2f6"),
    colors.HexColor("#27435f"),
)
BLANK = "…" * 12  # a place to write by hand
NO_PAYMENT = "La présente convention ne prévoit aucun flux financier entre les parties."
Styles = dict[str, ParagraphStyle]


def styles() -> Styles:
    register_italics()
    # allowWidows/Orphans=0: a paragraph never leaves a lone line at a page's foot or head.
    base = ParagraphStyle(
        "base",
        fontName=REGULAR,
        fontSize=9.8,
        leading=14,
        textColor=INK,
        alignment=TA_JUSTIFY,
        spaceAfter=5,
        allowWidows=0,
        allowOrphans=0,
    )
    centred = ParagraphStyle("centred", base, alignment=TA_CENTER)
    return {
        "body": base,
        "kicker": ParagraphStyle(
            "kicker", centred, fontName=BOLD, fontSize=15, leading=19, textColor=ACCENT, spaceAfter=4
        ),
        "title": ParagraphStyle("title", centred, fontName=BOLD, fontSize=12.5, leading=16, spaceAfter=3),
        "reference": ParagraphStyle("reference", centred, fontSize=8.5, leading=11, textColor=GREY),
        "lead": ParagraphStyle("lead", base, fontName=BOLD, spaceBefore=4, spaceAfter=6),
        "part": ParagraphStyle("part", base, alignment=TA_RIGHT, textColor=GREY, spaceAfter=3),
        "and": ParagraphStyle("and", base, fontName=BOLD, spaceBefore=4, spaceAfter=3),
        "article": ParagraphStyle(
            "article",
            base,
            fontName=BOLD,
            fontSize=10.8,
            leading=14,
            textColor=ACCENT,
            alignment=0,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "identity": ParagraphStyle("identity", base, alignment=0, leftIndent=6 * mm, spaceAfter=2),
        "intro": ParagraphStyle("intro", base, keepWithNext=1),  # announces a table or a list
        "party": ParagraphStyle("party", base, fontName=BOLD, spaceBefore=2, spaceAfter=2, keepWithNext=1),
        "item": ParagraphStyle(
            "item", base, leftIndent=14, bulletIndent=4, spaceAfter=2.5, bulletFontName=REGULAR
        ),
        "head": ParagraphStyle(
            "head", base, fontName=BOLD, fontSize=8.3, leading=10.5, textColor=GREY, alignment=0, spaceAfter=0
        ),
        "head_right": ParagraphStyle(
            "head_right",
            base,
            fontName=BOLD,
            fontSize=8.3,
            leading=10.5,
            textColor=GREY,
            alignment=TA_RIGHT,
            spaceAfter=0,
        ),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=11.5, alignment=0, spaceAfter=0),
        "note": ParagraphStyle(
            "note", base, fontSize=8, leading=10, textColor=GREY, alignment=0, spaceAfter=0
        ),
        "number": ParagraphStyle("number", base, fontSize=9, leading=11.5, alignment=TA_RIGHT, spaceAfter=0),
        "total": ParagraphStyle(
            "total", base, fontName=BOLD, fontSize=9, leading=11.5, alignment=TA_RIGHT, spaceAfter=0
        ),
        "sign": ParagraphStyle("sign", base, fontSize=9, leading=12, alignment=0, spaceAfter=1),
        "hint": ParagraphStyle(
            "hint", base, fontSize=8, leading=10, textColor=GREY, alignment=0, spaceAfter=0
        ),
    }


def para(text: str | None) -> str:
    """pdf_base.para: escaped, French no-break spaces (app/export/typography.py)."""
    return pdf_base.para(text)


def money(cents: int | None) -> str:
    """ "1 250,50 €", never broken (not even before the euro sign)."""
    if cents is None:
        return "—"
    return format_money(cents).replace("\u202f", "\u00a0").replace(" €", "\u00a0€")


def party_name(content: AgreementContent, key: str) -> str:
    found = content.party(key)
    return (found.name or BLANK) if found is not None else BLANK


# --- the title and the parties -------------------------------------------------------------


def heading(s: Styles, sheet: AgreementSheet) -> list[Flowable]:
    content = sheet.content
    if sheet.is_amendment:
        kicker = f"AVENANT N° {sheet.amendment_number or 1} À LA CONVENTION DE PARTENARIAT"
    else:
        kicker = "CONVENTION DE PARTENARIAT"
    reference = f"Référence {sheet.reference}"
    if sheet.parent is not None:
        reference += f" · modifie la convention {sheet.parent.reference}"
    if sheet.draft:
        reference += " · projet soumis aux parties"
    rule = HRFlowable(width="28%", thickness=1.2, color=ACCENT, hAlign="CENTER", spaceBefore=5, spaceAfter=10)
    return [
        Paragraph(para(kicker), s["kicker"]),
        Paragraph(para(content.title or "Sans titre"), s["title"]),
        Paragraph(para(reference), s["reference"]),
        rule,
    ]


# --- tables ------------------------------------------------------------------------------


def table(
    rows: list[list[Any]], widths: list[float], total: bool, total_rows: int = 1, label_span: int = 1
) -> Table:
    """A table with a shaded header row and, with `total`, its last `total_rows` rows shaded
    below a rule, their label spread over `label_span` columns (a long label on one line)."""
    made = Table(rows, colWidths=widths, repeatRows=1)
    first_total = -total_rows if total else len(rows)
    style: list[TableCommand] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, LINE),
        ("LINEBELOW", (0, 1), (-1, first_total - 1 if total else -1), 0.3, LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
    ]
    if total:
        style += [
            ("LINEABOVE", (0, first_total), (-1, first_total), 0.8, INK),
            ("BACKGROUND", (0, first_total), (-1, -1), SHADE),
        ]
        style += [("SPAN", (0, row), (label_span - 1, row)) for row in range(first_total, 0)]
        if total_rows > 1:  # the overall total stands apart from the years' totals
            style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    made.setStyle(TableStyle(style))
    return made


def heads(s: Styles, titles: tuple[str, ...], right: set[int]) -> list[Paragraph]:
    """A table's header row; the columns of amounts are right-aligned like their figures."""
    return [
        Paragraph(para(title), s["head_right"] if index in right else s["head"])
        for index, title in enumerate(titles)
    ]


def equipment_table(s: Styles, content: AgreementContent, items: list[LentItem]) -> Table:
    widths = [WIDTH * 0.32, WIDTH * 0.24, WIDTH * 0.08, WIDTH * 0.18, WIDTH * 0.18]
    rows: list[list[Any]] = [
        heads(
            s,
            ("Matériel", "Mis à disposition par", "Qté", "Valeur unitaire", "Valeur totale"),
            right={2, 3, 4},
        )
    ]
    total = 0
    for item in items:
        name: list[Flowable] = [Paragraph(para(item.name), s["cell"])]
        if item.notes:
            name.append(Paragraph(para(item.notes), s["note"]))
        line = item.value_cents * item.quantity if item.value_cents is not None else None
        total += line or 0
        rows.append(
            [
                name,
                Paragraph(para(party_name(content, item.owner)), s["cell"]),
                Paragraph(str(item.quantity), s["number"]),
                Paragraph(para(money(item.value_cents)), s["number"]),
                Paragraph(para(money(line)), s["number"]),
            ]
        )
    rows.append(
        [
            Paragraph(f"<b>{para('Valeur totale du matériel')}</b>", s["cell"]),
            "",
            "",
            "",
            Paragraph(para(money(total)), s["total"]),
        ]
    )
    return table(rows, widths, total=True, label_span=4)


# --- articles ------------------------------------------------------------------------------


class Articles:
    """Numbers the articles as they are written: an article left out (no equipment) leaves no gap."""

    def __init__(self, s: Styles) -> None:
        self.s, self.number = s, 0
        self.story: list[Flowable] = []

    def add(self, title: str, *blocks: Flowable) -> None:
        self.number += 1
        self.story.append(Paragraph(para(f"Article {self.number} – {title}"), self.s["article"]))
        self.story.extend(blocks)

    def text(self, text: str) -> Paragraph:
        return Paragraph(para(text), self.s["body"])

    def bullets(self, lines: list[str]) -> Iterator[Paragraph]:
        for line in lines:
            yield Paragraph(para(line), self.s["item"], bulletText="–")
