"""A side pane in a scroll area that never needs scrolling sideways: the scroll area asks its
splitter for the pane's minimum width, again each time the pane's content changes (a person's
roles and consents appear after the card is shown)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QScrollArea


class _Follow(QObject):
    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            fit_width(self.area)
        return False


def fit_width(area: QScrollArea) -> None:
    pane = area.widget()
    if pane is None:
        return
    bar = area.verticalScrollBar().sizeHint().width()
    area.setMinimumWidth(pane.minimumSizeHint().width() + bar + 2 * area.frameWidth())


def keep_whole_width(area: QScrollArea) -> None:
    pane = area.widget()
    if pane is not None:
        pane.installEventFilter(_Follow(area))
    fit_width(area)
