"""The contacts section: the list with its search and the person or organisation card; it adds
the import, export, "new organisation" and "put in the trash" actions to the menus."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.section import EDIT, FILE, Section
from app.ui.shared.locale_format import show_count

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.ui.contacts.transfer import ContactTransfer
    from app.ui.contacts.view import ContactsView

PERSON, ORGANISATION = "person", "organisation"


def _count(session: Session) -> int:
    from app.services.contacts.records import count_contacts

    return count_contacts(session)


class ContactsSection(Section):
    key = "contacts"
    title_text = QT_TRANSLATE_NOOP("MainWindow", "Contacts")
    kinds = frozenset({"contacts"})
    refresh_on_open = False  # 100,000 contacts: reload only after a change made elsewhere
    view: ContactsView | None

    def ensure_view(self) -> ContactsView:
        return cast("ContactsView", super().ensure_view())  # the view this section's build() made

    def icon(self) -> QIcon:
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon)

    def prepare(self) -> None:
        if self.view is not None:
            self.view.detail  # noqa: B018  # built after the window's first paint: now
        from app.ui.contacts.transfer import ContactTransfer

        self.transfer: ContactTransfer = ContactTransfer(self.window.runner, cast(QWidget, self.window))
        self.transfer.message.connect(self.window.show_message)
        self.transfer.imported.connect(lambda _n: self.refresh() if self.view is not None else None)

    def build(self) -> ContactsView:
        from app.ui.contacts.view import ContactsView

        # Before the window's first paint (a first page read already), the card comes later.
        early = self.window.first_contacts is not None
        view = ContactsView(self.window.runner, self.window.undo_stack, detail_now=not early)
        view.message.connect(self.window.show_message)
        view.table.addAction(self.trash_action)
        return view

    def built(self) -> None:
        view = cast("ContactsView", self.view)
        first = self.window.first_contacts
        if first is not None:
            self.window.first_contacts = None  # once: a later build reads the store
            view.show_first_page(first)
        elif self.window.runner.database is not None:
            view.start()

    def start(self) -> None:
        if self.view is not None:
            self.view.start()
        super().start()

    def refresh(self) -> None:
        if self.view is not None:
            self.view.refresh()

    def summary_query(self) -> Callable[[Session], int]:
        return _count

    def show_summary(self, found: int, *, at_start: bool) -> None:
        text = QCoreApplication.translate("MainWindow", "Contacts ({0})").format(show_count(found))
        self.window.set_sidebar(self.key, text)

    def new_text(self) -> str:
        return QCoreApplication.translate("MainWindow", "Nouvelle &personne")

    def new(self, kind: str = PERSON) -> None:
        self.window.open_section(self.key)
        self.ensure_view().new_contact(kind)

    def find(self) -> bool:
        self.ensure_view().focus_search()
        return True

    def actions(self) -> list[tuple[str, QAction]]:
        organisation = QAction(QCoreApplication.translate("MainWindow", "Nouvelle &organisation"))
        organisation.setShortcut(QKeySequence("Ctrl+Shift+N"))
        organisation.triggered.connect(lambda: self.new(ORGANISATION))
        imports = QAction(QCoreApplication.translate("MainWindow", "&Importer des contacts…"))
        imports.setShortcut(QKeySequence("Ctrl+I"))
        imports.triggered.connect(lambda: self.transfer.import_contacts())
        exports = QAction(QCoreApplication.translate("MainWindow", "&Exporter les contacts…"))
        exports.setShortcut(QKeySequence("Ctrl+E"))
        exports.triggered.connect(lambda: self.transfer.export_contacts())
        # Del acts in the contacts list only (it is added to the table when the view is built).
        self.trash_action = QAction(QCoreApplication.translate("MainWindow", "Mettre à la &corbeille"))
        self.trash_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.trash_action.triggered.connect(lambda: self.view.trash_selected() if self.view else None)
        return [(FILE, organisation), (FILE, imports), (FILE, exports), (EDIT, self.trash_action)]
