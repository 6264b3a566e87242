"""Preferences: the interface language (applied at the next start)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

LANGUAGE_KEY = "ui/language"


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Langue de l'interface"), self.language)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())
        super().accept()
