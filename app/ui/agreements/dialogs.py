"""The detail page's dialogs: marking an agreement signed (the date, and the scan of the signed
original if there is one) and ending it (the date and why). Each saves through the task runner
and keeps what was typed when the service refuses it."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSettings
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.errors import Text
from app.services.agreements import records as ag
from app.ui.shared.locale_format import to_date
from app.ui.shared.task_dialog import TaskDialog, date_edit
from app.ui.task_runner import TaskRunner

FOLDER_KEY = "agreements/last_folder"
SCAN_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


def last_folder() -> str:
    return str(QSettings().value(FOLDER_KEY, str(Path.home())))


def remember_folder(path: str) -> None:
    QSettings().setValue(FOLDER_KEY, str(Path(path).parent))


def read_scan(path: Path) -> tuple[str, str, bytes]:
    """(file name, media type, bytes) as the service keeps them; runs on the database thread."""
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return path.name, media_type, path.read_bytes()


def choose_scan(parent: QWidget) -> str:
    """Ask for the scan of a signed original: a PDF or a picture."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("AgreementsView", "Choisir le scan de l'original signé"),
        last_folder(),
        QCoreApplication.translate("AgreementsView", "PDF ou images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
    )
    if path:
        remember_folder(path)
    return path


class ScanField(QWidget):
    """A file path with "Choisir…" and a way to take it back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Aucun (facultatif)"))
        self.path.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choisir un fichier…"))
        self.clear_button = QPushButton(self.tr("Retirer"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        self.choose_button.clicked.connect(self._choose)
        self.clear_button.clicked.connect(self.path.clear)

    def _choose(self) -> None:
        chosen = choose_scan(self)
        if chosen:
            self.path.setText(chosen)


class SignDialog(TaskDialog):
    """ "Marquer comme signée": the day of the signature and, if at hand, the scan of the original."""

    def __init__(
        self,
        runner: TaskRunner,
        agreement_id: str,
        heading: str,
        sent_on: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Marquer comme signée"), self.tr("Marquer comme signée"), parent)
        self.agreement_id = agreement_id
        intro = QLabel(
            self.tr(
                "<b>{0}</b><br>Indiquez le jour où la dernière partie a signé. Vous pouvez joindre le scan "
                "de votre original signé (PDF ou image) : il reste sur cet ordinateur."
            ).format(heading)
        )
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.signed_on = date_edit()
        if sent_on is not None:
            self.signed_on.setMinimumDate(QDate(sent_on.year, sent_on.month, sent_on.day))
        self.scan = ScanField()
        self.form.add("signed_on", self.tr("Signée le"), self.signed_on)
        self.form.add("scan", self.tr("Scan de l'original"), self.scan)
        self.setMinimumWidth(560)

    def check(self) -> dict[str, Text]:
        path = self.scan.path.text()
        if path and Path(path).suffix.lower() not in SCAN_SUFFIXES:
            return {"scan": self.tr("Choisissez un PDF ou une image (PNG, JPEG, TIFF).")}
        if path and not Path(path).is_file():
            return {"scan": self.tr("Ce fichier est introuvable.")}
        return {}

    def work(self) -> Callable[[Any], Any]:
        agreement_id, signed_on = self.agreement_id, to_date(self.signed_on.date())
        path = Path(self.scan.path.text()) if self.scan.path.text() else None

        def sign(session: Any) -> None:
            ag.mark_signed(session, agreement_id, signed_on, read_scan(path) if path else None)

        return sign


class EndDialog(TaskDialog):
    """ "Terminer la convention": when it ended and why (kept in the history)."""

    def __init__(
        self,
        runner: TaskRunner,
        agreement_id: str,
        heading: str,
        signed_on: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Terminer la convention"), self.tr("Terminer la convention"), parent)
        self.agreement_id = agreement_id
        intro = QLabel(
            self.tr(
                "<b>{0}</b><br>La convention passe au statut « Terminée » ; elle reste "
                "consultable et imprimable."
            ).format(heading)
        )
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.ended_on = date_edit()
        if signed_on is not None:
            self.ended_on.setMinimumDate(QDate(signed_on.year, signed_on.month, signed_on.day))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Par exemple : action terminée, bilan fait ensemble ; résiliation avec préavis…")
        )
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        self.form.add("ended_on", self.tr("Terminée le"), self.ended_on)
        self.form.add("reason", self.tr("Raison"), self.reason)

    def work(self) -> Callable[[Any], Any]:
        agreement_id, ended_on, reason = (
            self.agreement_id,
            to_date(self.ended_on.date()),
            self.reason.toPlainText(),
        )
        return lambda s: ag.end_agreement(s, agreement_id, ended_on, reason)
