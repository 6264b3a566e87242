"""The data folder before the store opens: a folder, there (or made, for the window's first start
and the demo), and one Entraide may write to. Anything else is one French sentence that says
what to do, never a Python error (app/services/store/problems.py)."""

from __future__ import annotations

import os
import sys

from app.errors import StoreProblem
from app.paths import DataPaths
from app.services.store.problems import folder_is_a_file, folder_missing, folder_read_only, store_problem


def check_data_folder(paths: DataPaths, *, create: bool) -> None:
    """Raise StoreProblem unless the store can be opened (or made, when `create`) there. Without
    `create`, a folder holding no store is refused: a mistyped --data-dir would otherwise become
    a new, empty store that shows nothing of the association's data."""
    root, folder = paths.root, str(paths.root)
    for place in (root, *root.parents):  # a file where a folder (or a parent of it) should be
        if place.exists():
            if not place.is_dir():
                raise folder_is_a_file(str(place))
            break
    if not create and not paths.database.is_file():
        raise folder_missing(folder)
    try:
        paths.ensure()
    except OSError as error:
        problem = store_problem(error, folder)
        if problem is None:
            raise
        raise problem from error
    if not os.access(root, os.W_OK) or not os.access(paths.backups, os.W_OK):
        raise folder_read_only(folder)
    if paths.database.exists() and not os.access(paths.database, os.W_OK):
        raise folder_read_only(folder)


def is_folder_problem(error: BaseException) -> bool:
    return isinstance(error, StoreProblem) and error.kind == StoreProblem.FOLDER


def window_open(paths: DataPaths) -> bool:
    """Whether a window of Entraide holds this data folder (its lock names a live process)."""
    try:
        pid = int(paths.window_lock.read_text(encoding="utf-8", errors="replace").split()[0])
    except (OSError, ValueError, IndexError):
        return False
    return _alive(pid)


def _alive(pid: int) -> bool:
    if sys.platform == "win32":  # no signals there: ask for a handle on the process
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True
