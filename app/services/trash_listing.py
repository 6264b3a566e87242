"""What is in the trash, every kind together: contacts, equipment, practices, agreement drafts
and clause templates. Restoring and deleting for good go through the cascade of
app/services/trash.py, so what belongs to a record comes back or goes with it; each deletion
reaches the hub through the outbox, like any other change.

Only our own records are listed: a record another association deleted is gone from its
owner's hands, not in our trash (the pull marks it deleted here too, app/sync/records.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    String,
    delete,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from app.chunks import in_chunks
from app.errors import Ambiguous, NotFound
from app.models import Agreement, AgreementScan, ClauseTemplate, Contact, Equipment, Practice, SyncedRecord
from app.models.base import RecordMixin
from app.services import trash
from app.services.contacts.search_index import index_once
from app.services.network import my_association_id
from app.services.practices.index import refresh_practice_index
from app.services.record_ids import MIN_PIECE, matches

# The kinds the trash lists, in the order of the type filter (their sync names, as elsewhere).
KINDS: tuple[str, ...] = ("contact", "equipment", "practice", "agreement", "clause_template")
_MODELS: dict[str, type[RecordMixin]] = {
    "contact": Contact,
    "equipment": Equipment,
    "practice": Practice,
    "agreement": Agreement,
    "clause_template": ClauseTemplate,
}


@dataclass(frozen=True)
class TrashLine:
    """One record in the trash, as the list shows it."""

    kind: str  # one of KINDS
    id: str
    name: str  # may be empty (a practice draft without a title)
    deleted_at: datetime
    detail: str = ""  # what distinguishes it: an organisation, a practice's status, an article


def _name_columns(kind: str) -> tuple[Any, Any]:
    """(name, detail) of a kind's row, in SQL."""
    if kind == "contact":
        return Contact.display_name, Contact.kind
    if kind == "equipment":
        return Equipment.name, func.coalesce(Equipment.category, "")
    if kind == "practice":
        return Practice.title, Practice.status
    if kind == "agreement":
        return Agreement.reference + " · " + Agreement.title, Agreement.status
    return ClauseTemplate.name, ClauseTemplate.section


def _trashed(kind: str, me: str | None) -> Select[Any]:
    """The kind's records in the trash that are ours (never synced, or owned by us)."""
    model = _MODELS[kind]
    name, detail = _name_columns(kind)
    ours: ColumnElement[bool] = SyncedRecord.owner_id.is_(None)
    if me is not None:
        ours = or_(ours, SyncedRecord.owner_id == me)
    # The ids first, from the list's index (deleted_at leads it): SQLite takes "deleted_at IS NOT
    # NULL" on the table itself for a full scan, which reads all 100,000 contacts (and fills the
    # page cache) to find an empty trash.
    deleted = select(model.id).where(model.deleted_at.is_not(None))
    return (
        select(literal(kind, String).label("kind"), model.id, name, model.deleted_at, detail)
        .outerjoin(SyncedRecord, SyncedRecord.record_id == model.id)
        .where(model.id.in_(deleted), ours)
    )


def _query(session: Session, kinds: Iterable[str]) -> Select[Any] | CompoundSelect[Any]:
    me = my_association_id(session)
    parts = [_trashed(kind, me) for kind in kinds]
    return union_all(*parts) if len(parts) > 1 else parts[0]


def listing(session: Session, kinds: Iterable[str] = KINDS) -> list[TrashLine]:
    """What is in the trash, the latest deletion first."""
    query = _query(session, _checked(kinds)).subquery()
    rows = session.execute(select(query).order_by(query.c.deleted_at.desc(), query.c.id))
    return [TrashLine(kind, id_, name or "", when, detail or "") for kind, id_, name, when, detail in rows]


def count(session: Session, kinds: Iterable[str] = KINDS) -> int:
    query = _query(session, _checked(kinds)).subquery()
    return session.scalar(select(func.count()).select_from(query)) or 0


def counts(session: Session) -> dict[str, int]:
    """How many records of each kind the trash holds (the kinds it holds none of left out)."""
    query = _query(session, KINDS).subquery()
    return dict(session.execute(select(query.c.kind, func.count()).group_by(query.c.kind)).all())


def short_ids(lines: list[TrashLine]) -> dict[str, str]:
    """Each line's shortest id end, 8 characters at least, that names it alone in the trash."""
    out: dict[str, str] = {}
    left = [line.id for line in lines]
    length = MIN_PIECE
    while left:  # one count of the ends per length, not a walk over every line per line
        ends = Counter(record_id[-length:] for record_id in left)
        for record_id in left:
            if ends[record_id[-length:]] <= 1 or length >= len(record_id):
                out[record_id] = record_id[-length:]
        left = [record_id for record_id in left if record_id not in out]
        length += 2
    return out


