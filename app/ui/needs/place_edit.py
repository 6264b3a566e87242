"""A commune typed by name or postal code, with completions from the bundled table once it is
loaded (the section loads it on the database thread when it opens: never on the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.services.needs import places


def table_loaded() -> bool:
    return places.table.cache_info().currsize > 0


class PlaceEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Commune ou code postal, ex. Lyon 7e ou 69007"))
        self.setClearButtonEnabled(True)
        self._choices = QStringListModel(self)
        completer = QCompleter(self._choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)

    def _suggest(self, text: str) -> None:
        if not table_loaded():
            return
        found = places.suggest(text)
        self._choices.setStringList([commune.label() for commune in found])
        if found:
            self.completer().complete()
