"""The Contacts section: search as you type, the lazy list, and the detail pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.contacts.rows import ContactRow
from app.ui.contacts.list_model import TO_CHECK, ContactListModel
from app.ui.contacts.table import make_contact_table
from app.ui.shared.fitting import keep_whole_width
from app.ui.shared.list_panel import empty_label, list_panel, show_rows
from app.ui.shared.remembered import remember_splitter
from app.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from app.ui.contacts.detail_pane import DetailPane

SEARCH_DELAY_MS = 120  # long enough to skip keystrokes, short enough to feel instant
PERSON, ORGANISATION = "person", "organisation"  # app.models.ContactKind, not loaded here


class ContactsView(QWidget):
    message = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        detail_now: bool = True,
    ) -> None:
        """`detail_now=False`: the card comes when first needed (`detail`), so that the list can
        be painted before the modules of the card are loaded (the window's first paint)."""
        super().__init__(parent)
        self._runner, self._undo = runner, undo_stack
        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Rechercher un nom, une organisation, un e-mail, un téléphone, une étiquette… (Ctrl+F)")
        )
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Tous les contacts"), None)
        self.kind.addItem(self.tr("Personnes"), PERSON)
        self.kind.addItem(self.tr("Organisations"), ORGANISATION)
        self.kind.addItem(self.tr("Téléphone à vérifier"), TO_CHECK)
        self.new_person_button = QPushButton(self.tr("Nouvelle personne"))
        self.new_person_button.setToolTip(self.tr("Nouvelle personne (Ctrl+N)"))
        self.new_org_button = QPushButton(self.tr("Nouvelle organisation"))
        self.new_org_button.setToolTip(self.tr("Nouvelle organisation (Ctrl+Maj+N)"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        top.addWidget(self.new_person_button)
        top.addWidget(self.new_org_button)

        self.model = ContactListModel(runner, parent=self)
        self.table = make_contact_table(self.model)
        self.table.setObjectName("contactTable")
        self.count_label = QLabel()
        self.empty_label = empty_label("contactsEmpty")
        left = list_panel(self.table, self.empty_label, self.count_label)

        self._detail: DetailPane | None = None
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 480])
        remember_splitter(self.splitter, "contacts/splitter")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.kind.currentIndexChanged.connect(self._apply_filter)
        self.new_person_button.clicked.connect(lambda: self.new_contact(PERSON))
        self.new_org_button.clicked.connect(lambda: self.new_contact(ORGANISATION))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.page_loaded.connect(self._on_page_loaded)
        self.model.failed.connect(
            lambda e: self.message.emit(self.tr("Recherche impossible : {0}").format(e))
        )
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, lambda: self.detail.save())
        self._pending_select: str | None = None
        self._loaded_once = False
        if detail_now:
            self._make_detail()

    @property
    def detail(self) -> DetailPane:
        """The card of the contact chosen in the list (a new person's at first)."""
        return self._detail if self._detail is not None else self._make_detail()

    def _make_detail(self) -> DetailPane:
        from app.ui.contacts.detail_pane import DetailPane

        self._detail = detail = DetailPane(self._runner)
        detail.saved.connect(self._on_saved)
        detail.open_requested.connect(self.show_contact)
        detail.error.connect(self.message)
        self._scroll.setWidget(detail)
        keep_whole_width(self._scroll)  # the card keeps its room; the list's cells have tooltips
        detail.new_contact(PERSON)
        return detail

    # --- actions used by the window's menus ------------------------------------------
    def start(self) -> None:
        """Load the first page; called once the store is open."""
        if not self._loaded_once:
            self._loaded_once = True
            self.model.reload()

    def show_first_page(self, rows: list[ContactRow]) -> None:
        """The list's first page, read before the store was opened: `start` keeps it."""
        self._loaded_once = True
        self.model.show_first_page(rows)

    def new_contact(self, kind: str) -> None:
        self.table.clearSelection()
        self.detail.new_contact(kind)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_ids(self) -> list[str]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.row_id(row) for row in sorted(rows)]

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        label = (
            self.tr("Mettre « {0} » à la corbeille").format(
                self.model.data(self.table.selectionModel().selectedRows()[0])
            )
            if len(ids) == 1
            else self.tr("Mettre {0} contacts à la corbeille").format(len(ids))
        )
        from app.ui.shared.undo_commands import TrashContacts

        self._undo.push(TrashContacts(self._runner, ids, label, self.refresh))
        self.message.emit(self.tr("{0} — Ctrl+Z pour annuler.").format(label))
        self.detail.new_contact(PERSON)

    def refresh(self) -> None:
        self.model.reload()
        self.detail.reload()

    def show_contact(self, contact_id: str) -> None:
        """Select a contact in the list if it is loaded, and open it in the pane."""
        row = self.model.row_of(contact_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.table.clearSelection()
            self.detail.open_contact(contact_id)

    # --- internals -----------------------------------------------------------------
    def _apply_filter(self) -> None:
        self.model.set_filter(self.search.text(), self.kind.currentData())

    def empty_text(self) -> str:
        """What the list would hold, or why it holds nothing."""
        query = self.search.text().strip()
        if query:
            text = self.tr("Aucun contact ne correspond à « {0} ».").format(query)
            if self.kind.currentData() is not None:
                text += "\n" + self.tr("Choisissez « Tous les contacts » pour chercher partout.")
            return text
        if self.kind.currentData() is not None:
            return self.tr("Aucun contact dans « {0} ».").format(self.kind.currentText())
        return self.tr(
            "Aucun contact pour l'instant.\nCréez une fiche (Ctrl+N) ou importez un fichier "
            "(Fichier ▸ Importer des contacts…)."
        )

    def _on_current_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        contact_id = self.model.row_id(current.row())
        shown = self.detail.detail
        if shown is None or shown.id != contact_id or self.detail.form.contact_id != contact_id:
            self.detail.open_contact(contact_id)

    def _on_page_loaded(self, rows: int) -> None:
        searching = bool(self.model.query) or self.kind.currentData() is not None
        show_rows(self.table, self.empty_label, rows, self.empty_text())
        if searching and rows:  # none: the empty list says so
            self.count_label.setText(
                self.tr("plus de %Ln résultats", "", rows)
                if self.model.canFetchMore()
                else self.tr("%Ln résultats", "", rows)
            )
        else:
            self.count_label.clear()
        if self._pending_select:
            contact_id, self._pending_select = self._pending_select, None
            if self.model.row_of(contact_id) >= 0:
                self.show_contact(contact_id)

    def _on_saved(self, contact_id: str) -> None:
        self._pending_select = contact_id
        self.model.reload()
