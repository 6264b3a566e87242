"""The trash section: what was deleted, of every kind, to restore or to delete for good."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.section import Section
from app.ui.shared.locale_format import show_count

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.ui.trash.view import TrashView


def _count(session: Session) -> int:
    from app.services.trash_listing import count

    return count(session)


class TrashSection(Section):
    key = "trash"
    title_text = QT_TRANSLATE_NOOP("MainWindow", "Corbeille")
    kinds = frozenset({"contacts", "equipment", "practices", "agreements"})
    view: TrashView | None

    def icon(self) -> QIcon:
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon)

    def build(self) -> TrashView:
        from app.ui.trash.view import TrashView

        view = TrashView(self.window.runner, self.window.undo_stack)
        view.message.connect(self.window.show_message)
        view.counted.connect(lambda found: self.show_summary(found, at_start=False))
        return view

    def refresh(self) -> None:
        if self.view is not None:
            self.view.refresh()

    def summary_query(self) -> Callable[[Session], int]:
        return _count

    def show_summary(self, found: int, *, at_start: bool) -> None:
        text = (
            QCoreApplication.translate("MainWindow", "Corbeille ({0})").format(show_count(found))
            if found
            else self.title()
        )
        self.window.set_sidebar(self.key, text)
