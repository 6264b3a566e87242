"""Preferences: the interface language (applied at the next start) and our association's
identity (app/ui/identity/form.py), each on its tab."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.identity import check_identity
from app.ui.identity.form import IdentityForm
from app.ui.shared.remembered import LANGUAGE_KEY as LANGUAGE_KEY  # re-exported
from app.ui.task_runner import TaskRunner


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Préférences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Selon le système"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        current = QSettings().value(LANGUAGE_KEY, "")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        note = QLabel(self.tr("Le changement de langue prend effet au prochain démarrage."))
        note.setWordWrap(True)
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Langue de l'interface"), self.language)
        form.addRow(note)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("Général"))
        self.identity: IdentityForm | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        if runner is not None and runner.database is not None:  # the store is open
            self.identity = IdentityForm(runner)
            self.identity.saved.connect(self._identity_saved)
            self.identity.failed.connect(self._say)
            self.identity.load()
            self.tabs.addTab(self.identity, self.tr("Notre association"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def show_identity(self) -> None:
        if self.identity is not None:
            self.tabs.setCurrentWidget(self.identity)

    def accept(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())
        if self.identity is not None and self.identity.name.text().strip():
            if not check_identity(self.identity.values()).ok:
                self.tabs.setCurrentWidget(self.identity)  # the problems show under their fields
            self.identity.save()  # closes once kept
            return
        super().accept()

    def _identity_saved(self) -> None:
        super().accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
