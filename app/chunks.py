"""Lists cut into slices: SQLite takes at most 32,766 parameters per statement, and a query of a
few hundred ids at a time keeps each one quick."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
IN_LIST = 500  # ids per `column IN (…)`: one query where one per record would be thousands


def in_chunks(values: Sequence[T], size: int = IN_LIST) -> Iterator[list[T]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])
