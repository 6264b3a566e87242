"""Undoable actions. Each step runs on the database thread; `done` refreshes the views."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.services.contacts import trash
from app.ui.task_runner import TaskRunner


class TrashContacts(QUndoCommand):
    """Delete = move to the trash; undo = restore. The first redo runs when pushed."""

    def __init__(self, runner: TaskRunner, ids: list[str], label: str, done: Callable[[], None]) -> None:
        super().__init__(label)
        self._runner, self._ids, self._done = runner, list(ids), done

    def redo(self) -> None:
        ids = self._ids
        self._runner.run_db(lambda s: trash.trash_contacts(s, ids), lambda _n: self._done())

    def undo(self) -> None:
        ids = self._ids
        self._runner.run_db(lambda s: trash.restore_contacts(s, ids), lambda _n: self._done())
