"""The equipment section's place in the main window: its sidebar counts, the reminders shown
once at start-up, and the view itself, built the first time the section is opened.

Nothing of the equipment layers loads with the window: the counts' query imports them on the
database thread, and the view's modules come when the section is first shown."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.ui.shared.locale_format import show_count

if TYPE_CHECKING:
    from app.services.equipment.loans import LoanLine
    from app.ui.equipment.queries import Summary
    from app.ui.equipment.view import EquipmentView
    from app.ui.main_window import MainWindow

KEY = "equipment"


def view_of(window: MainWindow) -> EquipmentView | None:
    return getattr(window, "equipment_view", None)


def ensure_view(window: MainWindow) -> EquipmentView:
    """Build the section on first use, then keep it."""
    view = view_of(window)
    if view is None:
        from app.ui.equipment.view import EquipmentView

        view = EquipmentView(window.runner, window.undo_stack)
        window.equipment_view = view
        view.message.connect(window.show_message)
        view.changed.connect(lambda: refresh_counts(window))
        window.replace_section(KEY, view)
        view.refresh()
        refresh_counts(window)
    return view


def on_opened(window: MainWindow) -> None:
    """The user opened the section: build it, or bring it up to date."""
    if view_of(window) is None:
        ensure_view(window)
    else:
        window.equipment_view.refresh()


def refresh_counts(window: MainWindow, *, remind: bool = False) -> None:
    """Sidebar: "Matériel et prêts", then "1 en retard" and "2 demande(s)" below; the reminders
    once at start-up."""
    today = date.today()

    def summary(session) -> Summary:
        from app.ui.equipment import queries

        return queries.summary(session, today)

    window.runner.run_db(summary, lambda found: _show(window, found, remind))


def _show(window: MainWindow, found: Summary, remind: bool) -> None:
    counts = found.counts
    parts = []
    if counts.get("overdue"):
        parts.append(
            QCoreApplication.translate("MainWindow", "{0} en retard").format(show_count(counts["overdue"]))
        )
    if counts.get("requests"):
        parts.append(
            QCoreApplication.translate("MainWindow", "{0} demande(s)").format(show_count(counts["requests"]))
        )
    item = window.section_item(KEY)
    title = QCoreApplication.translate("MainWindow", "Matériel et prêts")
    # One count a line under the title: the sidebar is narrow.
    item.setText("\n".join([title, *parts]))
    item.setToolTip(
        QCoreApplication.translate("MainWindow", "Matériel et prêts ({0})").format(", ".join(parts))
        if parts
        else ""
    )
    item.setForeground(QColor("#b00020") if counts.get("overdue") else window.palette().text().color())
    view = view_of(window)
    if view is not None:
        view.show_counts(counts)
    if remind and found.reminders:
        show_reminders(window, found.reminders, "overdue" if counts.get("overdue") else "lent")


def show_reminders(window: MainWindow, due: list[LoanLine], list_key: str) -> None:
    from app.ui.equipment.banner import loans_banner

    banner = loans_banner(due)

    def open_loans() -> None:
        window.open_section(KEY)
        ensure_view(window).show_loans(list_key)

    banner.open_requested.connect(open_loans)
    banner.destroyed.connect(lambda: setattr(window, "reminder_banner", None))
    window.reminder_banner = banner
    window.show_banner(banner)


def after_sync(window: MainWindow) -> None:
    """A sync may bring confirmations, answers and other associations' equipment."""
    refresh_counts(window)
    view = view_of(window)
    if view is not None:
        view.refresh()
