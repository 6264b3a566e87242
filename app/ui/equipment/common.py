"""Small pieces shared by the equipment screens: money and condition display, colours, and the
base of the little dialogs whose OK button runs one job on the database thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import Condition
from app.services.contacts import NotFound
from app.services.equipment import CONDITION_LABELS
from app.services.loans import STATUS_LABELS
from app.services.validation import InvalidInput
from app.ui.form_fields import ERROR_STYLE, ValidatedForm
from app.ui.locale_format import service_text
from app.ui.task_runner import TaskRunner

# Calendar and list colours: (background, text). Chosen to stay readable for colour-blind users
# together with the legend's words and the tooltips.
KIND_COLOURS = {
    "free": ("#ffffff", "#1b1b1b"),
    "own": ("#2f6fba", "#ffffff"),
    "confirmed": ("#c0392b", "#ffffff"),
    "provisional": ("#f2b45a", "#1b1b1b"),
    "buffer": ("#e3ddd2", "#5a5247"),
    "maintenance": ("#6b6b6b", "#ffffff"),
}


def show_money(cents: int | None) -> str:
    """Cents in the user's locale: "1 250,50 €" in French, "€1,250.50" in English."""
    if cents is None:
        return ""
    return QLocale().toCurrencyString(cents / 100, "€")


def plain_money(cents: int | None) -> str:
    """Cents as the form expects them back: "45,50" (parse_money accepts both separators)."""
    if cents is None:
        return ""
    euros, rest = divmod(cents, 100)
    return f"{euros}" if rest == 0 else f"{euros},{rest:02d}"


def condition_text(value: str | None) -> str:
    if not value:
        return ""
    try:
        return service_text(CONDITION_LABELS[Condition(value)])
    except ValueError:
        return value


def status_text(status: str) -> str:
    return service_text(STATUS_LABELS.get(status, status))


def condition_combo(selected: str | None = None) -> QComboBox:
    combo = QComboBox()
    for condition in Condition:
        combo.addItem(condition_text(condition.value), condition.value)
    combo.setCurrentIndex(max(0, combo.findData(selected or Condition.BON.value)))
    return combo


def date_edit(value: QDate | None = None) -> QDateEdit:
    edit = QDateEdit(value or QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    return edit


class TaskDialog(QDialog):
    """A form whose OK button runs one job through the task runner. Checks made here and
    refusals of the service both land under the fields; what was typed stays."""

    succeeded = Signal(object)  # the job's result

    def __init__(self, runner: TaskRunner, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(title)
        self.form = ValidatedForm()
        self.forms = [self.form]  # a dialog may lay its fields out in more than one column
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.form)
        self.body.addWidget(self.message)
        self.body.addWidget(self.buttons)
        self.setMinimumWidth(500)

    # --- what subclasses provide ------------------------------------------------------
    def check(self) -> dict[str, str]:
        """Checks needing no database: field -> message (already translated)."""
        return {}

    def work(self) -> Callable[[Any], Any]:
        raise NotImplementedError

    # --- running --------------------------------------------------------------------------
    def submit(self) -> None:
        errors = self.check()
        if errors:
            self.show_errors(errors)
            return
        self.show_errors({})
        self.ok_button.setEnabled(False)
        self.runner.run_db(self.work(), self._succeeded, self._failed)

    def show_errors(self, errors: dict[str, str]) -> None:
        known = {name for form in self.forms for name in form.rows}
        for form in self.forms:
            form.show_problems({k: v for k, v in errors.items() if k in form.rows}, {})
        others = [service_text(v) for k, v in errors.items() if k not in known]
        self.message.setText("\n".join(others))
        self.message.setVisible(bool(others))
        for form in self.forms:
            target = form.first_invalid(errors)
            if target is not None:
                target.setFocus()
                break
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """Grow to show messages that wrap over several lines: a form row does not ask for the
        height of a wrapped message by itself, nor does a dialog grow for it."""
        for form in self.forms:
            for row in form.rows.values():
                message = row.message
                wrapped = message.heightForWidth(max(row.width(), 1)) if message.isVisibleTo(row) else 0
                message.setMinimumHeight(max(wrapped, 0))
        layout = self.layout()
        layout.activate()
        height = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if height > self.height():
            self.resize(self.width(), height)

    def _succeeded(self, result: Any) -> None:
        self.ok_button.setEnabled(True)
        self.succeeded.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            self.show_errors(error.errors)
        elif isinstance(error, NotFound):
            self.show_errors(
                {
                    "": QCoreApplication.translate(
                        "TaskDialog", "Cette fiche n'existe plus (elle a peut-être été supprimée)."
                    )
                }
            )
        else:
            self.show_errors(
                {"": QCoreApplication.translate("TaskDialog", "L'opération a échoué : {0}").format(error)}
            )


class Checklist(QListWidget):
    """A list of names with a box each: the accessories handed over, or those missing."""

    def __init__(self, names: list[str], checked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        rows = max(1, min(len(names), 6))
        self.setFixedHeight(rows * (self.fontMetrics().height() + 8) + 6)
        self.itemActivated.connect(self._toggle)  # Enter or double-click ticks too

    def _toggle(self, item: QListWidgetItem) -> None:
        item.setCheckState(
            Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked else Qt.CheckState.Checked
        )

    def checked(self) -> list[str]:
        return [
            self.item(i).text()
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, name: str, checked: bool) -> None:
        for i in range(self.count()):
            if self.item(i).text() == name:
                self.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
