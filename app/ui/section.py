"""How a section joins the main window: one class implementing `Section`, listed once in
app/ui/sections.py. The window names no section; it asks each one for what it needs.

A section says what it is (key, title, icon), which kinds of records it shows (its view and
its sidebar summary refresh when a write or a sync changes one of them:
app/models/changes.py), what Ctrl+N and Ctrl+F do in it, which menu actions it adds, and
whether it holds unsaved work when the window closes. Its view is built the first time it is
shown, so that starting the window pays only for the first section.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QUndoStack
from PySide6.QtWidgets import QWidget

from app.paths import DataPaths
from app.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.contacts.rows import ContactRow

# The menus a section may add actions to.
FILE, EDIT, SYNC = "file", "edit", "sync"
SIDEBAR_CONTEXT = "MainWindow"  # the translation context of sidebar titles and counts


class Window(Protocol):
    """What the main window offers its sections."""

    runner: TaskRunner
    paths: DataPaths
    undo_stack: QUndoStack
    # The contacts list's first page, read before the store was opened, until the list shows it
    # (app/services/contacts/first_page.py); None: the list loads it from the store.
    first_contacts: list[ContactRow] | None

    def show_message(self, text: str) -> None: ...
    def show_banner(self, banner: QWidget) -> None: ...
    def add_status_widget(self, widget: QWidget) -> None: ...
    def replace_section(self, key: str, widget: QWidget) -> None: ...
    def open_section(self, key: str) -> Section: ...
    def set_sidebar(self, key: str, text: str, tooltip: str = "", colour: str | None = None) -> None: ...
    def current_key(self) -> str: ...


class Section(QObject):
    key: ClassVar[str]
    title_text: ClassVar[str]  # marked with QT_TRANSLATE_NOOP("MainWindow", …)
    kinds: ClassVar[frozenset[str]] = frozenset()  # the kinds of records it shows
    refresh_on_open: ClassVar[bool] = True  # False: only after a change made elsewhere

    def __init__(self, window: Window) -> None:
        super().__init__()
        self.window = window
        self.view: QWidget | None = None
        self._stale = False

    # --- what it is -------------------------------------------------------------------
    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", self.title_text)

    def icon(self) -> QIcon:
        return QIcon()

    def placeholder(self) -> QWidget:
        """Stands in the window until the view is built (nothing heavy may load here)."""
        return QWidget()

    # --- its view -----------------------------------------------------------------------
    def build(self) -> QWidget:
        """Make the view; called once, the first time the section is shown."""
        raise NotImplementedError

    def ensure_view(self) -> QWidget:
        if self.view is None:
            self.view = self.build()
            self._stale = False
            self.window.replace_section(self.key, self.view)
            self.built()
        return self.view

    def built(self) -> None:
        """The view exists: fill it (its first refresh)."""
        self.refresh()

    def opened(self) -> None:
        """The user opened the section: build it, or bring it up to date."""
        if self.view is None:
            self.ensure_view()
        elif self.refresh_on_open or self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Reload what the view shows (only called once it is built)."""

    # --- the sidebar ----------------------------------------------------------------------
    def summary_query(self) -> Callable[[Session], Any] | None:
        """A query for the sidebar's counts, run on the database thread; None: no counts."""
        return None

    def show_summary(self, found: Any, *, at_start: bool) -> None:
        """Show the counts found; at start-up, a section may also show a reminder banner."""

    def show_counts(self, parts: list[str], tooltip: str = "", colour: str | None = None) -> None:
        """The sidebar: the title, then one count a line below it (the sidebar is narrow)."""
        self.window.set_sidebar(self.key, "\n".join([self.title(), *parts]), tooltip, colour)

    def refresh_summary(self, *, at_start: bool = False) -> None:
        query = self.summary_query()
        if query is not None:
            self.window.runner.run_db(query, lambda found: self.show_summary(found, at_start=at_start))

    # --- what happens ----------------------------------------------------------------------
    def prepare(self) -> None:
        """Right after the window first appears: what must exist before the view does (a
        background controller, a status bar widget). Heavier modules may load here."""

    def start(self) -> None:
        """The store is open: first counts and reminders."""
        self.refresh_summary(at_start=True)

    def on_changes(self, kinds: frozenset[str], background: bool) -> None:
        """Records of `kinds` changed. A change made by a background job (a sync) refreshes
        the view on screen; one made by the user's own action elsewhere waits until the
        section is opened (the view that acted has refreshed itself)."""
        if not kinds & self.kinds:
            return
        self.refresh_summary()
        if self.view is None:
            return
        if background and self.window.current_key() == self.key:
            self.refresh()
        elif self.window.current_key() != self.key:
            self._stale = True

    def new_text(self) -> str | None:
        """The File menu's "New …" wording in this section; None: it makes nothing of its own."""
        return None

    def new(self) -> None:
        """Ctrl+N in this section (only asked when `new_text` is not None)."""

    def find(self) -> bool:
        """Ctrl+F in this section; False: nothing to search here."""
        return False

    def actions(self) -> list[tuple[str, QAction]]:
        """(menu, action) pairs this section adds to the window's menus (FILE, EDIT, SYNC)."""
        return []

    def can_close(self, then: Callable[[], object]) -> bool:
        """False keeps the window open (unsaved work the user wants to keep); the section may
        call `then` once its work is saved or dropped."""
        return True

    def before_close(self) -> None:
        """The window closes: save what is in progress."""
