"""Opening the store for a headless command: the folder must hold one already, except for the
demo (app/services/store/opening.py).

A store that needs no migration and has its day's backup is opened and checked with sqlite3
alone (app/services/store/plain.py); SQLAlchemy and the models load at the first use of its
engine or sessions, as part of the command's work. A command that finds nothing to do, or is
refused before it reads anything, never pays for them."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from app.paths import DataPaths, data_paths
from app.services.store.plain import open_plain

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from app.db import Database

T = TypeVar("T")


def open_store(args: argparse.Namespace, *, create: bool = False) -> Database:
    paths = data_paths(getattr(args, "data_dir", None))
    if not create:
        checked = open_plain(paths)
        if checked is not None:
            checked.close()
            deferred: Any = DeferredStore(paths)  # what a Database offers, made at first use
            return deferred
    from app.services.store.opening import open_store as open_checked

    return open_checked(paths, create=create)


class DeferredStore:
    """A store opened and checked already: its Database (app/db.py) is made at first use."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths, self.path = paths, paths.database
        self.backup_made = self.daily_backup = None  # none needed: see open_plain
        self._database: Database | None = None

    def opened(self) -> Database:
        if self._database is None:
            from app.db import open_database

            self._database = open_database(self.paths)
        return self._database

    @property
    def engine(self) -> Engine:
        return self.opened().engine

    @property
    def session_factory(self) -> sessionmaker[Session]:
        return self.opened().session_factory

    def run(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return self.opened().run(work, *args, **kwargs)

    def subscribe(self, listener: Callable[..., None]) -> None:
        self.opened().subscribe(listener)

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
