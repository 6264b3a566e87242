"""The editor's "Parties" tab: the list of parties on the left, the selected one's identity,
signatory, insurance and commitments on the right. A party comes from the contacts'
organisations, from our own association, or is typed by hand."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import Text
from app.services.agreements.content import LEGAL_FORM_ASSOCIATION, Party, kind_of
from app.ui.shared.form_fields import ERROR_STYLE, ValidatedForm
from app.ui.shared.locale_format import service_text
from app.ui.shared.remembered import remember_splitter

TEXT_FIELDS = (
    "name",
    "address",
    "rna",
    "siret",
    "rcs",
    "signatory_name",
    "signatory_role",
    "insurer",
    "policy_number",
)
LEGAL_FORMS = (LEGAL_FORM_ASSOCIATION, "collectivité territoriale", "fondation", "société")
# A kind's legal form when none was typed: choosing the kind fills it in.
FORM_OF_KIND = {
    "association": LEGAL_FORM_ASSOCIATION,
    "collectivite": "collectivité territoriale",
    "entreprise": "société",
    "fondation": "fondation",
    "autre": "",
}


def next_key(parties: list[Party]) -> str:
    taken = {p.key for p in parties}
    return next(f"p{n}" for n in range(1, len(taken) + 2) if f"p{n}" not in taken)


class PartyForm(ValidatedForm):
    """One party's fields; reads and writes a Party."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legal_form = QComboBox()
        self.legal_form.setEditable(True)
        self.legal_form.addItems(LEGAL_FORMS)
        self.legal_form.setMinimumContentsLength(26)
        self.kind = QComboBox()
        for value, label in (
            ("association", self.tr("Association")),
            ("collectivite", self.tr("Collectivité territoriale (commune, département…)")),
            ("entreprise", self.tr("Entreprise")),
            ("fondation", self.tr("Fondation")),
            ("autre", self.tr("Autre organisme")),
        ):
            self.kind.addItem(label, value)
        self.kind.setToolTip(
            self.tr("La convention présente chaque partie selon sa nature : n° RNA, maire, RCS…")
        )
        self.commitments = QPlainTextEdit()
        self.commitments.setTabChangesFocus(True)
        self.commitments.setFixedHeight(110)
        self.commitments.setPlaceholderText(
            self.tr(
                "Un engagement par ligne, par exemple :\n"
                "Prêter la sonorisation pour la fête\n"
                "Mobiliser quatre bénévoles"
            )
        )
        labels = {
            "name": self.tr("Nom"),
            "address": self.tr("Siège social"),
            "rna": self.tr("N° RNA"),
            "siret": self.tr("SIRET"),
            "rcs": self.tr("RCS (ville du greffe)"),
            "signatory_name": self.tr("Signataire"),
            "signatory_role": self.tr("Qualité"),
            "insurer": self.tr("Assureur"),
            "policy_number": self.tr("N° de police"),
        }
        for name in TEXT_FIELDS:
            editor = QLineEdit()
            editor.textChanged.connect(self.changed)
            self.add(name, labels[name], editor)
            if name == "name":
                self.add("kind", self.tr("Nature"), self.kind)
                self.add("legal_form", self.tr("Forme juridique"), self.legal_form)
        self.add("commitments", self.tr("Engagements"), self.commitments)
        self.line("rna").setPlaceholderText(self.tr("W suivi de 9 chiffres"))
        self.line("siret").setPlaceholderText(self.tr("14 chiffres"))
        self.line("rcs").setToolTip(
            self.tr("La ville du registre du commerce, par exemple Lyon pour « RCS Lyon »")
        )
        self.line("signatory_role").setPlaceholderText(self.tr("présidente, trésorier, maire…"))
        self.legal_form.currentTextChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.commitments.textChanged.connect(self.changed)

    def set_party(self, party: Party) -> None:
        self.blockSignals(True)
        for name in TEXT_FIELDS:
            self.set_text(name, getattr(party, name))
        self.legal_form.setCurrentText(party.legal_form)
        self.kind.setCurrentIndex(max(self.kind.findData(kind_of(party)), 0))
        self._show_kind_fields()
        self.commitments.setPlainText("\n".join(party.commitments))
        self.blockSignals(False)

    def _show_kind_fields(self) -> None:
        """The RNA is an association's, the RCS a company's: each shows for its kind only."""
        kind = self.kind.currentData()
        self.set_visible("rna", kind == "association")
        self.set_visible("rcs", kind == "entreprise")

    def _kind_chosen(self) -> None:
        if self.legal_form.currentText() in (*LEGAL_FORMS, ""):  # a form typed by hand stays
            self.legal_form.setCurrentText(FORM_OF_KIND.get(self.kind.currentData(), ""))
        self._show_kind_fields()
        self.changed.emit()

    def read_into(self, party: Party) -> Party:
        values = {name: self.text(name) for name in TEXT_FIELDS}
        return replace(
            party,
            legal_form=self.legal_form.currentText(),
            kind=self.kind.currentData() or "",
            commitments=self.commitments.toPlainText().splitlines(),
            **values,
        )


