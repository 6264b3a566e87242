"""Reserve an item for some dates: the reservation stays provisional until the hub confirms it.
A clash with a reservation this computer knows of is said under the dates, input kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.errors import Text
from app.services.equipment import loans
from app.ui.shared.locale_format import to_date
from app.ui.shared.task_dialog import TaskDialog, date_edit
from app.ui.task_runner import TaskRunner


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReserveDialog(TaskDialog):
    """On success, `succeeded` carries the new reservation's id."""

    def __init__(
        self,
        runner: TaskRunner,
        equipment_id: str,
        equipment_name: str,
        first: date | None = None,
        last: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Réserver du matériel"), self.tr("Réserver"), parent)
        self.equipment_id = equipment_id
        heading = QLabel(equipment_name)
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        heading.setWordWrap(True)
        self.body.insertWidget(0, heading)
        first = first or date.today()
        self.start = date_edit(_qdate(first))
        self.end = date_edit(_qdate(last or first))
        self.buffer = QSpinBox()
        self.buffer.setRange(0, loans.MAX_BUFFER_DAYS)
        self.buffer.valueChanged.connect(self._buffer_unit)
        self._buffer_unit(0)
        margin_help = self.tr(
            "La marge : des jours gardés libres avant et après la réservation, pour aller chercher "
            "le matériel et le rapporter. Personne d'autre ne peut le réserver pendant ces jours."
        )
        self.buffer.setToolTip(margin_help)
        self.buffer.setWhatsThis(margin_help)
        self.contact_name = QLineEdit()
        self.contact_name.setPlaceholderText(self.tr("qui vient chercher le matériel"))
        self.contact_phone = QLineEdit()
        self.contact_phone.setPlaceholderText(self.tr("numéro de téléphone"))
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.purpose.setPlaceholderText(self.tr("ex. fête de quartier du 21 juin"))
        self.purpose.setFixedHeight(self.purpose.fontMetrics().lineSpacing() * 3 + 10)
        add = self.form.add
        add("start_date", self.tr("Du"), self.start)
        add("end_date", self.tr("Au"), self.end)
        margin_row = add("buffer_days", self.tr("Marge"), self.buffer)
        margin_label = self.form.layout_.labelForField(margin_row)
        if margin_label is not None:
            margin_label.setToolTip(margin_help)
        hint = QLabel(self.tr("Jours libres avant et après, le temps d'aller chercher et de rapporter."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.form.layout_.addRow("", hint)
        add("contact_name", self.tr("Personne à contacter"), self.contact_name)
        add("contact_phone", self.tr("Téléphone"), self.contact_phone)
        add("purpose", self.tr("Pour quoi faire"), self.purpose)
        self.start.dateChanged.connect(self._follow_start)
        self.contact_name.setFocus()

    def _buffer_unit(self, days: int) -> None:
        """ " jour" or " jours" after the number, as the language's plural wants."""
        self.buffer.setSuffix(" " + self.tr("%n jours", "", days).split(" ", 1)[-1])

    def _follow_start(self, start: QDate) -> None:
        if self.end.date() < start:
            self.end.setDate(start)

    def check(self) -> dict[str, Text]:
        if self.end.date() < self.start.date():
            return {"end_date": self.tr("La date de fin précède la date de début.")}
        return {}

    def work(self) -> Callable[[Any], Any]:
        equipment_id = self.equipment_id
        first, last = to_date(self.start.date()), to_date(self.end.date())
        buffer_days, purpose = self.buffer.value(), self.purpose.toPlainText()
        contact_name, contact_phone = self.contact_name.text(), self.contact_phone.text()

        # A clash comes back as a sentence with its dates (what is in the way), said under them.
        return lambda session: loans.reserve(
            session,
            equipment_id,
            first,
            last,
            buffer_days=buffer_days,
            contact_name=contact_name,
            contact_phone=contact_phone,
            purpose=purpose,
        )
