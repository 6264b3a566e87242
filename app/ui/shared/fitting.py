"""A side pane in a scroll area that never needs scrolling sideways: the scroll area asks its
splitter for the pane's minimum width, again each time the pane's content changes (a person's
roles and consents appear after the card is shown)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


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


def scrolled_pane(pane: QWidget) -> QScrollArea:
    """A tall pane that scrolls up and down when the window is short (a laptop at 150 % has
    485 points of height), never sideways: the window stays as short as the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(pane)
    keep_whole_width(area)
    return area
