"""Undoable equipment actions. Each step runs on the database thread; `done` refreshes the views."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Reservation, ReservationStatus
from app.services.equipment import availability, loans
from app.ui.task_runner import TaskRunner


def restore_reservation(session: Session, reservation_id: str) -> None:
    """Undo a cancellation, unless someone took the dates in the meantime."""
    reservation = session.get(Reservation, reservation_id)
    if reservation is None or reservation.deleted_at is not None:
        raise NotFound(reservation_id)
    taken = availability.conflicting(
        session,
        reservation.equipment_id,
        reservation.start_date,
        reservation.end_date,
        reservation.buffer_days,
        ignore=reservation_id,
    )
    if taken:
        raise InvalidInput(
            {
                "status": QT_TRANSLATE_NOOP(
                    "entraide",
                    "Impossible de rétablir la réservation : ces dates ont été reprises entre-temps.",
                )
            }
        )
    reservation.status = ReservationStatus.REQUESTED


class CancelReservation(QUndoCommand):
    """Cancel = the reservation's status becomes "cancelled"; undo = it is requested again."""

    def __init__(
        self,
        runner: TaskRunner,
        reservation_id: str,
        label: str,
        done: Callable[[], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(label)
        self._runner, self._id, self._done, self._failed = runner, reservation_id, done, failed

    def redo(self) -> None:
        reservation_id = self._id
        self._runner.run_db(lambda s: loans.cancel(s, reservation_id), lambda _r: self._done(), self._failed)

    def undo(self) -> None:
        reservation_id = self._id
        self._runner.run_db(
            lambda s: restore_reservation(s, reservation_id), lambda _r: self._done(), self._failed
        )
