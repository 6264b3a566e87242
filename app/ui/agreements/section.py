"""The agreements section: list, detail, editor and preview. Its sidebar item counts the
agreements to renew; at start-up a banner recalls them.

Nothing of the agreements layers loads with the window: the count's query imports them on the
database thread, and the view's modules come when the section is first shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.section import Section
from app.ui.shared.banner import ReminderBanner
from app.ui.shared.locale_format import show_count

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.agreements.reminders import Reminder
    from app.ui.agreements.queries import Summary
    from app.ui.agreements.view import AgreementsView

SCANS_FOLDER = "scans_ouverts"  # the scans opened in the system's viewer, beside the database


def _summary(session: Session) -> Summary:
    from app.ui.agreements import queries

    return queries.summary(session, date.today())


class AgreementsSection(Section):
    key = "agreements"
    title_text = QT_TRANSLATE_NOOP("MainWindow", "Conventions")
    kinds = frozenset({"agreements"})
    view: AgreementsView | None

    def ensure_view(self) -> AgreementsView:
        return cast("AgreementsView", super().ensure_view())  # the view this section's build() made

    banner: ReminderBanner | None = None

    def icon(self) -> QIcon:
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def build(self) -> AgreementsView:
        from app.ui.agreements.view import AgreementsView

        view = AgreementsView(
            self.window.runner, self.window.undo_stack, self.window.paths.root / SCANS_FOLDER
        )
        view.message.connect(self.window.show_message)
        return view

    def built(self) -> None:
        if self.view is not None:
            self.view.show_list()

    def refresh(self) -> None:
        if self.view is not None:
            self.view.refresh()

    def summary_query(self) -> Callable[[Session], Summary]:
        return _summary

    def show_summary(self, found: Summary, *, at_start: bool) -> None:
        due = len(found.reminders)
        part = (
            QCoreApplication.translate("MainWindow", "{0} à renouveler").format(show_count(due))
            if due
            else ""
        )
        tooltip = QCoreApplication.translate("MainWindow", "Conventions ({0})").format(part) if part else ""
        self.show_counts([part] if part else [], tooltip, "#8a5300" if due else None)
        if at_start and found.reminders:
            self._remind(found.reminders)

    def _remind(self, due: list[Reminder]) -> None:
        from app.ui.agreements.banner import agreements_banner

        self.banner = banner = agreements_banner(due)

        def open_agreements() -> None:
            self.window.open_section(self.key)
            view = self.ensure_view()
            if len(due) == 1:
                view.open_agreement(due[0].agreement_id)

        banner.open_requested.connect(open_agreements)
        banner.destroyed.connect(lambda: setattr(self, "banner", None))
        self.window.show_banner(banner)

    def new_text(self) -> str:
        return QCoreApplication.translate("MainWindow", "Nouvelle &convention")

    def new(self) -> None:
        self.ensure_view().new_agreement()

    def find(self) -> bool:
        self.ensure_view().focus_search()
        return True

    def can_close(self, then: Callable[[], object]) -> bool:
        return self.view is None or self.view.before_close(then)
