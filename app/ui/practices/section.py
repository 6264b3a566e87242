"""The practices section's place in the main window: the view, built the first time the
section is opened, so that nothing of the practices layers loads with the contacts window."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.practices.view import PracticesView

KEY = "practices"


def view_of(window: MainWindow) -> PracticesView | None:
    return getattr(window, "practices_view", None)


def ensure_view(window: MainWindow) -> PracticesView:
    """Build the section on first use, then keep it."""
    view = view_of(window)
    if view is None:
        from app.ui.practices.view import PracticesView

        view = PracticesView(window.runner, window.undo_stack, window.paths.root / "practice_edits")
        window.practices_view = view
        view.message.connect(window.show_message)
        window.replace_section(KEY, view)
        view.library.refresh()
    return view


def on_opened(window: MainWindow) -> None:
    """The user opened the section: build it, or bring the library up to date."""
    if view_of(window) is None:
        ensure_view(window)
    elif window.practices_view.pages.currentWidget() is window.practices_view.library:
        window.practices_view.library.refresh()


def after_sync(window: MainWindow) -> None:
    """A sync may bring other associations' practices and feedback."""
    view = view_of(window)
    if view is not None:
        view.refresh()


def before_close(window: MainWindow) -> None:
    view = view_of(window)
    if view is not None:
        view.before_close()
