"""A command's start-up, timed for `make bench` from outside the application.

Run as a script with the same Python as Entraide, with the arguments of `entraide`
(`python benchmarks/cli_start.py status --data-dir DIR`). It runs the command exactly as the
`entraide` command does, and when the store has been opened and checked (the function that opens
it has returned: app/services/store/plain.py `open_plain`, or app/cli/store.py `open_store` when
the store needs the full opening) it prints

    ENTRAIDE_CLI_READY

and exits at once: the command's own work is not part of its start. Nothing of this is in the
application: the two functions are wrapped here as their modules load.
"""

from __future__ import annotations

import importlib.machinery
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

MARK = "ENTRAIDE_CLI_READY"
OPENERS = {"app.cli.store": "open_store", "app.services.store.plain": "open_plain"}


def _ready() -> None:
    sys.stdout.write(MARK + "\n")
    sys.stdout.flush()
    os._exit(0)  # nothing more to measure: no clean-up, no work


def _wrap(module: ModuleType, name: str) -> None:
    real = getattr(module, name)

    def opened(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        if result is not None:  # None: the quick way declined, the full opening follows
            _ready()
        return result

    setattr(module, name, opened)


class _Openers:
    """Wraps the opening function as soon as its module has run (before anyone imports it); a
    finder of sys.meta_path needs only find_spec (importlib.abc would cost its own import)."""

    def find_spec(self, name: str, path: Sequence[str] | None, target: ModuleType | None = None) -> Any:
        if name not in OPENERS:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        run = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run(module)
            _wrap(module, OPENERS[name])

        loader.exec_module = exec_module  # type: ignore[method-assign]  # wrapped from outside the app, on purpose
        return spec


def main(argv: list[str]) -> int:
    sys.meta_path.insert(0, _Openers())
    from app.__main__ import main as entraide

    return entraide(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
