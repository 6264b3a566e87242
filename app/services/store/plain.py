"""Opening the store with sqlite3 alone, checked as app/services/store/opening.py checks it (the
folder, a cheap look at the file, the schema at its newest), when the opening has nothing else to
do: no migration, and the day's backup made already. A command that finds it so needs neither
SQLAlchemy nor the models to start (app/sync/quick.py, app/cli/store.py)."""

from __future__ import annotations

import sqlite3
from datetime import date

from app.paths import DataPaths
from app.services.store.backup_names import daily_made_on
from app.services.store.folder import check_data_folder
from app.services.store.health import cheap_check
from app.store_file import SCHEMA_HEAD, apply_pragmas


def open_plain(paths: DataPaths, today: date | None = None) -> sqlite3.Connection | None:
    """The store as `entraide sync` opens it (app/services/store/opening.py), checked the same
    way, when opening it needs neither a migration nor the day's backup; None otherwise."""
    check_data_folder(paths, create=False)
    cheap_check(paths.database, str(paths.root))
    if not daily_made_on(paths.backups, today or date.today()):
        return None
    connection = sqlite3.connect(paths.database, isolation_level=None)
    try:
        apply_pragmas(connection)
        if connection.execute("SELECT version_num FROM alembic_version").fetchall() == [(SCHEMA_HEAD,)]:
            return connection
    except BaseException:
        connection.close()
        raise
    connection.close()
    return None
