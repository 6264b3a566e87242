"""Where Entraide keeps its files. Everything else receives these paths as arguments."""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "Entraide"
ENV_DATA_DIR = "ENTRAIDE_DATA_DIR"
ENV_LOG_DIR = "ENTRAIDE_LOG_DIR"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "entraide.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "sauvegardes"

    @property
    def instance_key(self) -> str:
        """One name per data folder: the window's local server and its lock (one window per store)."""
        digest = hashlib.sha1(os.path.normcase(str(self.root)).encode("utf-8")).hexdigest()[:16]
        return f"entraide-{digest}"

    @property
    def window_lock(self) -> Path:
        """Held by the window open on this folder (a lock file of Qt's: its first line is the pid).
        In the temporary folder, so that even a read-only or missing data folder can be locked."""
        return Path(tempfile.gettempdir()) / f"{self.instance_key}.lock"

    def ensure(self) -> DataPaths:
        self.root.mkdir(parents=True, exist_ok=True)
        self.backups.mkdir(parents=True, exist_ok=True)
        return self


def data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """--data-dir wins, then ENTRAIDE_DATA_DIR, then the platform's user data folder."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or user_data_dir(APP_NAME, appauthor=False)
    return DataPaths(Path(chosen).expanduser().resolve())


def log_dir() -> Path:
    """The log's folder: ENTRAIDE_LOG_DIR (the tests), else the platform's user log folder
    (Linux ~/.local/state/Entraide/log, Windows %LOCALAPPDATA%\\Entraide\\Logs, macOS
    ~/Library/Logs/Entraide). Not under the data folder: a --data-dir of a test or a demo store
    still logs where a helper will look."""
    chosen = os.environ.get(ENV_LOG_DIR) or user_log_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser().resolve()


def resources_dir() -> Path:
    """The shipped resources: next to the package in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    """Compiled .qm files, made from resources/translations/*.ts by the build."""
    return resources_dir() / "translations"
