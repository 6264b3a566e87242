"""The needs and offers section. Its sidebar item counts the new matches for our open needs and
offers and the responses waiting for our decision; at start-up, a banner says so, and asks
"ça s'est bien passé ?" after an exchange's agreed date.

Nothing of the needs layers loads with the window: the count's query imports them on the
database thread, and the view's modules come when the section is first shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.section import Section
from app.ui.shared.banner import ReminderBanner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.ui.needs.sidebar import Summary
    from app.ui.needs.view import NeedsView


def _summary(session: Session) -> Summary:
    from app.ui.needs import sidebar

    return sidebar.sidebar(session)


class NeedsSection(Section):
    key = "needs"
    title_text = QT_TRANSLATE_NOOP("MainWindow", "Besoins et propositions")
    # Suggestions read the equipment, the practices and the contacts as well.
    kinds = frozenset({"needs", "equipment", "practices", "contacts"})
    view: NeedsView | None

    def ensure_view(self) -> NeedsView:
        return cast("NeedsView", super().ensure_view())  # the view this section's build() made

    banner: ReminderBanner | None = None

    def icon(self) -> QIcon:
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogHelpButton)

    def build(self) -> NeedsView:
        from app.ui.needs.view import NeedsView

        view = NeedsView(self.window.runner)
        view.message.connect(self.window.show_message)
        view.changed.connect(lambda: self.refresh_summary())
        return view

    def built(self) -> None:
        if self.view is not None:
            self.view.show_list()
            self.refresh_summary()

    def refresh(self) -> None:
        if self.view is not None:
            self.view.refresh()

    def summary_query(self) -> Callable[[Session], Summary]:
        return _summary

    def show_summary(self, found: Summary, *, at_start: bool) -> None:
        parts = []
        new, waiting = len(found.matches), len(found.waiting)
        if new:
            parts.append(
                QCoreApplication.translate("MainWindow", "1 nouvelle piste")
                if new == 1
                else QCoreApplication.translate("MainWindow", "{0} nouvelles pistes").format(new)
            )
        if waiting:
            parts.append(
                QCoreApplication.translate("MainWindow", "1 réponse à traiter")
                if waiting == 1
                else QCoreApplication.translate("MainWindow", "{0} réponses à traiter").format(waiting)
            )
        self.show_counts(parts, " · ".join(parts), "#8a5300" if parts else None)
        if self.view is not None:
            self.view.show_waiting(found.waiting)
        if at_start and (found.matches or found.waiting or found.due):
            self._remind(found)

    def _remind(self, found: Summary) -> None:
        from app.ui.needs.banner import needs_banner

        self.banner = banner = needs_banner(found)

        def open_needs() -> None:
            self.window.open_section(self.key)
            view = self.ensure_view()
            if found.due:
                view.ask_outcome(found.due[0])
            elif found.waiting and found.waiting[0].target_type == "need":
                view.open_need(found.waiting[0].target_id)
            elif found.matches:
                view.open_need(found.matches[0].posting_id)

        banner.open_requested.connect(open_needs)
        banner.destroyed.connect(lambda: setattr(self, "banner", None))
        self.window.show_banner(banner)

    def new_text(self) -> str:
        return QCoreApplication.translate("MainWindow", "Nouveau &besoin ou proposition")

    def new(self) -> None:
        self.ensure_view().new_need("need")

    def find(self) -> bool:
        self.ensure_view().focus_search()
        return True

    def can_close(self, then: Callable[[], object]) -> bool:
        return self.view is None or self.view.before_close(then)
