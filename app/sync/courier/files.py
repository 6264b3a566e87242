"""Courier files on disk: their names, their numbered parts, and finding them on a stick."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.files import write_atomically
from app.sync.courier.problems import CourierProblem
from app.text import fold
from protocol import courier

# Parts are named `…-1-sur-3.entraide`: a file name's format (the same in every language).
PART_WORD = "-sur-"
_PART_NAME = re.compile(r"^(?P<stem>.+)-(?P<index>\d+)" + PART_WORD + r"(?P<count>\d+)$")
_HEAD_BYTES = 4096  # enough to read a part's header without reading the part


def file_name(association: str, day: date) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(association)).strip("-")[:60] or "association"
    return f"entraide-{slug}-{day.isoformat()}{courier.SUFFIX}"


def answer_name(name: str) -> str:
    """`entraide-x-2026-12-06.entraide` (or its part `…-1-sur-3.entraide`) → `…-reponse.entraide`."""
    return f"{base_stem(name)}{courier.ANSWER_SUFFIX}{courier.SUFFIX}"


def base_stem(name: str) -> str:
    stem = name[: -len(courier.SUFFIX)] if name.endswith(courier.SUFFIX) else Path(name).stem
    found = _PART_NAME.match(stem)
    return found["stem"] if found else stem


def is_answer(path: Path) -> bool:
    return base_stem(path.name).endswith(courier.ANSWER_SUFFIX)


@dataclass(frozen=True)
class Written:
    paths: list[Path]
    size: int


def write(
    folder: Path, name: str, data: bytes, *, replace: bool = False, limit: int = courier.PART_LIMIT
) -> Written:
    """The file, or its numbered parts when it is larger than `limit`. An existing file of the
    same name is kept (two exports the same day get a number), except an older answer: the new
    one replaces it (`replace`)."""
    parts = courier.split(data, limit)
    stem = name[: -len(courier.SUFFIX)]
    if replace:
        for old in [folder / name, *folder.glob(_parts_of(stem))]:
            old.unlink(missing_ok=True)
    else:
        stem = _free_stem(folder, stem)
    if len(parts) == 1:
        names = [f"{stem}{courier.SUFFIX}"]
    else:
        names = [part_name(stem, i, len(parts)) for i in range(1, len(parts) + 1)]
    written = []
    try:
        for target, part in zip(names, parts, strict=True):
            write_atomically(folder / target, part)
            written.append(folder / target)
    except OSError as error:
        for path in written:
            path.unlink(missing_ok=True)
        raise CourierProblem("unwritable", str(folder), error.strerror or str(error)) from error
    return Written(written, len(data))


def _free_stem(folder: Path, stem: str) -> str:
    candidate, number = stem, 1
    while (folder / f"{candidate}{courier.SUFFIX}").exists() or any(folder.glob(_parts_of(candidate))):
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


def part_name(stem: str, index: int, count: int) -> str:
    return "".join((stem, "-", str(index), PART_WORD, str(count), courier.SUFFIX))


def _parts_of(stem: str) -> str:
    """The glob pattern of a file's parts."""
    return "".join((glob_escape(stem), "-*", PART_WORD, "*", courier.SUFFIX))


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def read(path: Path) -> tuple[bytes, list[Path]]:
    """A whole file's bytes; for a part, every part found beside it, put together."""
    data = _read_bytes(path)
    if not courier.is_part(data):
        return data, [path]
    whole = courier.read_part(data).whole
    siblings = [path]
    for other in sorted(path.parent.glob(f"*{courier.SUFFIX}")):
        if other != path and _part_of(other) == whole:
            siblings.append(other)
    try:
        return courier.join([_read_bytes(p) for p in siblings]), siblings
    except courier.CourierRefused as refused:
        raise CourierProblem(refused.code) from refused


def _part_of(path: Path) -> str | None:
    try:
        with path.open("rb") as stream:
            head = stream.read(_HEAD_BYTES)
        return courier.read_part(head).whole if courier.is_part(head) else None
    except (OSError, courier.CourierRefused):
        return None


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise CourierProblem("unreadable", str(path), error.strerror or str(error)) from error


def outgoing_in(folder: Path) -> list[Path]:
    """The files waiting in a stick folder to be carried: not answers, not answered yet (one
    path per file, its first part when it is cut)."""
    found: dict[str, Path] = {}
    for path in sorted(folder.glob(f"*{courier.SUFFIX}")):
        if is_answer(path) or path.name.startswith("."):
            continue
        stem = base_stem(path.name)
        if (folder / answer_name(path.name)).exists() or any(
            folder.glob(_parts_of(stem + courier.ANSWER_SUFFIX))
        ):
            continue
        found.setdefault(stem, path)
    return list(found.values())
