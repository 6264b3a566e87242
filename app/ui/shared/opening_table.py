"""A table whose Enter opens the current row, as a double-click does (a table's own Enter only
moves the cursor), and whose text columns take what a wide window has to spare."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView


class OpeningTable(QTableView):
    activated_row = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._growing: dict[int, int] = {}  # column -> its least width, the first takes the rest
        self._fitting = False
        self._soon = QTimer(self)  # one share for a burst of changes, once the rows are laid out
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.fit_columns)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def grow(self, columns: dict[int, int]) -> None:
        """These columns (with their least width; the first given is the title, which takes what
        none of them needs) share the width the others leave: a wide window shows whole titles
        rather than a wide last column; a narrow one scrolls sideways rather than squeezing them
        to "…". The other columns fit their contents. Call it once the model is set."""
        self._growing = dict(columns)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # The contents columns change width with the rows shown, and the text columns need more or
        # less: share again after each change (the model is set before).
        header.sectionResized.connect(lambda column, _old, _new: self._refit(column))
        model = self.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
            signal.connect(lambda *_args: self._soon.start())  # not start(int): no delay from args
        self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def _refit(self, column: int) -> None:
        # Once for the burst: a relayout resizes every contents column, one signal each.
        if column not in self._growing and not self._fitting:
            self._soon.start()

    def fit_columns(self) -> None:
        if not self._growing or self._fitting:
            return
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in self._growing and not header.isSectionHidden(c)
        )
        widths = _shared(self._growing, self._wanted(), self.viewport().width() - others)
        self._fitting = True  # our own resizes below must not start another round
        try:
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _wanted(self) -> dict[int, int]:
        """What each growing column's rows on screen need to show whole."""
        return {column: self.sizeHintForColumn(column) for column in self._growing}


def _shared(least: dict[int, int], wanted: dict[int, int], room: int) -> dict[int, int]:
    """Widths within `room`: each column its least, then what is left given in proportion to
    what each still needs; once all have what they need, the rest to the first (the title)."""
    spare = room - sum(least.values())
    if spare <= 0:
        return dict(least)
    wanted = {column: max(wanted[column], least[column]) for column in least}
    needs = {column: wanted[column] - least[column] for column in least}
    asked = sum(needs.values())
    if asked <= spare:
        widths = {column: wanted[column] for column in least}
        first = next(iter(widths))
        widths[first] += spare - asked
        return widths
    return {column: least[column] + spare * needs[column] // asked for column in least}
