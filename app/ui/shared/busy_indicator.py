"""A moving bar in the status bar while the store's thread works for longer than a moment (a
restore of thousands of contacts, a search on an old laptop): the window stays usable, and
without it nothing said that the click was taken. Quick work never shows it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

SHOW_AFTER_MS = 700  # shorter work is felt as instant: a flash of the bar would only distract


class BusyIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)  # its words and bar only
        self.label = QLabel(self.tr("Travail en cours…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # no end known: the bar moves to and fro
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(90)
        self.bar.setMaximumHeight(12)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SHOW_AFTER_MS)
        self._delay.timeout.connect(self.show)
        self.hide()

    def set_busy(self, busy: bool) -> None:
        if busy:
            if not self._delay.isActive() and self.isHidden():
                self._delay.start()
        else:
            self._delay.stop()
            self.hide()
