"""The contact form: a person's or an organisation's fields, with messages under each field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import Text
from app.models import ContactKind, OrganisationKind
from app.services.contacts.fields import ContactFields
from app.services.contacts.records import ContactDetail
from app.ui.shared.form_fields import ValidatedForm

PERSON_ONLY = ("first_name", "last_name")
ORGANISATION_ONLY = ("name", "org_kind", "rna", "siret", "website")


class ContactForm(QWidget):
    """Shows one contact. It never saves by itself: it emits save_requested."""

    save_requested = Signal()
    revert_requested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id: str | None = None
        self.kind = ContactKind.PERSON.value
        self._loading = False
        self._dirty = False
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.form = ValidatedForm()
        self.org_kind = QComboBox()
        for kind, label in (
            (OrganisationKind.ASSOCIATION, self.tr("Association")),
            (OrganisationKind.LOCAL_AUTHORITY, self.tr("Collectivité")),
            (OrganisationKind.COMPANY, self.tr("Entreprise")),
            (OrganisationKind.FOUNDATION, self.tr("Fondation")),
            (OrganisationKind.OTHER, self.tr("Autre")),
        ):
            self.org_kind.addItem(label, kind.value)
        add = self.form.add
        add("first_name", self.tr("Prénom"), QLineEdit())
        add("last_name", self.tr("Nom"), QLineEdit())
        add("name", self.tr("Nom de l'organisation"), QLineEdit())
        add("org_kind", self.tr("Type"), self.org_kind)
        # Hints that read as hints, and only on a new card: a grey "06 12 34 56 78" in an
        # existing person's empty field looked like their number.
        self.hints = {
            "rna": self.tr("W suivi de 9 chiffres"),
            "siret": self.tr("14 chiffres"),
            "email": self.tr("adresse e-mail"),
            "phone": self.tr("numéro de téléphone"),
            "website": self.tr("adresse du site"),
        }
        add("rna", self.tr("N° RNA"), QLineEdit())
        add("siret", self.tr("SIRET"), QLineEdit())
        self.siren = QLabel()
        self.siren.setObjectName("siren")
        self.form.layout_.addRow(self.tr("SIREN"), self.siren)
        add("email", self.tr("E-mail"), QLineEdit())
        add("phone", self.tr("Téléphone"), QLineEdit())
        add("website", self.tr("Site web"), QLineEdit())
        add("address", self.tr("Adresse"), self._text(3))
        add("tags", self.tr("Étiquettes"), self._line(self.tr("séparées par des virgules")))
        add("notes", self.tr("Notes"), self._text(4))
        for row in self.form.rows.values():
            editor = row.editor
            if isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.textChanged.connect(self._on_edit)
        self.org_kind.currentIndexChanged.connect(self._on_edit)

        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Enregistrer la fiche (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Annuler les modifications"))
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert_requested)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        self._update_buttons()

    @staticmethod
    def _line(placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return edit

    @staticmethod
    def _text(lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (lines + 1) + 8)
        return edit

    # --- filling and reading ---------------------------------------------------
    def edit_new(self, kind: str) -> None:
        self._fill(None, ContactFields(kind=kind), "")
        first = "first_name" if kind == ContactKind.PERSON.value else "name"
        self.form.rows[first].editor.setFocus()

    def show_detail(self, detail: ContactDetail) -> None:
        self._fill(detail.id, detail.fields, detail.siren or "")

    def _fill(self, contact_id: str | None, data: ContactFields, siren: str) -> None:
        self._loading = True
        self.contact_id, self.kind = contact_id, data.kind
        for name, hint in self.hints.items():
            self.form.line(name).setPlaceholderText(hint if contact_id is None else "")
        is_person = data.kind == ContactKind.PERSON.value
        for name in PERSON_ONLY:
            self.form.set_visible(name, is_person)
        for name in ORGANISATION_ONLY:
            self.form.set_visible(name, not is_person)
        self.form.layout_.setRowVisible(self.siren, not is_person)
        for name, value in data.as_dict().items():
            if name in self.form.rows and name != "org_kind":
                self.form.set_text(name, value)
        self.org_kind.setCurrentIndex(max(0, self.org_kind.findData(data.org_kind)))
        self.siren.setText(siren or "—")
        self.form.show_problems({}, {})
        self.status.clear()
        self._loading = False
        self._dirty = contact_id is None
        self._update_title()
        self._update_buttons()

    def fields(self) -> ContactFields:
        data = ContactFields(kind=self.kind)
        for name in ContactFields.names():
            if name in self.form.rows and name != "org_kind":
                setattr(data, name, self.form.text(name))
        data.org_kind = self.org_kind.currentData() or OrganisationKind.ASSOCIATION.value
        return data

    # --- state -----------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_saved(self, contact_id: str, message: str, warnings: dict[str, Text]) -> None:
        self.contact_id = contact_id
        self._dirty = False
        self.form.show_problems({}, warnings)
        self.status.setText(message)
        self._update_title()
        self._update_buttons()

    def show_errors(self, errors: dict[str, Text], warnings: dict[str, Text]) -> None:
        """Messages under the fields; what was typed stays as it is."""
        self.form.show_problems(errors, warnings)
        self.status.setText(self.tr("La fiche n'est pas enregistrée : corrigez les champs signalés."))
        self.status.setStyleSheet("color: #b00020;")
        target = self.form.first_invalid(errors)
        if target is not None:
            target.setFocus()

    def _on_edit(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.status.clear()
        self.status.setStyleSheet("")
        self._update_buttons()
        self.changed.emit()

    def _update_title(self) -> None:
        data = self.fields()
        if self.contact_id is None:
            new = (
                self.tr("Nouvelle personne")
                if self.kind == ContactKind.PERSON
                else self.tr("Nouvelle organisation")
            )
            self.title.setText(new)
        else:
            name = (
                data.name
                if self.kind == ContactKind.ORGANISATION
                else " ".join(p for p in (data.first_name, data.last_name) if p)
            )
            self.title.setText(name)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty and self.contact_id is not None)
