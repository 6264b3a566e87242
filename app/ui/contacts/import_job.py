"""An import run on the database thread with a progress signal and a Cancel that writes nothing.

A preview ("dry run") is the same import rolled back: the job raises `RolledBack` with the
result, so the task runner's transaction ends in a rollback and the dialog still gets the counts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.services.contacts.transfer import FileImport, ImportCancelled, describe, import_file
from app.ui.shared.locale_format import service_text
from app.ui.task_runner import TaskRunner


class RolledBack(Exception):
    """Not an error: how a preview hands back its result while its transaction rolls back."""

    def __init__(self, result: FileImport) -> None:
        super().__init__("preview")
        self.result = result


def translated_reason(issue) -> str:
    return describe(issue, service_text)


class ImportJob(QObject):
    """One run; `progressed` carries the share of the file read (emitted from the worker thread,
    delivered on the GUI thread). `cancel()` stops it at the next batch."""

    progressed = Signal(float)
    finished = Signal(object)  # FileImport
    cancelled = Signal()
    failed = Signal(object)  # exception

    def __init__(
        self, runner: TaskRunner, path: Path, *, preview: bool, parent: QObject | None = None, **options: Any
    ):
        super().__init__(parent)
        self._runner, self._path, self._preview, self._options = runner, path, preview, options
        self._stop = threading.Event()

    def start(self) -> None:
        self._runner.run_db(self._work(), self.finished.emit, self._failed)

    def cancel(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def _work(self) -> Callable[[Any], FileImport]:
        path, preview, options, stop = self._path, self._preview, dict(self._options), self._stop
        if preview:
            options["report_path"] = False
        else:
            options.setdefault("describe_issue", translated_reason)

        def progress(fraction: float) -> bool:
            self.progressed.emit(fraction)
            return not stop.is_set()

        def work(session) -> FileImport:
            if stop.is_set():
                raise ImportCancelled
            result = import_file(session, path, progress=progress, **options)
            if preview:
                raise RolledBack(result)
            return result

        return work

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, RolledBack):
            self.finished.emit(error.result)
        elif isinstance(error, ImportCancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(error)
