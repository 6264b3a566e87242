"""A date field that may stay blank (a start not fixed yet, a signature written by hand)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

from app.ui.shared.locale_format import to_date

BLANK_DATE = QDate(1900, 1, 1)  # an OptionalDate at this value shows "not set"


class _BlankableDateEdit(QDateEdit):
    """While blank, the first click or arrow key starts from today, not from the year 1900."""

    def _from_today(self) -> None:
        if self.date() == BLANK_DATE:
            self.setDate(QDate.currentDate())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._from_today()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._from_today()
        super().keyPressEvent(event)


class OptionalDate(QWidget):
    """A date that may stay blank (a start not fixed yet, a signature date written by hand):
    the date field shows a word while blank, and a small button clears it."""

    changed = Signal()

    def __init__(self, blank_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _BlankableDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(BLANK_DATE)
        self.edit.setSpecialValueText(blank_text)
        self.edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.edit.setMinimumWidth(150)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Effacer la date"))
        self.clear_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.edit.dateChanged.connect(self._changed)
        self.set_value(None)

    def _changed(self, value: QDate) -> None:
        self.clear_button.setEnabled(value != BLANK_DATE)
        self.changed.emit()

    def value(self) -> date | None:
        chosen = self.edit.date()
        return None if chosen == BLANK_DATE else to_date(chosen)

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(BLANK_DATE if value is None else QDate(value.year, value.month, value.day))
        self._changed(self.edit.date())
