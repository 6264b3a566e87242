"""Runs syncs in the background: on demand, every few minutes while the hub answers, and as soon
as it answers again after being offline. The window only listens to its signals."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.paths import DataPaths
from app.sync import runs, wording
from app.sync.client import Cancelled, HubClient, HubError, HubUnreachable
from app.sync.courier import journal
from app.sync.credentials import TokenStore
from app.sync.engine import MassDeletion, status, sync_state
from app.ui.shared.locale_format import service_text, show_count
from app.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

AUTO_SYNC_MS = 5 * 60 * 1000
OFFLINE_RETRY_MS = 30 * 1000


class SyncController(QObject):
    status_changed = Signal(dict)  # hub_url, association, last_sync_at, pending, conflicts, online…
    progress = Signal(str, int, int)
    started = Signal()
    finished = Signal(object)  # SyncReport
    failed = Signal(str)  # a French message saying what to do
    carried = Signal(list)  # courier files of other laptops found on the stick and carried
    mass_deletion = Signal(str)

    def __init__(self, runner: TaskRunner, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner, self.paths = runner, paths
        self.tokens = TokenStore(paths.root)
        self.online: bool | None = None
        self._token_in_file = False  # learnt off the GUI thread: finding the keyring may be slow
        self.syncing = False
        self._cancel = threading.Event()
        self._info: dict[str, Any] = {}
        self._timer = QTimer(self, interval=AUTO_SYNC_MS)
        self._timer.timeout.connect(self._tick)

    # --- state ---------------------------------------------------------------------
    def start(self) -> None:
        """Called once the store is open."""
        self._runner.run_net(lambda: self.tokens.uses_file, self._keyring_known)
        self.refresh()
        self._timer.start()
        QTimer.singleShot(2000, self._tick)

    def _keyring_known(self, uses_file: bool) -> None:
        self._token_in_file = uses_file
        self.refresh()

    def refresh(self) -> None:
        self._runner.run_db(_status, self._publish)

    @property
    def info(self) -> dict[str, Any]:
        return self._info

    def _publish(self, info: dict[str, Any]) -> None:
        self._info = {
            **info,
            "online": self.online,
            "syncing": self.syncing,
            "token_in_file": self._token_in_file,
        }
        self.status_changed.emit(self._info)

    @property
    def enrolled(self) -> bool:
        return bool(self._info.get("hub_url"))

    # --- syncing ---------------------------------------------------------------------
    def sync_now(self, *, allow_mass_deletion: bool = False) -> None:
        hub_url = self._info.get("hub_url")
        if self.syncing or not hub_url or self._runner.database is None:
            return
        self.syncing = True
        self._cancel.clear()
        self.started.emit()
        database, paths, cancelled = self._runner.database, self.paths, self._cancel.is_set
        progress = self.progress.emit

        def work() -> runs.SyncOutcome:  # on the network pool, keyring included
            return runs.run_sync(
                database,
                paths,
                progress=progress,
                allow_mass_deletion=allow_mass_deletion,
                cancelled=cancelled,
            )

        self._runner.run_net(work, self._done, self._error)

    def cancel(self) -> None:
        self._cancel.set()

    def _done(self, outcome: runs.SyncOutcome) -> None:
        self.syncing, self.online = False, True
        self._timer.setInterval(AUTO_SYNC_MS)
        self.finished.emit(outcome.report)
        if outcome.carried:
            self.carried.emit(outcome.carried)
        self.refresh()

    def _error(self, error: BaseException) -> None:
        self.syncing = False
        if isinstance(error, MassDeletion):
            self.mass_deletion.emit(
                self.tr(
                    "La synchronisation supprimerait {0} fiches « {1} » sur les {2} de cet ordinateur."
                ).format(
                    show_count(error.deleting),
                    wording.record_kind(error.entity_type, service_text),
                    show_count(error.local),
                )
            )
        elif isinstance(error, Cancelled):
            self.failed.emit(
                self.tr(
                    "Synchronisation annulée : ce qui était déjà reçu est gardé, "
                    "la suite viendra à la prochaine."
                )
            )
        elif isinstance(error, HubError):
            self.online = not isinstance(error, HubUnreachable)  # a refusal is no disconnection
            self._timer.setInterval(OFFLINE_RETRY_MS)
            self.failed.emit(service_text(error.text))  # run_sync noted it for the status line
        else:
            self.failed.emit(self.tr("La synchronisation a échoué : {0}").format(error))
        self.refresh()

    def _tick(self) -> None:
        """Sync when the hub answers; when it did not, check again soon and sync on its return."""
        hub_url = self._info.get("hub_url")
        if not hub_url or self.syncing:
            return
        client = HubClient(hub_url)
        self._runner.run_net(client.reachable, self._reachability)

    def _reachability(self, reachable: bool) -> None:
        self.online = reachable
        self._timer.setInterval(AUTO_SYNC_MS if reachable else OFFLINE_RETRY_MS)
        if reachable:
            self.sync_now()
        else:
            self.refresh()


def _status(session: Session) -> dict[str, Any]:
    """The sync's state, with the courier files of late and the stick's folder."""
    return {
        **status(session),
        "courier": journal.recent(session),
        "courier_folder": sync_state(session).courier_folder,
    }
