"""Small pieces shared by the equipment screens: condition and status display, colours, the
checklist of accessories."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.models import Condition
from app.services.equipment.records import CONDITION_LABELS
from app.services.equipment.statuses import LENDER_LABELS, STATUS_LABELS
from app.ui.shared.locale_format import service_text

# Calendar and list colours: (background, text). Chosen to stay readable for colour-blind users
# together with the legend's words and the tooltips.
KIND_COLOURS = {
    "free": ("#ffffff", "#1b1b1b"),
    "own": ("#2f6fba", "#ffffff"),
    "confirmed": ("#c0392b", "#ffffff"),
    "provisional": ("#f2b45a", "#1b1b1b"),
    "overdue": ("#7a0019", "#ffffff"),  # kept past its last day: not back yet
    "buffer": ("#e3ddd2", "#5a5247"),
    "maintenance": ("#6b6b6b", "#ffffff"),
}


def condition_text(value: str | None) -> str:
    if not value:
        return ""
    try:
        return service_text(CONDITION_LABELS[Condition(value)])
    except ValueError:
        return value


def status_text(status: str, lent: bool = False) -> str:
    """Where a reservation stands; `lent`: said to us, the lender, who answers the request."""
    labels = {**STATUS_LABELS, **LENDER_LABELS} if lent else STATUS_LABELS
    return service_text(labels.get(status, status))


def condition_combo(selected: str | None = None) -> QComboBox:
    combo = QComboBox()
    for condition in Condition:
        combo.addItem(condition_text(condition.value), condition.value)
    combo.setCurrentIndex(max(0, combo.findData(selected or Condition.GOOD.value)))
    return combo


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


def deposit_explained() -> str:
    """What a caution is: one sentence for every field that asks for one."""
    return QCoreApplication.translate(
        "Deposit",
        "La caution : une somme (souvent un chèque non encaissé) que l'association qui emprunte "
        "confie au prêteur, rendue au retour si le matériel revient complet et en bon état.",
    )
