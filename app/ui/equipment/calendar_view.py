"""The availability calendar of one item: a month of days coloured by what holds them, a legend,
previous/next month (buttons, PageUp/PageDown), and two clicks on free days to reserve them."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.equipment.availability import DayState
from app.ui.equipment import queries
from app.ui.equipment.common import KIND_COLOURS
from app.ui.shared.locale_format import show_date
from app.ui.task_runner import TaskRunner

DAY_ROLE = Qt.ItemDataRole.UserRole + 1
CHOSEN_COLOUR = "#bcd7f5"  # the first day clicked, waiting for the last


class _MonthGrid(QTableWidget):
    """Six weeks of seven days; PageUp/PageDown turn the month instead of scrolling."""

    turn = Signal(int)
    chosen = Signal(int, int)  # row, column: Enter or Space on a day

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.turn.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentItem():
            self.chosen.emit(self.currentRow(), self.currentColumn())
        else:
            super().keyPressEvent(event)


class AvailabilityCalendar(QWidget):
    range_chosen = Signal(object, object)  # first and last day (dates), all free

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.equipment_id: str | None = None
        today = date.today()
        self.year, self.month = today.year, today.month
        self.days: dict[date, DayState] = {}
        self.anchor: date | None = None
        self._generation = 0
        self.previous_button = QToolButton()
        self.previous_button.setText("‹")
        self.previous_button.setToolTip(self.tr("Mois précédent (Page précédente)"))
        self.next_button = QToolButton()
        self.next_button.setText("›")
        self.next_button.setToolTip(self.tr("Mois suivant (Page suivante)"))
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.next_button)
        self.grid = _MonthGrid(6, 7)
        self.grid.setObjectName("availabilityGrid")
        self.grid.setHorizontalHeaderLabels(
            [QLocale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
        )
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setMinimumHeight(6 * (self.fontMetrics().height() + 12) + 30)
        self.hint = QLabel(self.tr("Cliquez le premier jour libre puis le dernier pour réserver."))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addLayout(self._legend())
        layout.addWidget(self.hint)
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.next_button.clicked.connect(lambda: self.turn(1))
        self.grid.turn.connect(self.turn)
        self.grid.cellClicked.connect(self._on_cell)
        self.grid.chosen.connect(self._on_cell)
        self._show_title()

    def _legend(self) -> QGridLayout:
        legend = QGridLayout()
        legend.setHorizontalSpacing(6)
        entries = (
            ("free", self.tr("Libre")),
            ("own", self.tr("Nos réservations")),
            ("confirmed", self.tr("Réservé (confirmé)")),
            ("provisional", self.tr("Réservé (provisoire)")),
            ("buffer", self.tr("Marge avant ou après")),
            ("maintenance", self.tr("Maintenance, hors service")),
        )
        for i, (kind, text) in enumerate(entries):
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {KIND_COLOURS[kind][0]}; border: 1px solid #9a9a9a;")
            label = QLabel(text)
            legend.addWidget(swatch, i // 2, (i % 2) * 2)
            legend.addWidget(label, i // 2, (i % 2) * 2 + 1)
        for column in (1, 3):
            legend.setColumnStretch(column, 1)
        return legend

    # --- what the owner asks ----------------------------------------------------------------
    def show_item(self, equipment_id: str | None, month: date | None = None) -> None:
        self.equipment_id = equipment_id
        if month is not None:
            self.year, self.month = month.year, month.month
        self.anchor = None
        self.reload()

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.reload()

    def turn(self, step: int) -> None:
        month = self.month + step
        self.show_month(self.year + (month - 1) // 12, (month - 1) % 12 + 1)

    def reload(self) -> None:
        self._generation += 1
        self._show_title()
        if self.equipment_id is None:
            self._show_days([])
            return
        generation, equipment_id, year, month = self._generation, self.equipment_id, self.year, self.month
        self._runner.run_db(
            lambda s: queries.month_days(s, equipment_id, year, month), partial(self._on_days, generation)
        )

    def kind_of(self, day: date) -> str | None:
        state = self.days.get(day)
        return state.kind if state else None

    def colour_of(self, day: date) -> QColor | None:
        """The background shown for a day of the displayed month."""
        item = self._item_of(day)
        return item.background().color() if item is not None else None

    # --- showing ----------------------------------------------------------------------------
    def _show_title(self) -> None:
        name = QLocale().standaloneMonthName(self.month, QLocale.FormatType.LongFormat)
        self.title.setText(f"{name[:1].upper()}{name[1:]} {self.year}")

    def _on_days(self, generation: int, days: list[DayState]) -> None:
        if generation == self._generation:
            self._show_days(days)

    def _show_days(self, days: list[DayState]) -> None:
        self.days = {state.day: state for state in days}
        self.grid.clearContents()
        first = date(self.year, self.month, 1)
        offset = first.weekday()  # Monday first, as in France
        today = date.today()
        for state in days:
            position = offset + state.day.day - 1
            item = QTableWidgetItem(str(state.day.day))
            item.setData(DAY_ROLE, state.day.isoformat())
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            background, foreground = KIND_COLOURS.get(state.kind, KIND_COLOURS["free"])
            if state.day == self.anchor:
                background = CHOSEN_COLOUR
            item.setBackground(QBrush(QColor(background)))
            item.setForeground(QBrush(QColor(foreground)))
            item.setToolTip(self._describe(state))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if state.day == today or state.day == self.anchor:
                font = QFont(item.font())
                font.setBold(True)
                font.setUnderline(state.day == self.anchor)
                item.setFont(font)
            self.grid.setItem(position // 7, position % 7, item)
        self._show_hint()

    def _describe(self, state: DayState) -> str:
        kinds = {
            "free": self.tr("Libre"),
            "own": self.tr("Réservé par nous"),
            "confirmed": self.tr("Réservé (confirmé par le hub)"),
            "provisional": self.tr("Réservé (provisoire, pas encore confirmé)"),
            "buffer": self.tr("Marge autour d'une réservation"),
            "maintenance": self.tr("Maintenance ou hors service"),
        }
        text = f"{show_date(state.day)} — {kinds.get(state.kind, state.kind)}"
        if state.label and state.kind in ("own", "confirmed", "provisional", "buffer"):
            text += f" — {state.label}"
        return text

    def _item_of(self, day: date) -> QTableWidgetItem | None:
        if (day.year, day.month) != (self.year, self.month):
            return None
        position = date(self.year, self.month, 1).weekday() + day.day - 1
        return self.grid.item(position // 7, position % 7)

    def _show_hint(self, problem: str = "") -> None:
        if problem:
            self.hint.setText(problem)
            self.hint.setStyleSheet("color: #b00020;")
        elif self.anchor is not None:
            self.hint.setText(
                self.tr("Du {0} : cliquez maintenant le dernier jour (Échap pour annuler).").format(
                    show_date(self.anchor)
                )
            )
            self.hint.setStyleSheet("")
        else:
            self.hint.setText(self.tr("Cliquez le premier jour libre puis le dernier pour réserver."))
            self.hint.setStyleSheet("")

    # --- choosing days -------------------------------------------------------------------------
    def click_day(self, day: date) -> None:
        """What a click on a day does (tests call it with a date)."""
        state = self.days.get(day)
        if state is None:
            return
        if state.kind != "free":
            self._show_hint(
                self.tr("Le {0} n'est pas libre : choisissez un jour blanc.").format(show_date(day))
            )
            return
        if self.anchor is None:
            self.anchor = day
            self._show_days(list(self.days.values()))
            return
        first, last = sorted((self.anchor, day))
        taken = [d for d in _days(first, last) if d in self.days and self.days[d].kind != "free"]
        self.anchor = None
        self._show_days(list(self.days.values()))
        if taken:
            self._show_hint(
                self.tr("Ces dates ne sont pas toutes libres (le {0} est pris).").format(show_date(taken[0]))
            )
            return
        self.range_chosen.emit(first, last)

    def _on_cell(self, row: int, column: int) -> None:
        item = self.grid.item(row, column)
        if item is not None:
            self.click_day(date.fromisoformat(item.data(DAY_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.anchor is not None:
            self.anchor = None
            self._show_days(list(self.days.values()))
        else:
            super().keyPressEvent(event)

    def month_date(self) -> QDate:
        return QDate(self.year, self.month, 1)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
