"""A row of controls that wraps onto a second line when the window is narrow, instead of
making the whole window as wide as the row (a 1366×768 laptop at 150 % has 911 points).

Like a QHBoxLayout otherwise: items keep their size hints, and the items whose horizontal
policy expands (a search field) share what a line has left. Qt ships no such layout; this
follows the "Flow Layout" example of Qt's documentation."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._kept: list[QWidget] = []  # alive until the layout joins a widget, which adopts them
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def add_widgets(self, *widgets: QWidget) -> FlowLayout:
        for widget in widgets:
            self._kept.append(widget)
            self.addWidget(widget)
        return self

    # --- QLayout ----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(margins)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # --- placing ------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            wanted = item.sizeHint().width()
            if lines[-1] and used + self._spacing + wanted > width:
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + wanted
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        lines = self._lines(area.width())
        for line in lines:
            widths = [min(item.sizeHint().width(), area.width()) for item in line]
            spare = area.width() - sum(widths) - self._spacing * (len(line) - 1)
            growing = [i for i, item in enumerate(line) if _expands(item)]
            for i in growing:
                widths[i] += max(spare, 0) // len(growing)
            height = max(item.sizeHint().height() for item in line)
            x = area.x()
            for item, width in zip(line, widths, strict=True):
                if move:
                    top = y + (height - item.sizeHint().height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, item.sizeHint().height())))
                x += width + self._spacing
            y += height + self._spacing
        used = y - area.y() - (self._spacing if lines else 0)
        return used + margins.top() + margins.bottom()  # never negative: Qt's layouts crash on it


def _expands(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return False
    return bool(widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value)


def together(*widgets: QWidget) -> QWidget:
    """Widgets that stay on one line of a flow ("Trier par" and its list)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return box
