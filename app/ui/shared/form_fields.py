"""Form rows with an inline message under each field: what to fix, in French, text kept."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import Text
from app.ui.shared.locale_format import service_text

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"
FieldWidget = QLineEdit | QPlainTextEdit | QWidget


class FieldRow(QWidget):
    """A field and, below it, a message that is hidden until there is something to say."""

    def __init__(self, editor: FieldWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)

    def say(self, text: str, *, warning: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
        self.message.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text) and not warning)
        self.editor.setAccessibleDescription(text)


class ValidatedForm(QWidget):
    """A QFormLayout of FieldRows addressed by field name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rows: dict[str, FieldRow] = {}

    def add(self, name: str, label: str, editor: FieldWidget) -> FieldRow:
        row = FieldRow(editor)
        self.rows[name] = row
        self.layout_.addRow(label, row)
        return row

    def set_visible(self, name: str, visible: bool) -> None:
        self.layout_.setRowVisible(self.rows[name], visible)

    def text(self, name: str) -> str:
        editor = self.rows[name].editor
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QLineEdit):
            return editor.text()
        raise TypeError(name)

    def set_text(self, name: str, value: str) -> None:
        editor = self.rows[name].editor
        if isinstance(editor, QPlainTextEdit | QLineEdit):
            editor.setPlainText(value) if isinstance(editor, QPlainTextEdit) else editor.setText(value)

    def show_problems(self, errors: Mapping[str, Text], warnings: Mapping[str, Text]) -> None:
        for name, row in self.rows.items():
            if name in errors:
                row.say(service_text(errors[name]))
            else:
                row.say(service_text(warnings[name]) if name in warnings else "", warning=True)

    def line(self, name: str) -> QLineEdit:
        """The editor of a one-line field."""
        editor = self.rows[name].editor
        if not isinstance(editor, QLineEdit):
            raise TypeError(f"{name} is not a one-line field")
        return editor

    def first_invalid(self, errors: Mapping[str, Text]) -> QWidget | None:
        for name, row in self.rows.items():
            if name in errors:
                return row.editor
        return None
