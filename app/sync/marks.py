"""The marks that order this computer's courier files for the hub. The hub applies a file only if
no file this computer prepared later was applied before, and reads "later" from the file's mark
and from the op ids of this computer's pushes (hub/courier.py, hub/push.py): all UUIDv7s of the
laptop's clock. A clock set back (a flat BIOS battery) would make every new file look older than
the last, and the hub would hold them. So the store keeps the newest mark given, and each file's
mark is made later than it, whatever the clock says."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy.orm import Session

from app.ids import id_after
from app.models import SyncState
from protocol.marks import can_follow, is_mark


def _state(session: Session) -> SyncState:
    return session.get_one(SyncState, 1)


def newest(*marks: str | None) -> str | None:
    """The latest of these that is a mark a later one can follow (protocol/marks.py)."""
    given = [mark for mark in marks if mark is not None and can_follow(mark)]
    return max(given, default=None)


def note_given(session: Session, op_ids: Iterable[str]) -> None:
    """Op ids that may reach the hub (a push about to be sent): the next file's mark comes after
    them."""
    state = _state(session)
    state.courier_mark = newest(state.courier_mark, *op_ids)


def renewed_op_ids(session: Session) -> Iterator[str]:
    """Op ids for changes made again after they were sent, each later than every mark given:
    a push of the newer values must tell the hub it comes after a file that carried the older
    ones, or that file, carried later, would put them back (the store's state is read once, on
    the first id asked)."""
    state = _state(session)
    while True:
        state.courier_mark = id_after(newest(state.courier_mark))
        yield state.courier_mark


def next_file_mark(session: Session, op_ids: Iterable[str]) -> str:
    """The mark of a file carrying these op ids: after them and after every mark given before."""
    state = _state(session)
    mark = id_after(newest(state.courier_mark, *op_ids))
    state.courier_mark = mark
    return mark


def learn(session: Session, hub_mark: object) -> None:
    """The hub held a file as older than one it applied: its mark for us is our floor from now on
    (a store restored from a backup, or one that kept no mark before this version)."""
    if is_mark(hub_mark):
        note_given(session, [hub_mark])
