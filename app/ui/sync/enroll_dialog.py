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

from app.services import identity
from app.sync import runs
from app.sync.client import HubUnreachable, insecure_address
from app.ui.shared.locale_format import said
from app.ui.sync.controller import SyncController
from app.ui.sync.identity_choice import IdentityChoice
from app.ui.task_runner import TaskRunner
from protocol.messages import EnrollResponse, Member


class EnrollDialog(QDialog):
    def __init__(self, runner: TaskRunner, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._controller = runner, controller
        self.choice: IdentityChoice | None = None
        self.setWindowTitle(self.tr("Relier cet ordinateur au hub"))
        intro = QLabel(
            self.tr(
                "L'administrateur du hub de votre réseau vous donne son adresse et un code "
                "à usage unique (par exemple ABCD-EFGH-JKLM)."
            )
        )
        intro.setWordWrap(True)
        self.hub = QLineEdit()
        self.hub.setPlaceholderText(self.tr("commence par https://"))
        # Room for a whole address: the hint and a typical hub address were cut.
        self.hub.setMinimumWidth(
            self.hub.fontMetrics().horizontalAdvance("https://hub.mon-reseau.fr/") * 3 // 2
        )
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

        def enroll() -> EnrollResponse:
            return runs.enroll(hub, code, device, tokens, retries=1)

        self._runner.run_net(enroll, lambda answer: self._enrolled(hub, answer), self._failed)

    def _enrolled(self, hub: str, answer: EnrollResponse) -> None:
        self._runner.run_db(
            lambda s: runs.remember_enrolment(s, hub, answer), lambda _r: self._compare_identity(hub)
        )

    def _compare_identity(self, hub: str) -> None:
        """The hub's record of us against what this computer says: the user chooses."""
        tokens = self._controller.tokens

        def differences(member: Member | None) -> None:
            if member is None:
                self._finish()
                return
            self._runner.run_db(
                lambda s: identity.differences(s, member.name, member.rna, member.siret),
                self._choose,
                lambda _e: self._finish(),
            )

        self._runner.run_net(lambda: runs.hub_record(hub, tokens), differences, lambda _e: self._finish())

    def _choose(self, found: list[identity.Difference]) -> None:
        if not found:
            self._finish()
            return
        self.choice = IdentityChoice(found, self)
        self.choice.finished.connect(lambda _r: self._chosen(found))
        self.choice.open()

    def _chosen(self, found: list[identity.Difference]) -> None:
        if self.choice is not None and self.choice.take_hub:
            self._runner.run_db(lambda s: identity.take_from_hub(s, found), lambda _r: self._finish())
        else:
            self._finish()

    def _finish(self) -> None:
        self._controller.refresh()
        self.accept()
        self._controller.start()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setStyleSheet("color: #b00020;")
        if isinstance(error, HubUnreachable):
            # Nothing resumes by itself here: this computer is not linked yet.
            self.message.setText(
                self.tr(
                    "Le hub ne répond pas : vérifiez son adresse et la connexion à Internet, puis "
                    "cliquez de nouveau sur OK. Cet ordinateur n'est pas encore relié au hub."
                )
            )
            return
        self.message.setText(said(error))
