"""The editor's form: every field of a practice, the indicators as a small table and the
themes as a checklist users can extend. It reads and writes PracticeFields as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import Text
from app.services.practices.records import IndicatorFields, PracticeFields
from app.ui.shared.form_fields import ValidatedForm
from app.ui.shared.locale_format import service_text

# No separate "value": an indicator is the figure before the practice and the figure after
# (a single figure goes in "Après"); the reader and the sheet show it as "12 → 28 personnes".
INDICATOR_COLUMNS = ("label", "before", "after", "unit")
INVALID_CELL = Qt.GlobalColor.yellow


def text_box(height: int, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(height)  # predictable rows: the form scrolls, each box scrolls inside
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    return box


class IndicatorsTable(QWidget):
    """Indicators as rows: name, before, after, unit; typed text is kept as is."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(INDICATOR_COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Indicateur"), self.tr("Avant"), self.tr("Après"), self.tr("Unité")]
        )
        for column, tip in enumerate(
            (
                self.tr("Ce que l'on mesure, par exemple « Bénévoles actifs »"),
                self.tr("Le chiffre avant la pratique (laissez vide s'il n'y en a pas)"),
                self.tr("Le chiffre obtenu avec la pratique"),
                self.tr("L'unité des deux chiffres : personnes, €, heures…"),
            )
        ):
            if (head := self.table.horizontalHeaderItem(column)) is not None:
                head.setToolTip(tip)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(INDICATOR_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(70)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(130)
        self.add_button = QPushButton(self.tr("Ajouter un indicateur"))
        self.remove_button = QPushButton(self.tr("Retirer la ligne"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self._remove)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def add_row(self, values: IndicatorFields | None = None) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        shown = {name: getattr(values, name) if values else "" for name in INDICATOR_COLUMNS}
        if values is not None and not values.after:  # a figure typed in the former "Valeur" column
            shown["after"] = values.value
        for column, name in enumerate(INDICATOR_COLUMNS):
            self.table.setItem(row, column, QTableWidgetItem(shown[name]))
        self.table.blockSignals(False)
        if values is None:
            self.table.setCurrentCell(row, 0)
            if (first := self.table.item(row, 0)) is not None:
                self.table.editItem(first)
            self.changed.emit()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def rows(self) -> list[IndicatorFields]:
        out = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, c) for c in range(len(INDICATOR_COLUMNS))]
            cells = dict(
                zip(
                    INDICATOR_COLUMNS,
                    (item.text() if item is not None else "" for item in items),
                    strict=True,
                )
            )
            out.append(IndicatorFields(**cells))
        return out

    def set_rows(self, rows: list[IndicatorFields]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)

    def mark(self, errors: dict[str, Text]) -> None:
        """Colour the cells the check refused ("indicators.2.value"), with the reason as tooltip."""
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for column, name in enumerate(INDICATOR_COLUMNS):
                item = self.table.item(row, column)
                problem = errors.get(f"indicators.{row + 1}.{name}")
                if name == "after":  # a refused old "value" shows in "Après"
                    problem = problem or errors.get(f"indicators.{row + 1}.value")
                if item is not None:
                    item.setBackground(INVALID_CELL if problem else Qt.GlobalColor.transparent)
                    item.setToolTip(service_text(problem) if problem else "")
        self.table.blockSignals(False)


class ThemesPicker(QWidget):
    """The network's themes, to tick; a new one can be added."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMaximumHeight(76)
        self.new_theme = QLineEdit()
        self.new_theme.setPlaceholderText(self.tr("Autre thème, puis Entrée"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.new_theme)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.new_theme.returnPressed.connect(self._add_typed)

    def set_themes(self, known: list[str], chosen: list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for theme in [*known, *(t for t in chosen if t not in known)]:
            self._add(theme, theme in chosen)
        self.list.blockSignals(False)

    def _add(self, theme: str, checked: bool) -> None:
        item = QListWidgetItem(theme)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def _add_typed(self) -> None:
        theme = " ".join(self.new_theme.text().split())
        if not theme:
            return
        found = self.list.findItems(theme, Qt.MatchFlag.MatchFixedString)
        if found:
            found[0].setCheckState(Qt.CheckState.Checked)
        else:
            self._add(theme, True)
            self.changed.emit()
        self.new_theme.clear()

    def chosen(self) -> list[str]:
        return [
            self.list.item(i).text()
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class PracticeForm(ValidatedForm):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicators = IndicatorsTable()
        self.themes = ThemesPicker()
        editors: list[tuple[str, str, QWidget]] = [
            ("title", self.tr("Titre"), QLineEdit()),
            (
                "summary",
                self.tr("Résumé"),
                text_box(64, self.tr("Deux ou trois phrases : ce que la pratique apporte.")),
            ),
            (
                "context",
                self.tr("Contexte"),
                text_box(80, self.tr("Le problème de départ, l'association, le public…")),
            ),
            (
                "method",
                self.tr("Méthode"),
                text_box(
                    200, self.tr("Les étapes, en Markdown : ## Titre, **gras**, listes « - » ou « 1. »")
                ),
            ),
            ("results", self.tr("Résultats"), text_box(80)),
            ("indicators", self.tr("Indicateurs"), self.indicators),
            ("lessons", self.tr("Enseignements"), text_box(80, self.tr("Ce que vous referiez, ou pas."))),
            ("themes", self.tr("Thèmes"), self.themes),
            ("tags", self.tr("Mots-clés"), QLineEdit()),
            ("contact_name", self.tr("Personne à contacter"), QLineEdit()),
            ("contact_email", self.tr("E-mail de contact"), QLineEdit()),
        ]
        for name, label, editor in editors:
            self.add(name, label, editor)
            if isinstance(editor, (QLineEdit, QPlainTextEdit)):
                editor.textChanged.connect(self.changed)
        self.line("tags").setPlaceholderText(self.tr("Séparés par des virgules : accueil, tutorat"))
        self.indicators.changed.connect(self.changed)
        self.themes.changed.connect(self.changed)

    def values(self) -> PracticeFields:
        return PracticeFields(
            title=self.text("title"),
            summary=self.text("summary"),
            context=self.text("context"),
            method=self.text("method"),
            results=self.text("results"),
            indicators=self.indicators.rows(),
            lessons=self.text("lessons"),
            themes=self.themes.chosen(),
            tags=self.text("tags"),
            contact_name=self.text("contact_name"),
            contact_email=self.text("contact_email"),
        )

    def set_values(self, data: PracticeFields, known_themes: list[str]) -> None:
        self.blockSignals(True)
        for name in (
            "title",
            "summary",
            "context",
            "method",
            "results",
            "lessons",
            "tags",
            "contact_name",
            "contact_email",
        ):
            self.set_text(name, getattr(data, name))
        self.indicators.set_rows(data.indicators)
        self.themes.set_themes(known_themes, data.themes)
        self.blockSignals(False)

    def show_errors(self, errors: dict[str, Text]) -> None:
        grouped = {name: text for name, text in errors.items() if not name.startswith("indicators.")}
        cells = {name: text for name, text in errors.items() if name.startswith("indicators.")}
        if cells and "indicators" not in grouped:
            first = next(iter(cells.items()))
            row = first[0].split(".")[1]
            grouped["indicators"] = self.tr("Ligne {0} : {1}").format(row, service_text(first[1]))
        self.show_problems(grouped, {})
        self.indicators.mark(errors)
