"""How a backup's file is named (`entraide-<UTC stamp>-<label>.sqlite3`), and whether the day's
backup exists: read without SQLAlchemy, so that a command with nothing to do knows it cheaply."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

DAILY = "quotidienne"
NAME = re.compile(r"^entraide-(\d{8}-\d{6}-\d{6})-(.+)\.sqlite3$")


def stamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)


def daily_made_on(backups: Path, today: date) -> bool:
    """Whether a daily backup was made on `today` (local time) in the folder `backups`."""
    if not backups.is_dir():
        return False
    for entry in backups.iterdir():
        named = NAME.match(entry.name)
        made = stamp(named.group(1)) if named and named.group(2) == DAILY else None
        if made is not None and made.astimezone().date() == today and entry.is_file():
            return True
    return False
