"""Import preview: columns mapped to fields, the first rows, every refused row with its line.

Nothing is written until the user confirms; cancelling changes nothing.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.contacts.duplicates import REASONS
from app.services.contacts.transfer import FIELD_LABELS, ImportPlan, RawTable, plan_import
from app.ui.shared.locale_format import service_text
from app.ui.task_runner import TaskRunner

PREVIEW_ROWS = 20


class ImportDialog(QDialog):
    def __init__(
        self,
        runner: TaskRunner,
        plan: ImportPlan,
        table: RawTable | None = None,
        mapping: dict[int, str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._table = runner, table
        self.plan = plan
        self.mapping = dict(mapping or {})
        self._generation = 0
        self.setWindowTitle(self.tr("Importer des contacts — {0}").format(plan.source_name))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if table is not None:
            layout.addWidget(self._mapping_box(table))
            layout.addWidget(self._preview(table), 1)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setObjectName("importProblems")
        problems_box = QGroupBox(self.tr("Lignes refusées et doublons possibles"))
        QVBoxLayout(problems_box).addWidget(self.problems)
        layout.addWidget(problems_box, 1)
        self.buttons = QDialogButtonBox()
        self.import_button: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self._show_plan(plan)

    def _mapping_box(self, table: RawTable) -> QWidget:
        box = QGroupBox(self.tr("Correspondance des colonnes"))
        form = QFormLayout()
        inner = QWidget()
        inner.setLayout(form)
        self.combos: list[QComboBox] = []
        for column, header in enumerate(table.headers):
            combo = QComboBox()
            combo.addItem(self.tr("(ignorer cette colonne)"), None)
            for field, label in FIELD_LABELS.items():
                combo.addItem(service_text(label), field)
            combo.setCurrentIndex(max(0, combo.findData(self.mapping.get(column))))
            combo.currentIndexChanged.connect(partial(self._remap, column, combo))
            form.addRow(self.tr("Colonne « {0} »").format(header or column + 1), combo)
            self.combos.append(combo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMaximumHeight(190)
        QVBoxLayout(box).addWidget(scroll)
        return box

    def _preview(self, table: RawTable) -> QTableWidget:
        rows = table.rows[:PREVIEW_ROWS]
        widget = QTableWidget(len(rows), len(table.headers))
        widget.setHorizontalHeaderLabels(table.headers)
        widget.setVerticalHeaderLabels([str(line) for line, _ in rows])
        for r, (_line, values) in enumerate(rows):
            for c, value in enumerate(values[: len(table.headers)]):
                widget.setItem(r, c, QTableWidgetItem(value))
        widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        widget.horizontalHeader().setStretchLastSection(True)
        return widget

    def _remap(self, column: int, combo: QComboBox, _index: int = -1) -> None:
        self.mapping[column] = combo.currentData()
        self._generation += 1
        generation, table, mapping = self._generation, self._table, dict(self.mapping)
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Nouvelle vérification des lignes…"))
        self._runner.run_db(lambda s: plan_import(s, table, mapping), partial(self._replanned, generation))

    def _replanned(self, generation: int, plan: ImportPlan) -> None:
        if generation == self._generation:
            self._show_plan(plan)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        valid, refused = len(plan.valid), len(plan.errors)
        doubtful = sum(1 for row in plan.valid if row.duplicates or row.duplicates_in_file)
        self.summary.setText(
            self.tr(
                "{0} ligne(s) prête(s) à importer, {1} refusée(s), {2} doublon(s) possible(s). "
                "Rien n'est enregistré avant que vous confirmiez."
            ).format(valid, refused, doubtful)
        )
        lines = [str(error) for error in plan.errors]
        for row in plan.valid:
            for candidate in row.duplicates:
                lines.append(
                    self.tr("ligne {0} : doublon possible de « {1} » ({2})").format(
                        row.line,
                        candidate.display_name,
                        ", ".join(service_text(REASONS[r]) for r in candidate.reasons),
                    )
                )
            for other in row.duplicates_in_file:
                lines.append(
                    self.tr("ligne {0} : ressemble à la ligne {1} du fichier").format(row.line, other)
                )
        self.problems.setPlainText("\n".join(lines) or self.tr("Aucun problème trouvé."))
        self.import_button.setText(self.tr("Importer {0} contact(s)").format(valid))
        self.import_button.setEnabled(valid > 0)
