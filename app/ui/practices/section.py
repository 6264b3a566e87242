"""The practices section: the library, the reader and the editor. Nothing of the practices
layers loads with the contacts window: the view's modules come when it is first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.section import Section

if TYPE_CHECKING:
    from app.ui.practices.view import PracticesView

EDITS_FOLDER = "practice_edits"  # the editor's autosaved drafts, beside the database


class PracticesSection(Section):
    key = "practices"
    title_text = QT_TRANSLATE_NOOP("MainWindow", "Pratiques")
    kinds = frozenset({"practices"})
    view: PracticesView | None

    def ensure_view(self) -> PracticesView:
        return cast("PracticesView", super().ensure_view())  # the view this section's build() made

    def icon(self) -> QIcon:
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView)

    def build(self) -> PracticesView:
        from app.ui.practices.view import PracticesView

        view = PracticesView(
            self.window.runner, self.window.undo_stack, self.window.paths.root / EDITS_FOLDER
        )
        view.message.connect(self.window.show_message)
        return view

    def built(self) -> None:
        if self.view is not None:
            self.view.library.refresh()

    def opened(self) -> None:
        """Back in the section: the library catches up; a practice being read or written stays."""
        if self.view is None:
            self.ensure_view()
        elif self.view.pages.currentWidget() is self.view.library:
            self.view.library.refresh()

    def refresh(self) -> None:
        if self.view is not None:
            self.view.refresh()

    def new_text(self) -> str:
        return QCoreApplication.translate("MainWindow", "Nouvelle &pratique")

    def new(self) -> None:
        self.ensure_view().new_practice()

    def find(self) -> bool:
        self.ensure_view().focus_search()
        return True

    def before_close(self) -> None:
        if self.view is not None:
            self.view.before_close()  # an open editor saves its draft
