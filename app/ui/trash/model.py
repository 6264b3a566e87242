"""A thin table model over the trash's lines: column constants, named roles, the words of each
kind. Lines come in one answer (a trash holds what was deleted by hand, not a whole store)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.i18n import QT_TRANSLATE_NOOP
from app.services.agreements.clauses import SECTION_KEYS, section
from app.services.trash_listing import TrashLine
from app.ui.agreements.common import status_text
from app.ui.shared.locale_format import service_text, show_value

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "TrashModel"

# A kind as the Type column and the filter name it, in the singular and the plural.
KIND_NAMES = {
    "contact": (QT_TRANSLATE_NOOP("TrashModel", "Contact"), QT_TRANSLATE_NOOP("TrashModel", "Contacts")),
    "equipment": (QT_TRANSLATE_NOOP("TrashModel", "Matériel"), QT_TRANSLATE_NOOP("TrashModel", "Matériel")),
    "practice": (QT_TRANSLATE_NOOP("TrashModel", "Pratique"), QT_TRANSLATE_NOOP("TrashModel", "Pratiques")),
    "agreement": (
        QT_TRANSLATE_NOOP("TrashModel", "Convention"),
        QT_TRANSLATE_NOOP("TrashModel", "Conventions"),
    ),
    "clause_template": (
        QT_TRANSLATE_NOOP("TrashModel", "Modèle de clause"),
        QT_TRANSLATE_NOOP("TrashModel", "Modèles de clauses"),
    ),
}
_DETAILS = {
    "person": QT_TRANSLATE_NOOP("TrashModel", "Personne"),
    "organisation": QT_TRANSLATE_NOOP("TrashModel", "Organisation"),
    "draft": QT_TRANSLATE_NOOP("TrashModel", "Brouillon"),
    "published": QT_TRANSLATE_NOOP("TrashModel", "Publiée"),
}


def kind_name(kind: str, plural: bool = False) -> str:
    names = KIND_NAMES.get(kind)
    return QCoreApplication.translate(CONTEXT, names[int(plural)]) if names else kind


def detail_text(line: TrashLine) -> str:
    """What tells the line apart: a person or an organisation, a status, a category, an article."""
    if line.kind == "agreement":
        return status_text(line.detail)
    if line.kind == "clause_template":
        return service_text(section(line.detail).title) if line.detail in SECTION_KEYS else line.detail
    if line.detail in _DETAILS and line.kind in {"contact", "practice"}:
        return QCoreApplication.translate(CONTEXT, _DETAILS[line.detail])
    return line.detail


class TrashModel(QAbstractTableModel):
    TYPE, NAME, DETAIL, DELETED = range(4)
    KindRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[TrashLine] = []
        self.loading = False

    def set_lines(self, lines: list[TrashLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Type"), self.tr("Nom"), self.tr("Précision"), self.tr("Supprimé le"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(line, column)
        if role == self.KindRole:
            return line.kind
        if role == self.SortRole:
            return (
                line.deleted_at.isoformat() if column == self.DELETED else self.text(line, column).casefold()
            )
        return None

    def text(self, line: TrashLine, column: int) -> str:
        if column == self.TYPE:
            return kind_name(line.kind)
        if column == self.NAME:
            return line.name or self.tr("(sans titre)")
        if column == self.DETAIL:
            return detail_text(line)
        return show_value(line.deleted_at)

    def line(self, row: int) -> TrashLine:
        return self.lines[row]