def find_lines(session: Session, pieces: Iterable[str]) -> list[TrashLine]:
    """The trash lines named by whole ids or pieces of them (8 characters at least, at the start
    or the end). NotFound for a piece naming none; Ambiguous, with the candidates, for several."""
    lines = listing(session)
    found: dict[str, TrashLine] = {}
    for typed in pieces:
        piece = typed.strip().lower()
        named = [line for line in lines if line.id == piece] or (
            [line for line in lines if matches(line.id, piece)] if len(piece) >= MIN_PIECE else []
        )
        if not named:
            raise NotFound(typed)
        if len(named) > 1:
            raise Ambiguous(typed, [(line.id, line.name) for line in named])
        found[named[0].id] = named[0]
    return list(found.values())


def restore(session: Session, items: Iterable[tuple[str, str]]) -> int:
    """Take these (kind, id) out of the trash, with what was trashed with them. Returns how many
    of them came back (those no longer in the trash are left alone)."""
    found = _records(session, items)
    with index_once(session, found):
        trash.restore(session, found)
    _after(session, found)
    return len(found)


def put_back(session: Session, items: Iterable[tuple[str, str]]) -> int:
    """Undo a restore: these (kind, id), out of the trash, go back into it with their children."""
    found = [record for record in _by_kind(session, items) if record.deleted_at is None]
    with index_once(session, found):
        trash.trash(session, found)
    _after(session, found)
    return len(found)


def purge(session: Session, items: Iterable[tuple[str, str]]) -> int:
    """Delete these (kind, id) for good, with what belongs to them; the hub is told. Returns how
    many of them were deleted (only records in the trash are: nothing else is ever purged)."""
    found = _records(session, items)
    forget(session, found)
    return len(found)


def forget(session: Session, records: list[Any]) -> None:
    """Delete these records for good, with what belongs to them and what this laptop kept of
    them: our Corbeille emptied, or another laptop's purge pulled (app/sync/pages.py)."""
    _forget_local(session, records)
    trash.purge(session, records)
    _after(session, records)
    if any(isinstance(record, Contact) for record in records):
        _forget_deleted_terms(session)


def empty(session: Session, kinds: Iterable[str] = KINDS) -> int:
    """Delete for good all that the trash holds (of these kinds). Returns how many records."""
    return purge(session, [(line.kind, line.id) for line in listing(session, kinds)])


def _checked(kinds: Iterable[str]) -> list[str]:
    wanted = list(kinds)
    unknown = [kind for kind in wanted if kind not in _MODELS]
    if unknown or not wanted:
        raise ValueError(f"unknown kinds of trash: {unknown or wanted}")
    return wanted


def _records(session: Session, items: Iterable[tuple[str, str]]) -> list[Any]:
    """The records named that are in our trash (one query per kind)."""
    me = my_association_id(session)
    return _by_kind(
        session,
        items,
        lambda kind, model: set(session.scalars(_trashed(kind, me).with_only_columns(model.id))),
    )


def _by_kind(
    session: Session,
    items: Iterable[tuple[str, str]],
    among: Callable[[str, type[RecordMixin]], set[str]] | None = None,
) -> list[Any]:
    """The records these (kind, id) name that exist, read 500 at a time (not one query each:
    undoing the restore of 20,000 contacts asked 20,000); with `among`, only the ids it allows."""
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in items:
        by_kind.setdefault(kind, []).append(record_id)
    found: list[Any] = []
    for kind, ids in by_kind.items():
        model = _MODELS[_checked([kind])[0]]
        allowed = among(kind, model) if among is not None else None
        for part in in_chunks([i for i in ids if allowed is None or i in allowed]):
            found += session.scalars(select(model).where(model.id.in_(part)))
    return found


def _forget_local(session: Session, records: list[Any]) -> None:
    """What is kept on this laptop only and hangs off a record: a signed scan of an agreement."""
    agreements = [r.id for r in records if isinstance(r, Agreement)]
    if agreements:
        session.execute(delete(AgreementScan).where(AgreementScan.agreement_id.in_(agreements)))


def _forget_deleted_terms(session: Session) -> None:
    """The contacts' search index rewritten without what deleted rows left in it: FTS5 removes a
    row with a tombstone, and its words (a name, an e-mail) stay in the index's older pages until
    they merge. The pages freed are zeroed (secure_delete, app/db.py). 0.1 s for 20,000 contacts."""
    session.flush()
    session.connection().exec_driver_sql("INSERT INTO contact_fts(contact_fts) VALUES ('optimize')")


_AFTER: dict[type, Callable[[Session], object]] = {Practice: refresh_practice_index}


def _after(session: Session, records: list[Any]) -> None:
    """Indexes that follow a kind of record (the practices' search)."""
    for model in {type(r) for r in records}:
        for base, follow in _AFTER.items():
            if issubclass(model, base):
                follow(session)
