"""The list of needs and offers, ours and the network's: filtered by direction, kind, status,
ours or the network's, a place and a radius, dates, and words; Enter or a double-click opens one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models import NeedDirection, NeedKind, NeedStatus
from app.services.needs.listing import LIVE_FILTER, NETWORK, OURS, NeedFilter
from app.ui.needs import queries
from app.ui.needs.common import kind_text, status_text
from app.ui.needs.list_model import NeedsModel
from app.ui.needs.place_edit import PlaceEdit
from app.ui.needs.queries import ListPage
from app.ui.shared.flow_layout import FlowLayout, together
from app.ui.shared.form_fields import ERROR_STYLE
from app.ui.shared.locale_format import service_text, show_count
from app.ui.shared.opening_table import OpeningTable
from app.ui.shared.optional_date import OptionalDate
from app.ui.task_runner import TaskRunner

SEARCH_DELAY_MS = 250


def _combo(items: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    return combo


class NeedsList(QWidget):
    open_requested = Signal(str)
    new_requested = Signal(str)  # "need" or "offer"
    waiting_requested = Signal()
    summary_requested = Signal()
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._generation = 0
        self.loading = False
        self._select_after: str | None = None
        heading = QLabel(self.tr("Besoins et propositions du réseau"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.search = QLineEdit()
        self.search.setObjectName("needsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Rechercher des mots… (Ctrl+F)"))
        self.direction = _combo(
            [
                (self.tr("Besoins et propositions"), None),
                (self.tr("Besoins"), NeedDirection.NEED.value),
                (self.tr("Propositions"), NeedDirection.OFFER.value),
            ]
        )
        self.kind = _combo(
            [(self.tr("Toutes catégories"), None)] + [(kind_text(k), k.value) for k in NeedKind]
        )
        self.status = _combo(
            [(self.tr("Ouverts et en cours"), LIVE_FILTER), (self.tr("Tous les statuts"), None)]
            + [(status_text(s), s.value) for s in NeedStatus]
        )
        self.scope = _combo(
            [
                (self.tr("Tout le réseau"), None),
                (self.tr("Les nôtres"), OURS),
                (self.tr("Les autres"), NETWORK),
            ]
        )
        self.place = PlaceEdit()
        self.place.setObjectName("needsPlace")
        self.place.setPlaceholderText(self.tr("Autour de… (commune ou code postal)"))
        self.radius = QSpinBox()
        self.radius.setRange(1, 1000)
        self.radius.setValue(30)
        self.radius.setSuffix(self.tr(" km"))
        self.first, self.last = OptionalDate(self.tr("dès maintenant")), OptionalDate(self.tr("sans fin"))
        self.new_button = QPushButton(self.tr("Nouveau…"))
        self.new_button.setToolTip(self.tr("Publier un besoin ou une proposition (Ctrl+N)"))
        menu = QMenu(self.new_button)
        menu.addAction(self.tr("Un besoin : ce que nous cherchons"), lambda: self.new_requested.emit("need"))
        menu.addAction(
            self.tr("Une proposition : ce que nous pouvons donner"), lambda: self.new_requested.emit("offer")
        )
        self.new_button.setMenu(menu)
        self.waiting_button = QPushButton()
        self.waiting_button.setObjectName("waitingButton")
        self.waiting_button.setStyleSheet("QPushButton:enabled { color: #8a5300; font-weight: 600; }")
        self.waiting_button.hide()
        self.summary_button = QPushButton(self.tr("Bilan de l'année…"))
        self.summary_button.setToolTip(self.tr("Les chiffres de l'année pour le rapport d'activité, en CSV"))
        # Rows that wrap in a narrow window (a laptop at 150 %) instead of widening it.
        top = FlowLayout().add_widgets(self.search, self.direction, self.kind, self.status, self.scope)
        second = FlowLayout().add_widgets(
            self.place,
            together(QLabel(self.tr("dans un rayon de")), self.radius),
            together(QLabel(self.tr("Dates : du")), self.first, QLabel(self.tr("au")), self.last),
        )
        heading.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        actions = FlowLayout().add_widgets(heading, self.new_button, self.waiting_button, self.summary_button)
        self.place_error = QLabel()
        self.place_error.setStyleSheet(ERROR_STYLE)
        self.place_error.hide()
        self.model = NeedsModel(self)
        self.table = OpeningTable()
        self.table.setObjectName("needsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # The title, the place and who posted it keep room to be read in a narrow window and take
        # what a wide one has to spare.
        self.table.grow({NeedsModel.TITLE: 260, NeedsModel.PLACE: 190, NeedsModel.WHO: 190})
        self.empty_label = QLabel()
        self.empty_label.setObjectName("needsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.setContentsMargins(60, 20, 60, 20)
        self.empty_label.hide()
        self.count_label = QLabel()
        self.legend = QLabel(
            self.tr(
                "● de nouvelles pistes depuis la dernière synchronisation · en gris : "
                "publiés par d'autres associations"
            )
        )
        self.legend.setStyleSheet("color: #555;")
        self.legend.setWordWrap(True)  # a narrow window wraps it rather than widening itself
        self.legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.legend, 1)  # right-aligned; wraps only when the window is narrow
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.place_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        for edit in (self.search, self.place):
            edit.textChanged.connect(self._timer.start)
        for combo in (self.direction, self.kind, self.status, self.scope):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        # Not connected to start directly: QTimer.start(int) would take the radius as its delay.
        self.radius.valueChanged.connect(lambda _km: self._timer.start())
        self.first.changed.connect(self._timer.start)
        self.last.changed.connect(self._timer.start)
        self.waiting_button.clicked.connect(self.waiting_requested)
        self.summary_button.clicked.connect(self.summary_requested)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated_row.connect(self._open)

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.row_at(row).id)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def show_waiting(self, count: int) -> None:
        """How many responses wait for our decision: a button to them, hidden when none."""
        if count == 1:
            self.waiting_button.setText(self.tr("1 réponse à traiter"))
        else:
            self.waiting_button.setText(self.tr("{0} réponses à traiter").format(show_count(count)))
        self.waiting_button.setVisible(count > 0)

    # --- loading --------------------------------------------------------------------------------
    def current_filter(self) -> NeedFilter:
        return NeedFilter(
            direction=self.direction.currentData(),
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            scope=self.scope.currentData(),
            text=self.search.text(),
            radius_km=self.radius.value(),
            first=self.first.value(),
            last=self.last.value(),
        )

    def refresh(self, select: str | None = None) -> None:
        self._timer.stop()
        self._select_after = select or self.current_id()
        self._generation += 1
        generation, wanted, place = self._generation, self.current_filter(), self.place.text()
        self.loading = True
        self._runner.run_db(
            lambda s: queries.list_page(s, wanted, place),
            lambda page: self._show(page, generation),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.failed.emit(error)

    def _filtered(self) -> bool:
        return bool(self.search.text().strip() or self.place.text().strip()) or any(
            combo.currentIndex() > 0 for combo in (self.direction, self.kind, self.status, self.scope)
        )

    def _show(self, page: ListPage, generation: int) -> None:
        if generation != self._generation:
            return  # an older search, overtaken by what was typed since
        self.loading = False
        self.place_error.setText(service_text(page.place_error) if page.place_error else "")
        self.place_error.setVisible(page.place_error is not None)
        self.model.set_rows(page.rows)
        shown = self.model.rowCount()
        if shown == 1:
            self.count_label.setText(self.tr("1 besoin ou proposition"))
        else:
            self.count_label.setText(self.tr("{0} besoins et propositions").format(show_count(shown)))
        self.empty_label.setText(
            self.tr("Rien ne correspond à ces filtres.") if self._filtered() else self.empty_text()
        )
        self.table.setVisible(shown > 0)
        self.empty_label.setVisible(shown == 0)
        self.count_label.setVisible(shown > 0)
        row = self.model.row_of(self._select_after) if self._select_after else -1
        if shown:
            self.table.selectRow(max(row, 0))

    def empty_text(self) -> str:
        return self.tr(
            "<p style='font-size:13pt'><b>Aucun besoin ni proposition pour l'instant</b></p>"
            "<p>Dites ce dont votre association a besoin (« cinq bénévoles avec le permis B le "
            "14 mars », « une salle pour 40 personnes ») ou ce qu'elle peut donner (« notre camion "
            "le week-end »). Entraide cherche dans le réseau, sans connexion, le matériel libre ces "
            "jours-là, les pratiques, les propositions et vos bénévoles qui conviennent, et dit "
            "pourquoi.</p>"
            "<p>Pour commencer, cliquez sur <b>« Nouveau… »</b> (Ctrl+N). Les besoins et propositions "
            "des autres associations arrivent à la synchronisation.</p>"
        )
