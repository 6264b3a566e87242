"""The form of our association's identity, shared by the first-start assistant and Préférences:
what was typed stays, and each field says what to fix under it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.errors import InvalidInput
from app.services import identity
from app.services.identity import IdentityFields
from app.ui.shared.form_fields import ValidatedForm
from app.ui.shared.messages import error_text
from app.ui.task_runner import TaskRunner


class IdentityForm(QWidget):
    saved = Signal()
    failed = Signal(str)  # a failure that is not about a field

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.form = ValidatedForm()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("ex. Les Jardins Partagés du Confluent"))
        self.legal_form = QComboBox()
        self.legal_form.setEditable(True)
        for form in identity.LEGAL_FORMS:
            self.legal_form.addItem(form)
        self.rna = QLineEdit()
        self.rna.setPlaceholderText(self.tr("W suivi de 9 chiffres"))
        self.siret = QLineEdit()
        self.siret.setPlaceholderText(self.tr("14 chiffres, si l'association en a un"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 3 + 12)
        self.address.setPlaceholderText(self.tr("le siège : rue, code postal et commune"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.representative_name = QLineEdit()
        self.representative_name.setPlaceholderText(self.tr("qui signe pour l'association"))
        self.representative_role = QLineEdit()
        self.representative_role.setPlaceholderText(self.tr("ex. présidente"))
        add = self.form.add
        add("name", self.tr("Nom de l'association"), self.name)
        add("legal_form", self.tr("Forme"), self.legal_form)
        add("rna", self.tr("N° RNA"), self.rna)
        add("siret", self.tr("SIRET"), self.siret)
        add("address", self.tr("Adresse du siège"), self.address)
        add("email", self.tr("E-mail"), self.email)
        add("phone", self.tr("Téléphone"), self.phone)
        add("representative_name", self.tr("Représentant légal"), self.representative_name)
        add("representative_role", self.tr("Sa fonction"), self.representative_role)
        note = QLabel(
            self.tr(
                "Ces informations restent sur cet ordinateur. Elles figurent sur les bons de prêt, "
                "les étiquettes, les conventions et le relevé annuel."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6673;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addWidget(note)

    # --- values -----------------------------------------------------------------------------
    def values(self) -> IdentityFields:
        return IdentityFields(
            name=self.name.text(),
            legal_form=self.legal_form.currentText(),
            rna=self.rna.text(),
            siret=self.siret.text(),
            address=self.address.toPlainText(),
            email=self.email.text(),
            phone=self.phone.text(),
            representative_name=self.representative_name.text(),
            representative_role=self.representative_role.text(),
        )

    def show_values(self, data: IdentityFields) -> None:
        for name in ("name", "rna", "siret", "email", "phone", "representative_name", "representative_role"):
            getattr(self, name).setText(getattr(data, name))
        self.address.setPlainText(data.address)
        self.legal_form.setCurrentText(data.legal_form or identity.LEGAL_FORMS[0])

    def load(self, then: Callable[[], None] | None = None) -> None:
        """Fill the form from the store (what was typed, else what the hub knows of us)."""

        def show(data: IdentityFields) -> None:
            self.show_values(data)
            if then is not None:
                then()

        self._runner.run_db(identity.fields_of, show, lambda e: self.failed.emit(error_text(e, "")))

    # --- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        """Check and keep; `saved` once kept, the problems under their fields otherwise."""
        data = self.values()
        checked = identity.check_identity(data)
        self.form.show_problems(checked.errors, checked.warnings)
        if checked.errors:
            target = self.form.first_invalid(checked.errors)
            if target is not None:
                target.setFocus()
            return
        self._runner.run_db(
            lambda s: identity.save_identity(s, data), lambda _r: self.saved.emit(), self._failed
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.form.show_problems(error.errors, error.warnings)
        else:
            self.failed.emit(error_text(error, ""))
