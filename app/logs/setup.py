"""Opening the log file, and catching the exceptions nobody caught, in any thread.

The file rotates (5 files of 1 MB: weeks of work for a volunteer) in the platform's log folder
(app/paths.py log_dir). The window and the command line write to the same file; each line says
which process wrote it. PySide6 hands an exception escaping a slot or a Qt virtual method to
sys.excepthook, so the hooks below catch those too, on whichever thread ran them.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from app import __version__
from app.logs.redact import format_exception, redact
from app.paths import log_dir

LOG_FILE = "entraide.log"
MAX_BYTES = 1_000_000
BACKUPS = 4
LEVELS = ("debug", "info", "warning", "error")
DEFAULT_LEVEL = "info"
errors = logging.getLogger("entraide.error")


class LineFormatter(logging.Formatter):
    """`2026-03-02T14:05:09.120+01:00 INFO entraide.sync [pid 4121 MainThread] sync done …`,
    with e-mail addresses and phone numbers taken out, and tracebacks whose messages are
    redacted (app/logs/redact.py)."""

    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created).astimezone().isoformat(timespec="milliseconds")
        text = (
            f"{when} {record.levelname} {record.name} [pid {record.process} {record.threadName}] "
            f"{redact(record.getMessage())}"
        )
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + format_exception(record.exc_info[1]).rstrip("\n")
        return text


class _LogFile(RotatingFileHandler):
    """Our handler on the root logger, found again by its class when the level changes."""


def configure(level: str = DEFAULT_LEVEL, directory: Path | None = None) -> Path | None:
    """Log to `directory`/entraide.log (the platform's log folder by default) at `level` from now
    on. Returns the file, or None when the folder cannot be written: nothing else stops then."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _LogFile)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    folder = directory or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(LineFormatter())
    root.addHandler(handler)
    # Alembic announces each of its plugins at every upgrade: only a debugging session wants that.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    return Path(handler.baseFilename)


def log_file() -> Path:
    """The file this process logs to, or where it would."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _LogFile):
            return Path(handler.baseFilename)
    return log_dir() / LOG_FILE


@dataclass(frozen=True)
class ErrorReport:
    """An uncaught exception as a volunteer can send it: no personal data, the log's path."""

    signature: str  # the same error raised again has the same one (type and innermost line)
    text: str


def describe(error: BaseException, thread: str) -> ErrorReport:
    frame = None
    tb = error.__traceback__
    while tb is not None:
        frame, tb = tb, tb.tb_next
    where = f"{frame.tb_frame.f_code.co_filename}:{frame.tb_lineno}" if frame is not None else "?"
    header = [
        f"Entraide {__version__} · Python {sys.version.split()[0]} · {sys.platform}",
        f"{datetime.now().astimezone().isoformat(timespec='seconds')} · thread {thread} · pid {os.getpid()}",
        f"log: {log_file()}",
        "",
    ]
    return ErrorReport(f"{type(error).__qualname__}@{where}", "\n".join(header) + format_exception(error))


Reporter = Callable[[ErrorReport], None]  # called on the thread that failed


def report_uncaught(error: BaseException, thread: str, on_error: Reporter | None) -> None:
    """Log the exception with its traceback, then tell `on_error` (the window's dialog)."""
    errors.error("uncaught exception in thread %s", thread, exc_info=error)
    if on_error is not None:
        try:
            on_error(describe(error, thread))
        except Exception:  # the window may be gone already: the log has it
            errors.exception("the error could not be shown")


class _SysHook:
    def __init__(self, previous: Callable[..., object], on_error: Reporter | None) -> None:
        self.previous, self.on_error = previous, on_error

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            report_uncaught(error, threading.current_thread().name, self.on_error)
        self.previous(kind, error, tb)  # still printed where there is a terminal


class _ThreadHook:
    def __init__(self, previous: Callable[..., object], on_error: Reporter | None) -> None:
        self.previous, self.on_error = previous, on_error

    def __call__(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            name = args.thread.name if args.thread is not None else "?"
            report_uncaught(args.exc_value, name, self.on_error)
        self.previous(args)


def install_excepthooks(on_error: Reporter | None = None) -> None:
    """Send uncaught exceptions of every thread to the log, then to `on_error`. Installing again
    replaces the reporter; the hooks that were there first still run after ours."""
    previous_sys = sys.excepthook
    if isinstance(previous_sys, _SysHook):
        previous_sys = previous_sys.previous
    previous_thread = threading.excepthook
    if isinstance(previous_thread, _ThreadHook):
        previous_thread = previous_thread.previous
    sys.excepthook = _SysHook(previous_sys, on_error)
    threading.excepthook = _ThreadHook(previous_thread, on_error)
