"""The import dialog's column table: each column of the file, the field it feeds (a choice the
user can change), and a few of its values so that the choice is easy to make."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.services.contacts.transfer import FIELD_LABELS, TablePreview
from app.ui.shared.locale_format import service_text

EXAMPLES = 12  # as many as the column shows: a wider dialog shows more, the tooltip all of them


class MappingTable(QTableWidget):
    COLUMN, FIELD, EXAMPLES = range(3)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("importMapping")
        self.setHorizontalHeaderLabels(
            [self.tr("Colonne du fichier"), self.tr("Importée comme"), self.tr("Exemples")]
        )
        self.verticalHeader().hide()
        self.setWordWrap(False)  # one line of examples per column, as many as its width shows
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.combos: list[QComboBox] = []
        self._filling = False

    def show_preview(self, preview: TablePreview, mapping: dict[int, str | None]) -> None:
        self._filling = True
        self.setRowCount(len(preview.headers))
        self.combos = []
        for column, header in enumerate(preview.headers):
            self.setItem(
                column, self.COLUMN, QTableWidgetItem(header or self.tr("(colonne {0})").format(column + 1))
            )
            combo = QComboBox()
            combo.addItem(self.tr("— ne pas importer —"), None)
            for field, label in FIELD_LABELS.items():
                combo.addItem(service_text(label), field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column))))
            combo.currentIndexChanged.connect(partial(self._on_change, column))
            self.setCellWidget(column, self.FIELD, combo)
            self.combos.append(combo)
            values = [
                cells[column] for _, cells in preview.rows if column < len(cells) and cells[column].strip()
            ]
            shown = [v.replace("\n", " ")[:40] for v in values[:EXAMPLES]]
            item = QTableWidgetItem(" · ".join(shown))
            item.setToolTip("\n".join(shown))
            self.setItem(column, self.EXAMPLES, item)
        self._filling = False

    def mapping(self) -> dict[int, str | None]:
        return {column: combo.currentData() for column, combo in enumerate(self.combos)}

    def set_mapping(self, mapping: dict[int, str | None]) -> None:
        self._filling = True
        for column, combo in enumerate(self.combos):
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column))))
        self._filling = False
        self.changed.emit()

    def _on_change(self, _column: int, _index: int) -> None:
        if not self._filling:
            self.changed.emit()
