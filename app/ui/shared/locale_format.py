"""Dates, numbers and money shown in the user's locale."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.errors import Message, Money, Said, Text


def show_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def show_count(value: int) -> str:
    return QLocale().toString(value)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def service_text(text: Text) -> str:
    """A service's sentence in the user's language: its template marked with
    QT_TRANSLATE_NOOP("entraide", …) translated, its values in the user's formats."""
    if isinstance(text, Message):
        return QCoreApplication.translate("entraide", text.text).format(*map(show_value, text.values))
    return QCoreApplication.translate("entraide", text)


def said(error: BaseException) -> str:
    """A failure's sentence: a service's Said in the user's language, anything else as it is."""
    return service_text(error.text) if isinstance(error, Said) else str(error)


def show_value(value: Any) -> str:
    if isinstance(value, Message):  # a value that is itself a sentence or a marked word
        return service_text(value)
    if isinstance(value, Money):
        return show_money(value.cents)
    if isinstance(value, datetime):
        shown = value.astimezone()
        return QLocale().toString(shown, QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]  # PySide6 takes a datetime; its stubs do not say so
    if isinstance(value, date):
        return show_date(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return show_count(value)
    return str(value)


def show_money(cents: int | None) -> str:
    """Cents in the user's locale: "1 250,50 €" in French, "€1,250.50" in English."""
    if cents is None:
        return ""
    return QLocale().toCurrencyString(cents / 100, "€")


def plural_text(count: int, one: str, many: str) -> str:
    """`one` or `many` (translated already, "%n" for the count) as the window's language wants:
    French takes the singular for 0 and 1, English for 1 only. For the few texts translated
    through QCoreApplication.translate, whose plural forms lupdate cannot collect from Python."""
    return (one if takes_singular(count) else many).replace("%n", show_count(count))


def takes_singular(count: int) -> bool:
    """French takes the singular for 0 and 1 ("0 ligne refusée"), English for 1 only ("0 lines")."""
    if QLocale().language() == QLocale.Language.English:
        return count == 1
    return abs(count) <= 1


def quoted(text: str) -> str:
    """A name or a message quoted as the window's language writes it: « ainsi » in French,
    “like this” in English."""
    if QLocale().language() == QLocale.Language.English:
        return f"\u201c{text}\u201d"
    return f"« {text} »"


def colon(label: str, text: str) -> str:
    """ "Label : text" in French (a space before the colon), "Label: text" in English."""
    space = "" if QLocale().language() == QLocale.Language.English else "\u00a0"
    return f"{label}{space}: {text}"
