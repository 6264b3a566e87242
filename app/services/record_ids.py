"""Finding a record from the id a person typed or copied: the whole id, or a unique piece of it.

Shared by the commands that take an id (`loan-receipt`, `export-practice`…).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound

MIN_PIECE = 8  # shorter pieces are refused: too easy to match by chance


def find_record_id(session: Session, model: Any, wanted: str) -> str:
    """An id as typed: the whole id, or a piece of at least 8 characters at its start or its
    end that names only one live record of `model`. (Ids are UUIDv7: their start is the
    creation time, shared by the records made in the same minute; their end is random, so
    that is what people quote.) NotFound otherwise."""
    wanted = wanted.strip().lower()
    if not wanted:
        raise NotFound(wanted)
    if session.get(model, wanted) is not None:
        return wanted
    if len(wanted) < MIN_PIECE:
        raise NotFound(wanted)
    found = list(
        session.scalars(
            select(model.id)
            .where(
                or_(model.id.startswith(wanted, autoescape=True), model.id.endswith(wanted, autoescape=True)),
                model.deleted_at.is_(None),
            )
            .limit(2)
        )
    )
    if len(found) != 1:
        raise NotFound(wanted)
    return str(found[0])
