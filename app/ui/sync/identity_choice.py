"""At enrolment: what this computer says of our association and the hub says otherwise, side by
side; the user keeps ours or takes the hub's (for the documents printed from here on)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.identity import Difference


class IdentityChoice(QDialog):
    def __init__(self, found: list[Difference], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.take_hub = False
        self.setWindowTitle(self.tr("Notre association au hub"))
        intro = QLabel(
            self.tr(
                "Le hub du réseau ne connaît pas votre association tout à fait comme cet ordinateur. "
                "Quelles informations faut-il imprimer sur vos documents ?"
            )
        )
        intro.setWordWrap(True)
        labels = {"name": self.tr("Nom"), "rna": self.tr("N° RNA"), "siret": self.tr("SIRET")}
        self.table = QTableWidget(len(found), 3)
        self.table.setHorizontalHeaderLabels(["", self.tr("Sur cet ordinateur"), self.tr("Au hub")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for row, difference in enumerate(found):
            for column, text in enumerate((labels[difference.field], difference.ours, difference.hub)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 34 * len(found) + 6)
        note = QLabel(
            self.tr(
                "Le hub garde son propre enregistrement : s'il est faux, dites-le à son administrateur. "
                "Vous pourrez aussi tout modifier dans Fichier ▸ Préférences."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(
            self.tr("Garder celles de cet ordinateur"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.hub_button = buttons.addButton(
            self.tr("Prendre celles du hub"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button.setDefault(True)
        buttons.accepted.connect(self._take_hub)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def _take_hub(self) -> None:
        self.take_hub = True
        self.accept()
