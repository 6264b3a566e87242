"""The conflicts section: changes made on both sides, deletions against edits and the hub's
refusals, each kept until the user settles it. Its sidebar item counts them, in red."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.section import SYNC, Section
from app.ui.shared.locale_format import show_count

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.ui.sync.conflicts_view import ConflictsView

ALERT = "#b00020"


def _count(session: Session) -> int:
    from app.sync.conflicts import count_open

    return count_open(session)


class ConflictsSection(Section):
    key = "conflicts"
    title_text = QT_TRANSLATE_NOOP("MainWindow", "Conflits")
    kinds = frozenset({"sync"})
    view: ConflictsView | None

    def icon(self) -> QIcon:
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def build(self) -> ConflictsView:
        from app.ui.sync.conflicts_view import ConflictsView

        return ConflictsView(self.window.runner)

    def refresh(self) -> None:
        if self.view is not None:
            self.view.refresh()

    def summary_query(self) -> Callable[[Session], int]:
        return _count

    def show_summary(self, found: int, *, at_start: bool) -> None:
        text = (
            QCoreApplication.translate("MainWindow", "Conflits ({0})").format(show_count(found))
            if found
            else self.title()
        )
        self.window.set_sidebar(self.key, text, colour=ALERT if found else None)

    def actions(self) -> list[tuple[str, QAction]]:
        show = QAction(QCoreApplication.translate("MainWindow", "Voir les &conflits"))
        show.triggered.connect(lambda: self.window.open_section(self.key))
        return [(SYNC, show)]
