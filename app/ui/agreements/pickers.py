"""The editor's two pickers: an organisation of the contacts (searched as you type, on the
database thread) and equipment of the catalogue (already loaded with the editor)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.agreements.parties import organisation_choices
from app.text import fold
from app.ui.agreements.queries import CatalogueItem
from app.ui.shared.locale_format import show_money
from app.ui.task_runner import TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 150


class _Picker(QDialog):
    """A search field above a list; OK (or Enter, or a double-click) takes the selection."""

    def __init__(self, title: str, intro: str, placeholder: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(480, 420)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(placeholder)
        self.list = QListWidget()
        self.empty = QLabel()
        self.empty.setStyleSheet("color: #555;")
        self.empty.setWordWrap(True)
        self.empty.hide()
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        self.ok_button = self.buttons.button(buttons.Ok)
        self.ok_button.setText(self.tr("Ajouter"))
        self.buttons.button(buttons.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self._accept_if_chosen)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.list.itemActivated.connect(lambda _item: self._accept_if_chosen())
        self.list.itemSelectionChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.list.selectedItems()))
        )
        self.ok_button.setEnabled(False)
        self.search.setFocus()

    def _fill(self, entries: list[tuple[str, str]], empty_text: str) -> None:
        self.list.clear()
        for value, text in entries:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, value)
            self.list.addItem(item)
        if entries:
            self.list.setCurrentRow(0)
        self.empty.setText(empty_text)
        self.empty.setVisible(not entries)

    def chosen(self) -> list[str]:
        return [item.data(ID_ROLE) for item in self.list.selectedItems()]

    def _accept_if_chosen(self) -> None:
        if self.list.selectedItems():
            self.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.search.hasFocus():
            self.list.setFocus()  # from the search field straight into the list
        super().keyPressEvent(event)


class OrganisationPicker(_Picker):
    """An organisation of our contacts, to make a party from its identity and signatory."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Ajouter une partie depuis les contacts"),
            self.tr(
                "Choisissez l'organisation : son nom, son siège, son RNA, son SIRET et la personne qui "
                "la représente (président·e, sinon trésorier·e ou secrétaire) sont repris de vos contacts."
            ),
            self.tr("Rechercher une organisation…"),
            parent,
        )
        self._runner = runner
        self._generation = 0
        self.loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, text = self._generation, self.search.text()
        self.loading = True
        self._runner.run_db(
            lambda s: organisation_choices(s, text), lambda found: self._show(found, generation)
        )

    def _show(self, found: list[tuple[str, str]], generation: int) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._fill(
            found,
            self.tr(
                "Aucune organisation ne correspond. Ajoutez-la d'abord dans les "
                "contacts, ou saisissez la partie à la main."
            ),
        )


class EquipmentPicker(_Picker):
    """Equipment of the catalogue (ours and the network's) for the agreement's annex."""

    def __init__(self, items: list[CatalogueItem], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Ajouter du matériel du catalogue"),
            self.tr(
                "Choisissez le matériel mis à disposition (Ctrl ou Maj pour en choisir plusieurs). "
                "Sa valeur d'achat est reprise ; vous pourrez la modifier."
            ),
            self.tr("Rechercher du matériel…"),
            parent,
        )
        self.items = {item.id: item for item in items}
        self.setMinimumSize(620, 460)  # "name — owner · value" lines
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.search.textChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        needle = fold(self.search.text())
        entries = []
        for item in self.items.values():
            if needle and needle not in fold(f"{item.name} {item.owner_name}"):
                continue
            value = f" · {show_money(item.value_cents)}" if item.value_cents else ""
            entries.append((item.id, f"{item.name} — {item.owner_name}{value}"))
        self._fill(entries, self.tr("Aucun matériel ne correspond : tapez-le plutôt comme une ligne."))

    def chosen_items(self) -> list[CatalogueItem]:
        return [self.items[i] for i in self.chosen()]
