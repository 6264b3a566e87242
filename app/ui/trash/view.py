"""The trash: what was deleted, to restore or to delete for good."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.contacts import trash
from app.ui.contacts.list_model import ContactListModel
from app.ui.contacts.table import make_contact_table
from app.ui.task_runner import TaskRunner


class TrashView(QWidget):
    message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        intro = QLabel(self.tr("Les fiches supprimées restent ici jusqu'à ce que vous vidiez la corbeille."))
        intro.setWordWrap(True)
        self.model = ContactListModel(runner, trash=True, parent=self)
        self.table = make_contact_table(self.model)
        self.restore_button = QPushButton(self.tr("Restaurer"))
        self.empty_button = QPushButton(self.tr("Vider la corbeille…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.confirm_empty)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.model.reload()

    def restore_selected(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        ids = [self.model.row_id(r) for r in rows]
        if ids:
            self._runner.run_db(lambda s: trash.restore_contacts(s, ids), self._done)

    def confirm_empty(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Vider la corbeille"),
            self.tr(
                "Les fiches de la corbeille seront supprimées définitivement, avec leurs rôles "
                "et leurs consentements. Continuer ?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.empty()

    def empty(self) -> None:
        self._runner.run_db(trash.empty_trash, self._done)

    def _done(self, count: int) -> None:
        self.message.emit(self.tr("{0} fiche(s) traitée(s).").format(count))
        self.refresh()
