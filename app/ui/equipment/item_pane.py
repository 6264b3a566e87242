"""The right-hand side of the catalogue: the selected item's photo, details, and its calendar."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.equipment import queries
from app.ui.equipment.calendar_view import AvailabilityCalendar
from app.ui.equipment.common import condition_text
from app.ui.equipment.photo import thumbnail
from app.ui.equipment.queries import ItemDetail
from app.ui.shared.locale_format import service_text, show_date, show_money
from app.ui.shared.short_id import ShortId
from app.ui.task_runner import TaskRunner

PHOTO_SIDE = 96


class ItemPane(QWidget):
    edit_requested = Signal()
    reserve_requested = Signal()
    delete_requested = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.detail: ItemDetail | None = None
        self._generation = 0
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.owner = QLabel()
        self.owner.setWordWrap(True)
        self.where = QLabel()  # out and not back: with whom, until or since when
        self.where.setObjectName("equipmentWhere")
        self.where.setWordWrap(True)
        self.where.hide()
        self.number = ShortId(
            tooltip=self.tr("Le numéro imprimé sur son étiquette : la recherche du catalogue le retrouve.")
        )
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.owner)
        heading.addWidget(self.number)
        heading.addWidget(self.where)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.photo)
        top.addLayout(heading, 1)
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("description", self.tr("Description")),
            ("condition", self.tr("État")),
            ("deposit", self.tr("Caution")),
            ("accessories", self.tr("Accessoires")),
            ("storage", self.tr("Rangé où")),
            ("notes", self.tr("Notes")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.facts.addRow(label, value)
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.reserve_button = QPushButton(self.tr("Réserver…"))
        self.reserve_button.setToolTip(self.tr("Réserver ce matériel (Ctrl+R)"))
        self.delete_button = QPushButton(self.tr("Supprimer"))
        self.delete_button.setToolTip(
            self.tr("Mettre ce matériel à la corbeille (Suppr ; Ctrl+Z pour annuler)")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.reserve_button)
        self.calendar = AvailabilityCalendar(runner)
        self.placeholder = QLabel(
            self.tr(
                "Choisissez du matériel dans la liste pour voir sa fiche et son calendrier de disponibilité."
            )
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(top)
        content.addLayout(self.facts)
        content.addLayout(buttons)
        content.addWidget(self.calendar, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.content, 1)
        self.content.hide()
        self.edit_button.clicked.connect(self.edit_requested)
        self.reserve_button.clicked.connect(self.reserve_requested)
        self.delete_button.clicked.connect(self.delete_requested)

    def show_item(self, equipment_id: str | None) -> None:
        self._generation += 1
        if equipment_id is None:
            self.detail = None
            self.content.hide()
            self.placeholder.show()
            self.calendar.show_item(None)
            return
        generation = self._generation
        self._runner.run_db(
            lambda s: queries.item_detail(s, equipment_id),
            partial(self._show, generation),
            partial(self._gone, generation),
        )
        if self.calendar.equipment_id != equipment_id:
            self.calendar.show_item(equipment_id)
        else:
            self.calendar.reload()

    def reload(self) -> None:
        if self.detail is not None:
            self.show_item(self.detail.id)

    def _show_where(self, detail: ItemDetail) -> None:
        away = detail.away
        self.where.setVisible(away is not None)
        if away is None:
            return
        late = away.overdue(detail.today)
        self.where.setStyleSheet("color: #b00020; font-weight: 600;" if late else "color: #2f6fba;")
        self.where.setText(
            self.tr("{0} Sorti le {1}, retour prévu le {2}.").format(
                service_text(away.reason(detail.today)), show_date(away.out_date), show_date(away.last)
            )
        )

    def _gone(self, generation: int, _error: BaseException) -> None:
        if generation == self._generation:
            self.show_item(None)

    def _show(self, generation: int, detail: ItemDetail) -> None:
        if generation != self._generation:
            return
        self.detail = detail
        data = detail.fields
        pixmap = thumbnail(data.photo, PHOTO_SIDE)
        self.photo.setPixmap(pixmap)
        self.photo.setVisible(not pixmap.isNull())
        self.title.setText(data.name)
        owner = (
            self.tr("À notre association")
            if detail.ours
            else self.tr("Prêté par {0}").format(detail.owner_name)
        )
        if detail.ours and not data.shared:
            owner += " — " + self.tr("non partagé avec le réseau")
        if data.out_of_service:
            owner += " — " + self.tr("hors service")
        self.owner.setText(owner)
        self.number.show_id(detail.short_id)
        self._show_where(detail)
        accessories = [line.strip() for line in data.accessories.splitlines() if line.strip()]
        texts = {
            "description": data.description,
            "condition": condition_text(data.condition),
            "deposit": show_money(detail.deposit_cents) if detail.deposit_cents else self.tr("aucune"),
            "accessories": ", ".join(accessories) or self.tr("aucun"),
            "storage": data.storage_place,
            "notes": data.notes,
        }
        for key, value in self.values.items():
            value.setText(texts[key])
            self.facts.setRowVisible(value, bool(texts[key]))
        self.edit_button.setVisible(detail.ours)
        self.delete_button.setVisible(detail.ours)
        self.reserve_button.setEnabled(not data.out_of_service)
        self.placeholder.hide()
        self.content.show()
