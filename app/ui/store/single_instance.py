"""One window per store. The first window on a data folder holds a lock (a Qt lock file named
after the folder, in the temporary folder: app/paths.py) and listens on a local server of the
same name; a second start on that folder asks it to come to the front, then leaves. A lock left
by a window that crashed is recognised as stale (its process is gone) and taken over."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox

from app.errors import StoreProblem
from app.paths import DataPaths

log = logging.getLogger(__name__)
RAISE = b"raise\n"
WAIT_MS = 3000  # a window still starting (or migrating) needs a moment to answer


class SingleInstance(QObject):
    activated = Signal()  # another start asked this window to come to the front

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = paths.instance_key
        self.lock = QLockFile(str(paths.window_lock))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True: this is the only window on the folder (it now listens for later starts)."""
        if not self.lock.tryLock(0):
            return False
        QLocalServer.removeServer(self.key)  # a socket left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.key)
        return True

    def hand_over(self) -> bool:
        """Ask the window holding the folder to come to the front; False if it did not answer."""
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(WAIT_MS):
            return False
        socket.write(RAISE)
        socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.activated.emit()


def bring_to_front(window) -> None:
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()


def already_open(paths: DataPaths) -> int:
    """The window holding the folder did not answer (still starting, or stuck): say so."""
    QMessageBox.information(
        None,
        QCoreApplication.translate("SingleInstance", "Entraide est déjà ouvert"),
        QCoreApplication.translate(
            "SingleInstance",
            "Une fenêtre d'Entraide est déjà ouverte sur le dossier « {0} » : utilisez-la (une seule "
            "fenêtre par dossier, pour que ses listes restent justes).",
        ).format(paths.root),
    )
    return 1


def run_before(work: Callable[[], object], paths: DataPaths) -> None:
    """What to do before the window opens again (a restore); a failure is said, and the window
    opens on the store as it is."""
    from app.ui.shared.locale_format import service_text

    try:
        work()
    except Exception as error:  # said, never a crash: the window then shows the store as it is
        log.exception("restoring a backup failed")
        said = (
            service_text(error.message)
            if isinstance(error, StoreProblem)
            else QCoreApplication.translate("SingleInstance", "Erreur inattendue : {0}").format(
                type(error).__name__
            )
        )
        QMessageBox.warning(
            None, QCoreApplication.translate("SingleInstance", "La sauvegarde n'a pas été restaurée"), said
        )
