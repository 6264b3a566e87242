"""Undoable actions. Each step runs on the database thread; `done` refreshes the views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from app.errors import NotFound
from app.services import trash_listing
from app.services.contacts import trash
from app.ui.task_runner import TaskRunner

Work = Callable[[Any], object]  # a function of the session


class DatabaseStep(QUndoCommand):
    """One undoable step: `do` on redo (the first runs when pushed), `undo` on undo, each in its
    own transaction; `done(undone)` follows each, `failed` a refusal."""

    def __init__(
        self,
        runner: TaskRunner,
        label: str,
        do: Work,
        undo: Work,
        done: Callable[[bool], None],
        failed: Callable[[BaseException], None] | None = None,
        *,
        done_already: bool = False,
    ) -> None:
        super().__init__(label)
        self._runner, self._do, self._undo, self._done, self._failed = runner, do, undo, done, failed
        self._skip = done_already  # pushed once `do` succeeded: the first redo has nothing to do

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            self._done(False)
            return
        self._runner.run_db(self._do, lambda _r: self._done(False), self._failed)

    def undo(self) -> None:
        self._runner.run_db(self._undo, lambda _r: self._done(True), self._failed)


class TrashContacts(DatabaseStep):
    """Delete = move to the trash; undo = restore."""

    def __init__(self, runner: TaskRunner, ids: list[str], label: str, done: Callable[[], None]) -> None:
        ids = list(ids)
        super().__init__(
            runner,
            label,
            lambda s: trash.trash_contacts(s, ids),
            lambda s: trash.restore_contacts(s, ids),
            lambda _undone: done(),
        )


def back_from_trash(items: list[tuple[str, str]]) -> Work:
    """Undoing a deletion: these (kind, id) out of the trash; NotFound when none of them is
    there any more (the trash was emptied since), so that Ctrl+Z never says it brought back what
    is gone for good."""

    def work(session: Any) -> int:
        restored = trash_listing.restore(session, items)
        if not restored:
            raise NotFound(items[0][1])
        return restored

    return work


def into_trash_again(items: list[tuple[str, str]]) -> Work:
    """Undoing a restore: these (kind, id) back in the trash; NotFound when none is still there."""

    def work(session: Any) -> int:
        moved = trash_listing.put_back(session, items)
        if not moved:
            raise NotFound(items[0][1])
        return moved

    return work


def delete_to_trash(
    runner: TaskRunner,
    undo_stack: QUndoStack,
    label: str,
    kind: str,
    delete: Work,
    record_id: str,
    done: Callable[[bool], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Delete one record with its feature's own rules (`delete`); once it is in the trash, the
    step joins the undo stack (a refusal leaves nothing to undo), and undoing it takes the
    record out of the trash (app/services/trash_listing.py) with what went with it."""

    def deleted(_result: object) -> None:
        undo_stack.push(
            DatabaseStep(
                runner,
                label,
                delete,
                back_from_trash([(kind, record_id)]),
                done,
                failed,
                done_already=True,
            )
        )

    runner.run_db(delete, deleted, failed)
