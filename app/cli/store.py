"""Opening the store for a headless command."""

from __future__ import annotations

import argparse

from app.db import Database, open_database
from app.paths import data_paths


def open_store(args: argparse.Namespace) -> Database:
    return open_database(data_paths(getattr(args, "data_dir", None)))
