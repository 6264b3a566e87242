"""Stores the benchmarks build once and keep in the data folder between runs.

Building one is not what a figure measures, and it takes longer than the measures themselves (the
needs' store: 20–27 s of every `make bench`). A store is kept with a small JSON file saying what
it was built from; when that changes (its generator's sources, the migrations, its sizes, the
day for a store whose dates are relative to today), it is built again."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from app.db import MIGRATIONS_DIR
from app.paths import DataPaths
from benchmarks.harness import fmt_number

Log = Callable[[str], None]
META = "bench-store.json"


def sources_digest(paths: Iterable[Path]) -> str:
    """A short digest of these files and of every migration."""
    digest = hashlib.sha256()
    for path in sorted([*paths, *MIGRATIONS_DIR.glob("versions/*.py")]):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def cached_store(
    folder: Path, wanted: dict[str, Any], build: Callable[[Path], None], what: str, log: Log
) -> Path:
    """`folder` holding the store `wanted` describes, built by `build(folder)` when it does not."""
    meta = folder / META
    if (
        meta.exists()
        and DataPaths(folder).database.exists()
        and json.loads(meta.read_text("utf-8")) == wanted
    ):
        log(f"{what} en cache : {folder}")
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    log(f"Construction : {what.lower()} dans {folder}…")
    started = time.perf_counter()
    build(folder)
    log(f"  construite en {fmt_number(time.perf_counter() - started)} s (gardée pour les mesures suivantes)")
    meta.write_text(json.dumps(wanted), encoding="utf-8")
    return folder
