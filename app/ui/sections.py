"""The sections of the main window, built right after the window is first shown: their modules
bring in the database layers, which the window's frame does not need to appear."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from app.services.contacts import records as contacts
from app.services.contacts import trash
from app.ui.agreements import section as agreements_section
from app.ui.contacts.transfer import ContactTransfer
from app.ui.contacts.view import ContactsView
from app.ui.equipment import section as equipment_section
from app.ui.shared.locale_format import show_count
from app.ui.sync.conflicts_view import ConflictsView
from app.ui.sync.controller import SyncController
from app.ui.sync.enroll_dialog import EnrollDialog
from app.ui.sync.status_line import SyncStatusLine
from app.ui.sync.sync_view import SyncView
from app.ui.trash.view import TrashView

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def build_sections(window: MainWindow) -> None:
    runner = window.runner
    window.contacts_view = ContactsView(runner, window.undo_stack)
    window.trash_view = TrashView(runner)
    window.transfer = ContactTransfer(runner, window)
    window.sync = SyncController(runner, window.paths, window)
    window.sync_view = SyncView(window.sync)
    window.conflicts_view = ConflictsView(runner)
    for key in ("contacts", "sync", "conflicts", "trash"):
        window.replace_section(key, getattr(window, f"{key}_view"))
    window.status_line = SyncStatusLine(window.sync, window)
    window.statusBar().addPermanentWidget(window.status_line)
    window.trash_action.triggered.connect(window.contacts_view.trash_selected)
    window.contacts_view.table.addAction(window.trash_action)
    wire(window)
    if window.current_section() == equipment_section.KEY:  # opened before the sections were built
        equipment_section.on_opened(window)
    if window.current_section() == "practices":
        from app.ui.practices import section as practices_section

        practices_section.on_opened(window)
    if window.current_section() == agreements_section.KEY:
        agreements_section.on_opened(window)


def wire(window: MainWindow) -> None:
    view, trash_view, sync = window.contacts_view, window.trash_view, window.sync
    view.message.connect(window.show_message)
    view.contacts_changed.connect(lambda: refresh_counts(window))
    trash_view.message.connect(window.show_message)
    trash_view.changed.connect(view.refresh)
    window.transfer.imported.connect(lambda _n: view.refresh())
    window.transfer.message.connect(window.show_message)
    sync.finished.connect(lambda report: after_sync(window, report))
    sync.mass_deletion.connect(lambda message: confirm_mass_deletion(window, message))
    window.sync_view.enroll_button.clicked.connect(window.enroll)
    window.conflicts_view.changed.connect(lambda count: show_conflict_badge(window, count))
    window.conflicts_view.changed.connect(lambda _n: sync.refresh())


def on_store_ready(window: MainWindow) -> None:
    window.contacts_view.start()
    refresh_counts(window)
    equipment_section.refresh_counts(window, remind=True)
    agreements_section.refresh_counts(window, remind=True)
    window.conflicts_view.refresh()
    window.sync.start()


def refresh_counts(window: MainWindow) -> None:
    def counts(session) -> tuple[int, int]:
        return contacts.count_contacts(session), trash.count_trash(session)

    def show(values: tuple[int, int]) -> None:
        people, trashed = values
        window.section_item("contacts").setText(
            QCoreApplication.translate("MainWindow", "Contacts ({0})").format(show_count(people))
        )
        window.section_item("trash").setText(
            QCoreApplication.translate("MainWindow", "Corbeille ({0})").format(show_count(trashed))
            if trashed
            else QCoreApplication.translate("MainWindow", "Corbeille")
        )

    window.runner.run_db(counts, show)


def after_sync(window: MainWindow, report) -> None:
    window.show_message(
        QCoreApplication.translate(
            "MainWindow", "Synchronisé : {0} envoyé(s), {1} reçu(s), {2} conflit(s)."
        ).format(report.pushed, report.pulled, report.conflicts)
    )
    if report.pulled:
        window.contacts_view.refresh()
    window.conflicts_view.refresh()
    equipment_section.after_sync(window)
    from app.ui.practices import section as practices_section  # light: the view loads on first use

    practices_section.after_sync(window)
    agreements_section.after_sync(window)


def show_conflict_badge(window: MainWindow, count: int) -> None:
    item = window.section_item("conflicts")
    item.setText(
        QCoreApplication.translate("MainWindow", "Conflits ({0})").format(count)
        if count
        else QCoreApplication.translate("MainWindow", "Conflits")
    )
    item.setForeground(QColor("#b00020") if count else window.palette().text().color())


def confirm_mass_deletion(window: MainWindow, message: str) -> None:
    answer = QMessageBox.warning(
        window,
        QCoreApplication.translate("MainWindow", "Beaucoup de suppressions"),
        QCoreApplication.translate(
            "MainWindow",
            "{0}\n\nUne sauvegarde de vos données a été faite avant la synchronisation. "
            "Continuer quand même ?",
        ).format(message),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.sync.sync_now(allow_mass_deletion=True)


def enroll(window: MainWindow) -> None:
    EnrollDialog(window.runner, window.sync, window).exec()
