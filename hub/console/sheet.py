"""The one-page "how to join the network" sheet printed for a volunteer: the association, the
hub's address, the code in large print with its expiry, the steps in the desktop application,
and a QR code carrying the address and the code (a phone shows them, ready to copy)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import segno
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from hub.console.i18n import Translator

FONT = Path(__file__).resolve().parent / "fonts" / "DejaVuSans.ttf"  # accents, « », œ, €
INK, MUTED, ACCENT = (30, 30, 30), (90, 90, 90), (22, 92, 125)
MARGIN = 20.0


def qr_payload(hub_url: str, code: str) -> str:
    """The address and the code, one per line: what a phone shows after scanning."""
    return f"{hub_url}\n{code}"


def _qr(pdf: FPDF, payload: str, x: float, y: float, size: float) -> None:
    """The QR code drawn as vector squares (sharp at any print size, no image library)."""
    rows = [list(row) for row in segno.make(payload, error="m").matrix_iter(scale=1, border=4)]
    module = size / len(rows)
    pdf.set_fill_color(*INK)
    for r, row in enumerate(rows):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                pdf.rect(x + start * module, y + r * module, (c - start) * module, module, style="F")
            else:
                c += 1


def enrolment_sheet(
    t: Translator, *, association: str, hub_url: str, code: str, expires_at: datetime, contact: str
) -> bytes:
    _ = t.gettext
    pdf = FPDF(format="A4")
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_title(_("Comment rejoindre le réseau"))
    pdf.set_creator("Entraide")
    pdf.set_lang(t.language)
    pdf.add_page()
    width = pdf.w - 2 * MARGIN

    def text(size: float, value: str, color=INK, height: float | None = None, align: str = "L") -> None:
        # Left-aligned: justified lines of a narrow column stretch their spaces.
        pdf.set_font("DejaVu", size=size)
        pdf.set_text_color(*color)
        pdf.multi_cell(width, height or size * 0.5, value, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    text(22, _("Comment rejoindre le réseau"), ACCENT, 11)
    pdf.ln(2)
    text(13, _("Pour l'association : {name}", name=association), INK, 7)
    pdf.ln(6)
    # The code, large, in a frame: what the volunteer types.
    top = pdf.get_y()
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(0.6)
    pdf.rect(MARGIN, top, width, 40)
    pdf.set_xy(MARGIN, top + 5)
    text(11, _("Votre code d'enrôlement"), MUTED, 6, "C")
    pdf.set_x(MARGIN)
    text(30, code, INK, 16, "C")
    pdf.set_x(MARGIN)
    text(
        10.5,
        _("Valable une seule fois, pour un seul ordinateur, jusqu'au {date}.", date=t.datetime(expires_at)),
        MUTED,
        6,
        "C",
    )
    pdf.set_y(top + 48)
    steps = [
        _("Installez Entraide sur l'ordinateur de l'association, si ce n'est pas déjà fait."),
        _("Ouvrez Entraide, puis le menu Synchronisation ▸ « Relier cet ordinateur au hub… »."),
        _("Adresse du hub : {url}", url=hub_url),
        _("Code d'enrôlement : {code}", code=code),
        _("Nom de cet ordinateur : un nom qui le distingue, par exemple « Portable du bureau »."),
        _("Validez : l'ordinateur rejoint le réseau et sa première synchronisation commence."),
    ]
    text(14, _("Les étapes"), ACCENT, 8)
    pdf.ln(1)
    qr_size = 48.0
    qr_top = pdf.get_y()
    for number, step in enumerate(steps, start=1):
        pdf.set_font("DejaVu", size=11.5)
        pdf.set_text_color(*INK)
        pdf.cell(8, 6.5, f"{number}.")
        pdf.multi_cell(width - 8 - qr_size - 6, 6.5, step, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    steps_end = pdf.get_y()
    _qr(pdf, qr_payload(hub_url, code), MARGIN + width - qr_size, qr_top, qr_size)
    pdf.set_xy(MARGIN + width - qr_size, qr_top + qr_size + 1)
    pdf.set_font("DejaVu", size=8)
    pdf.set_text_color(*MUTED)
    pdf.multi_cell(qr_size, 4, _("Avec un téléphone : l'adresse et le code, prêts à copier."), align="C")
    pdf.set_y(max(steps_end, pdf.get_y()) + 8)
    text(14, _("Bon à savoir"), ACCENT, 8)
    pdf.ln(1)
    notes = [
        _("Pour un autre ordinateur, demandez un autre code : chacun a le sien."),
        _("Ce code ouvre le réseau : gardez cette fiche pour vous, et jetez-la après."),
        _("Si le code a expiré ou si l'ordinateur est perdu, prévenez la coordination du réseau."),
    ]
    for note in notes:
        pdf.set_font("DejaVu", size=11)
        pdf.set_text_color(*INK)
        pdf.cell(6, 6, "•")
        pdf.multi_cell(width - 6, 6, note, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
    pdf.set_y(pdf.h - MARGIN - 10)
    text(10, _("Une question ? La coordination du réseau : {contact}", contact=contact), MUTED, 5)
    return bytes(pdf.output())
