"""The first-start assistant: the window's first start on a store asks who our association is,
once. "Plus tard" does not ask again; Fichier ▸ Préférences keeps the same form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.services import identity
from app.ui.identity.form import IdentityForm
from app.ui.shared.locale_format import said
from app.ui.task_runner import TaskRunner


class IdentityAssistant(QDialog):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setWindowTitle(self.tr("Bienvenue dans Entraide"))
        title = QLabel(self.tr("Présentez votre association"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "Son nom, ses numéros et son adresse figureront sur les documents que vous imprimez "
                "et que vos partenaires signent. Seul le nom est nécessaire ; vous pourrez tout "
                "compléter plus tard dans Fichier ▸ Préférences."
            )
        )
        intro.setWordWrap(True)
        self.form = IdentityForm(runner)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.later_button = self.buttons.addButton(
            self.tr("Plus tard"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button = self.buttons.addButton(
            self.tr("Enregistrer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.buttons.accepted.connect(self.form.save)
        self.buttons.rejected.connect(self.later)
        self.form.saved.connect(self.accept)
        self.form.failed.connect(self._say)
        self.form.load(lambda: self.form.name.setFocus())

    def later(self) -> None:
        self._runner.run_db(
            identity.put_off, lambda _r: super(IdentityAssistant, self).reject(), self._say_error
        )

    def reject(self) -> None:  # Escape and the title bar's cross put it off too
        self.later()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _say_error(self, error: BaseException) -> None:
        self._say(said(error))
        super().reject()


def offer_assistant(runner: TaskRunner, parent: QWidget, shown: Callable[[IdentityAssistant], None]) -> None:
    """At the window's first start on a store: the assistant, if nobody answered it yet."""

    def maybe(wanted: bool) -> None:
        if wanted:
            dialog = IdentityAssistant(runner, parent)
            shown(dialog)
            dialog.open()

    runner.run_db(identity.assistant_wanted, maybe)
