"""The one-page "how to join the network" sheet printed for a volunteer: the association, the
hub's address, the code in large print with its expiry, the steps in the desktop application,
and a QR code carrying the address and the code (a phone shows them, ready to copy)."""

from __future__ import annotations

from datetime import datetime

import segno

from hub.console.i18n import Translator
from hub.console.pdf import BLACK, RGB, Page, wrap

INK, MUTED, ACCENT = (30, 30, 30), (90, 90, 90), (22, 92, 125)
MARGIN = 56.0  # points (2 cm)
QR_SIZE = 136.0
BOLD = "Helvetica-Bold"


def qr_payload(hub_url: str, code: str) -> str:
    """The address and the code, one per line: what a phone shows after scanning."""
    return f"{hub_url}\n{code}"


def _qr(page: Page, payload: str, x: float, y: float, size: float) -> None:
    """The QR code as vector squares, one run of dark modules at a time: sharp at any size."""
    rows = [list(row) for row in segno.make(payload, error="m").matrix_iter(scale=1, border=4)]
    module = size / len(rows)
    for r, row in enumerate(rows):
        c = 0
        while c < len(row):
            start = c
            while c < len(row) and row[c]:
                c += 1
            if c > start:
                page.rect(x + start * module, y + r * module, (c - start) * module, module, fill=INK)
            c += 1


def _paragraph(
    page: Page,
    x: float,
    y: float,
    text: str,
    size: float,
    limit: float,
    *,
    font: str = "Helvetica",
    color: RGB = BLACK,
) -> float:
    """Wrapped lines from baseline `y`; returns the baseline after the last line."""
    for line in wrap(text, size, limit, font):
        page.text(x, y, line, size, font, color)
        y += size * 1.4
    return y


def _code_frame(page: Page, t: Translator, top: float, code: str, expires_at: datetime) -> float:
    _ = t.gettext
    page.rect(MARGIN, top, page.width - 2 * MARGIN, 112, stroke=ACCENT, line=1.7)
    page.centred(top + 26, _("Votre code d'enrôlement"), 11, color=MUTED)
    page.centred(top + 68, code, 34, BOLD, INK)
    validity = _(
        "Valable une seule fois, pour un seul ordinateur, jusqu'au {date}.", date=t.datetime(expires_at)
    )
    page.centred(top + 94, validity, 10.5, color=MUTED)
    return top + 112


def enrolment_sheet(
    t: Translator, *, association: str, hub_url: str, code: str, expires_at: datetime, contact: str
) -> bytes:
    _ = t.gettext
    page = Page()
    width = page.width - 2 * MARGIN
    y = _paragraph(page, MARGIN, 84, _("Comment rejoindre le réseau"), 22, width, font=BOLD, color=ACCENT)
    y = _paragraph(
        page, MARGIN, y + 2, _("Pour l'association : {name}", name=association), 13, width, color=INK
    )
    y = _code_frame(page, t, y + 6, code, expires_at) + 36
    page.text(MARGIN, y, _("Les étapes"), 14, BOLD, ACCENT)
    steps = [
        _("Installez Entraide sur l'ordinateur à relier (la coordination du réseau vous dit où le trouver)."),
        _("Ouvrez Entraide, puis le menu Synchronisation ▸ « Relier cet ordinateur au hub… »."),
        _("Adresse du hub : {url}", url=hub_url),
        _("Code d'enrôlement : {code}", code=code),
        _("Nom de cet ordinateur : un nom qui le distingue, par exemple « Portable du bureau »."),
        _("Cliquez sur OK : l'ordinateur rejoint le réseau et sa première synchronisation commence."),
    ]
    qr_top, column = y + 14, width - QR_SIZE - 40
    y += 26
    for number, step in enumerate(steps, start=1):
        page.text(MARGIN, y, f"{number}.", 11.5, BOLD, INK)
        y = _paragraph(page, MARGIN + 20, y, step, 11.5, column, color=INK) + 5
    _qr(page, qr_payload(hub_url, code), MARGIN + width - QR_SIZE, qr_top, QR_SIZE)
    caption = _("Avec un téléphone : l'adresse et le code, prêts à copier.")
    caption_end = _paragraph(
        page, MARGIN + width - QR_SIZE, qr_top + QR_SIZE + 12, caption, 8, QR_SIZE, color=MUTED
    )
    y = max(y, caption_end) + 22
    page.text(MARGIN, y, _("Bon à savoir"), 14, BOLD, ACCENT)
    y += 22
    for note in (
        _("Pour un autre ordinateur, demandez un autre code : chacun a le sien."),
        _("Ce code ouvre le réseau : gardez cette fiche pour vous, et jetez-la après."),
        _("Si le code a expiré ou si l'ordinateur est perdu, prévenez la coordination du réseau."),
    ):
        page.text(MARGIN, y, "•", 11, color=INK)
        y = _paragraph(page, MARGIN + 14, y, note, 11, width - 14, color=INK) + 3
    footer = _("Une question ? La coordination du réseau : {contact}", contact=contact)
    page.text(MARGIN, page.height - MARGIN, footer, 10, color=MUTED)
    return page.pdf(_("Comment rejoindre le réseau"), t.language)
