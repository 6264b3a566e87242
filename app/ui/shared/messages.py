"""Asking before an action that cannot be taken back lightly, and a service's refusal in the
user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import InvalidInput, NotFound, Said
from app.ui.shared.locale_format import service_text


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """The buttons say what they do; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("Messages", "Annuler"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


def error_text(error: BaseException, gone: str) -> str:
    """A service's refusal in the user's language; `gone` says which record no longer exists."""
    if isinstance(error, InvalidInput):
        return " ".join(service_text(text) for text in error.errors.values())
    if isinstance(error, Said):
        return service_text(error.text)
    if isinstance(error, NotFound):
        return gone
    if isinstance(error, OSError):
        return QCoreApplication.translate("Messages", "Le fichier n'a pas pu être écrit ou lu : {0}").format(
            error.strerror or error
        )
    return QCoreApplication.translate("Messages", "L'opération a échoué : {0}").format(error)
