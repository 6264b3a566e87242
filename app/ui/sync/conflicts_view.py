"""The Conflits section: both values side by side; keep mine, keep theirs, or write a combined one."""

from __future__ import annotations

import contextlib
import html
import json
import re
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.sync import conflicts, wording
from app.sync.conflicts import ConflictInfo
from app.ui.shared.list_panel import empty_label, list_panel, show_rows
from app.ui.shared.locale_format import service_text, show_date
from app.ui.task_runner import TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole + 1


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str) and _ISO_DAY.match(value):
        with contextlib.suppress(ValueError):
            return show_date(date.fromisoformat(value))
    if isinstance(value, dict):  # several fields of a refusal: "Début : 09/06/2031 ; Fin : …"
        return " ; ".join(f"{field_label(name)} : {shown(item)}" for name, item in value.items())
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def field_label(name: str | None) -> str:
    return wording.field_label(name, service_text)


class ConflictsView(QWidget):
    changed = Signal(int)  # open conflicts left

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.items: list[ConflictInfo] = []
        self.intro = intro = QLabel(
            self.tr(
                "Ces fiches ont été modifiées ici et ailleurs avant d'être synchronisées, ou le hub a refusé "
                "une modification. Rien n'est perdu : choisissez la version à garder."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fiche"), self.tr("Champ"), self.tr("Ici"), self.tr("Ailleurs / raison")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mine = QPushButton(self.tr("Garder ma version"))
        self.theirs = QPushButton(self.tr("Garder l'autre version"))
        self.combine = QPushButton(self.tr("Écrire une autre valeur…"))
        self.dismiss = QPushButton(self.tr("J'ai compris"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.mine, self.theirs, self.combine, self.dismiss):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.empty_label = empty_label(
            "conflictsEmpty",
            self.tr(
                "Aucun conflit : tout ce qui a été modifié ici et ailleurs s'est accordé.\n\nUne fiche "
                "modifiée des deux côtés avant la synchronisation, ou une modification refusée par le "
                "hub, apparaîtrait ici, avec ses deux versions."
            ),
        )
        layout.addWidget(list_panel(self.table, self.empty_label), 1)
        self.detail = QLabel()  # why the hub refused the selected change, in full
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # the hub's values: never markup
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.mine.clicked.connect(lambda: self._resolve(conflicts.keep_mine))
        self.theirs.clicked.connect(lambda: self._resolve(conflicts.keep_theirs))
        self.dismiss.clicked.connect(lambda: self._resolve(conflicts.dismiss))
        self.combine.clicked.connect(self._combine)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        self._runner.run_db(conflicts.list_conflicts, self._show)

    def _show(self, items: list[ConflictInfo]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            field, here, other = self._texts(item)
            why = self._why(item)
            kind = wording.record_kind(item.entity_type, service_text)
            label = service_text(item.record_label) if item.record_label else kind
            for column, text in enumerate((label, field, here, other)):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item.id)
                cell.setToolTip(_plain(f"{text}\n\n{why}" if why and column == 3 else text))
                self.table.setItem(row, column, cell)
        if items:
            self.table.selectRow(0)
        show_rows(self.table, self.empty_label, len(items), self.empty_label.text())
        self.intro.setVisible(bool(items))  # "these records…" when there are some
        self._update_buttons()
        self.changed.emit(len(items))

    def _texts(self, item: ConflictInfo) -> tuple[str, str, str]:
        """The cells Champ, Ici, Ailleurs / raison of one conflict or refusal."""
        if item.kind == "refused":
            # Both values when the hub kept its own (an edit refused): the hub's came back here.
            values = item.local_value if isinstance(item.local_value, dict) else {}
            fields = ", ".join(field_label(name) for name in values) or self.tr("(modification refusée)")
            if item.remote_value is None:
                return fields, self.tr("refusée"), service_text(item.reason or "")
            return (
                fields,
                shown(item.local_value),
                self.tr("{0} (gardé par le hub)").format(shown(item.remote_value)),
            )
        field = field_label(item.field) or {
            "deleted": self.tr("(fiche supprimée ailleurs)"),
            "deleted_here": self.tr("(fiche supprimée ici, modifiée ailleurs)"),
        }.get(item.kind, "")
        if item.kind == "deleted":
            return field, self.tr("modifiée"), self.tr("supprimée")
        if item.kind == "deleted_here":
            return field, self.tr("supprimée"), self.tr("modifiée")
        return field, shown(item.local_value), shown(item.remote_value)

    def _why(self, item: ConflictInfo) -> str:
        if item.problems:
            return wording.describe_all(item.problems, service_text)
        return service_text(item.reason or "")  # a marked sentence, or the hub's own

    def current(self) -> ConflictInfo | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        item = self.current()
        refused = item is not None and item.kind == "refused"
        self.mine.setEnabled(item is not None and not refused)
        self.theirs.setEnabled(item is not None and not refused)
        self.combine.setEnabled(item is not None and item.kind == "field")
        self.dismiss.setVisible(refused)
        why = self._why(item) if item is not None else ""
        if item is not None and item.kind == "refused" and item.problems and item.reason:
            why = f"{service_text(item.reason)}\n{why}"
        self.detail.setText(self.tr("Raison : {0}").format(why) if why else "")
        self.detail.setVisible(bool(why))

    def _resolve(self, action, *args) -> None:
        item = self.current()
        if item is not None:
            self._runner.run_db(lambda s: action(s, item.id, *args), lambda _r: self.refresh())

    def _combine(self, value: str | None = None) -> None:
        item = self.current()
        if item is None:
            return
        if value is None:
            value, ok = QInputDialog.getText(
                self,
                self.tr("Écrire une autre valeur"),
                self.tr("Ici : {0}\nAilleurs : {1}\n\nValeur à garder :").format(
                    shown(item.local_value), shown(item.remote_value)
                ),
                text=shown(item.local_value),
            )
            if not ok:
                return
        self._resolve(conflicts.combine, value)


def _plain(text: str) -> str:
    """A tooltip shown as typed: Qt renders one that looks like HTML (a hub's value may)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>" if text else ""
