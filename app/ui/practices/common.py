"""Small pieces the practices screens share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.shared import messages


def error_text(error: BaseException) -> str:
    """A service's refusal in the user's language."""
    gone = QCoreApplication.translate(
        "PracticesView", "Cette pratique n'existe plus (elle a peut-être été supprimée)."
    )
    return messages.error_text(error, gone)
