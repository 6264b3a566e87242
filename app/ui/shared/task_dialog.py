"""The base of the small dialogs whose OK button runs one job on the database thread, and the
date field they use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import InvalidInput, NotFound, Text
from app.ui.shared.form_fields import ERROR_STYLE, ValidatedForm
from app.ui.shared.locale_format import service_text
from app.ui.task_runner import TaskRunner


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
    def check(self) -> dict[str, Text]:
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

    def show_errors(self, errors: dict[str, Text]) -> None:
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
        if layout is None:
            return
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
