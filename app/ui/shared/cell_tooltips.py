"""The whole text of a table cell cut short, in its tooltip. One filter on the application serves
every list and table: columns keep sensible widths, and "Association des parents d'élèves de
l'…" can still be read whole by resting the pointer on it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QToolTip

CELL_MARGIN = 8  # the style's padding left and right of a cell's text


def is_cut(view: QAbstractItemView, index) -> bool:
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    if not text:
        return False
    room = view.visualRect(index).width() - CELL_MARGIN
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        room -= view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 4
    widest = max(view.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    return widest > room


class CellTooltips(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        view = watched.parent()
        if not isinstance(view, QAbstractItemView) or watched is not view.viewport():
            return False
        assert isinstance(event, QHelpEvent)
        index = view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip says more
        if is_cut(view, index):
            QToolTip.showText(event.globalPos(), str(index.data()), view.viewport(), view.visualRect(index))
            return True
        return False


def install_cell_tooltips(app: QApplication) -> None:
    if app.property("cellTooltips"):
        return
    app.setProperty("cellTooltips", True)
    filter_ = CellTooltips(app)
    app.installEventFilter(filter_)
