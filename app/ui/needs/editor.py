"""The editor of a need or an offer: what, when, where, how many, who to call, until when, and who
sees it. What the service refuses is said under each field; what was typed stays."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.models import NeedDirection, NeedKind, NeedTiming, NeedVisibility
from app.services.needs.records import NeedFields
from app.ui.needs import queries
from app.ui.needs.common import error_text, kind_text, timing_text
from app.ui.needs.place_edit import PlaceEdit
from app.ui.needs.queries import EditorStart
from app.ui.shared.form_fields import ERROR_STYLE, ValidatedForm
from app.ui.shared.optional_date import OptionalDate
from app.ui.task_runner import TaskRunner


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return holder


class EditorView(QWidget):
    saved = Signal(str)
    closed = Signal(object)  # the id shown before, or None
    message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.need_id: str | None = None
        self.dirty = False
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.need_radio, self.offer_radio = (
            QRadioButton(self.tr("Un besoin")),
            QRadioButton(self.tr("Une proposition")),
        )
        self.direction = QButtonGroup(self)
        self.direction.addButton(self.need_radio)
        self.direction.addButton(self.offer_radio)
        self.kind = QComboBox()
        for kind in NeedKind:
            self.kind.addItem(kind_text(kind.value), kind.value)
        self.title = QLineEdit()
        self.title.setObjectName("needTitle")
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("ex. 5 bénévoles avec le permis B pour la collecte du 14 mars"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        # Its row must not grow round it on a tall screen (the label stayed up, the box floated down).
        self.description.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.timing = QComboBox()
        for timing in NeedTiming:
            self.timing.addItem(timing_text(timing.value), timing.value)
        self.start, self.end = OptionalDate(self.tr("à choisir")), OptionalDate(self.tr("le même jour"))
        self.recurrence = QLineEdit()
        self.recurrence.setPlaceholderText(self.tr("ex. le week-end, tous les mardis soir"))
        self.place = PlaceEdit()
        self.place.setObjectName("needPlace")
        self.remote = QCheckBox(self.tr("À distance (sans lieu)"))
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 100_000)
        self.quantity.setSpecialValueText(self.tr("—"))
        self.contact_name, self.contact_phone, self.contact_email = QLineEdit(), QLineEdit(), QLineEdit()
        self.contact_phone.setPlaceholderText(self.tr("numéro de téléphone"))
        self.contact_email.setPlaceholderText(self.tr("adresse e-mail"))
        self.expires = OptionalDate(self.tr("la fin, ou dans 3 mois"))
        self.everyone = QRadioButton(self.tr("Tout le réseau"))
        self.some = QRadioButton(self.tr("Seulement les associations cochées :"))
        self.audience = QListWidget()
        self.audience.setObjectName("needAudience")
        self.audience.setMaximumHeight(110)
        self._build_form()
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setObjectName("saveNeed")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Enregistrer (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addStretch(0)  # the buttons keep their size on the right when there is no problem
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        holder = QWidget()  # the form keeps its height on a tall screen; the room left goes below it
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form)
        column.addStretch(1)
        scroll.setWidget(holder)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(lambda: self.closed.emit(self.need_id))
        self.timing.currentIndexChanged.connect(lambda _i: self._show_timing())
        self.remote.toggled.connect(lambda on: self.place.setEnabled(not on))
        self.some.toggled.connect(self.audience.setEnabled)
        self._watch_changes()

    def _build_form(self) -> None:
        self.form = ValidatedForm()
        add = self.form.add
        add("direction", self.tr("C'est"), _row(self.need_radio, self.offer_radio))
        add("kind", self.tr("Catégorie"), self.kind)
        add("title", self.tr("Titre"), self.title)
        add("description", self.tr("Détails"), self.description)
        add("timing", self.tr("Quand"), self.timing)
        add("start_date", self.tr("Du"), self.start)
        add("end_date", self.tr("Au"), self.end)
        add("recurrence", self.tr("Quand, en mots"), self.recurrence)
        add("place", self.tr("Où"), self.place)
        add("remote", "", self.remote)
        add("quantity", self.tr("Combien"), self.quantity)
        add("contact_name", self.tr("Personne à contacter"), self.contact_name)
        add("contact_phone", self.tr("Téléphone"), self.contact_phone)
        add("contact_email", self.tr("E-mail"), self.contact_email)
        add("expires_on", self.tr("Expire le"), self.expires)
        visibility = QWidget()
        box = QVBoxLayout(visibility)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in (self.everyone, self.some, self.audience):
            box.addWidget(widget)
        add("audience_ids", self.tr("Visible par"), visibility)

    def _watch_changes(self) -> None:
        def touched(*_args: object) -> None:
            self.dirty = True

        for edit in (
            self.title,
            self.recurrence,
            self.place,
            self.contact_name,
            self.contact_phone,
            self.contact_email,
        ):
            edit.textEdited.connect(touched)
        self.description.textChanged.connect(touched)
        for combo in (self.kind, self.timing):
            combo.activated.connect(touched)
        for dated in (self.start, self.end, self.expires):
            dated.changed.connect(touched)
        self.quantity.valueChanged.connect(touched)
        self.audience.itemChanged.connect(touched)

    def _show_timing(self) -> None:
        timing = self.timing.currentData()
        self.form.set_visible("start_date", timing != NeedTiming.OPEN.value)
        self.form.set_visible("end_date", timing != NeedTiming.OPEN.value)
        self.form.set_visible("recurrence", timing == NeedTiming.RECURRING.value)

    # --- filling and reading ---------------------------------------------------------------------
    def start_editing(self, found: EditorStart) -> None:
        self.need_id = found.need_id
        data = found.fields
        offer = data.direction == NeedDirection.OFFER.value
        if found.need_id is None:
            self.heading.setText(self.tr("Nouvelle proposition") if offer else self.tr("Nouveau besoin"))
        else:
            self.heading.setText(self.tr("Modifier : {0}").format(data.title))
        (self.offer_radio if offer else self.need_radio).setChecked(True)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.title.setText(data.title)
        self.description.setPlainText(data.description)
        self.timing.setCurrentIndex(max(self.timing.findData(data.timing), 0))
        self.start.set_value(data.start_date)
        self.end.set_value(data.end_date if data.end_date != data.start_date else None)
        self.recurrence.setText(data.recurrence)
        self.place.setText(data.place)
        self.remote.setChecked(data.remote)
        self.quantity.setValue(data.quantity or 0)
        self.contact_name.setText(data.contact_name)
        self.contact_phone.setText(data.contact_phone)
        self.contact_email.setText(data.contact_email)
        self.expires.set_value(data.expires_on)
        self.audience.clear()
        for member_id, name in found.members:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if member_id in data.audience_ids else Qt.CheckState.Unchecked
            )
            self.audience.addItem(item)
        named = data.visibility == NeedVisibility.ASSOCIATIONS.value
        (self.some if named else self.everyone).setChecked(True)
        self.some.setEnabled(bool(found.members))
        self.audience.setEnabled(named)
        self._show_timing()
        self.form.show_problems({}, {})
        self.problem.hide()
        self.dirty = False
        self.title.setFocus()

    def values(self) -> NeedFields:
        chosen = [
            self.audience.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.audience.count())
            if self.audience.item(i).checkState() == Qt.CheckState.Checked
        ]
        named = self.some.isChecked()
        return NeedFields(
            direction=(NeedDirection.OFFER if self.offer_radio.isChecked() else NeedDirection.NEED).value,
            kind=self.kind.currentData(),
            title=self.title.text(),
            description=self.description.toPlainText(),
            timing=self.timing.currentData(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            recurrence=self.recurrence.text(),
            remote=self.remote.isChecked(),
            place=self.place.text(),
            quantity=self.quantity.value() or None,
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            contact_email=self.contact_email.text(),
            expires_on=self.expires.value(),
            visibility=(NeedVisibility.ASSOCIATIONS if named else NeedVisibility.NETWORK).value,
            audience_ids=chosen if named else [],
        )

    # --- saving ------------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.isVisible():
            return
        need_id, data = self.need_id, self.values()
        self.save_button.setEnabled(False)
        self._runner.run_db(lambda s: queries.save(s, need_id, data), self._saved, self._failed)

    def _saved(self, need_id: str) -> None:
        self.save_button.setEnabled(True)
        self.dirty = False
        self.saved.emit(need_id)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            known = {k: v for k, v in error.errors.items() if k in self.form.rows}
            self.form.show_problems(known, {})
            others = [
                error_text(InvalidInput({k: v})) for k, v in error.errors.items() if k not in self.form.rows
            ]
            self.problem.setText(
                " ".join(others)
                if others
                else self.tr("Vérifiez les champs signalés en rouge : rien n'est perdu.")
            )
            self.problem.show()
            target = self.form.first_invalid(error.errors)
            if target is not None:
                target.setFocus()
            return
        self.problem.setText(error_text(error))
        self.problem.show()
