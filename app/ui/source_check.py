"""PySide6 looks at the source of every module imported after it (shiboken's `__feature__`
support asks whether the module mentions PySide6) through `inspect.getsource`, which leaves
each file's lines in `linecache` for the rest of the process: about 25 MB once the window's
modules are loaded. The same question is answered here by reading the file once, keeping
nothing; the answer, and everything else PySide6 does with it, stays the same."""

from __future__ import annotations

import linecache
import logging
from types import ModuleType

log = logging.getLogger(__name__)


def mentions_pyside(module: ModuleType) -> bool:
    """What shiboken's `_mod_uses_pyside` answers: whether the module's source file holds
    "PySide6" (False for a module without a source file)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def keep_sources_out_of_memory() -> bool:
    """Replaces shiboken's check by `mentions_pyside`; False if this PySide6 has no such check
    (it then behaves as it always did)."""
    import PySide6  # noqa: F401  # loads shiboken, whose support modules come with it

    try:
        from shibokensupport import feature  # type: ignore[import-not-found]  # embedded in shiboken
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.info("shiboken has no _mod_uses_pyside: sources are read its own way")
        return False
    feature._mod_uses_pyside = mentions_pyside
    linecache.clearcache()  # the lines read before now (an error's traceback reads them again)
    return True
