"""The sync state in the status bar: online or not, last sync, pending changes, progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from app.ui.sync.controller import SyncController
from app.ui.sync.sync_view import when


class SyncStatusLine(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(16)
        self.bar.hide()
        self.cancel = QToolButton()
        self.cancel.setText(self.tr("Annuler"))
        self.cancel.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        layout.addWidget(self.label)
        self.cancel.clicked.connect(controller.cancel)
        controller.status_changed.connect(self.show_status)
        controller.started.connect(self._started)
        controller.progress.connect(self._progressed)
        controller.finished.connect(lambda _r: self._stop())
        controller.failed.connect(lambda _e: self._stop())

    def _started(self) -> None:
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel.show()

    def _progressed(self, _step: str, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, done, 1))
        self.bar.setValue(done)

    def _stop(self) -> None:
        self.bar.hide()
        self.cancel.hide()

    def show_status(self, info: dict[str, Any]) -> None:
        if not info.get("hub_url"):
            self.label.setText(self.tr("Hors réseau (pas de hub)"))
            return
        online = info.get("online")
        state = self.tr("● En ligne") if online else self.tr("○ Hors ligne") if online is False else ""
        last = when(info.get("last_sync_at"))
        parts = [
            state,
            self.tr("synchronisé le {0}").format(last) if last else self.tr("jamais synchronisé"),
            self.tr("{0} en attente").format(info.get("pending", 0)),
        ]
        if info.get("conflicts"):
            conflicts = int(info["conflicts"])
            parts.append(self.tr("%Ln conflits", "", conflicts))
        self.label.setText(" — ".join(p for p in parts if p))
