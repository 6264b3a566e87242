"""Small dialogs of the reader: saying we adopted a practice (and how it went), and asking the
author association for mentoring. Each saves through the task runner and keeps what was typed
when the service refuses it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.models import AdoptionOutcome
from app.services.practices import feedback, mentoring
from app.services.practices.feedback import OUTCOME_LABELS, FeedbackInfo
from app.ui.shared.form_fields import ValidatedForm
from app.ui.shared.locale_format import service_text
from app.ui.task_runner import TaskRunner


class _SavingDialog(QDialog):
    """A form whose OK button runs one service call on the database thread."""

    succeeded = Signal(object)

    def __init__(self, runner: TaskRunner, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.form = ValidatedForm()
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def work(self) -> Callable[[Any], Any]:
        raise NotImplementedError

    def _save(self) -> None:
        self.ok_button.setEnabled(False)
        self._runner.run_db(self.work(), self._saved, self._refused)

    def _saved(self, result: object) -> None:
        self.ok_button.setEnabled(True)
        self.succeeded.emit(result)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            errors = {("note" if name == "text" else name): text for name, text in error.errors.items()}
            if not set(errors) & set(self.form.rows):
                errors = {next(iter(self.form.rows)): " ".join(map(service_text, errors.values()))}
            self.form.show_problems(errors, {})
        else:
            self.form.show_problems({next(iter(self.form.rows)): str(error)}, {})


class AdoptDialog(_SavingDialog):
    """ "Nous l'avons adoptée": how it went, and a note for the author association."""

    def __init__(
        self,
        runner: TaskRunner,
        practice_id: str,
        current: FeedbackInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner,
            self.tr("Nous l'avons adoptée"),
            self.tr(
                "Dites aux autres associations où en est votre adoption de cette pratique et comment "
                "elle se passe. Vous pourrez revenir compléter cette note."
            ),
            parent,
        )
        self._practice_id = practice_id
        self.outcome = QComboBox()
        for outcome in AdoptionOutcome:
            self.outcome.addItem(service_text(OUTCOME_LABELS[outcome]), outcome.value)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr("Par exemple : nous l'avons testée sur deux permanences ; les bénévoles ont apprécié…")
        )
        self.author_name = QLineEdit()
        self.author_name.setPlaceholderText(self.tr("Facultatif"))
        self.form.add("outcome", self.tr("Où en êtes-vous ?"), self.outcome)
        self.form.add("note", self.tr("Comment ça se passe"), self.note)
        self.form.add("author_name", self.tr("Votre nom"), self.author_name)
        self.ok_button.setText(self.tr("Enregistrer"))
        if current is not None:
            self.outcome.setCurrentIndex(max(self.outcome.findData(current.outcome), 0))
            self.note.setPlainText(current.text)
            self.author_name.setText(current.author_name)

    def work(self) -> Callable[[Any], Any]:
        practice_id, note = self._practice_id, self.note.toPlainText()
        outcome, name = self.outcome.currentData(), self.author_name.text()
        return lambda s: feedback.adopt(s, practice_id, note, outcome, name)


class MentoringDialog(_SavingDialog):
    """ "Demander un accompagnement": a message to the author association, and a follow-up in
    our contacts."""

    def __init__(
        self, runner: TaskRunner, practice_id: str, author: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            runner,
            self.tr("Demander un accompagnement"),
            self.tr(
                "Votre demande est envoyée à {0} à la prochaine synchronisation. Un suivi est noté "
                "dans la fiche de cette association, dans vos contacts."
            ).format(author),
            parent,
        )
        self._practice_id = practice_id
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Ce que vous aimeriez : un appel, une visite, des documents…"))
        self.author_name = QLineEdit()
        self.author_name.setPlaceholderText(self.tr("Facultatif"))
        self.form.add("note", self.tr("Votre message"), self.note)
        self.form.add("author_name", self.tr("Votre nom"), self.author_name)
        self.ok_button.setText(self.tr("Envoyer la demande"))

    def work(self) -> Callable[[Any], Any]:
        practice_id, note, name = self._practice_id, self.note.toPlainText(), self.author_name.text()
        return lambda s: mentoring.request_mentoring(s, practice_id, note, name)
