"""The one way UI code does slow work: database jobs run in order on one worker thread,
network jobs on a small pool; results come back on the GUI thread through signals.

A work function never touches a widget. A database job receives a session inside its own
transaction (committed when the job returns, rolled back when it raises).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from app.errors import StoreProblem

if TYPE_CHECKING:  # the database layers load on the database thread, off the start-up path
    from app.db import Database

log = logging.getLogger(__name__)
Done = Callable[[Any], object]  # given the work's result, whatever it is
Failed = Callable[[BaseException], object]


class _DatabaseWorker(QObject):
    """Lives on the database thread and owns the store, which it opens first."""

    opened = Signal(object)  # Database
    open_failed = Signal(object)  # exception
    finished = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, opener: Callable[[], Database]) -> None:
        super().__init__()
        self._opener = opener
        self.database: Database | None = None

    @Slot()
    def open(self) -> None:
        try:
            self.database = self._opener()
        except StoreProblem as problem:  # said to the user in the window's dialog
            log.warning("the store cannot be opened: %s", problem)
            self.open_failed.emit(problem)
        except Exception as error:
            log.exception("opening the store failed")
            self.open_failed.emit(error)
        else:
            self.opened.emit(self.database)

    @Slot(int, object)
    def execute(self, task_id: int, work: Callable[..., Any]) -> None:
        if self.database is None:
            self.failed.emit(task_id, RuntimeError("La base locale n'est pas ouverte."))
            return
        try:
            result = self.database.run(work)
        except Exception as error:
            self.failed.emit(task_id, error)
        else:
            self.finished.emit(task_id, result)

    @Slot()
    def close(self) -> None:
        if self.database is not None:
            self.database.close()
            self.database = None


class _NetworkJob(QRunnable):
    def __init__(self, relay: _NetworkRelay, task_id: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self._relay, self._task_id, self._work = relay, task_id, work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:
            self._relay.failed.emit(self._task_id, error)
        else:
            self._relay.finished.emit(self._task_id, result)


class _NetworkRelay(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class TaskRunner(QObject):
    """Hands work to background threads and calls back on the GUI thread."""

    ready = Signal()  # the store is open
    # The kinds of records a committed transaction changed (app/models/changes.py), and whether
    # it came from outside the database thread (a sync). Queued before the result of that work.
    changed = Signal(object, bool)
    open_failed = Signal(object)
    unhandled_error = Signal(object)  # a failure with no on_error of its own
    # Any work that found the store damaged (app/services/store/problems.py): the window says it
    # once, in its dialog, instead of each view showing an empty list or a raw error.
    store_damaged = Signal(object)
    store_busy = Signal(bool)  # the database thread has work to do, or no more
    _submit = Signal(int, object)
    _open = Signal()
    _close = Signal()

    def __init__(
        self, opener: Callable[[], Database], parent: QObject | None = None, *, open_now: bool = True
    ) -> None:
        """`open_now=False`: the store opens when `open` is called (after the window's first
        paint); database jobs asked for before then wait for it, in order."""
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._store_tasks: set[int] = set()
        self._thread = QThread()
        self._thread.setObjectName("entraide-db")
        self._worker = _DatabaseWorker(opener)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._open.connect(self._worker.open)
        self._close.connect(self._worker.close)
        self._worker.opened.connect(self._on_opened)
        self._worker.open_failed.connect(self.open_failed)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(4)
        self._relay = _NetworkRelay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self.database: Database | None = None
        self.stopped = False  # shut down: no more work
        self._held: list[tuple[int, Callable[..., Any]]] | None = []  # None once opening
        self._thread.start()
        if open_now:
            self.open()

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def open(self) -> None:
        """Open the store on the database thread (once), then run the jobs held until now."""
        if self._held is None:
            return
        held, self._held = self._held, None
        self._open.emit()
        for task_id, work in held:
            self._submit.emit(task_id, work)

    def run_db(
        self, work: Callable[..., Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> int:
        """Queue `work(session)`; jobs run one after the other, in the order given."""
        task_id = self._register(on_done, on_error)
        if not self._store_tasks:
            self.store_busy.emit(True)
        self._store_tasks.add(task_id)
        if self._held is not None:
            self._held.append((task_id, work))
        else:
            self._submit.emit(task_id, work)
        return task_id

    def run_net(
        self, work: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> int:
        task_id = self._register(on_done, on_error)
        self._pool.start(_NetworkJob(self._relay, task_id, work))
        return task_id

    def shutdown(self) -> None:
        """Let queued jobs finish, close the store, stop the threads."""
        self.stopped = True
        self._held = None  # never opened: nothing to run
        self._close.emit()
        self._thread.quit()
        self._thread.wait()
        self._pool.waitForDone()

    def _register(self, on_done: Done | None, on_error: Failed | None) -> int:
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error)
        return task_id

    def _pop(self, task_id: int) -> tuple[Done | None, Failed | None]:
        callbacks = self._callbacks.pop(task_id, (None, None))
        if task_id in self._store_tasks:
            self._store_tasks.discard(task_id)
            if not self._store_tasks:
                self.store_busy.emit(False)
        return callbacks

    @Slot(object)
    def _on_opened(self, database: Database) -> None:
        self.database = database
        database.subscribe(self._announce)
        self.ready.emit()

    def _announce(self, kinds: frozenset[str]) -> None:
        """On the thread that committed: the signal is queued to the GUI thread."""
        self.changed.emit(kinds, QThread.currentThread() is not self._thread)

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: object) -> None:
        on_done, _ = self._pop(task_id)
        if self.stopped:  # the window is going: its widgets may be gone already
            return
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, error: BaseException) -> None:
        _, on_error = self._pop(task_id)
        if self.stopped:
            return
        damage = _damage(error)
        if damage is not None:
            log.error("the store is damaged: %r", error)
            self.store_damaged.emit(damage)
            return
        if on_error is not None:
            on_error(error)
        else:
            log.error("background task failed", exc_info=error)
            self.unhandled_error.emit(error)


def _damage(error: BaseException):
    """The StoreProblem of a damaged store this error is, if any (its module loads only then)."""
    if not isinstance(error, Exception):
        return None
    from app.errors import StoreProblem
    from app.services.store.problems import store_problem

    problem = store_problem(error, "")
    return problem if problem is not None and problem.kind == StoreProblem.DAMAGED else None
