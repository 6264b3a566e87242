"""Linking this computer to the network's hub: its address and a one-time code."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.sync.client import HubClient, insecure_address
from app.sync.engine import sync_state
from app.ui.sync.controller import SyncController
from app.ui.task_runner import TaskRunner


class EnrollDialog(QDialog):
    def __init__(self, runner: TaskRunner, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._controller = runner, controller
        self.setWindowTitle(self.tr("Relier cet ordinateur au hub"))
        intro = QLabel(
            self.tr(
                "L'administrateur du hub de votre réseau vous donne son adresse et un code "
                "à usage unique (par exemple ABCD-EFGH-JKLM)."
            )
        )
        intro.setWordWrap(True)
        self.hub = QLineEdit()
        self.hub.setPlaceholderText("https://hub.mon-reseau.fr")
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        self.device = QLineEdit(socket.gethostname())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Adresse du hub"), self.hub)
        form.addRow(self.tr("Code d'enrôlement"), self.code)
        form.addRow(self.tr("Nom de cet ordinateur"), self.device)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        hub, code, device = self.hub.text().strip(), self.code.text().strip(), self.device.text().strip()
        if insecure_address(hub):
            self.message.setText(
                self.tr("L'adresse du hub commence par https:// (demandez-la à son administrateur).")
            )
            return
        if not code or not device:
            self.message.setText(self.tr("Le code et le nom de l'ordinateur sont nécessaires."))
            return
        self.buttons.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Connexion au hub…"))
        tokens = self._controller.tokens

        def enroll():
            answer = HubClient(hub, retries=1).enroll(code, device)
            tokens.save(hub, answer.token)
            return answer

        self._runner.run_net(enroll, lambda answer: self._enrolled(hub, answer), self._failed)

    def _enrolled(self, hub: str, answer) -> None:

        def remember(session) -> None:
            state = sync_state(session)
            # association_id is set by the first sync: until then it names what we owned before,
            # which that sync re-sends to this hub.
            state.hub_url = hub.rstrip("/")
            state.association_name, state.device_id = answer.association_name, answer.device_id

        self._runner.run_db(remember, lambda _r: self._finish())

    def _finish(self) -> None:
        self._controller.refresh()
        self.accept()
        self._controller.start()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(str(error))
