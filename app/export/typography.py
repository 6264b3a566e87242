"""French typography for every printed document: where a line must not break.

One function, `typeset`, used by every PDF through pdf_base.para (paragraphs) and
pdf_base.line (strings drawn on the canvas), so the agreement, the loan documents, the practice
sheet, the labels and the statement's text lines follow the same rules:

- after "n°": "n° 4956983" never splits, and "n°4956983" gets its space;
- between a number and its unit or currency: "5 × 10 m", "450 €", "30 jours", "12 %";
- inside a date: "6 décembre 2026", "1er mars";
- before « : ; ! ? » and inside « … »;
- between the groups of a number: "1 941", "12 000".

Every one of these spaces is U+00A0 (no-break space). French typography wants a narrow one
(U+202F) before ; ! ? and between thousands, but reportlab's paragraphs treat U+202F as a
place to break a line (platypus/paragraph.py lists it with the ordinary spaces), which is the
very thing to prevent; the narrow space of amounts (app.services.money) is made a U+00A0 too.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
_NARROW = "\u202f"
UNITS = (
    "m²|m2|m³|m3|km|cm|mm|m|kg|cl|ml|kW|W|€|%|h|min|"
    "jours?|semaines?|mois|ans?|années?|heures?|minutes?|places?|personnes?|bénévoles?|"
    "exemplaires?|pages?|ko|Mo|Go|°C"
)
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_SPACES = "[ \u00a0\u202f]"
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # n° 12, N° 12, n°12
    (re.compile(r"\b([nN]°)[ \u202f]?(?=\w)"), r"\1" + NBSP),
    # 1 941, 12 000 000 (groups of three digits after a number)
    (re.compile(r"(?<=\d)[ \u202f](?=\d{3}(?!\d))"), NBSP),
    # 5 × 10
    (re.compile(r"(?<=\d)[ \u202f]×[ \u202f](?=\d)"), NBSP + "×" + NBSP),
    # 10 m, 450 €, 30 jours, 12 %
    (re.compile(rf"(?<=\d)[ \u202f](?=(?:{UNITS})(?![\w²³]))"), NBSP),
    # 6 décembre 2026, 1er mars
    (re.compile(rf"\b(1er|\d{{1,2}})[ \u202f]({MONTHS})\b"), r"\1" + NBSP + r"\2"),
    (re.compile(rf"\b({MONTHS})[ \u202f](\d{{4}})\b"), r"\1" + NBSP + r"\2"),
    # « … »
    (re.compile(r"«[ \u202f]?"), "«" + NBSP),
    (re.compile(r"[ \u202f]?»"), NBSP + "»"),
    # before : ; ! ? (only where a space was typed: "https://" and "10:30" stay as they are)
    (re.compile(r"[ \u202f](?=[:;!?](?:\s|$|[»)\"'’]))"), NBSP),
)
_DOUBLE = re.compile(NBSP + "{2,}")


def typeset(text: str | None) -> str:
    """The text with a no-break space wherever French typography forbids a line break."""
    if not text:
        return ""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return _DOUBLE.sub(NBSP, text.replace(_NARROW, NBSP))


def no_break(text: str) -> str:
    """Every space of a short phrase made a no-break one ("Avenant n° 2", "5 × 10 m")."""
    return re.sub(_SPACES, NBSP, text)
