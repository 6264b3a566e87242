"""Helpers for the practices window tests: seeding through the services, opening the section,
driving the editor."""

from __future__ import annotations

from app.services.practices import records as pr
from tests.ui.conftest import wait_idle
from tests.unit.practice_helpers import enrolled, fields, theirs

__all__ = [
    "enrolled",
    "fields",
    "list_titles",
    "open_in_reader",
    "open_practices",
    "published",
    "seed",
    "theirs",
]


def seed(window, work):
    """Write through the services on the test's thread, as another laptop's pull would have."""
    return window.runner.database.run(work)


def published(session, **changes) -> str:
    practice_id = pr.create_draft(session, fields(**changes))
    pr.publish(session, practice_id)
    return practice_id


def open_practices(qtbot, window):
    window.open_section("practices")
    qtbot.waitUntil(lambda: window.section("practices").view is not None)
    view = window.section("practices").view
    qtbot.waitUntil(lambda: not view.library.loading)
    wait_idle(qtbot, window)
    return view


def list_titles(view) -> list[str]:
    from app.ui.practices.library import ID_ROLE

    widget = view.library.list
    return [
        widget.itemWidget(widget.item(row)).text() and widget.item(row).data(ID_ROLE)
        for row in range(widget.count())
    ]


def open_in_reader(qtbot, window, view, practice_id: str):
    view.open_practice(practice_id)
    qtbot.waitUntil(
        lambda: (
            view.pages.currentWidget() is view.reader
            and view.reader.practice is not None
            and view.reader.practice.id == practice_id
        )
    )
    wait_idle(qtbot, window)
    return view.reader
