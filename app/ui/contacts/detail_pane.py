"""The right-hand side of the contacts section: the form, its relations and RGPD actions.

It saves through the task runner and reports back; what was typed is never lost.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput, NotFound, Text
from app.files import write_atomically
from app.models import ContactKind
from app.services.contacts import duplicates, gdpr
from app.services.contacts import records as contacts
from app.services.contacts.fields import PHONE_TO_CHECK, ContactFields, check_contact
from app.services.contacts.records import ContactDetail
from app.ui.contacts.dialogs import ConsentDialog, DuplicatesDialog, RoleDialog
from app.ui.contacts.form import ContactForm
from app.ui.contacts.relations import ConsentsPanel, RolesPanel
from app.ui.task_runner import TaskRunner


class DetailPane(QWidget):
    saved = Signal(str)  # the contact's id, after a create or an update
    open_requested = Signal(str)
    error = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.detail: ContactDetail | None = None
        self._after_load: tuple[str, dict[str, Text]] | None = None  # status kept across the reload
        self.form = ContactForm()
        self.roles = RolesPanel()
        self.consents = ConsentsPanel()
        self.export_button = QPushButton(self.tr("Exporter ses données…"))
        self.anonymise_button = QPushButton(self.tr("Anonymiser…"))
        self.duplicates_button = QPushButton(self.tr("Rechercher les doublons…"))
        actions = QHBoxLayout()
        for button in (self.duplicates_button, self.export_button, self.anonymise_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.roles)
        layout.addWidget(self.consents)
        layout.addLayout(actions)
        layout.addStretch(1)

        self.form.save_requested.connect(self.save)
        self.form.revert_requested.connect(self.reload)
        self.roles.add_requested.connect(self._add_role)
        self.roles.remove_requested.connect(partial(self._change, contacts.remove_role))
        self.roles.open_requested.connect(self.open_requested)
        self.consents.add_requested.connect(self._add_consent)
        self.consents.remove_requested.connect(self._withdraw_consent)
        self.export_button.clicked.connect(self._export_person)
        self.anonymise_button.clicked.connect(self._anonymise)
        self.duplicates_button.clicked.connect(self._find_duplicates)
        self._show_extras(False, ContactKind.PERSON.value)

    # --- showing -----------------------------------------------------------------
    def new_contact(self, kind: str) -> None:
        self.detail = None
        self.form.edit_new(kind)
        self._show_extras(False, kind)

    def open_contact(self, contact_id: str) -> None:
        self._runner.run_db(lambda s: contacts.get_detail(s, contact_id), self._show, self._failed)

    def reload(self) -> None:
        if self.detail is not None:
            self.open_contact(self.detail.id)

    def _show(self, detail: ContactDetail) -> None:
        self.detail = detail
        self.form.show_detail(detail)
        is_person = detail.fields.kind == ContactKind.PERSON.value
        self.roles.show_roles(detail.roles, for_person=is_person)
        self.consents.show_consents(detail.consents)
        self._show_extras(True, detail.fields.kind)
        if self._after_load is not None:
            message, warnings = self._after_load
            self._after_load = None
            self.form.mark_saved(detail.id, message, warnings)
        if detail.phone_to_check:  # a number an import could not read: said under the field
            self.form.form.show_problems({}, {"phone": PHONE_TO_CHECK})

    def _show_extras(self, existing: bool, kind: str) -> None:
        is_person = kind == ContactKind.PERSON.value
        self.roles.setVisible(existing)
        self.consents.setVisible(existing and is_person)
        self.export_button.setVisible(existing and is_person)
        self.anonymise_button.setVisible(existing and is_person)
        self.duplicates_button.setVisible(existing)

    # --- saving ------------------------------------------------------------------
    def save(self) -> None:
        data = self.form.fields()
        keep = self.detail.phone_to_check if self.detail is not None and self.form.contact_id else None
        checked = check_contact(data, keep)  # instant feedback, no database needed
        if not checked.ok:
            self.form.show_errors(checked.errors, checked.warnings)
            return
        contact_id = self.form.contact_id
        if contact_id is None:
            self._runner.run_db(
                lambda s: duplicates.find_duplicates(s, data),
                partial(self._confirm_new, data, checked.warnings),
                self._failed,
            )
        else:
            self._runner.run_db(
                lambda s: contacts.update_contact(s, contact_id, data),
                lambda _r: self._saved(contact_id, checked.warnings),
                self._failed,
            )

    def _confirm_new(
        self, data: ContactFields, warnings: dict[str, Text], candidates: list[duplicates.DuplicateCandidate]
    ) -> None:
        merge_into: str | None = None
        if candidates:
            dialog = DuplicatesDialog(candidates, new_record=True, parent=self)
            if not dialog.exec():
                return
            if dialog.choice == DuplicatesDialog.OPEN:
                self.open_requested.emit(dialog.selected_id())
                return
            if dialog.choice == DuplicatesDialog.MERGE:
                merge_into = dialog.selected_id()

        def create(session) -> str:
            new_id = contacts.create_contact(session, data)
            if merge_into is None:
                return new_id
            duplicates.merge_contacts(session, merge_into, new_id)
            return merge_into

        self._runner.run_db(create, lambda new_id: self._saved(new_id, warnings), self._failed)

    def _saved(self, contact_id: str, warnings: dict[str, Text]) -> None:
        self.form.mark_saved(contact_id, self.tr("Fiche enregistrée."), warnings)
        self._after_load = (self.tr("Fiche enregistrée."), warnings)
        self.open_contact(contact_id)  # queued before the list's reload, so the list finds it shown
        self.saved.emit(contact_id)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.form.show_errors(error.errors, error.warnings)
        elif isinstance(error, NotFound):
            self.error.emit(self.tr("Cette fiche n'existe plus (elle a peut-être été supprimée)."))
        else:
            self.error.emit(self.tr("L'opération a échoué : {0}").format(error))

    def _change(self, work, *args) -> None:
        """Run a change on the store, then show the contact again."""
        self._runner.run_db(lambda s: work(s, *args), lambda _r: self._after_change(), self._failed)

    def _after_change(self) -> None:
        self.reload()
        if self.detail is not None:
            self.saved.emit(self.detail.id)

    # --- relations ----------------------------------------------------------------
    def _add_role(self) -> None:
        if self.detail is None:
            return
        for_person = self.roles.for_person
        other = ContactKind.ORGANISATION.value if for_person else ContactKind.PERSON.value
        dialog = RoleDialog(self._runner, other, self)
        if not dialog.exec():
            return
        v = dialog.values()
        person, org = (self.detail.id, v["other_id"]) if for_person else (v["other_id"], self.detail.id)
        self._runner.run_db(
            lambda s: contacts.add_role(
                s, person, org, v["role"], title=v["title"], start=v["start"], end=v["end"]
            ),
            lambda _r: self._after_change(),
            self._failed,
        )

    def _add_consent(self) -> None:
        dialog = ConsentDialog(self)
        if self.detail is not None and dialog.exec():
            self._change(contacts.add_consent, self.detail.id, *dialog.values())

    def _withdraw_consent(self, consent_id: str) -> None:
        self._change(contacts.withdraw_consent, consent_id, date.today())

    # --- RGPD and duplicates --------------------------------------------------------
    def _export_person(self) -> None:
        if self.detail is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter les données de la personne"),
            f"{self.detail.fields.last_name or 'personne'}.json",
            self.tr("JSON (*.json);;CSV pour tableur (*.csv)"),
        )
        if not path:
            return
        person_id = self.detail.id
        exporter = gdpr.export_person_csv if path.lower().endswith(".csv") else gdpr.export_person_json

        def write(session) -> str:
            write_atomically(Path(path), exporter(session, person_id).encode("utf-8"))
            return path

        self._runner.run_db(
            write,
            lambda p: self.form.status.setText(self.tr("Données exportées dans {0}").format(p)),
            self._failed,
        )

    def _anonymise(self) -> None:
        if self.detail is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Anonymiser cette personne"),
            self.tr(
                "Le nom, les coordonnées, les notes et les consentements de cette personne seront "
                "effacés définitivement. Ses rôles passés restent attachés à une « Personne "
                "anonymisée ».\n\nCette action ne peut pas être annulée. Continuer ?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._change(gdpr.anonymise_person, self.detail.id)

    def _find_duplicates(self) -> None:
        if self.detail is None:
            return
        detail = self.detail
        self._runner.run_db(
            lambda s: duplicates.find_duplicates(s, detail.fields, exclude_id=detail.id),
            self._offer_merge,
            self._failed,
        )

    def _offer_merge(self, candidates: list[duplicates.DuplicateCandidate]) -> None:
        if self.detail is None:
            return
        dialog = DuplicatesDialog(candidates, new_record=False, parent=self)
        if not dialog.exec() or dialog.selected_id() is None:
            return
        if dialog.choice == DuplicatesDialog.OPEN:
            self.open_requested.emit(dialog.selected_id())
        elif dialog.choice == DuplicatesDialog.MERGE:
            self._change(duplicates.merge_contacts, self.detail.id, dialog.selected_id())
