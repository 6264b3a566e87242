"""The agreements section's place in the main window: its sidebar count (agreements to renew),
the reminders shown once at start-up, and the view itself, built the first time the section is
opened.

Nothing of the agreements layers loads with the window: the count's query imports them on the
database thread, and the view's modules come when the section is first shown."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.ui.shared.locale_format import show_count

if TYPE_CHECKING:
    from app.services.agreements.records import Reminder
    from app.ui.agreements.queries import Summary
    from app.ui.agreements.view import AgreementsView
    from app.ui.main_window import MainWindow

KEY = "agreements"
SCANS_FOLDER = "scans_ouverts"  # the scans opened in the system's viewer, beside the database


def view_of(window: MainWindow) -> AgreementsView | None:
    return getattr(window, "agreements_view", None)


def ensure_view(window: MainWindow) -> AgreementsView:
    """Build the section on first use, then keep it."""
    view = view_of(window)
    if view is None:
        from app.ui.agreements.view import AgreementsView

        view = AgreementsView(window.runner, window.undo_stack, window.paths.root / SCANS_FOLDER)
        window.agreements_view = view
        view.message.connect(window.show_message)
        view.changed.connect(lambda: refresh_counts(window))
        window.replace_section(KEY, view)
        view.show_list()
    return view


def on_opened(window: MainWindow) -> None:
    """The user opened the section: build it, or bring it up to date."""
    if view_of(window) is None:
        ensure_view(window)
    else:
        window.agreements_view.refresh()


def refresh_counts(window: MainWindow, *, remind: bool = False) -> None:
    """Sidebar: "Conventions", then "2 à renouveler" below; the reminders once at start-up."""
    today = date.today()

    def summary(session) -> Summary:
        from app.ui.agreements import queries

        return queries.summary(session, today)

    window.runner.run_db(summary, lambda found: _show(window, found, remind))


def _show(window: MainWindow, found: Summary, remind: bool) -> None:
    due = len(found.reminders)
    title = QCoreApplication.translate("MainWindow", "Conventions")
    part = QCoreApplication.translate("MainWindow", "{0} à renouveler").format(show_count(due)) if due else ""
    item = window.section_item(KEY)
    item.setText("\n".join([title, part]) if part else title)  # one count a line: the sidebar is narrow
    item.setToolTip(
        QCoreApplication.translate("MainWindow", "Conventions ({0})").format(part) if part else ""
    )
    item.setForeground(QColor("#8a5300") if due else window.palette().text().color())
    if remind and found.reminders:
        show_reminders(window, found.reminders)


def show_reminders(window: MainWindow, due: list[Reminder]) -> None:
    from app.ui.agreements.banner import agreements_banner

    banner = agreements_banner(due)

    def open_agreements() -> None:
        window.open_section(KEY)
        view = ensure_view(window)
        if len(due) == 1:
            view.open_agreement(due[0].agreement_id)

    banner.open_requested.connect(open_agreements)
    banner.destroyed.connect(lambda: setattr(window, "agreements_banner", None))
    window.agreements_banner = banner
    window.show_banner(banner)


def after_sync(window: MainWindow) -> None:
    """A sync may bring the partners' agreements and their changes."""
    refresh_counts(window)
    view = view_of(window)
    if view is not None:
        view.refresh()
