"""The lists of loans: what we lent, what we borrowed, what is late, the requests to answer;
and the next step of the selected line (answer, check out, return, cancel, print the receipt)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.export.loan_sheet import NoReceipt
from app.services.equipment.statuses import REQUESTS, is_current, is_request
from app.ui.equipment import queries
from app.ui.equipment.answer_dialog import AnswerDialog
from app.ui.equipment.checkout_dialog import CheckOutDialog
from app.ui.equipment.loans_model import LoanLinesModel
from app.ui.equipment.queries import Line, LoanContext
from app.ui.equipment.return_dialog import ReturnDialog
from app.ui.equipment.undo import CancelReservation
from app.ui.shared.locale_format import service_text
from app.ui.shared.short_id import ShortId
from app.ui.shared.task_dialog import TaskDialog
from app.ui.task_runner import TaskRunner

RECEIPT_FOLDER_KEY = "equipment/receipt_folder"


def _table(model: LoanLinesModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in ((0, 220), (1, 200), (2, 100), (3, 100)):
        table.setColumnWidth(column, width)
    return table


class LoansView(QWidget):
    changed = Signal()  # a loan moved on: counts and calendars need a refresh
    message = Signal(str)

    def __init__(self, runner: TaskRunner, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._undo = runner, undo_stack
        self.lines: list[Line] = []
        self.dialog: QDialog | None = None
        self._generation = 0
        self.history = QCheckBox(
            self.tr("Afficher aussi les prêts terminés, annulés et les demandes refusées passées")
        )
        self.lists = QTabWidget()
        self.lists.setDocumentMode(True)
        self.models: dict[str, LoanLinesModel] = {}
        self.tables: dict[str, QTableView] = {}
        shown = self._shown
        for key, keep in (
            ("lent", lambda e: e.line.lent and shown(e)),
            ("borrowed", lambda e: not e.line.lent and not e.line.own_use and shown(e)),
            ("own_use", lambda e: e.line.own_use and shown(e)),
            ("overdue", lambda e: e.line.status == "overdue"),
            ("requests", lambda e: is_request(e.line)),
        ):
            self.models[key] = LoanLinesModel(keep, self)
            self.tables[key] = _table(self.models[key])
            self.lists.addTab(self.tables[key], "")
            self.tables[key].selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
            self.tables[key].doubleClicked.connect(lambda _i: self.next_step())
            enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.tables[key], self.next_step)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.answer_button = QPushButton(self.tr("&Répondre…"))
        self.check_out_button = QPushButton(self.tr("&Sortie…"))
        self.return_button = QPushButton(self.tr("Re&tour…"))
        self.cancel_button = QPushButton(self.tr("A&nnuler la réservation"))
        self.print_button = QPushButton(self.tr("&Imprimer le bon de prêt…"))
        self.answer_button.setToolTip(self.tr("Accepter ou refuser la demande"))
        self.check_out_button.setToolTip(self.tr("Le matériel part : accessoires, état, caution"))
        self.return_button.setToolTip(self.tr("Le matériel revient : état, manques, caution"))
        self.cancel_button.setToolTip(self.tr("Annuler notre réservation (Ctrl+Z pour revenir en arrière)"))
        self.number = ShortId(
            self.tr("Prêt n° {0}"),
            self.tr("Le numéro du prêt : « entraide loan-receipt » l'accepte pour imprimer son bon."),
        )
        self.number.copied.connect(lambda n: self.message.emit(self.tr("« {0} » copié.").format(n)))
        buttons = QHBoxLayout()
        for button in (self.answer_button, self.check_out_button, self.return_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history)
        layout.addWidget(self.lists, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.number)
        layout.addLayout(buttons)
        self.history.toggled.connect(lambda _on: self._show_lines(self.lines))
        self.lists.currentChanged.connect(lambda _i: self._update_buttons())
        self.answer_button.clicked.connect(self.answer_selected)
        self.check_out_button.clicked.connect(self.check_out_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.print_button.clicked.connect(self.print_selected)
        self._show_lines([])

    def _shown(self, entry: Line) -> bool:
        return self.history.isChecked() or is_current(entry.line, date.today())

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation, today = self._generation, date.today()
        self._runner.run_db(lambda s: queries.loan_lines(s, today), partial(self._on_lines, generation))

    def _on_lines(self, generation: int, lines: list[Line]) -> None:
        if generation == self._generation:
            self._show_lines(lines)

    def _show_lines(self, lines: list[Line]) -> None:
        selected = self.selected()
        self.lines = lines
        titles = {
            "lent": self.tr("Prêts de notre matériel ({0})"),
            "borrowed": self.tr("Nos emprunts ({0})"),
            "own_use": self.tr("Pour nous-mêmes ({0})"),
            "overdue": self.tr("En retard ({0})"),
            "requests": self.tr("Demandes à traiter ({0})"),
        }
        for i, (key, model) in enumerate(self.models.items()):
            model.set_lines(lines)
            self.lists.setTabText(i, titles[key].format(model.rowCount()))
            self.lists.setTabToolTip(i, self.lists.tabText(i))  # whole when a narrow window cuts it
            if selected is not None:
                row = model.row_of(selected.line.reservation_id)
                if row >= 0:
                    self.tables[key].selectRow(row)
        self._update_buttons()

    def show_list(self, key: str) -> None:
        self.lists.setCurrentIndex(list(self.models).index(key))

    def current_key(self) -> str:
        return list(self.models)[self.lists.currentIndex()]

    def selected(self) -> Line | None:
        if not self.models:
            return None
        key = self.current_key()
        index = self.tables[key].selectionModel().currentIndex()
        rows = self.tables[key].selectionModel().selectedRows()
        if not index.isValid() or not rows:
            return None
        return self.models[key].line_at(index.row())

    def select(self, reservation_id: str) -> bool:
        key = self.current_key()
        row = self.models[key].row_of(reservation_id)
        if row >= 0:
            self.tables[key].selectRow(row)
        return row >= 0

    # --- what the selected line allows -----------------------------------------------------------
    def _show_number(self, entry: Line | None) -> None:
        loan_id = entry.line.loan_id if entry is not None else None
        if loan_id is None:
            self.number.show_id("")
            return
        if self.number.property("loan") == loan_id:
            return
        self.number.setProperty("loan", loan_id)
        self.number.show_id("")

        def shown(piece: str) -> None:
            if self.number.property("loan") == loan_id:
                self.number.show_id(piece)

        self._runner.run_db(lambda s: queries.loan_number(s, loan_id), shown)

    def _update_buttons(self) -> None:
        entry = self.selected()
        self._show_number(entry)
        status = entry.line.status if entry else ""
        lent = bool(entry and entry.line.lent)
        ours = lent or bool(entry and entry.line.own_use)  # our equipment: we record its steps
        self.answer_button.setEnabled(lent and status in (*REQUESTS, "accepted", "declined"))
        self.check_out_button.setEnabled(ours and status in ("accepted", "reserved"))
        self.return_button.setEnabled(ours and status in ("out", "overdue"))
        self.cancel_button.setEnabled(
            bool(entry and entry.own_reservation) and status in (*REQUESTS, "accepted", "reserved")
        )
        self.print_button.setEnabled(
            bool(entry and entry.line.loan_id) and status in ("accepted", "out", "overdue", "returned")
        )
        key = self.current_key()
        empty = self.models[key].rowCount() == 0
        self.empty.setVisible(empty)
        self.empty.setText(
            {
                "lent": self.tr("Aucun prêt en cours de notre matériel."),
                "borrowed": self.tr(
                    "Nous n'avons rien emprunté en ce moment. Pour emprunter, choisissez du "
                    "matériel dans le catalogue puis « Réserver… »."
                ),
                "own_use": self.tr(
                    "Aucune réservation de notre matériel pour nous-mêmes. Elles n'attendent la "
                    "réponse de personne : la sortie s'enregistre directement."
                ),
                "overdue": self.tr("Aucun prêt en retard."),
                "requests": self.tr("Aucune demande de réservation à traiter."),
            }[key]
        )

    def next_step(self) -> None:
        """Double-click or Enter on a line: the step that comes next."""
        for button in (self.answer_button, self.check_out_button, self.return_button):
            if button.isEnabled():
                button.click()
                return

    # --- the steps ------------------------------------------------------------------------------
    def _open(self, dialog: TaskDialog, done_text: str) -> None:
        self.dialog = dialog
        dialog.succeeded.connect(lambda _r: self._after(done_text))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _after(self, text: str) -> None:
        if text:
            self.message.emit(text)
        self.refresh()
        self.changed.emit()

    def answer_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._open(AnswerDialog(self._runner, entry, self), self.tr("Réponse enregistrée."))

    def check_out_selected(self) -> None:
        self._with_context(
            lambda c: self._open(CheckOutDialog(self._runner, c, self), self.tr("Sortie enregistrée."))
        )

    def return_selected(self) -> None:
        self._with_context(
            lambda c: self._open(ReturnDialog(self._runner, c, self), self.tr("Retour enregistré."))
        )

    def _with_context(self, then: Callable[[LoanContext], None]) -> None:
        entry = self.selected()
        if entry is None:
            return
        reservation_id = entry.line.reservation_id
        self._runner.run_db(lambda s: queries.loan_context(s, reservation_id), then, self._failed)

    def cancel_selected(self) -> None:
        entry = self.selected()
        if entry is None or not self.cancel_button.isEnabled():
            return
        label = self.tr("Annuler la réservation de « {0} »").format(entry.line.equipment_name)
        self._undo.push(
            CancelReservation(
                self._runner, entry.line.reservation_id, label, lambda: self._after(""), self._failed
            )
        )
        self.message.emit(self.tr("{0} — Ctrl+Z pour revenir en arrière.").format(label))

    def print_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.line.loan_id is None:
            return
        folder = str(QSettings().value(RECEIPT_FOLDER_KEY, "") or "")
        suggested = str(Path(folder) / self.tr("bon-de-pret-{0}.pdf").format(entry.line.equipment_name))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le bon de prêt"), suggested, self.tr("Document PDF (*.pdf)")
        )
        if path:
            QSettings().setValue(RECEIPT_FOLDER_KEY, str(Path(path).parent))
            self.print_receipt(entry.line.loan_id, Path(path))

    def print_receipt(self, loan_id: str, path: Path) -> None:
        """A "bon de prêt" (a "bon de retour" once the equipment is back), drawn off the GUI thread."""

        def write(session) -> Path:
            from app.export.loan_receipt import write_loan_receipt  # reportlab loads on first print

            write_loan_receipt(session, loan_id, path)
            return path

        self._runner.run_db(
            write,
            lambda p: self.message.emit(self.tr("Bon de prêt enregistré dans {0}").format(p)),
            self._print_failed,
        )

    def _print_failed(self, error: BaseException) -> None:
        if isinstance(error, NoReceipt):  # a declined loan has nothing to print
            self.message.emit(self.tr("Pas de bon à imprimer : {0}").format(service_text(error.text)))
        else:
            self._failed(error)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.message.emit(" ".join(service_text(text) for text in error.errors.values()))
        else:
            self.message.emit(self.tr("L'opération a échoué : {0}").format(error))
        self.refresh()
