"""The loan receipt ("bon de prêt") and, once the equipment is back, the return receipt
("bon de retour"): one A4 page each, signed on paper by both associations.

`loan_sheet()` (app/export/loan_sheet.py) gathers the values; this module only draws them.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from app.export.loan_sheet import LoanSheet, Party, loan_sheet
from app.export.pdf_base import (
    BOLD,
    REGULAR,
    canvas_text,
    format_siret,
    french_date,
    para,
    register_fonts,
    save_pdf,
)
from app.models import Condition, DepositMethod, DepositOutcome
from app.services.equipment.records import CONDITION_LABELS
from app.services.money import format_money

MARGIN = 18 * mm
FRAME_PADDING = 6  # points: platypus frames keep this much inside the margins
WIDTH = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING
BLANK = "…" * 14  # a place to write by hand when the value is not known yet
SHORT_BLANK = "…" * 8
INK, GREY, LINE, SHADE = (
    colors.HexColor("#1d2733"),
    colors.HexColor("#5b6673"),
    colors.HexColor("#b9c2cc"),
    colors.HexColor("#eef2f6"),
)
METHOD_LABELS: dict[str, str] = {
    DepositMethod.CHEQUE: "par chèque",
    DepositMethod.CASH: "en espèces",
    DepositMethod.TRANSFER: "par virement",
}
ENGAGEMENT = (
    "L'association emprunteuse s'engage à utiliser le matériel avec soin, à le rendre à la date "
    "prévue avec tous ses accessoires, et à signaler sans attendre toute panne ou tout dégât. "
    "La caution est rendue au retour ; une partie peut être retenue pour un accessoire manquant "
    "ou un dégât constaté ensemble."
)


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=19, leading=23),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9, leading=12, textColor=GREY),
        "section": ParagraphStyle(
            "section", base, fontName=BOLD, fontSize=11, leading=14, spaceBefore=9, spaceAfter=4
        ),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=8, leading=10, textColor=GREY),
        "name": ParagraphStyle("name", base, fontName=BOLD, fontSize=11, leading=14),
        "label": ParagraphStyle("label", base, textColor=GREY),
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=GREY),
        "sign": ParagraphStyle("sign", base, fontSize=8.5, leading=11, textColor=GREY, alignment=TA_CENTER),
    }


def _money(cents: int | None) -> str:
    return format_money(cents) if cents is not None else "non renseignée"


def _condition(value: str | None) -> str:
    if not value:
        return BLANK
    try:
        return CONDITION_LABELS[Condition(value)]
    except ValueError:
        return value


def _period(sheet: LoanSheet) -> str:
    days = sheet.days
    if days == 1:
        return f"le {french_date(sheet.start_date)} (1 jour)"
    return f"du {french_date(sheet.start_date)} au {french_date(sheet.end_date)} ({days} jours)"


def _deposit_received(sheet: LoanSheet) -> str:
    if sheet.out_date is None:
        return f"{SHORT_BLANK} € · chèque n° {SHORT_BLANK} · espèces · virement"
    if sheet.deposit_method in (None, DepositMethod.NONE.value) or not sheet.deposit_cents:
        return "Aucune caution versée"
    how = METHOD_LABELS.get(sheet.deposit_method, sheet.deposit_method)  # StrEnum keys match plain text
    text = f"{format_money(sheet.deposit_cents)} {how}"
    if sheet.deposit_method == DepositMethod.CHEQUE.value and sheet.cheque_number:
        text += f" n° {sheet.cheque_number}"
    return text


def _deposit_outcome(sheet: LoanSheet) -> list[tuple[str, str]]:
    deposit = sheet.deposit_cents or 0
    kept = sheet.deposit_kept_cents or 0
    if sheet.deposit_outcome == DepositOutcome.KEPT.value:
        rows = [("Caution", f"Retenue en totalité : {format_money(kept or deposit)}")]
    elif sheet.deposit_outcome == DepositOutcome.PARTLY_KEPT.value:
        rows = [
            (
                "Caution",
                f"Rendue en partie : {format_money(deposit - kept)} rendus et "
                f"{format_money(kept)} retenus, sur {format_money(deposit)} versés",
            )
        ]
    elif deposit:
        rows = [("Caution", f"Rendue en totalité : {format_money(deposit)}")]
    else:
        rows = [("Caution", "Aucune caution n'avait été versée")]
    if sheet.deposit_kept_reason and sheet.deposit_outcome != DepositOutcome.RETURNED.value:
        rows.append(("Motif de la retenue", sheet.deposit_kept_reason))
    return rows


# --- blocks ----------------------------------------------------------------------------------


def _party_cell(
    styles: dict[str, ParagraphStyle], role: str, party: Party, people: list[tuple[str, str | None]]
) -> list[Paragraph]:
    cell = [Paragraph(role.upper(), styles["head"]), Paragraph(para(party.name), styles["name"])]
    ids = []
    if party.rna:
        ids.append(f"RNA\u00a0: {party.rna}")
    if party.siret:
        ids.append(f"SIRET\u00a0: {format_siret(party.siret)}")
    if party.address:
        cell.append(Paragraph(para(party.address.replace("\n", ", ")), styles["small"]))
    if ids:
        cell.append(Paragraph(para(" · ".join(ids)), styles["small"]))
    else:  # to be written by hand: a receipt both sides sign names them both
        cell.append(Paragraph("RNA / SIRET : " + SHORT_BLANK, styles["small"]))
    if party.representative:
        cell.append(Paragraph(para(f"Représentée par {party.representative}"), styles["small"]))
    for label, value in people:
        text = para(value) or SHORT_BLANK
        cell.append(Paragraph(f'<font color="#5b6673">{para(label)}\u00a0:</font> {text}', styles["body"]))
    return cell


def _parties(styles: dict[str, ParagraphStyle], sheet: LoanSheet, back: bool) -> Table:
    contact = " · ".join(x for x in (sheet.borrower_contact, sheet.borrower_phone) if x) or None
    if back:
        lender_people = [("Reçu au retour par", sheet.received_back_by)]
        borrower_people = [("Contact", contact), ("Rendu par", sheet.returned_by)]
    else:
        lender_people = [("Remis par", sheet.handed_by)]
        borrower_people = [("Contact", contact), ("Reçu par", sheet.received_by)]
    half = (WIDTH - 6 * mm) / 2
    table = Table(
        [
            [
                _party_cell(styles, "Prêteur", sheet.lender, lender_people),
                "",
                _party_cell(styles, "Emprunteur", sheet.borrower, borrower_people),
            ]
        ],
        colWidths=[half, 6 * mm, half],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (0, 0), SHADE),
                ("BACKGROUND", (2, 0), (2, 0), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _rows(styles: dict[str, ParagraphStyle], rows: list[tuple[str, Any]]) -> Table:
    """Label / value lines; a value may be a list (shown one per line)."""
    data = []
    for label, value in rows:
        if isinstance(value, list):
            text = "<br/>".join(f"• {para(v)}" for v in value) if value else "aucun"
        else:
            text = para(value) if value else BLANK
        data.append([Paragraph(para(label), styles["label"]), Paragraph(text, styles["body"])])
    # splitInRow: a value longer than a page (long damage notes) may continue on the next one.
    table = Table(data, colWidths=[46 * mm, WIDTH - 46 * mm], splitInRow=36)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _signatures(styles: dict[str, ParagraphStyle], sheet: LoanSheet, back: bool) -> KeepTogether:
    lender_person = sheet.received_back_by if back else sheet.handed_by
    borrower_person = sheet.returned_by if back else sheet.received_by

    def box(role: str, party: Party, person: str | None) -> list[Flowable]:
        return [
            Paragraph(f"<b>{para(role)}</b>", styles["body"]),
            Paragraph(para(party.name), styles["body"]),
            Paragraph(f'<font color="#5b6673">Nom\u00a0:</font> {para(person) or BLANK}', styles["body"]),
            Spacer(1, 22 * mm),
            Paragraph("Date et signature", styles["sign"]),
        ]

    half = (WIDTH - 6 * mm) / 2
    table = Table(
        [
            [
                box("Pour le prêteur", sheet.lender, lender_person),
                "",
                box("Pour l'emprunteur", sheet.borrower, borrower_person),
            ]
        ],
        colWidths=[half, 6 * mm, half],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BOX", (0, 0), (0, 0), 0.6, LINE),
                ("BOX", (2, 0), (2, 0), 0.6, LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([Paragraph("Signatures", styles["section"]), table])


# --- the two documents -----------------------------------------------------------------------


def _loan_story(styles: dict[str, ParagraphStyle], sheet: LoanSheet) -> list[Any]:
    story: list[Any] = [
        Paragraph("Matériel", styles["section"]),
        _rows(
            styles,
            [
                ("Désignation", sheet.equipment_name + (f" ({sheet.category})" if sheet.category else "")),
                ("Valeur d'achat", _money(sheet.purchase_value_cents)),
                ("Caution demandée", _money(sheet.deposit_asked_cents)),
                ("Accessoires remis" if sheet.out_date else "Accessoires à remettre", sheet.accessories),
            ],
        ),
        Paragraph("Prêt", styles["section"]),
        _rows(
            styles,
            [
                ("Réservation", _period(sheet)),
                *([("Utilisation prévue", sheet.purpose)] if sheet.purpose else []),
                ("Date de sortie", french_date(sheet.out_date)),
                ("État à la sortie", _condition(sheet.out_condition)),
                ("Caution reçue", _deposit_received(sheet)),
            ],
        ),
        Spacer(1, 8),
        Paragraph(para(ENGAGEMENT), styles["small"]),
    ]
    return story


def _return_story(styles: dict[str, ParagraphStyle], sheet: LoanSheet) -> list[Any]:
    returned = french_date(sheet.return_date)
    if sheet.days_late:
        late = sheet.days_late
        returned += f" ({late} jour{'s' if late > 1 else ''} de retard)"
    missing = sheet.missing_accessories
    return [
        Paragraph("Matériel", styles["section"]),
        _rows(
            styles,
            [
                ("Désignation", sheet.equipment_name + (f" ({sheet.category})" if sheet.category else "")),
                ("Valeur d'achat", _money(sheet.purchase_value_cents)),
                ("Accessoires remis", sheet.accessories),
            ],
        ),
        Paragraph("Rappel de la sortie", styles["section"]),
        _rows(
            styles,
            [
                ("Réservation", _period(sheet)),
                ("Date de sortie", french_date(sheet.out_date)),
                ("État à la sortie", _condition(sheet.out_condition)),
                ("Caution reçue", _deposit_received(sheet)),
            ],
        ),
        Paragraph("Retour", styles["section"]),
        _rows(
            styles,
            [
                ("Date de retour", returned),
                ("État au retour", _condition(sheet.return_condition)),
                ("Accessoires manquants", missing if missing else "aucun, tout est rendu"),
                ("Dégâts constatés", sheet.damage_notes or "aucun"),
                *_deposit_outcome(sheet),
            ],
        ),
    ]


def render_loan_receipt(sheet: LoanSheet) -> bytes:
    """The PDF of the sheet: a "bon de retour" when the loan came back, else a "bon de prêt"."""
    styles = _styles()
    back = sheet.returned
    title = "Bon de retour de matériel" if back else "Bon de prêt de matériel"
    subtitle = (
        f"Prêt de {sheet.equipment_name} entre {sheet.lender.name} et {sheet.borrower.name} · "
        f"établi le {french_date(sheet.issued_on)}"
    )
    story: list[Any] = [
        Paragraph(title, styles["title"]),
        Paragraph(para(subtitle), styles["subtitle"]),
        Spacer(1, 10),
        _parties(styles, sheet, back),
        *(_return_story(styles, sheet) if back else _loan_story(styles, sheet)),
        Spacer(1, 4),
        _signatures(styles, sheet, back),
    ]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(GREY)
        if doc.page > 1:  # a reminder of what this sheet continues
            canvas.drawString(
                MARGIN + FRAME_PADDING,
                A4[1] - 11 * mm,
                canvas_text(f"{title} (suite) · {sheet.equipment_name}"),
            )
        canvas.drawString(MARGIN + FRAME_PADDING, 10 * mm, f"Entraide · référence du prêt {sheet.loan_id}")
        canvas.drawRightString(A4[0] - MARGIN - FRAME_PADDING, 10 * mm, f"page {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=sheet.lender.name,
        subject=sheet.equipment_name,
        creator="Entraide",
        initialFontName=REGULAR,
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def write_loan_receipt(session: Session, loan_id: str, target: Path, today: date | None = None) -> LoanSheet:
    """Gather, draw and write the receipt of one loan; returns the sheet (for a summary line)."""
    sheet = loan_sheet(session, loan_id, today)
    save_pdf(target, render_loan_receipt(sheet))
    return sheet
