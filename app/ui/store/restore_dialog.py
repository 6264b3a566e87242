"""Fichier ▸ Restaurer une sauvegarde…: the backups with their date and what each holds; the
chosen one replaces the store after a confirmation, the current store being kept aside."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.paths import DataPaths
from app.services.store.backups import Backup
from app.ui.store.backups_table import BackupsTable


class RestoreDialog(QDialog):
    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backup_path = ""
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        intro = QLabel(
            self.tr(
                "Choisissez la sauvegarde à remettre en place. Les données actuelles seront mises de "
                "côté dans « {0} » (rien n'est effacé), puis Entraide rouvrira la sauvegarde choisie."
            ).format(paths.backups)
        )
        intro.setWordWrap(True)
        self.table = BackupsTable()
        self.none = QLabel(self.tr("Aucune sauvegarde pour l'instant : Entraide en fait une chaque jour."))
        self.none.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restaurer…"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._chosen)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.none)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.chosen()))
        )
        self.table.doubleClicked.connect(lambda _i: self._chosen())
        self.resize(720, 420)

    def show_backups(self, found: list[Backup]) -> None:
        self.table.show_backups(found)
        self.table.setVisible(bool(found))
        self.none.setVisible(not found)
        self.restore_button.setEnabled(bool(self.table.chosen()))

    def _chosen(self) -> None:
        chosen = self.table.chosen()
        if chosen:
            self.backup_path = chosen
            self.accept()
