"""The "Matériel et prêts" section: the catalogue and the loans, and the dialogs they open.

Built the first time the section is shown (app/ui/equipment/section.py), never at start-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from app.errors import NotFound
from app.services.equipment import records as eq
from app.ui.equipment import queries
from app.ui.equipment.catalogue_view import CatalogueView
from app.ui.equipment.counts import count_texts
from app.ui.equipment.equipment_dialog import EquipmentDialog
from app.ui.equipment.loans_view import LoansView
from app.ui.equipment.queries import ItemDetail
from app.ui.equipment.reserve_dialog import ReserveDialog
from app.ui.shared.messages import error_text
from app.ui.shared.undo_commands import delete_to_trash
from app.ui.task_runner import TaskRunner


class EquipmentView(QWidget):
    message = Signal(str)

    def __init__(self, runner: TaskRunner, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._undo = runner, undo_stack
        self.dialog: QDialog | None = None
        self.catalogue = CatalogueView(runner)
        self.loans = LoansView(runner, undo_stack)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.catalogue, self.tr("Catalogue du matériel"))
        self.tabs.addTab(self.loans, self.tr("Prêts et réservations"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.catalogue.new_requested.connect(self.new_equipment)
        self.catalogue.edit_requested.connect(self.edit_equipment)
        self.catalogue.reserve_requested.connect(self.reserve)
        self.catalogue.delete_requested.connect(self.delete_equipment)
        self.catalogue.failed.connect(
            lambda e: self.message.emit(self.tr("Catalogue illisible : {0}").format(e))
        )
        self.loans.message.connect(self.message)
        self.loans.changed.connect(self._after_loan_change)
        QShortcut(QKeySequence("Ctrl+R"), self, self.catalogue.reserve_current)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.tabs.setCurrentIndex(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.tabs.setCurrentIndex(0))

    # --- used by the window ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.catalogue.refresh()
        self.loans.refresh()

    def show_counts(self, counts: dict[str, int]) -> None:
        parts = count_texts(counts)
        self.tabs.setTabText(
            1,
            self.tr("Prêts et réservations ({0})").format(", ".join(parts))
            if parts
            else self.tr("Prêts et réservations"),
        )

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.catalogue)
        self.catalogue.search.setFocus()
        self.catalogue.search.selectAll()

    def show_loans(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.loans)
        self.loans.show_list(key)

    # --- dialogs ------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def new_equipment(self) -> None:
        self.tabs.setCurrentWidget(self.catalogue)
        dialog = EquipmentDialog(self._runner, self.catalogue.categories, parent=self)
        dialog.succeeded.connect(lambda new_id: self._saved(new_id, self.tr("Matériel ajouté.")))
        self._open(dialog)

    def edit_equipment(self, equipment_id: str) -> None:
        self._runner.run_db(lambda s: queries.item_detail(s, equipment_id), self._edit, self._failed)

    def _edit(self, detail: ItemDetail) -> None:
        if not detail.ours:
            self.message.emit(
                self.tr("Ce matériel appartient à une autre association : seule elle peut le modifier.")
            )
            return
        dialog = EquipmentDialog(self._runner, self.catalogue.categories, detail.id, detail.fields, self)
        dialog.succeeded.connect(lambda item_id: self._saved(item_id, self.tr("Matériel enregistré.")))
        self._open(dialog)

    def _saved(self, equipment_id: str, text: str) -> None:
        self.message.emit(text)
        self.catalogue.select_after_load(equipment_id)
        self.catalogue.refresh()

    def delete_equipment(self, equipment_id: str) -> None:
        """To the trash, undoable (Ctrl+Z); refused while it is out or reserved, saying why."""
        row = self.catalogue.model.row_of(equipment_id)
        name = self.catalogue.model.row_at(row).name if row >= 0 else ""
        label = self.tr("Mettre « {0} » à la corbeille").format(name)

        def done(undone: bool) -> None:
            self.message.emit(
                self.tr("« {0} » est revenu de la corbeille.").format(name)
                if undone
                else self.tr("{0} — Ctrl+Z pour annuler.").format(label)
            )
            if undone:
                self.catalogue.select_after_load(equipment_id)
            self.catalogue.refresh()

        def refused(error: BaseException) -> None:
            self.message.emit(error_text(error, self.tr("Ce matériel n'existe plus.")))

        delete_to_trash(
            self._runner,
            self._undo,
            label,
            "equipment",
            lambda s: eq.delete_equipment(s, equipment_id),
            equipment_id,
            done,
            refused,
        )

    def reserve(self, equipment_id: str, first: date | None = None, last: date | None = None) -> None:
        row = self.catalogue.model.row_of(equipment_id)
        name = self.catalogue.model.row_at(row).name if row >= 0 else ""
        dialog = ReserveDialog(self._runner, equipment_id, name, first, last, self)
        dialog.succeeded.connect(lambda _id: self._reserved())
        self._open(dialog)

    def _reserved(self) -> None:
        self.message.emit(
            self.tr("Réservation enregistrée : elle reste provisoire jusqu'à la confirmation du hub.")
        )
        self._after_loan_change()
        self.loans.refresh()

    def _after_loan_change(self) -> None:
        self.catalogue.refresh()  # the availability column and the calendar follow

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound):
            self.message.emit(self.tr("Ce matériel n'existe plus (il a peut-être été supprimé)."))
        else:
            self.message.emit(self.tr("L'opération a échoué : {0}").format(error))
