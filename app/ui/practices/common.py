"""Small pieces the practices screens share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.contacts import NotFound
from app.services.validation import InvalidInput
from app.ui.locale_format import service_text


def confirm(parent: QWidget, title: str, text: str, yes: str) -> bool:
    """Ask before something that reaches the network; the buttons say what they do, in French."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("PracticesView", "Annuler"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


def error_text(error: BaseException) -> str:
    """A service's refusal in the user's language."""
    if isinstance(error, InvalidInput):
        return " ".join(service_text(text) for text in error.errors.values())
    if isinstance(error, NotFound):
        return QCoreApplication.translate(
            "PracticesView", "Cette pratique n'existe plus (elle a peut-être été supprimée)."
        )
    return QCoreApplication.translate("PracticesView", "L'opération a échoué : {0}").format(error)
