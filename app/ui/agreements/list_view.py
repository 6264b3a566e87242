"""The list of agreements and amendments: filtered by status and searched as you type (reference,
title, parties); Enter or a double-click opens one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import AgreementStatus
from app.ui.agreements import queries
from app.ui.agreements.common import status_text
from app.ui.agreements.list_model import AgreementsModel
from app.ui.agreements.queries import ListPage
from app.ui.shared.locale_format import show_count
from app.ui.shared.opening_table import OpeningTable
from app.ui.task_runner import TaskRunner

SEARCH_DELAY_MS = 200


class AgreementsList(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._generation = 0
        self.loading = False
        self._select_after: str | None = None
        heading = QLabel(self.tr("Conventions de partenariat"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.search = QLineEdit()
        self.search.setObjectName("agreementsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Rechercher : référence, titre, association… (Ctrl+F)"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Tous les statuts"), None)
        for status in AgreementStatus:
            self.status.addItem(status_text(status.value), status.value)
        self.new_button = QPushButton(self.tr("Nouvelle convention"))
        self.new_button.setToolTip(
            self.tr("Rédiger une convention avec une ou plusieurs associations (Ctrl+N)")
        )
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        top.addWidget(self.new_button)
        self.model = AgreementsModel(self)
        self.table = OpeningTable()
        self.table.setObjectName("agreementsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # The title and the parties keep room to be read in a narrow window (a laptop at 150 %)
        # and take what a wide one has to spare.
        self.table.grow({AgreementsModel.TITLE: 240, AgreementsModel.PARTIES: 260})
        self.empty_label = QLabel()
        self.empty_label.setObjectName("agreementsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.setContentsMargins(60, 20, 60, 20)
        self.empty_label.hide()
        self.count_label = QLabel()
        self.legend = QLabel(
            self.tr("En italique : rédigée par une autre association (vous la lisez, seule elle la modifie).")
        )
        self.legend.setObjectName("theirsLegend")
        self.legend.setStyleSheet("color: #555; font-style: italic;")
        self.legend.hide()
        self.legend.setWordWrap(True)  # a narrow window wraps it rather than widening itself
        self.legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.legend, 1)  # right-aligned; wraps only when the window is narrow
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)  # the table and its empty message share the space
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(self.new_requested)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated_row.connect(self._open)

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.row_at(row).id)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    # --- loading --------------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        self._timer.stop()
        self._select_after = select or self.current_id()
        self._generation += 1
        generation, status, text = self._generation, self.status.currentData(), self.search.text()
        self.loading = True
        self._runner.run_db(
            lambda s: queries.list_page(s, status, text),
            lambda page: self._show(page, generation),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.failed.emit(error)

    def _show(self, page: ListPage, generation: int) -> None:
        if generation != self._generation:
            return  # an older search, overtaken by what was typed since
        self.loading = False
        self.model.set_rows(page.rows, page.parent_refs)
        self._show_counts(page.counts)
        shown = self.model.rowCount()
        filtered = bool(self.search.text().strip()) or self.status.currentIndex() > 0
        if shown == page.total:
            self.count_label.setText(self.tr("%Ln conventions et avenants", "", shown))
        else:
            total = page.total
            self.count_label.setText(
                self.tr("{0} sur %Ln conventions et avenants", "", total).format(show_count(shown))
            )
        self.empty_label.setText(
            self.tr("Aucune convention ne correspond à cette recherche.") if filtered else self.empty_text()
        )
        self.table.setVisible(shown > 0)
        self.empty_label.setVisible(shown == 0)
        self.count_label.setVisible(shown > 0)
        self.legend.setVisible(self.model.has_theirs())
        row = self.model.row_of(self._select_after) if self._select_after else -1
        if shown:
            self.table.selectRow(max(row, 0))

    def empty_text(self) -> str:
        return self.tr(
            "<p style='font-size:13pt'><b>Aucune convention pour l'instant</b></p>"
            "<p>Une convention de partenariat met par écrit ce que des associations font ensemble : "
            "l'objet de leur action, sa durée, les sommes versées, le matériel prêté, les assurances. "
            "Entraide la met en page pour l'impression et la signature, puis vous rappelle son "
            "renouvellement.</p>"
            "<p>Pour commencer, cliquez sur <b>« Nouvelle convention »</b> (Ctrl+N) et choisissez les "
            "associations partenaires dans vos contacts. Les conventions qu'une autre association "
            "rédige avec vous arrivent à la synchronisation.</p>"
        )

    def _show_counts(self, counts: dict[str, int]) -> None:
        """The status filter says how many of each there are."""
        for index in range(1, self.status.count()):
            status = self.status.itemData(index)
            count = counts.get(status, 0)
            label = status_text(status)
            self.status.setItemText(
                index, self.tr("{0} ({1})").format(label, show_count(count)) if count else label
            )
