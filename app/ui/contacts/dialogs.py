"""Small dialogs of the contacts section: a role, a consent, possible duplicates."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import ContactKind, RoleKind
from app.services.contacts import search
from app.services.contacts.duplicates import REASONS, DuplicateCandidate
from app.services.contacts.records import ROLE_LABELS
from app.ui.shared.locale_format import service_text, to_date
from app.ui.task_runner import TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _date_edit(optional_label: str) -> tuple[QCheckBox, QDateEdit]:
    check = QCheckBox(optional_label)
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setEnabled(False)
    check.toggled.connect(edit.setEnabled)
    return check, edit


class RoleDialog(QDialog):
    """Pick the other side (an organisation for a person, a person for an organisation)."""

    def __init__(self, runner: TaskRunner, counterpart_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._kind = counterpart_kind
        is_org = counterpart_kind == ContactKind.ORGANISATION.value
        self.setWindowTitle(self.tr("Ajouter un rôle") if is_org else self.tr("Ajouter un membre"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Tapez le nom de l'organisation") if is_org else self.tr("Tapez le nom de la personne")
        )
        self.results = QListWidget()
        self.role = QComboBox()
        for kind in RoleKind:
            self.role.addItem(service_text(ROLE_LABELS[kind]), kind.value)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Intitulé libre (facultatif)"))
        self.has_start, self.start = _date_edit(self.tr("Date de début"))
        self.has_end, self.end = _date_edit(self.tr("Date de fin"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Rechercher"), self.search)
        form.addRow("", self.results)
        form.addRow(self.tr("Rôle"), self.role)
        form.addRow(self.tr("Intitulé"), self.title)
        form.addRow(self.has_start, self.start)
        form.addRow(self.has_end, self.end)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._run_search)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self._generation = 0

    def _run_search(self) -> None:
        self._generation += 1
        generation, text, kind = self._generation, self.search.text(), self._kind
        self._runner.run_db(
            lambda s: search.search_contacts(s, text, kind=kind, limit=30),
            partial(self._show_results, generation),
        )

    def _show_results(self, generation: int, rows: list) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for row in rows:
            item = QListWidgetItem(row.display_name)
            item.setData(ID_ROLE, row.id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)

    def _accept(self) -> None:
        if self.results.currentItem() is None:
            self.message.setText(self.tr("Choisissez d'abord dans la liste des résultats."))
            return
        if self.has_start.isChecked() and self.has_end.isChecked() and self.end.date() < self.start.date():
            self.message.setText(self.tr("La date de fin précède la date de début."))
            return
        self.accept()

    def values(self) -> dict:
        return {
            "other_id": self.results.currentItem().data(ID_ROLE),
            "role": self.role.currentData(),
            "title": self.title.text().strip() or None,
            "start": to_date(self.start.date()) if self.has_start.isChecked() else None,
            "end": to_date(self.end.date()) if self.has_end.isChecked() else None,
        }


class ConsentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ajouter un consentement"))
        self.purpose = QComboBox()
        self.purpose.setEditable(True)
        self.purpose.addItems(
            [
                self.tr("Lettre d'information"),
                self.tr("Droit à l'image"),
                self.tr("Partage des coordonnées avec le réseau"),
            ]
        )
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setCalendarPopup(True)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("ex. bulletin d'adhésion papier"))
        form = QFormLayout(self)
        form.addRow(self.tr("Finalité"), self.purpose)
        form.addRow(self.tr("Donné le"), self.given_on)
        form.addRow(self.tr("Recueilli par"), self.source)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, date, str]:
        return self.purpose.currentText(), to_date(self.given_on.date()), self.source.text()


class DuplicatesDialog(QDialog):
    """Shows likely duplicates and lets the user choose what to do with them."""

    SAVE_ANYWAY, MERGE, OPEN = 1, 2, 3

    def __init__(
        self, candidates: list[DuplicateCandidate], *, new_record: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Doublons possibles"))
        self.choice = 0
        intro = QLabel(
            self.tr("Ces fiches ressemblent beaucoup à celle-ci :")
            if candidates
            else self.tr("Aucun doublon probable n'a été trouvé.")
        )
        self.list = QListWidget()
        for candidate in candidates:
            reasons = ", ".join(service_text(REASONS[r]) for r in candidate.reasons)
            item = QListWidgetItem(f"{candidate.display_name} — {reasons}")
            item.setData(ID_ROLE, candidate.id)
            self.list.addItem(item)
        if candidates:
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox()
        if new_record:
            self._button(buttons, self.tr("Enregistrer quand même"), self.SAVE_ANYWAY)
            self._button(buttons, self.tr("Compléter la fiche existante"), self.MERGE)
        elif candidates:
            self._button(buttons, self.tr("Fusionner dans cette fiche"), self.MERGE)
        if candidates:
            self._button(buttons, self.tr("Ouvrir la fiche existante"), self.OPEN)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def _button(self, box: QDialogButtonBox, text: str, choice: int) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.clicked.connect(partial(self._choose, choice))
        return button

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None
