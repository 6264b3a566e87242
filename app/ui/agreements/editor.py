"""The agreement editor (new agreements, drafts, amendments): one tab per part of the text.

Saving (Ctrl+S) runs on the task runner. A refusal keeps everything typed: each message shows
next to its field, the tabs holding one are marked, and the first of them comes to the front.
Cancelling asks before dropping changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput, Text
from app.models import AgreementKind
from app.services.agreements import editing
from app.services.agreements.content import AgreementContent, check_content
from app.services.agreements.parties import our_party, party_from_organisation
from app.ui.agreements.common import error_text
from app.ui.agreements.editor_clauses import ClausesPanel
from app.ui.agreements.editor_forms import DurationForm, GeneralForm, SignatureForm
from app.ui.agreements.editor_parties import PartiesPanel
from app.ui.agreements.editor_tables import EquipmentTable, PaymentsTable
from app.ui.agreements.pickers import EquipmentPicker, OrganisationPicker
from app.ui.agreements.queries import EditorStart
from app.ui.shared.form_fields import ERROR_STYLE
from app.ui.shared.locale_format import service_text
from app.ui.shared.messages import confirm
from app.ui.task_runner import TaskRunner

GENERAL, PARTIES, DURATION, FINANCES, EQUIPMENT, CLAUSES, SIGNATURE = range(7)
TAB_FIELDS = {
    GENERAL: ("title", "context", "purpose", "amendment_text"),
    DURATION: ("start_date", "end_date", "duration_months", "renewal", "notice_days"),
    SIGNATURE: ("signature_place", "signature_date", "originals"),
    CLAUSES: ("court",),
}
TAB_PREFIXES = {PARTIES: ("party.", "parties"), FINANCES: ("payment.",), EQUIPMENT: ("equipment.",)}


def tab_of(field: str) -> int | None:
    for tab, names in TAB_FIELDS.items():
        if field in names:
            return tab
    for tab, prefixes in TAB_PREFIXES.items():
        if field.startswith(prefixes):
            return tab
    return None


def scrolled(widget: QWidget) -> QScrollArea:
    """The form at the top of a scrolling page: the space left goes below it, not between its rows."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(widget)
    layout.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


