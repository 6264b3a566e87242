"""Writing a user's file so that a failure never leaves half of it: the content goes to a
temporary file beside the target, which replaces the target only once complete (an existing
file stays whole until then). Every export of the client writes through here."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from app.logs import events


@contextlib.contextmanager
def replace_atomically(path: Path, mode: str = "w", **options: Any) -> Iterator[IO[Any]]:
    """`with replace_atomically(path, encoding="utf-8", newline="") as stream: …`; binary with
    mode="wb". Raises OSError, with the target untouched."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, mode, **options) as stream:
            yield stream
        size = os.path.getsize(temporary)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    # The file's type and size only: its name may be a person's.
    events.record("export", "file", type=path.suffix.lstrip(".").lower() or "none", bytes=size)


def write_atomically(path: Path, data: bytes) -> None:
    with replace_atomically(path, "wb") as stream:
        stream.write(data)
