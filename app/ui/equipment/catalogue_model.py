"""A thin table model over the catalogue rows: column constants and named roles.

The catalogue of a network is a few hundred items at most, so the rows come in one answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services.equipment.records import CatalogueRow
from app.ui.equipment.common import condition_text
from app.ui.shared.locale_format import show_money

Index = QModelIndex | QPersistentModelIndex


class CatalogueModel(QAbstractTableModel):
    NAME, CATEGORY, OWNER, CONDITION, DEPOSIT, STATE = range(6)
    IdRole = Qt.ItemDataRole.UserRole + 1
    OursRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CatalogueRow] = []
        self._busy: set[str] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Matériel"),
                self.tr("Catégorie"),
                self.tr("Association"),
                self.tr("État"),
                self.tr("Caution"),
                self.tr("Disponibilité"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name
            if column == self.CATEGORY:
                return row.category or ""
            if column == self.OWNER:
                return self.tr("Notre association") if row.ours else row.owner_name
            if column == self.CONDITION:
                return condition_text(row.condition)
            if column == self.DEPOSIT:
                return show_money(row.deposit_cents) if row.deposit_cents else self.tr("aucune")
            if column == self.STATE:
                return self._state(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            if row.out_of_service:
                return QColor("#b00020")
            if row.id in self._busy:
                return QColor("#8a5300")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DEPOSIT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and row.accessories:
            return self.tr("Avec : {0}").format(", ".join(row.accessories))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATE and row.ours and not row.shared:
            return self.tr("Les autres associations du réseau ne voient pas ce matériel.")
        if role == self.IdRole:
            return row.id
        if role == self.OursRole:
            return row.ours
        return None

    def _state(self, row: CatalogueRow) -> str:
        if row.out_of_service:
            return self.tr("Hors service")
        if row.id in self._busy:
            return self.tr("Pris aujourd'hui")
        if row.ours and not row.shared:
            return self.tr("Non partagé")
        return self.tr("Disponible")

    # --- what the view asks ------------------------------------------------------------
    def set_rows(self, rows: list[CatalogueRow], busy_today: set[str]) -> None:
        self.beginResetModel()
        self._rows, self._busy = list(rows), set(busy_today)
        self.endResetModel()

    def row_at(self, row: int) -> CatalogueRow:
        return self._rows[row]

    def row_of(self, equipment_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == equipment_id), -1)
