"""The small dialogs of the section: proposing, accepting or declining a response, saying how it
went, and the year's numbers with their CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import Text
from app.models import Outcome
from app.services.needs import outcomes, responses, summary
from app.services.needs.matching import Suggestion
from app.services.needs.response_lines import ResponseLine
from app.ui.needs import queries
from app.ui.needs.common import error_text, outcome_text
from app.ui.shared.locale_format import service_text, show_count
from app.ui.shared.optional_date import OptionalDate
from app.ui.shared.task_dialog import TaskDialog
from app.ui.task_runner import TaskRunner


def _text_box(lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 12pt; font-weight: 600;")
    label.setWordWrap(True)
    return label


class ProposeDialog(TaskDialog):
    """ "Proposer": a response to another association's need, offer or practice."""

    def __init__(
        self,
        runner: TaskRunner,
        target: tuple[str, str, str],  # (type, id, title) of what we answer
        resource: tuple[str | None, str | None, str],  # (type, id, label) of what we put forward
        first: date | None,
        last: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Proposer"), self.tr("Envoyer la proposition"), parent)
        self.target, self.resource = target, resource
        self.body.insertWidget(0, _heading(self.tr("Pour « {0} »").format(target[2])))
        if resource[2]:
            self.body.insertWidget(1, QLabel(self.tr("Ce que vous proposez : {0}").format(resource[2])))
        self.text = _text_box()
        self.text.setPlaceholderText(self.tr("ex. Nous pouvons vous le prêter ; à récupérer la veille."))
        self.contact_name, self.contact_phone, self.contact_email = QLineEdit(), QLineEdit(), QLineEdit()
        self.contact_phone.setPlaceholderText(self.tr("numéro de téléphone"))
        self.first, self.last = OptionalDate(self.tr("à convenir")), OptionalDate(self.tr("le même jour"))
        self.first.set_value(first)
        self.last.set_value(last if last != first else None)
        add = self.form.add
        add("message", self.tr("Message"), self.text)
        add("contact_name", self.tr("Personne à contacter"), self.contact_name)
        add("contact_phone", self.tr("Téléphone"), self.contact_phone)
        add("contact_email", self.tr("E-mail"), self.contact_email)
        add("start_date", self.tr("Du"), self.first)
        add("end_date", self.tr("Au"), self.last)
        note = QLabel(
            self.tr("L'association qui a publié verra votre proposition à sa prochaine synchronisation.")
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.body.insertWidget(self.body.count() - 1, note)
        self.text.setFocus()

    def work(self) -> Callable[[Any], Any]:
        data = responses.ProposalFields(
            message=self.text.toPlainText(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            contact_email=self.contact_email.text(),
            start_date=self.first.value(),
            end_date=self.last.value(),
        )
        (target_type, target_id, _title), (resource_type, resource_id, _label) = self.target, self.resource
        return lambda s: responses.propose(s, target_type, target_id, resource_type, resource_id, data)


def proposal_for(detail: queries.Detail, chosen: Suggestion) -> tuple[tuple, tuple]:
    """What a suggestion's action answers and puts forward, from where we stand."""
    if chosen.action == "propose":  # theirs; we put one of ours forward
        resource_type = "need" if chosen.type == "need" else chosen.type
        resource_id = chosen.id if chosen.type != "member" else None
        return ("need", detail.id, detail.fields.title), (resource_type, resource_id, chosen.title)
    target_type = "practice" if chosen.type == "practice" else "need"
    return (target_type, chosen.id, chosen.title), ("need", detail.id, detail.fields.title)


class DecideDialog(TaskDialog):
    """Accept or decline a response; accepting lent equipment reserves it (dates may be asked)."""

    def __init__(
        self, runner: TaskRunner, line: ResponseLine, accept: bool, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Accepter la proposition") if accept else self.tr("Décliner la proposition")
        super().__init__(runner, title, self.tr("Accepter") if accept else self.tr("Décliner"), parent)
        self.line, self.accept_it = line, accept
        what = line.resource_label or line.target_title
        self.body.insertWidget(0, _heading(self.tr("{0} : {1}").format(line.other_name, what)))
        self.note = _text_box(3)
        self.note.setPlaceholderText(self.tr("Un mot pour l'autre association (facultatif)"))
        self.form.add("note", self.tr("Mot"), self.note)
        self.first = self.last = None
        if accept and line.resource_type == "equipment":
            explain = QLabel(
                self.tr(
                    "Accepter fait la demande de réservation de ce matériel, comme depuis la section "
                    "Matériel."
                )
            )
            explain.setWordWrap(True)
            self.body.insertWidget(1, explain)
            if line.start_date is None:
                self.first, self.last = (
                    OptionalDate(self.tr("à choisir")),
                    OptionalDate(self.tr("le même jour")),
                )
                self.form.add("start_date", self.tr("Du"), self.first)
                self.form.add("end_date", self.tr("Au"), self.last)
        self.note.setFocus()

    def work(self) -> Callable[[Any], Any]:
        response_id, accept, note = self.line.id, self.accept_it, self.note.toPlainText()
        first = self.first.value() if self.first else None
        last = (self.last.value() or first) if self.last else None
        return lambda s: responses.decide(s, response_id, accept, note, first=first, last=last)


class OutcomeDialog(TaskDialog):
    """ "Ça s'est bien passé ?" for one exchange."""

    def __init__(self, runner: TaskRunner, due: outcomes.OutcomeDue, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Ça s'est bien passé ?"), self.tr("Enregistrer"), parent)
        self.due = due
        self.body.insertWidget(0, _heading(self.tr("« {0} » avec {1}").format(due.title, due.other_name)))
        self.choice = QButtonGroup(self)
        row = QHBoxLayout()
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        for outcome in Outcome:
            button = QRadioButton(outcome_text(outcome.value))
            button.setProperty("outcome", outcome.value)
            self.choice.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.note = _text_box(3)
        self.note.setPlaceholderText(self.tr("Ce que vous en retenez (facultatif)"))
        self.practice = QCheckBox(self.tr("En faire une fiche pratique (brouillon à compléter)"))
        self.form.add("outcome", self.tr("Comment"), holder)
        self.form.add("note", self.tr("Note"), self.note)
        self.form.add("as_practice", "", self.practice)

    def check(self) -> dict[str, Text]:
        if self.choice.checkedButton() is None:
            return {"outcome": self.tr("Choisissez : bien, mitigé ou mal.")}
        return {}

    def work(self) -> Callable[[Any], Any]:
        response_id, note, practice = self.due.response_id, self.note.toPlainText(), self.practice.isChecked()
        chosen = self.choice.checkedButton()
        assert chosen is not None  # check() asked for one
        outcome: str = chosen.property("outcome")
        return lambda s: outcomes.record_outcome(s, response_id, outcome, note, as_practice=practice)


class SummaryDialog(QDialog):
    """The year's numbers, for the activity report, and their CSV."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Bilan de l'année"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(summary.default_year())
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("summaryTable")
        self.table.setHorizontalHeaderLabels([self.tr("Indicateur"), self.tr("Valeur")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Enregistrer en CSV…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Année")))
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(600, 560)
        self.rows: list[tuple[str, str]] = []
        self.year.valueChanged.connect(lambda _v: self.load())
        self.save_button.clicked.connect(self.ask_save)
        self.load()

    def load(self) -> None:
        chosen = self.year.value()
        self.runner.run_db(
            lambda s: queries.year(s, chosen), self._show, lambda e: self.status.setText(error_text(e))
        )

    def _value(self, value: int | float | str) -> str:
        if isinstance(value, int):
            return show_count(value)
        return str(value).replace(".", ",") if value != "" else "—"

    def _show(self, lines: list[tuple[str, int | float | str, bool]]) -> None:
        self.rows = []
        self.table.setRowCount(len(lines) - 1)  # the year is above the table
        for index, (label, value, detail) in enumerate(lines):
            text = ("    " if detail else "") + service_text(label)
            shown = str(value) if index == 0 else self._value(value)
            self.rows.append((text, shown))
            if index == 0:
                continue
            for column, cell in enumerate((text, shown)):
                item = QTableWidgetItem(cell)
                if column == 1:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(index - 1, column, item)
        self.table.resizeColumnToContents(0)

    def ask_save(self) -> None:
        default = str(Path.home() / self.tr("bilan-entraide-{0}.csv").format(self.year.value()))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le bilan"), default, self.tr("CSV (*.csv)")
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        rows = list(self.rows)

        def write(_session: Any) -> Path:
            summary.write_csv(path, rows)
            return path

        self.runner.run_db(
            write,
            lambda done: self.status.setText(self.tr("Bilan enregistré : {0}").format(done)),
            lambda e: self.status.setText(error_text(e)),
        )
