"""A thin, lazy item model over the contacts services: pages arrive from the task runner.

Without a query, rows come in name order by keyset pages (fast at any depth); with a query,
in relevance order from the search index. Answers to an older query are dropped.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.services.contacts.rows import ContactRow
from app.services.phone_format import format_phone
from app.ui.task_runner import TaskRunner

# Nothing here loads SQLAlchemy: the window paints the first page before it is loaded
# (app/services/contacts/first_page.py); the queries load on the database thread.
PERSON = "person"  # app.models.ContactKind.PERSON

PAGE_SIZE = 200
TO_CHECK = "to_check"  # the filter "phone to check", given where a kind goes
Index = QModelIndex | QPersistentModelIndex


class ContactListModel(QAbstractTableModel):
    NAME, KIND, EMAIL, PHONE, TAGS = range(5)
    IdRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    page_loaded = Signal(int)  # rows now in the model
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, *, trash: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._trash = trash
        self._rows: list[ContactRow] = []
        self._phones: dict[str, str] = {}  # formatted phones, made on first display
        self._query = ""
        self._kind: str | None = None
        self._generation = 0
        self._loading = False
        self._exhausted = True

    # --- what the view asks --------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Nom"),
                self.tr("Type"),
                self.tr("E-mail"),
                self.tr("Téléphone"),
                self.tr("Étiquettes"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.NAME:
                return row.display_name
            if column == self.KIND:
                return self.tr("Personne") if row.kind == PERSON else self.tr("Organisation")
            if column == self.EMAIL:
                return row.email or ""
            if column == self.PHONE:
                if not row.phone and row.phone_to_check:
                    return self.tr("{0} (à vérifier)").format(row.phone_to_check)
                if row.phone and row.phone not in self._phones:
                    self._phones[row.phone] = format_phone(row.phone)
                return self._phones.get(row.phone or "", "")
            if column == self.TAGS:
                return row.tags or ""
        if role == self.IdRole:
            return row.id
        if role == self.KindRole:
            return row.kind
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request_page()

    # --- what the view's owner asks -----------------------------------------
    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, contact_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == contact_id), -1)

    @property
    def query(self) -> str:
        return self._query

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, query: str, kind: str | None) -> None:
        if query.strip() != self._query or kind != self._kind:
            self._query, self._kind = query.strip(), kind
            self.reload()

    def reload(self) -> None:
        self._reset()
        self._request_page()

    def show_first_page(self, rows: list[ContactRow]) -> None:
        """The first page without a query, read before the store was opened (first_page.py):
        shown as if it had come from `reload`; the next pages come the usual way."""
        self._reset()
        self._on_page(self._generation, rows)

    def _reset(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()

    # --- pages ------------------------------------------------------------------
    def _request_page(self) -> None:
        self._loading = True
        query, kind, trash = self._query, self._kind, self._trash
        to_check = kind == TO_CHECK
        kind = None if to_check else kind
        if query and not trash:
            offset = len(self._rows)
            work = partial(_search_page, query=query, kind=kind, offset=offset, to_check=to_check)
        else:
            last = self._rows[-1] if self._rows else None
            after = (last.sort_key, last.id) if last else None
            work = partial(_list_page, kind=kind, after=after, trash=trash, to_check=to_check)
        generation = self._generation
        self._runner.run_db(work, partial(self._on_page, generation), partial(self._on_error, generation))

    def _on_page(self, generation: int, rows: list[ContactRow]) -> None:
        if generation != self._generation:
            return  # an answer to a query the user has already changed
        self._loading = False
        # One row more than a page is asked for: it tells whether more follow, so that exactly
        # 200 results say "200", not "200+" (the extra row comes again with the next page).
        self._exhausted = len(rows) <= PAGE_SIZE
        rows = rows[:PAGE_SIZE]
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    def _on_error(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
            self.failed.emit(error)


def _list_page(
    session: Any, *, kind: str | None, after: tuple[str, str] | None, trash: bool, to_check: bool
) -> list[ContactRow]:
    from app.services.contacts import records as contacts_service

    return contacts_service.list_contacts(
        session, kind=kind, after=after, limit=PAGE_SIZE + 1, trash=trash, to_check=to_check
    )


def _search_page(
    session: Any, *, query: str, kind: str | None, offset: int, to_check: bool
) -> list[ContactRow]:
    from app.services.contacts import search as search_service

    return search_service.search_contacts(
        session, query, kind=kind, limit=PAGE_SIZE + 1, offset=offset, to_check=to_check
    )
