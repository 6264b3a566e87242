"""New and edit dialog for our own equipment: every field of EquipmentFields, a photo, and
messages under the fields that keep what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import Text
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields, check_equipment
from app.ui.equipment.common import condition_combo, deposit_explained
from app.ui.equipment.photo import UnreadableImage, encode_photo, thumbnail
from app.ui.shared.form_fields import ValidatedForm
from app.ui.shared.locale_format import to_date
from app.ui.shared.task_dialog import TaskDialog, date_edit
from app.ui.task_runner import TaskRunner

THUMBNAIL_SIDE = 120
LAST_FOLDER_KEY = "equipment/photo_folder"


def _text(lines: int, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (lines + 1) + 10)
    return edit


def _line(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class EquipmentDialog(TaskDialog):
    """`equipment_id` None: a new item. On success, `succeeded` carries the item's id."""

    def __init__(
        self,
        runner: TaskRunner,
        categories: list[str],
        equipment_id: str | None = None,
        fields: EquipmentFields | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Nouveau matériel") if equipment_id is None else self.tr("Modifier le matériel")
        super().__init__(runner, title, self.tr("Enregistrer"), parent)
        self.equipment_id = equipment_id
        self.photo = ""
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.category.addItems(categories)
        self.category.setCurrentText("")
        if (line := self.category.lineEdit()) is not None:  # editable: it has one
            line.setPlaceholderText(self.tr("ex. Audiovisuel, Mobilier, Cuisine"))
        self.condition = condition_combo()
        add = self.form.add
        add("name", self.tr("Nom"), _line(self.tr("ex. Vidéoprojecteur, barnum 3 × 6 m")))
        add("category", self.tr("Catégorie"), self.category)
        add("description", self.tr("Description"), _text(3))
        add("storage_place", self.tr("Rangé où"), _line(self.tr("ex. local associatif, armoire 2")))
        add("purchase_value", self.tr("Valeur d'achat (€)"), _line(self.tr("ex. 650")))
        add("deposit", self.tr("Caution demandée (€)"), _line(self.tr("ex. 150 ; vide : aucune")))
        self.form.line("deposit").setToolTip(deposit_explained())
        add("condition", self.tr("État"), self.condition)
        add("notes", self.tr("Notes"), _text(3))

        self.side = ValidatedForm()
        self.forms.append(self.side)
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("border: 1px solid #c8c8c8; color: #707070;")
        self.thumbnail.setWordWrap(True)
        self.pick_photo = QPushButton(self.tr("Choisir une photo…"))
        self.remove_photo = QPushButton(self.tr("Retirer"))
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.pick_photo)
        photo_buttons.addWidget(self.remove_photo)
        photo_buttons.addStretch(1)
        photo_box = QWidget()
        photo_layout = QHBoxLayout(photo_box)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.thumbnail)
        photo_layout.addLayout(photo_buttons)
        photo_layout.addStretch(1)
        self.side.add("photo", self.tr("Photo"), photo_box)
        self.side.add(
            "accessories",
            self.tr("Accessoires"),
            _text(4, self.tr("Un par ligne : câble HDMI, télécommande…")),
        )
        self.shared = QCheckBox(self.tr("Partagé avec le réseau"))
        self.shared.setChecked(True)
        self.shared.setToolTip(self.tr("Les autres associations du réseau le voient et peuvent le réserver."))
        self.out_of_service = QCheckBox(self.tr("Hors service"))
        self.side.add("shared", self.tr("Prêt"), self.shared)
        self.side.add("out_of_service", "", self.out_of_service)
        self.has_maintenance = QCheckBox(self.tr("Indisponible pour maintenance"))
        self.maintenance_from, self.maintenance_to = date_edit(), date_edit(QDate.currentDate().addDays(7))
        period = QWidget()
        period_layout = QVBoxLayout(period)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addWidget(self.has_maintenance)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("du")))
        dates.addWidget(self.maintenance_from)
        dates.addWidget(QLabel(self.tr("au")))
        dates.addWidget(self.maintenance_to)
        dates.addStretch(1)
        period_layout.addLayout(dates)
        self.side.add("maintenance_to", self.tr("Maintenance"), period)
        self.has_maintenance.toggled.connect(self._update_maintenance)

        columns = QHBoxLayout()
        columns.addWidget(self.form, 1)
        columns.addWidget(self.side, 1)
        self.body.insertLayout(0, columns)
        self.pick_photo.clicked.connect(self.choose_photo)
        self.remove_photo.clicked.connect(lambda: self.set_photo(""))
        self.setMinimumWidth(860)
        self.fill(fields or EquipmentFields())
        self.form.rows["name"].editor.setFocus()

    # --- filling and reading ------------------------------------------------------------
    def fill(self, data: EquipmentFields) -> None:
        for name in ("name", "description", "storage_place", "purchase_value", "deposit", "notes"):
            self.form.set_text(name, getattr(data, name))
        self.side.set_text("accessories", data.accessories)
        self.category.setCurrentText(data.category)
        self.condition.setCurrentIndex(max(0, self.condition.findData(data.condition)))
        self.shared.setChecked(data.shared)
        self.out_of_service.setChecked(data.out_of_service)
        self.has_maintenance.setChecked(data.maintenance_from is not None)
        for edit, value in (
            (self.maintenance_from, data.maintenance_from),
            (self.maintenance_to, data.maintenance_to),
        ):
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))
        self._update_maintenance()
        self.set_photo(data.photo)

    def fields(self) -> EquipmentFields:
        maintenance = self.has_maintenance.isChecked()
        return EquipmentFields(
            name=self.form.text("name"),
            category=self.category.currentText(),
            description=self.form.text("description"),
            storage_place=self.form.text("storage_place"),
            purchase_value=self.form.text("purchase_value"),
            deposit=self.form.text("deposit"),
            condition=self.condition.currentData(),
            accessories=self.side.text("accessories"),
            photo=self.photo,
            notes=self.form.text("notes"),
            shared=self.shared.isChecked(),
            out_of_service=self.out_of_service.isChecked(),
            maintenance_from=to_date(self.maintenance_from.date()) if maintenance else None,
            maintenance_to=to_date(self.maintenance_to.date()) if maintenance else None,
        )

    def _update_maintenance(self) -> None:
        for edit in (self.maintenance_from, self.maintenance_to):
            edit.setEnabled(self.has_maintenance.isChecked())

    # --- the photo ----------------------------------------------------------------------
    def choose_photo(self) -> None:
        folder = str(QSettings().value(LAST_FOLDER_KEY, "") or "")
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir une photo du matériel"),
            folder,
            self.tr("Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)"),
        )
        if path:
            QSettings().setValue(LAST_FOLDER_KEY, path.rsplit("/", 1)[0])
            self.set_photo_file(path)

    def set_photo_file(self, path: str) -> None:
        """Scale the picture down on a worker thread, then show it."""
        self.thumbnail.setText(self.tr("Préparation…"))
        self.pick_photo.setEnabled(False)
        self.runner.run_net(lambda: encode_photo(path), self._photo_ready, self._photo_failed)

    def _photo_ready(self, photo: str) -> None:
        self.pick_photo.setEnabled(True)
        self.side.rows["photo"].say("")
        self.set_photo(photo)

    def _photo_failed(self, error: BaseException) -> None:
        self.pick_photo.setEnabled(True)
        self.set_photo(self.photo)
        message = (
            self.tr("Cette image ne peut pas être lue : choisissez une photo JPEG ou PNG.")
            if isinstance(error, UnreadableImage)
            else self.tr("Photo impossible : {0}").format(error)
        )
        self.side.rows["photo"].say(message)

    def set_photo(self, photo: str) -> None:
        self.photo = photo
        pixmap = thumbnail(photo, THUMBNAIL_SIDE)
        if pixmap.isNull():
            self.thumbnail.setPixmap(pixmap)
            self.thumbnail.setText(self.tr("Pas de photo"))
        else:
            self.thumbnail.setPixmap(pixmap)
        self.remove_photo.setEnabled(bool(photo))

    # --- saving ---------------------------------------------------------------------------
    def check(self) -> dict[str, Text]:
        return check_equipment(self.fields()).errors

    def work(self) -> Callable[[Any], Any]:
        data, equipment_id = self.fields(), self.equipment_id
        if equipment_id is None:
            return lambda s: eq.create_equipment(s, data)

        def update(session: Any) -> str:
            eq.update_equipment(session, equipment_id, data)
            return equipment_id

        return update
