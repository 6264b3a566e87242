"""The equipment section: the shared catalogue, its calendar and the loans. Its sidebar item
counts overdue loans and requests to answer; at start-up a banner recalls the loans to watch.

Nothing of the equipment layers loads with the window: the counts' query imports them on the
database thread, and the view's modules come when the section is first shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.equipment.counts import count_texts
from app.ui.section import Section
from app.ui.shared.banner import ReminderBanner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.ui.equipment.queries import Summary
    from app.ui.equipment.view import EquipmentView


def _summary(session: Session) -> Summary:
    from app.ui.equipment import queries

    return queries.summary(session, date.today())


class EquipmentSection(Section):
    key = "equipment"
    title_text = QT_TRANSLATE_NOOP("MainWindow", "Matériel et prêts")
    kinds = frozenset({"equipment", "contacts"})  # borrowers and lenders are contacts
    view: EquipmentView | None

    def ensure_view(self) -> EquipmentView:
        return cast("EquipmentView", super().ensure_view())  # the view this section's build() made

    banner: ReminderBanner | None = None

    def icon(self) -> QIcon:
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)

    def build(self) -> EquipmentView:
        from app.ui.equipment.view import EquipmentView

        view = EquipmentView(self.window.runner, self.window.undo_stack)
        view.message.connect(self.window.show_message)
        return view

    def built(self) -> None:
        self.refresh()
        self.refresh_summary()

    def refresh(self) -> None:
        if self.view is not None:
            self.view.refresh()

    def summary_query(self) -> Callable[[Session], Summary]:
        return _summary

    def show_summary(self, found: Summary, *, at_start: bool) -> None:
        counts = found.counts
        parts = count_texts(counts)
        tooltip = (
            QCoreApplication.translate("MainWindow", "Matériel et prêts : {0}").format(", ".join(parts))
            if parts
            else ""
        )
        self.show_counts(parts, tooltip, "#b00020" if counts.get("overdue") else None)
        if self.view is not None:
            self.view.show_counts(counts)
        if at_start and found.reminders:
            first = found.reminders[0]
            where = "lent" if first.lent else ("own_use" if first.own_use else "borrowed")
            self._remind(found, "overdue" if counts.get("overdue") else where)

    def _remind(self, found: Summary, list_key: str) -> None:
        from app.ui.equipment.banner import loans_banner

        self.banner = banner = loans_banner(found.reminders)

        def open_loans() -> None:
            self.window.open_section(self.key)
            self.ensure_view().show_loans(list_key)

        banner.open_requested.connect(open_loans)
        banner.destroyed.connect(lambda: setattr(self, "banner", None))
        self.window.show_banner(banner)

    def new_text(self) -> str:
        return QCoreApplication.translate("MainWindow", "Nouveau &matériel")

    def new(self) -> None:
        self.ensure_view().new_equipment()

    def find(self) -> bool:
        self.ensure_view().focus_search()
        return True
