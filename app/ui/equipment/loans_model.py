"""A thin table model over loan lines (app/ui/equipment/queries.Line), one per list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.ui.equipment.common import status_text
from app.ui.equipment.queries import Line
from app.ui.shared.locale_format import show_date

Index = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {
    "overdue": "#b00020",
    "refused": "#b00020",
    "declined": "#8a5300",
    "provisional": "#8a5300",
    "out": "#2f6fba",
}


class LoanLinesModel(QAbstractTableModel):
    EQUIPMENT, OTHER, START, END, STATUS = range(5)
    LineRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, keep: Callable[[Line], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self._keep = keep
        self._rows: list[Line] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Matériel"),
                self.tr("Avec"),
                self.tr("Du"),
                self.tr("Au"),
                self.tr("Où en est-on"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        line, column = entry.line, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.EQUIPMENT:
                return line.equipment_name
            if column == self.OTHER:
                return line.other_name
            if column == self.START:
                return show_date(line.start_date)
            if column == self.END:
                return show_date(line.end_date)
            if column == self.STATUS:
                return status_text(line.status)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and line.status in STATUS_COLOURS:
            return QColor(STATUS_COLOURS[line.status])
        if role == self.LineRole:
            return entry
        return None

    def set_lines(self, lines: list[Line]) -> None:
        self.beginResetModel()
        self._rows = [entry for entry in lines if self._keep(entry)]
        self.endResetModel()

    def line_at(self, row: int) -> Line:
        return self._rows[row]

    def row_of(self, reservation_id: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.line.reservation_id == reservation_id), -1)
