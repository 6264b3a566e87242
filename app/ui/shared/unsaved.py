"""The question asked when the window closes over an editor holding changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

CONTEXT = "UnsavedChanges"


def ask_before_leaving(parent: QWidget, question: str, stay_text: str, leave: Callable[[], object]) -> None:
    """Ask whether to drop the changes; "Quitter sans enregistrer" calls `leave`. Window-modal,
    not a nested event loop: closing never waits on it."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("UnsavedChanges", "Modifications non enregistrées"),
        question,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    leave_button = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Quitter sans enregistrer"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    stay = box.addButton(stay_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)

    def answered(_result: int) -> None:
        if box.clickedButton() is leave_button:
            leave()

    box.finished.connect(answered)
    box.open()
