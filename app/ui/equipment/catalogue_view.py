"""The catalogue: the network's shared equipment and ours, filtered as you type, with the
selected item's details and calendar beside it."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.equipment.records import CatalogueFilter
from app.ui.equipment import queries
from app.ui.equipment.catalogue_model import CatalogueModel
from app.ui.equipment.item_pane import ItemPane
from app.ui.equipment.queries import CataloguePage
from app.ui.shared.form_fields import ERROR_STYLE
from app.ui.shared.list_panel import empty_label, list_panel, show_rows
from app.ui.shared.locale_format import show_date, to_date
from app.ui.shared.remembered import remember_splitter
from app.ui.shared.task_dialog import date_edit
from app.ui.task_runner import TaskRunner

SEARCH_DELAY_MS = 120
OURS = "__ours__"  # the owner filter's "our association" entry


class CatalogueView(QWidget):
    new_requested = Signal()
    edit_requested = Signal(str)
    reserve_requested = Signal(str, object, object)  # equipment id, first and last day (or None)
    delete_requested = Signal(str)
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._generation = 0
        self._pending_select: str | None = None
        self.categories: list[str] = []
        self.search = QLineEdit()
        self.search.setObjectName("equipmentSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Rechercher du matériel : nom, catégorie, description… (Ctrl+F)")
        )
        self.category = QComboBox()
        self.category.addItem(self.tr("Toutes les catégories"), None)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("Toutes les associations"), None)
        self.owner.addItem(self.tr("Notre association"), OURS)
        self.new_button = QPushButton(self.tr("Nouveau matériel"))
        self.new_button.setToolTip(self.tr("Ajouter du matériel de notre association (Ctrl+N)"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.category)
        top.addWidget(self.owner)
        top.addWidget(self.new_button)
        self.available = QCheckBox(self.tr("Disponible du"))
        self.available_from = date_edit()
        self.available_to = date_edit(QDate.currentDate().addDays(2))
        self.filter_message = QLabel()
        self.filter_message.setStyleSheet(ERROR_STYLE)
        dates = QHBoxLayout()
        dates.addWidget(self.available)
        dates.addWidget(self.available_from)
        dates.addWidget(QLabel(self.tr("au")))
        dates.addWidget(self.available_to)
        dates.addWidget(self.filter_message, 1)

        self.model = CatalogueModel(self)
        self.table = QTableView()
        self.table.setObjectName("catalogueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Every column stays in sight beside the item's card at the default size (1180×760): the
        # name takes what is left (cut names say themselves in a tooltip), availability keeps
        # room for its header and its words.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        last = self.model.columnCount() - 1
        room = header.fontMetrics().horizontalAdvance(
            str(self.model.headerData(last, Qt.Orientation.Horizontal))
        )
        for column, width in ((1, 95), (2, 120), (3, 90), (4, 72), (last, max(100, room + 24))):
            self.table.setColumnWidth(column, width)
        self.empty_label = empty_label("catalogueEmpty")
        self.count_label = QLabel()
        left = list_panel(self.table, self.empty_label, self.count_label)
        self.pane = ItemPane(runner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(360)
        scroll.setWidget(self.pane)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([690, 390])
        remember_splitter(self.splitter, "equipment/catalogueSplitter")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(dates)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.category, self.owner):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.available.toggled.connect(self._on_available_toggled)
        for edit in (self.available_from, self.available_to):
            edit.dateChanged.connect(lambda _d: self._debounce.start())
        self.new_button.clicked.connect(self.new_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(lambda _i: self._edit_or_reserve())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._edit_or_reserve)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.pane.delete_requested.connect(self.delete_current)
        self.pane.edit_requested.connect(self._edit_current)
        self.pane.reserve_requested.connect(self.reserve_current)
        self.pane.calendar.range_chosen.connect(self._reserve_days)
        self._update_dates(False)

    # --- filters ---------------------------------------------------------------------------------
    def wanted(self) -> CatalogueFilter | None:
        """The filter as typed, or None when the dates make no sense (said beside them)."""
        wanted = CatalogueFilter(text=self.search.text(), category=self.category.currentData())
        owner = self.owner.currentData()
        wanted.only_ours = owner == OURS
        wanted.owner_id = owner if owner not in (None, OURS) else None
        self.filter_message.clear()
        if self.available.isChecked():
            first, last = to_date(self.available_from.date()), to_date(self.available_to.date())
            if last < first:
                self.filter_message.setText(self.tr("La date de fin précède la date de début."))
                return None
            wanted.available_from, wanted.available_to = first, last
        return wanted

    def _update_dates(self, on: bool) -> None:
        for edit in (self.available_from, self.available_to):
            edit.setEnabled(on)

    def _on_available_toggled(self, on: bool) -> None:
        self._update_dates(on)
        self.refresh()

    def available_range(self) -> tuple[date, date] | None:
        if not self.available.isChecked():
            return None
        return to_date(self.available_from.date()), to_date(self.available_to.date())

    # --- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        wanted = self.wanted()
        if wanted is None:
            return
        self._generation += 1
        generation, today = self._generation, date.today()
        self._runner.run_db(
            lambda s: queries.catalogue_page(s, wanted, today),
            partial(self._on_page, generation),
            self.failed.emit,
        )

    def _on_page(self, generation: int, page: CataloguePage) -> None:
        if generation != self._generation:
            return
        current = self._pending_select or self.current_id()
        self._pending_select = None
        self.model.set_rows(page.rows, page.busy_today, page.away, page.today)
        self._fill_combos(page)
        filtering = (
            bool(self.search.text().strip())
            or self.available.isChecked()
            or bool(self.category.currentData() or self.owner.currentData())
        )
        show_rows(self.table, self.empty_label, len(page.rows), self.empty_text(filtering))
        found = len(page.rows)
        self.count_label.setText(self.tr("%Ln matériels", "", found))
        self.count_label.setVisible(bool(page.rows))  # none: the empty list says why
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.pane.show_item(current)
        else:
            self.pane.show_item(None)

    def empty_text(self, filtering: bool) -> str:
        """What the catalogue would hold, or what keeps it empty."""
        if not filtering:
            return self.tr(
                "Aucun matériel dans le catalogue pour l'instant.\nAjoutez celui de votre association "
                "(« Nouveau matériel ») ; celui des autres associations arrive avec la synchronisation."
            )
        text = self.search.text().strip()
        dates = self.available_range()
        if text:
            first = self.tr("Aucun matériel ne correspond à « {0} ».").format(text)
        elif dates is not None:
            first = self.tr("Aucun matériel n'est disponible du {0} au {1}.").format(
                show_date(dates[0]), show_date(dates[1])
            )
        else:
            first = self.tr("Aucun matériel ne correspond à ces critères.")
        return (
            first
            + "\n"
            + self.tr(
                "Essayez d'autres mots, « Toutes les catégories », « Toutes les associations » "
                "ou d'autres dates."
            )
        )

    def _fill_combos(self, page: CataloguePage) -> None:
        """Categories and associations as they are now, the choice kept."""
        if page.categories != self.categories:
            self.categories = page.categories
            chosen = self.category.currentData()
            self.category.blockSignals(True)
            while self.category.count() > 1:
                self.category.removeItem(1)
            for name in page.categories:
                self.category.addItem(name, name)
            self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
            self.category.blockSignals(False)
        known = {self.owner.itemData(i) for i in range(2, self.owner.count())}
        if known != set(page.associations):
            chosen = self.owner.currentData()
            self.owner.blockSignals(True)
            while self.owner.count() > 2:
                self.owner.removeItem(2)
            for association_id, name in sorted(page.associations.items(), key=lambda kv: kv[1].lower()):
                self.owner.addItem(name, association_id)
            self.owner.setCurrentIndex(max(0, self.owner.findData(chosen)))
            self.owner.blockSignals(False)

    # --- selection --------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row()).id

    def select_after_load(self, equipment_id: str) -> None:
        self._pending_select = equipment_id

    def _on_current_changed(self, current, _previous) -> None:
        self.pane.show_item(self.model.row_at(current.row()).id if current.isValid() else None)

    def _edit_or_reserve(self) -> None:
        equipment_id = self.current_id()
        if equipment_id is None:
            return
        row = self.model.row_at(self.model.row_of(equipment_id))
        if row.ours:
            self.edit_requested.emit(equipment_id)
        else:
            self.reserve_current()

    def _edit_current(self) -> None:
        equipment_id = self.current_id()
        if equipment_id is not None:
            self.edit_requested.emit(equipment_id)

    def delete_current(self) -> None:
        """Our own item only: another association's is not ours to delete."""
        equipment_id = self.current_id()
        if equipment_id is not None and self.model.row_at(self.model.row_of(equipment_id)).ours:
            self.delete_requested.emit(equipment_id)

    def _reserve_days(self, first: date, last: date) -> None:
        equipment_id = self.current_id()
        if equipment_id is not None:
            self.reserve_requested.emit(equipment_id, first, last)

    def reserve_current(self) -> None:
        equipment_id = self.current_id()
        if equipment_id is not None:
            first_last = self.available_range() or (None, None)
            self.reserve_requested.emit(equipment_id, *first_last)
