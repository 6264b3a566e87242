"""A thin table model over the needs and offers (app/services/needs/listing.NeedRow)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.services.needs.listing import NeedRow
from app.ui.needs.common import STATUS_COLOURS, direction_text, kind_text, status_text, when_text
from app.ui.shared.locale_format import show_count

Index = QModelIndex | QPersistentModelIndex
THEIRS_COLOUR = "#555555"
OFFER_COLOUR = "#6a3d9a"


class NeedsModel(QAbstractTableModel):
    DIRECTION, TITLE, KIND, PLACE, WHEN, WHO, RESPONSES, STATUS = range(8)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[NeedRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Type"),
                self.tr("Titre"),
                self.tr("Catégorie"),
                self.tr("Lieu"),
                self.tr("Quand"),
                self.tr("Association"),
                self.tr("Réponses"),
                self.tr("Statut"),
            )[section]
        return None

    def _text(self, row: NeedRow, column: int) -> str:
        if column == self.DIRECTION:
            return direction_text(row.direction)
        if column == self.TITLE:
            return f"● {row.title}" if row.new_matches else row.title
        if column == self.KIND:
            return kind_text(row.kind)
        if column == self.PLACE:
            if row.remote:
                return self.tr("À distance")
            if row.distance_km is not None:
                return self.tr("{0} · {1} km").format(row.place, show_count(round(row.distance_km)))
            return row.place
        if column == self.WHEN:
            return when_text(row.timing, row.start_date, row.end_date, row.recurrence)
        if column == self.WHO:
            return self.tr("Nous") if row.ours else row.owner_name
        if column == self.RESPONSES:
            return show_count(row.responses) if row.responses else ""
        return status_text(row.status)

    def _with_new(self, row: NeedRow) -> str:
        if row.new_matches == 1:
            return self.tr("{0} : une nouvelle piste depuis la dernière synchronisation").format(row.title)
        return self.tr("{0} : {1} nouvelles pistes depuis la dernière synchronisation").format(
            row.title, show_count(row.new_matches)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return self._with_new(row) if row.new_matches else row.title
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STATUS:
                return QColor(STATUS_COLOURS.get(row.status, "#333333"))
            if column == self.DIRECTION and row.direction == "offer":
                return QColor(OFFER_COLOUR)
            return QColor(THEIRS_COLOUR) if not row.ours else None
        if role == Qt.ItemDataRole.FontRole and (
            (row.new_matches and column == self.TITLE) or column == self.DIRECTION
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.RESPONSES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.IdRole:
            return row.id
        return None

    def set_rows(self, rows: list[NeedRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> NeedRow:
        return self._rows[row]

    def row_of(self, need_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == need_id), -1)
