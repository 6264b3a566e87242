"""The editor's two tables: the payments (who pays whom, how much, when) and the equipment put
at disposal. Amounts are typed as text ("1 250,50") and read back with parse_money; what cannot be
read is flagged on its cell, never dropped."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import Text
from app.services.agreements.content import LentItem, Payment
from app.services.money import parse_money, plain_money
from app.ui.agreements.queries import CatalogueItem
from app.ui.shared.form_fields import ERROR_STYLE
from app.ui.shared.locale_format import service_text, show_money

INVALID_CELL = QColor("#ffe1e1")
ID_ROLE = Qt.ItemDataRole.UserRole


class PartyRowsTable(QWidget):
    """A table whose rows name parties in combo boxes that follow the parties' list."""

    changed = Signal()
    COLUMNS: tuple[str, ...] = ()
    PREFIX = ""
    PARTY_COLUMNS: tuple[int, ...] = ()

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parties: list[tuple[str, str]] = []  # (key, name)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Retirer la ligne"))
        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(self.buttons)
        self.remove_button.clicked.connect(self._remove)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def _text_item(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        self.table.setItem(row, column, item)
        return item

    def _party_combo(self, row: int, column: int, key: str) -> QComboBox:
        combo = QComboBox()
        self._fill_combo(combo, key)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, column, combo)
        return combo

    def _fill_combo(self, combo: QComboBox, key: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— choisir —"), "")
        for party_key, name in self.parties:
            combo.addItem(name or self.tr("(Partie sans nom)"), party_key)
        combo.setCurrentIndex(max(combo.findData(key), 0))
        combo.blockSignals(False)

    def set_parties(self, parties: list[tuple[str, str]]) -> None:
        """The parties changed: every combo lists them again, its choice kept (by key)."""
        self.parties = list(parties)
        for row in range(self.table.rowCount()):
            for column in self.PARTY_COLUMNS:
                combo = self.table.cellWidget(row, column)
                if isinstance(combo, QComboBox):
                    self._fill_combo(combo, combo.currentData() or "")

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _quantity(self, row: int) -> int:
        spin = self.table.cellWidget(row, 1)
        return spin.value() if isinstance(spin, QSpinBox) else 0

    def key(self, row: int, column: int) -> str:
        combo = self.table.cellWidget(row, column)
        return (combo.currentData() or "") if isinstance(combo, QComboBox) else ""

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def mark(self, errors: dict[str, Text]) -> None:
        """Colour the refused cells ("payment.2.amount"), and say why under the table."""
        self.table.blockSignals(True)
        lines = []
        for row in range(self.table.rowCount()):
            for column, name in enumerate(self.COLUMNS):
                problem = errors.get(f"{self.PREFIX}.{row}.{name}")
                item = self.table.item(row, column)
                if item is not None:
                    item.setBackground(INVALID_CELL if problem else Qt.GlobalColor.transparent)
                    item.setToolTip(service_text(problem) if problem else "")
                widget = self.table.cellWidget(row, column)
                if widget is not None:
                    widget.setStyleSheet("background: #ffe1e1;" if problem else "")
                    widget.setToolTip(service_text(problem) if problem else "")
                if problem:
                    lines.append(self.tr("Ligne {0} : {1}").format(row + 1, service_text(problem)))
        self.table.blockSignals(False)
        self.problems.setText("\n".join(dict.fromkeys(lines)))
        self.problems.setVisible(bool(lines))


class PaymentsTable(PartyRowsTable):
    COLUMNS = ("label", "payer", "payee", "amount", "due", "yearly")
    PREFIX = "payment"
    PARTY_COLUMNS = (1, 2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Libellé"),
                self.tr("Payé par"),
                self.tr("À"),
                self.tr("Montant (€)"),
                self.tr("Échéance"),
                self.tr("Chaque année"),
            ],
            parent,
        )
        for column, width in ((0, 240), (1, 170), (2, 170), (3, 110), (4, 150)):
            self.table.setColumnWidth(column, width)
        if (yearly := self.table.horizontalHeaderItem(5)) is not None:
            yearly.setToolTip(
                self.tr(
                    "Cochez un versement fait tous les ans : la convention imprime le total de chaque année."
                )
            )
        self.add_button = QPushButton(self.tr("Ajouter un versement"))
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: 600;")
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.total)
        self.add_button.clicked.connect(lambda: self.add_row(None))
        self.changed.connect(self._update_total)
        self._update_total()

    def add_row(self, payment: Payment | None) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        payment = payment or Payment()
        self._text_item(row, 0, payment.label)
        self._party_combo(row, 1, payment.payer)
        self._party_combo(row, 2, payment.payee)
        self._text_item(row, 3, plain_money(payment.amount_cents) if payment.amount_cents else "")
        self._text_item(row, 4, payment.due)
        yearly = self._text_item(row, 5, "")
        yearly.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        )
        yearly.setCheckState(Qt.CheckState.Checked if payment.yearly else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        if payment == Payment():  # a new line: type its label at once
            self.table.setCurrentCell(row, 0)
            if (first := self.table.item(row, 0)) is not None:
                self.table.editItem(first)
            self.changed.emit()

    def set_rows(self, payments: list[Payment]) -> None:
        self.table.setRowCount(0)
        for payment in payments:
            self.add_row(payment)
        self._update_total()

    def rows(self) -> tuple[list[Payment], dict[str, str]]:
        """The payments as typed, and the amounts that cannot be read (kept as typed in the cell)."""
        payments, errors = [], {}
        for row in range(self.table.rowCount()):
            cents, error = parse_money(self.text(row, 3))
            if error:
                errors[f"payment.{row}.amount"] = error
            yearly = self.table.item(row, 5)
            every_year = yearly is not None and yearly.checkState() == Qt.CheckState.Checked
            payments.append(
                Payment(
                    self.text(row, 0),
                    self.key(row, 1),
                    self.key(row, 2),
                    cents or 0,
                    self.text(row, 4),
                    every_year,
                )
            )
        return payments, errors

    def _update_total(self) -> None:
        payments, errors = self.rows()
        total = show_money(sum(p.amount_cents for p in payments))
        text = self.tr("Total : {0}").format(total)
        yearly = sum(p.amount_cents for p in payments if p.yearly)
        if yearly:
            text = self.tr("Total : {0}, dont {1} chaque année").format(total, show_money(yearly))
        self.total.setText(text + (" *" if errors else ""))
        self.total.setToolTip(self.tr("* sans les montants illisibles") if errors else "")


class EquipmentTable(PartyRowsTable):
    COLUMNS = ("name", "quantity", "value", "owner", "notes")
    PREFIX = "equipment"
    PARTY_COLUMNS = (3,)
    pick_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Matériel"),
                self.tr("Quantité"),
                self.tr("Valeur (€)"),
                self.tr("Prêté par"),
                self.tr("Remarques"),
            ],
            parent,
        )
        for column, width in ((0, 260), (1, 80), (2, 110), (3, 190)):
            self.table.setColumnWidth(column, width)
        self.pick_button = QPushButton(self.tr("Ajouter du catalogue…"))
        self.add_button = QPushButton(self.tr("Ajouter une ligne"))
        for button in (self.pick_button, self.add_button, self.remove_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.pick_button.clicked.connect(self.pick_requested)
        self.add_button.clicked.connect(lambda: self.add_row(None))

    def add_row(self, item: LentItem | None) -> None:
        row = self.table.rowCount()
        fresh = item is None
        item = item or LentItem()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self._text_item(row, 0, item.name).setData(ID_ROLE, item.equipment_id)
        quantity = QSpinBox()
        quantity.setRange(0, 9999)  # 0 allowed here so that the check can say so, text kept
        quantity.setValue(item.quantity)
        quantity.valueChanged.connect(lambda _v: self.changed.emit())
        self.table.setCellWidget(row, 1, quantity)
        self._text_item(row, 2, plain_money(item.value_cents))
        self._party_combo(row, 3, item.owner)
        self._text_item(row, 4, item.notes)
        self.table.blockSignals(False)
        if fresh:
            self.table.setCurrentCell(row, 0)
            if (first := self.table.item(row, 0)) is not None:
                self.table.editItem(first)
        self.changed.emit()

    def add_from_catalogue(self, chosen: list[CatalogueItem], owner_key_of: dict[str | None, str]) -> None:
        """Catalogue items as lines: the lending party is the one the owner association is."""
        for found in chosen:
            self.add_row(
                LentItem(found.name, owner_key_of.get(found.owner_id, ""), 1, found.value_cents, "", found.id)
            )

    def set_rows(self, items: list[LentItem]) -> None:
        self.table.setRowCount(0)
        for item in items:
            self.add_row(item)

    def rows(self) -> tuple[list[LentItem], dict[str, str]]:
        items, errors = [], {}
        for row in range(self.table.rowCount()):
            cents, error = parse_money(self.text(row, 2))
            if error:
                errors[f"equipment.{row}.value"] = error
            name_item = self.table.item(row, 0)
            items.append(
                LentItem(
                    self.text(row, 0),
                    self.key(row, 3),
                    self._quantity(row),
                    cents,
                    self.text(row, 4),
                    name_item.data(ID_ROLE) if name_item else None,
                )
            )
        return items, errors
