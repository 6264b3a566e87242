"""Money as people type it and as the documents print it. Amounts are integer cents: no
rounding surprises in deposits, payments and statements."""

from __future__ import annotations

import re

from app.i18n import QT_TRANSLATE_NOOP
from app.services import validation as v

_MONEY = re.compile(r"^\d{1,9}([.,]\d{1,2})?$")


def parse_money(text: str) -> tuple[int | None, str | None]:
    """ "1 250,50 €" -> 125050 cents."""
    cleaned = v.clean(text).replace("€", "").replace("\u202f", "").replace(" ", "")
    if not cleaned:
        return None, None
    if not _MONEY.match(cleaned):
        return None, QT_TRANSLATE_NOOP("entraide", "Montant en euros attendu, par exemple 120 ou 45,50.")
    euros, _, cents = cleaned.replace(",", ".").partition(".")
    return int(euros) * 100 + int((cents + "00")[:2]), None


def format_money(cents: int | None) -> str:
    """125050 -> "1 250,50 €" (French grouping with a narrow no-break space)."""
    if cents is None:
        return ""
    euros, rest = divmod(cents, 100)
    grouped = f"{euros:,}".replace(",", "\u202f")
    return f"{grouped},{rest:02d} €"


def plain_money(cents: int | None) -> str:
    return (
        ""
        if cents is None
        else (f"{cents // 100}" if cents % 100 == 0 else f"{cents // 100},{cents % 100:02d}")
    )
