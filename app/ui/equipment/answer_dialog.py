"""The lender's answer to a reservation of our equipment: accept or decline, with a note."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QButtonGroup, QLabel, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget

from app.services.equipment import loans
from app.ui.equipment.queries import Line
from app.ui.shared.locale_format import show_date
from app.ui.shared.task_dialog import TaskDialog
from app.ui.task_runner import TaskRunner


class AnswerDialog(TaskDialog):
    """On success, `succeeded` carries the loan's id."""

    def __init__(self, runner: TaskRunner, line: Line, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Répondre à une demande"), self.tr("Envoyer la réponse"), parent)
        self.reservation_id = line.line.reservation_id
        about = QLabel(
            self.tr("<b>{0}</b><br>demandé par {1}, du {2} au {3}").format(
                line.line.equipment_name,
                line.line.other_name or self.tr("(sans nom)"),
                show_date(line.line.start_date),
                show_date(line.line.end_date),
            )
        )
        about.setWordWrap(True)
        self.body.insertWidget(0, about)
        self.accept_choice = QRadioButton(self.tr("Accepter le prêt"))
        self.decline_choice = QRadioButton(self.tr("Refuser le prêt"))
        self.accept_choice.setChecked(True)
        self.choice = QButtonGroup(self)
        for button in (self.accept_choice, self.decline_choice):
            self.choice.addButton(button)
        choices = QWidget()
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.addWidget(self.accept_choice)
        choices_layout.addWidget(self.decline_choice)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 10)
        self.note.setPlaceholderText(self.tr("ex. à venir chercher le vendredi après 18 h"))
        self.form.add("decision", self.tr("Réponse"), choices)
        self.form.add("note", self.tr("Message"), self.note)
        self.decline_choice.toggled.connect(self._update_placeholder)

    def _update_placeholder(self, declining: bool) -> None:
        self.note.setPlaceholderText(
            self.tr("ex. le matériel est en réparation ce jour-là")
            if declining
            else self.tr("ex. à venir chercher le vendredi après 18 h")
        )

    def work(self) -> Callable[[Any], Any]:
        reservation_id, accept, note = (
            self.reservation_id,
            self.accept_choice.isChecked(),
            self.note.toPlainText(),
        )
        return lambda s: loans.answer(s, reservation_id, accept, note)
