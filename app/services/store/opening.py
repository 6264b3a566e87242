"""Opening the store for the window and the commands: the data folder checked, the file given a
cheap look, the schema brought up to date (backed up first), then the day's backup. Whatever goes
wrong with the folder or the file comes out as one StoreProblem (app/services/store/problems.py).
"""

from __future__ import annotations

import logging
from datetime import date

from app.db import Database, open_database
from app.paths import DataPaths
from app.services.store.backups import daily_backup
from app.services.store.folder import check_data_folder
from app.services.store.health import cheap_check
from app.services.store.problems import store_problem

log = logging.getLogger(__name__)


def open_store(paths: DataPaths, *, create: bool, today: date | None = None) -> Database:
    """The store of `paths`, ready to use. `create`: make it if the folder holds none (the
    window's first start, the demo); the other commands refuse a folder without a store."""
    folder = str(paths.root)
    check_data_folder(paths, create=create)
    cheap_check(paths.database, folder)
    existed = paths.database.exists()
    database = None
    try:
        database = open_database(paths)
        if existed:  # a store made just now holds nothing yet: its first backup comes next time
            database.daily_backup = daily_backup(database.engine, paths, today)
        if database.daily_backup is not None:
            log.info("daily backup written: %s", database.daily_backup.name)
    except Exception as error:
        if database is not None:
            database.close()
        problem = store_problem(error, folder)
        if problem is None:
            raise
        raise problem from error
    return database
