"""Finding a record from the id a person typed, copied or read off paper: the whole id, or a
unique piece of it; and the short id the window shows, which the command line accepts.

Shared by the commands that take an id (`loan-receipt`, `export-practice`…), the window's "n°"
with its copy button, and the catalogue's search (the number on an equipment label).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.errors import Ambiguous, Message, NotFound, Text
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Equipment, Reservation

MIN_PIECE = 8  # shorter pieces are refused: too easy to match by chance
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)
_NUMBERED = re.compile(r"\b(?:n\s*[°ºo]\.?|num[ée]ro)\s*:?\s*([0-9a-f]{8,32})\b", re.I)
_BARE = re.compile(r"^[0-9a-f-]{8,36}$", re.I)
# A label's number typed anyhow ("n 3f3ec9de", "barnum 3f3ec9de"): 8 hexadecimal characters
# with a figure and a letter, so that neither a word nor a date or a plain number is taken.
_LOOSE = re.compile(r"\b(?=[0-9a-f]{0,7}\d)(?=[0-9a-f]{0,7}[a-f])[0-9a-f]{8}\b", re.I)


def piece_in(text: str) -> str | None:
    """The id, or the piece of one, that a text holds: a whole id, "n° 3f3ec9de" (what a label
    prints, and the end of its QR text), the text alone when it is only hexadecimal digits
    (at least 8, one of them a figure: "3f3ec9de", not "deadbeef"), or else a word of 8 such
    digits mixing figures and letters ("n 3f3ec9de" typed by hand)."""
    found = _UUID.search(text)
    if found:
        return found.group().lower()
    found = _NUMBERED.search(text)
    if found:
        return found.group(1).lower()
    bare = text.strip()
    if _BARE.match(bare) and any(ch.isdigit() for ch in bare) and len(bare.replace("-", "")) >= MIN_PIECE:
        return bare.lower()
    found = _LOOSE.search(text)
    return found.group().lower() if found else None


def matches(record_id: str, piece: str) -> bool:
    return record_id == piece or record_id.startswith(piece) or record_id.endswith(piece)


def candidates(session: Session, model: Any, piece: str, limit: int = 10) -> list[str]:
    """The live records of `model` whose id is, starts with or ends with `piece`."""
    return list(
        session.scalars(
            select(model.id)
            .where(
                or_(model.id.startswith(piece, autoescape=True), model.id.endswith(piece, autoescape=True)),
                model.deleted_at.is_(None),
            )
            .order_by(model.id)
            .limit(limit)
        )
    )


def find_record_id(session: Session, model: Any, wanted: str) -> str:
    """An id as typed: the whole id, or a piece of at least 8 characters at its start or its
    end that names only one live record of `model`. (Ids are UUIDv7: their start is the
    creation time, shared by the records made in the same minute; their end is random, so
    that is what people quote.) NotFound when none does; Ambiguous, with the candidates, when
    several do."""
    wanted = wanted.strip().lower()
    if not wanted:
        raise NotFound(wanted)
    if session.get(model, wanted) is not None:
        return wanted
    if len(wanted) < MIN_PIECE:
        raise NotFound(wanted)
    found = candidates(session, model, wanted)
    if not found:
        raise NotFound(wanted)
    if len(found) > 1:
        raise Ambiguous(wanted, [(record_id, describe(session, model, record_id)) for record_id in found])
    return str(found[0])


def short_id(session: Session, model: Any, record_id: str) -> str:
    """The shortest end of the id, 8 characters at least, that names this record alone: what the
    window shows with its copy button, and what the command line accepts."""
    for length in range(MIN_PIECE, len(record_id), 2):
        piece = record_id[-length:]
        others = session.scalar(
            select(func.count()).select_from(model).where(model.id.endswith(piece, autoescape=True))
        )
        if (others or 0) <= 1:
            return piece
    return record_id


def describe(session: Session, model: Any, record_id: str) -> Text:
    """A few words that tell a person which record an id is: its reference and title, its name,
    or for a loan the equipment's name and dates."""
    record = session.get(model, record_id)
    if record is None:
        return ""
    parts = [str(part) for name in ("reference", "title", "name") if (part := getattr(record, name, None))]
    equipment_id = getattr(record, "equipment_id", None)
    if parts or not equipment_id:
        return " · ".join(parts)
    item = session.get(Equipment, equipment_id)
    reservation = session.get(Reservation, getattr(record, "reservation_id", "") or "")
    name = item.name if item is not None else ""
    if reservation is None:
        return name
    return Message(
        QT_TRANSLATE_NOOP("entraide", "{0} du {1} au {2}"),
        (name, reservation.start_date, reservation.end_date),
    )
