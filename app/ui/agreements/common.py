"""Small pieces the agreements screens share: labels, file names, messages."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.models import AgreementStatus, Renewal
from app.services.agreements.records import RENEWAL_LABELS, STATUS_LABELS
from app.ui.shared import messages
from app.ui.shared.locale_format import service_text

CONTEXT = "AgreementsView"
STATUS_COLOURS = {"draft": "#8a5300", "sent": "#2f6fba", "signed": "#0b6b0b", "ended": "#666666"}


def status_text(status: str) -> str:
    try:
        return service_text(STATUS_LABELS[AgreementStatus(status)])
    except ValueError:
        return status


def renewal_text(renewal: str) -> str:
    try:
        return service_text(RENEWAL_LABELS[Renewal(renewal)])
    except ValueError:
        return renewal


def file_name(reference: str, title: str) -> str:
    """ "CONV-2026-003 - Parc de matériel partagé.pdf": no character a file system refuses."""
    stem = re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", f"{reference} - {title}".strip(" -")).strip()
    return f"{' '.join(stem.split())[:120] or 'convention'}.pdf"


def error_text(error: BaseException) -> str:
    """A service's refusal in the user's language."""
    gone = QCoreApplication.translate(
        "AgreementsView", "Cette convention n'existe plus (elle a peut-être été supprimée)."
    )
    return messages.error_text(error, gone)