class EditorView(QWidget):
    saved = Signal(str)  # the agreement's id
    closed = Signal(object)  # the agreement's id, None for a new one never saved
    message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.start_data: EditorStart | None = None
        self.agreement_id: str | None = None
        self.dirty = False
        self.saving = False
        self._loading = False
        self.picker: QDialog | None = None  # the open picker, for tests and screenshots
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.state = QLabel()
        self.state.setStyleSheet("color: #555;")
        self.state.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setToolTip(self.tr("Fermer sans enregistrer (Échap)"))
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setToolTip(self.tr("Enregistrer le brouillon (Ctrl+S)"))
        self.save_button.setDefault(True)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.state, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.save_button)
        self.problem = QLabel()
        self.problem.setObjectName("editorProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.general = GeneralForm()
        self.parties = PartiesPanel()
        self.duration = DurationForm()
        self.payments = PaymentsTable()
        self.equipment = EquipmentTable()
        self.clauses = ClausesPanel(runner)
        self.signature = SignatureForm()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("agreementEditorTabs")
        for page, title in (
            (scrolled(self.general), self.tr("Général")),
            (self.parties, self.tr("Parties")),
            (scrolled(self.duration), self.tr("Durée")),
            (self.payments, self.tr("Finances")),
            (self.equipment, self.tr("Matériel")),
            (self.clauses, self.tr("Clauses")),
            (scrolled(self.signature), self.tr("Signature")),
        ):
            self.tabs.addTab(page, title)
        self._titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        for part in (
            self.general,
            self.parties,
            self.duration,
            self.payments,
            self.equipment,
            self.clauses,
            self.signature,
        ):
            part.changed.connect(self._edited)
        self.parties.parties_changed.connect(self._parties_changed)
        self.parties.contacts_requested.connect(self.pick_organisation)
        self.parties.ours_requested.connect(self.add_ours)
        self.equipment.pick_requested.connect(self.pick_equipment)
        self.clauses.message.connect(self.message)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)

    # --- opening ---------------------------------------------------------------------------------
    def start(self, start: EditorStart) -> None:
        self.start_data, self.agreement_id = start, start.agreement_id
        amendment = start.kind == AgreementKind.AMENDMENT.value
        self._loading = True
        content = start.content
        self.general.set_amendment(amendment)
        self.general.set_values(content)
        self.parties.set_parties(content.parties)
        self.duration.set_values(content)
        self.payments.set_parties(self.parties.choices())
        self.payments.set_rows(content.payments)
        self.equipment.set_parties(self.parties.choices())
        self.equipment.set_rows(content.equipment)
        self.clauses.set_values(content, start.templates)
        self.signature.set_values(content)
        self._loading = False
        if amendment:
            self.heading.setText(self.tr("Avenant {0}").format(start.reference))
        elif start.agreement_id:
            self.heading.setText(self.tr("Modifier la convention {0}").format(start.reference))
        else:
            self.heading.setText(self.tr("Nouvelle convention"))
        self.state.setText(
            self.tr("La référence est attribuée au premier enregistrement.") if not start.agreement_id else ""
        )
        self.dirty = False
        self.show_errors({})
        self.tabs.setCurrentIndex(GENERAL)
        editor = self.general.rows["amendment_text" if amendment else "title"].editor
        editor.setFocus()

    # --- typing ----------------------------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.state.setText(self.tr("Modifications non enregistrées"))

    def _parties_changed(self) -> None:
        choices = self.parties.choices()
        self.payments.set_parties(choices)
        self.equipment.set_parties(choices)

    def content(self) -> tuple[AgreementContent, dict[str, str]]:
        """What is typed, and what could not be read (amounts); nothing is dropped from the form."""
        content = AgreementContent()
        self.general.read_into(content)
        content.parties = self.parties.values()
        self.duration.read_into(content)
        content.payments, money_errors = self.payments.rows()
        content.equipment, value_errors = self.equipment.rows()
        self.clauses.read_into(content)
        self.signature.read_into(content)
        if self.start_data is None or self.start_data.kind != AgreementKind.AMENDMENT.value:
            content.amendment_text = ""
        return content, {**money_errors, **value_errors}

    # --- parties and equipment from the store -----------------------------------------------------
    def pick_organisation(self) -> None:
        picker = OrganisationPicker(self._runner, self)
        self.picker = picker
        if picker.exec() and picker.chosen():
            organisation_id, key = picker.chosen()[0], self.parties.new_key()
            self._runner.run_db(
                lambda s: party_from_organisation(s, organisation_id, key),
                self.parties.add_party,
                lambda e: self.parties.say(error_text(e)),
            )
        self.picker = None

    def add_ours(self) -> None:
        key = self.parties.new_key()

        def added(party) -> None:
            if party is None:
                self.parties.say(
                    self.tr(
                        "Votre association n'est pas encore présentée : indiquez son nom, son RNA et son "
                        "adresse dans Fichier ▸ Préférences, ou ajoutez-la depuis les contacts."
                    )
                )
            else:
                self.parties.add_party(party)

        self._runner.run_db(lambda s: our_party(s, key), added, lambda e: self.parties.say(error_text(e)))

    def pick_equipment(self) -> None:
        items = self.start_data.catalogue if self.start_data else []
        picker = EquipmentPicker(items, self)
        self.picker = picker
        if picker.exec():
            me = self.start_data.our_association if self.start_data else None
            owners: dict[str | None, str] = {}
            for party in self.parties.values():
                if party.association_id:
                    owners.setdefault(party.association_id, party.key)
            if me in owners:
                owners[None] = owners[me]  # "never synced" equipment is ours too
            self.equipment.add_from_catalogue(picker.chosen_items(), owners)
        self.picker = None

    # --- saving ----------------------------------------------------------------------------------
    def save(self) -> None:
        if self.saving:
            return
        content, unreadable = self.content()
        if unreadable:  # amounts that are not amounts: say so with everything else, save nothing
            checked = check_content(self.content()[0])
            self.show_errors({**checked.errors, **unreadable})
            return
        self.saving = True
        self.save_button.setEnabled(False)
        agreement_id = self.agreement_id
        self._runner.run_db(lambda s: editing.save(s, agreement_id, content), self._saved, self._refused)

    def _saved(self, agreement_id: str) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.dirty = False
        self.agreement_id = agreement_id
        self.show_errors({})
        self.saved.emit(agreement_id)

    def _refused(self, error: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            self.show_errors(error.errors)
        else:
            self.show_errors({"": error_text(error)})

    def show_errors(self, errors: dict[str, Text]) -> None:
        errors = dict(errors)
        if "duration_months" in errors and "end_date" not in errors:
            errors["end_date"] = errors["duration_months"]
        for form in (self.general, self.duration, self.signature):
            form.show_problems({k: v for k, v in errors.items() if k in form.rows}, {})
        self.parties.show_errors({k: v for k, v in errors.items() if tab_of(k) == PARTIES})
        self.payments.mark(errors)
        self.equipment.mark(errors)
        self.clauses.show_errors(errors)
        marked = sorted({tab for tab in map(tab_of, errors) if tab is not None})
        for index, title in enumerate(self._titles):
            self.tabs.setTabText(index, f"⚠ {title}" if index in marked else title)
            self.tabs.tabBar().setTabTextColor(
                index, QColor("#b00020") if index in marked else self.palette().text().color()
            )
        others = [service_text(text) for name, text in errors.items() if tab_of(name) is None]
        if errors:
            where = ", ".join(self._titles[tab] for tab in marked)
            lines = (
                [
                    self.tr(
                        "Non enregistré : corrigez ce qui est signalé ({0}). Rien de ce que vous "
                        "avez tapé n'est perdu."
                    ).format(where)
                ]
                if marked
                else []
            )
            self.problem.setText("\n".join(lines + others))
            self.problem.show()
            self.state.setText(self.tr("Non enregistré"))
            if marked and self.tabs.currentIndex() not in marked:
                self.tabs.setCurrentIndex(marked[0])
        else:
            self.problem.hide()

    # --- leaving ---------------------------------------------------------------------------------
    def cancel(self) -> None:
        if self.dirty and not confirm(
            self,
            self.tr("Abandonner les modifications"),
            self.tr("Vos modifications n'ont pas été enregistrées. Les abandonner ?"),
            self.tr("Abandonner les modifications"),
        ):
            return
        self.dirty = False
        self.closed.emit(self.agreement_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)