class PartiesPanel(QWidget):
    changed = Signal()
    parties_changed = Signal()  # a name or the list changed: the tables' party combos follow
    contacts_requested = Signal()
    ours_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parties: list[Party] = []
        self.errors: dict[str, Text] = {}
        self._current = -1
        self.list = QListWidget()
        self.list.setObjectName("partiesList")
        self.from_contacts = QPushButton(self.tr("Depuis les contacts…"))
        self.ours_button = QPushButton(self.tr("Notre association"))
        self.by_hand = QPushButton(self.tr("Saisir à la main"))
        self.remove_button = QPushButton(self.tr("Retirer cette partie"))
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        left = QWidget()
        buttons = QGridLayout()
        buttons.addWidget(self.from_contacts, 0, 0)
        buttons.addWidget(self.ours_button, 0, 1)
        buttons.addWidget(self.by_hand, 1, 0)
        buttons.addWidget(self.remove_button, 1, 1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Les parties qui signent")))
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.problem)
        self.form = PartyForm()
        self.empty = QLabel(
            self.tr(
                "Ajoutez les parties avec les boutons à gauche : votre association "
                "(« Notre association ») et ses partenaires (« Depuis les contacts… », "
                "ou « Saisir à la main »). Leur identité est recopiée dans la "
                "convention telle qu'elle est aujourd'hui."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(40, 0, 40, 0)
        page = QWidget()  # the form at the top, the space left below it
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.form)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(scroll, 1)
        self.scroll_area = scroll
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([330, 640])
        remember_splitter(splitter, "agreements/partiesSplitter")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.currentRowChanged.connect(self._select)
        self.form.changed.connect(self._typed)
        self.from_contacts.clicked.connect(self.contacts_requested)
        self.ours_button.clicked.connect(self.ours_requested)
        self.by_hand.clicked.connect(lambda: self.add_party(Party(next_key(self.parties), "")))
        self.remove_button.clicked.connect(self.remove_current)
        self._refresh_state()

    # --- the list --------------------------------------------------------------------------------
    def set_parties(self, parties: list[Party]) -> None:
        self.parties = [replace(p, commitments=list(p.commitments)) for p in parties]
        self.errors = {}
        self._current = -1
        self.list.blockSignals(True)
        self.list.clear()
        for party in self.parties:
            self.list.addItem(party.name or self.tr("(Partie sans nom)"))
        self.list.blockSignals(False)
        self.list.setCurrentRow(0 if self.parties else -1)
        self._select(self.list.currentRow())
        self._refresh_state()

    def new_key(self) -> str:
        return next_key(self.values())

    def add_party(self, party: Party) -> None:
        self._store()
        if any(p.association_id and p.association_id == party.association_id for p in self.parties) or any(
            p.contact_id and p.contact_id == party.contact_id for p in self.parties
        ):
            self.problem.setText(self.tr("{0} est déjà partie à la convention.").format(party.name))
            self.problem.show()
            return
        self.parties.append(party)
        self.list.addItem(party.name or self.tr("(Partie sans nom)"))
        self.list.setCurrentRow(len(self.parties) - 1)
        self._refresh_state()
        self.changed.emit()
        self.parties_changed.emit()
        if not party.name:
            self.form.rows["name"].editor.setFocus()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self._current = -1  # the removed party's form is not written back
        del self.parties[row]
        self.list.takeItem(row)
        self._select(self.list.currentRow())
        self._refresh_state()
        self.changed.emit()
        self.parties_changed.emit()

    def _refresh_state(self) -> None:
        has = bool(self.parties)
        self.remove_button.setEnabled(has)
        self.scroll_area.setVisible(has)
        self.empty.setVisible(not has)
        if not self.errors.get("parties"):
            self.problem.hide()

    # --- the form --------------------------------------------------------------------------------
    def _store(self) -> None:
        if 0 <= self._current < len(self.parties):
            self.parties[self._current] = self.form.read_into(self.parties[self._current])

    def _select(self, row: int) -> None:
        self._store()
        self._current = row
        if 0 <= row < len(self.parties):
            self.form.set_party(self.parties[row])
            self._show_party_errors(row)

    def _typed(self) -> None:
        self._store()
        row = self._current
        if 0 <= row < len(self.parties):
            item = self.list.item(row)
            name = self.parties[row].name or self.tr("(Partie sans nom)")
            if item.text().removeprefix("⚠ ") != name:
                item.setText(("⚠ " if item.text().startswith("⚠ ") else "") + name)
                self.parties_changed.emit()
        self.changed.emit()

    def values(self) -> list[Party]:
        self._store()
        return [replace(p, commitments=list(p.commitments)) for p in self.parties]

    def choices(self) -> list[tuple[str, str]]:
        return [(p.key, p.name) for p in self.values()]

    # --- errors ------------------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, Text]) -> None:
        """Errors come as "party.1.siret": the party's line is marked, its fields say why."""
        self.errors = errors
        for row in range(self.list.count()):
            bad = any(k.startswith(f"party.{row}.") for k in errors)
            name = self.parties[row].name or self.tr("(Partie sans nom)")
            self.list.item(row).setText(("⚠ " if bad else "") + name)
            self.list.item(row).setForeground(QColor("#b00020") if bad else self.palette().text().color())
        general = errors.get("parties")
        self.problem.setText(service_text(general) if general else "")
        self.problem.setVisible(bool(general))
        first = next(
            (row for row in range(len(self.parties)) if any(k.startswith(f"party.{row}.") for k in errors)),
            None,
        )
        if first is not None and first != self.list.currentRow():
            self.list.setCurrentRow(first)
        elif self._current >= 0:
            self._show_party_errors(self._current)

    def _show_party_errors(self, row: int) -> None:
        prefix = f"party.{row}."
        self.form.show_problems(
            {k[len(prefix) :]: text for k, text in self.errors.items() if k.startswith(prefix)}, {}
        )

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
