"""Dates, numbers and money shown in the user's locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def show_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def show_count(value: int) -> str:
    return QLocale().toString(value)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def service_text(text: str) -> str:
    """Translate a message marked with QT_TRANSLATE_NOOP("entraide", …) outside the GUI layer."""
    return QCoreApplication.translate("entraide", text)


def show_money(cents: int | None) -> str:
    """Cents in the user's locale: "1 250,50 €" in French, "€1,250.50" in English."""
    if cents is None:
        return ""
    return QLocale().toCurrencyString(cents / 100, "€")
