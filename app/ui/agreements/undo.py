"""Undoable agreement actions. Each step runs on the database thread; `done` refreshes the views."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.services.agreements import records as ag
from app.ui.task_runner import TaskRunner


class DeleteDraft(QUndoCommand):
    """Delete = the draft goes to the trash; undo = it comes back. The first redo runs when pushed."""

    def __init__(
        self,
        runner: TaskRunner,
        agreement_id: str,
        label: str,
        done: Callable[[bool], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(label)
        self._runner, self._id, self._done, self._failed = runner, agreement_id, done, failed

    def redo(self) -> None:
        agreement_id = self._id
        self._runner.run_db(
            lambda s: ag.delete_draft(s, agreement_id), lambda _r: self._done(False), self._failed
        )

    def undo(self) -> None:
        agreement_id = self._id
        self._runner.run_db(
            lambda s: ag.restore_draft(s, agreement_id), lambda _r: self._done(True), self._failed
        )
