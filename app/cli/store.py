"""Opening the store for a headless command: the folder must hold one already, except for the
demo (app/services/store/opening.py)."""

from __future__ import annotations

import argparse

from app.db import Database
from app.paths import data_paths
from app.services.store.opening import open_store as open_checked


def open_store(args: argparse.Namespace, *, create: bool = False) -> Database:
    return open_checked(data_paths(getattr(args, "data_dir", None)), create=create)
