"""The one dialog for a store Entraide cannot show: damaged (restore a backup, listed with its
date and what it holds, or open another folder) or a data folder it cannot use (choose another).
It says what happened in French, and that nothing is deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.errors import StoreProblem
from app.paths import DataPaths
from app.services.store.backups import Backup
from app.ui.shared.locale_format import service_text
from app.ui.store.backups_table import BackupsTable

RESTORE, OTHER_FOLDER, QUIT = 1, 2, 3


class StoreDialog(QDialog):
    def __init__(self, problem: StoreProblem, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice, self.backup_path = QUIT, ""
        damaged = problem.kind == StoreProblem.DAMAGED
        self.setWindowTitle(
            self.tr("Les données d'Entraide sont endommagées")
            if damaged
            else self.tr("Entraide ne peut pas utiliser ce dossier")
        )
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        if damaged:
            text = self.tr(
                "Le fichier des données de ce dossier est endommagé ({0}). Entraide ne l'ouvre pas : "
                "il vous montrerait des listes vides ou fausses.\n\nRestaurez une sauvegarde : le "
                "fichier endommagé sera mis de côté, tel quel, dans « {1} » ; rien n'est effacé."
            ).format(service_text(problem.detail) if problem.detail else self.tr("illisible"), paths.backups)
        else:
            text = service_text(problem.message)
        self.text = QLabel(text)
        self.text.setObjectName("storeProblem")
        self.text.setWordWrap(True)
        self.table = BackupsTable()
        self.none = QLabel(self.tr("Aucune sauvegarde n'existe dans « {0} ».").format(paths.backups))
        self.none.setWordWrap(True)
        self.loading = QLabel(self.tr("Recherche des sauvegardes…"))
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restaurer la sauvegarde choisie"))
        self.folder_button = QPushButton(self.tr("Ouvrir un autre dossier…"))
        self.quit_button = QPushButton(self.tr("Quitter"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.text, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (self.loading, self.table, self.none):
            layout.addWidget(widget)
        layout.addStretch(0 if damaged else 1)
        layout.addWidget(buttons)
        self.table.setVisible(False)
        self.none.setVisible(False)
        self.loading.setVisible(damaged)
        self.restore_button.setVisible(damaged)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        self.folder_button.clicked.connect(lambda: self._leave(OTHER_FOLDER))
        self.quit_button.clicked.connect(lambda: self._leave(QUIT))
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.chosen()))
        )
        self.resize(720, 460) if damaged else self.resize(620, 160)

    def show_backups(self, found: list[Backup]) -> None:
        self.loading.hide()
        self.table.show_backups(found)
        self.table.setVisible(bool(found))
        self.none.setVisible(not found)
        self.restore_button.setEnabled(bool(self.table.chosen()))

    def _restore(self) -> None:
        chosen = self.table.chosen()
        if chosen:
            self.backup_path = chosen
            self._leave(RESTORE)

    def _leave(self, choice: int) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:  # Escape, the title bar's cross: leave
        self.choice = QUIT
        super().reject()
