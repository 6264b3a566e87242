"""A thin table model over the agreement rows (app/services/agreements.AgreementRow), each
agreement followed by its amendments (app/ui/agreements/queries.in_tree_order)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.models import AgreementKind
from app.services.agreements.records import AgreementRow
from app.ui.agreements.common import STATUS_COLOURS, status_text
from app.ui.shared.locale_format import show_date, show_money

Index = QModelIndex | QPersistentModelIndex
THEIRS_COLOUR = "#555555"


class AgreementsModel(QAbstractTableModel):
    REFERENCE, TITLE, PARTIES, START, END, AMOUNT, STATUS = range(7)
    RowRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgreementRow] = []
        self._parent_refs: dict[str, str] = {}
        self._shown: set[str] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Référence"),
                self.tr("Titre"),
                self.tr("Parties"),
                self.tr("Début"),
                self.tr("Fin"),
                self.tr("Montant"),
                self.tr("Statut"),
            )[section]
        return None

    def _is_amendment(self, row: AgreementRow) -> bool:
        return row.kind == AgreementKind.AMENDMENT.value

    def _title(self, row: AgreementRow) -> str:
        title = row.title or self.tr("(Sans titre)")
        if self._is_amendment(row) and row.parent_id not in self._shown:
            parent_ref = self._parent_refs.get(row.parent_id or "", "?")
            title = self.tr("{0} (avenant à {1})").format(title, parent_ref)
        return title

    def _text(self, row: AgreementRow, column: int) -> str:
        if column == self.REFERENCE:
            # An amendment right under its agreement is indented, like a branch of it.
            return (
                f"    ↳ {row.reference}"
                if self._is_amendment(row) and row.parent_id in self._shown
                else row.reference
            )
        if column == self.TITLE:
            return self._title(row)
        if column == self.PARTIES:
            return row.parties
        if column == self.START:
            return show_date(row.start_date)
        if column == self.END:
            return show_date(row.end_date)
        if column == self.AMOUNT:
            return show_money(row.amount_cents) if row.amount_cents else ""
        return status_text(row.status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not row.ours:
                return self.tr("Rédigée par une autre association : vous la lisez, seule elle la modifie.")
            return self._text(row, column) if column in (self.TITLE, self.PARTIES) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STATUS and row.status in STATUS_COLOURS:
                return QColor(STATUS_COLOURS[row.status])
            return QColor(THEIRS_COLOUR) if not row.ours else None
        if role == Qt.ItemDataRole.FontRole and not row.ours:  # the list's legend says what italics mean
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.RowRole:
            return row
        if role == self.IdRole:
            return row.id
        return None

    def set_rows(self, rows: list[AgreementRow], parent_refs: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows, self._parent_refs = list(rows), dict(parent_refs)
        self._shown = {row.id for row in rows}
        self.endResetModel()

    def row_at(self, row: int) -> AgreementRow:
        return self._rows[row]

    def has_theirs(self) -> bool:
        return any(not row.ours for row in self._rows)

    def row_of(self, agreement_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == agreement_id), -1)
