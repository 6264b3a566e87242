"""The trash: what was deleted, every kind in one list, to restore or to delete for good.

Restoring is undoable (Ctrl+Z puts the lines back in the trash); deleting for good is not, so it
asks first, with the count."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import trash_listing
from app.services.trash_listing import KINDS, TrashLine
from app.ui.shared.list_panel import empty_label, list_panel, show_rows
from app.ui.shared.locale_format import show_count
from app.ui.shared.messages import confirm, error_text
from app.ui.shared.undo_commands import DatabaseStep, back_from_trash, into_trash_again
from app.ui.task_runner import TaskRunner
from app.ui.trash.model import TrashModel, kind_name


class TrashView(QWidget):
    message = Signal(str)
    counted = Signal(int)  # what the list holds: the sidebar's count follows

    def __init__(self, runner: TaskRunner, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._undo = runner, undo_stack
        intro = QLabel(
            self.tr(
                "Ce que vous supprimez reste ici jusqu'à ce que vous vidiez la corbeille : vous pouvez "
                "le restaurer, avec ce qui s'y rattache (les rôles et consentements d'un contact…)."
            )
        )
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("trashKind")
        # Grows with its longest entry: "Modèles de clauses (12)", "Contacts (5 000)" were cut.
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.addItem(self.tr("Tous les types"), None)
        self.model = TrashModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(TrashModel.KindRole)
        self.proxy.setSortRole(TrashModel.SortRole)
        self.table = self._make_table()
        self.empty_label = empty_label("trashEmpty")
        self.count_label = QLabel()
        self.restore_button = QPushButton(self.tr("Restaurer"))
        self.restore_button.setToolTip(
            self.tr("Remettre les éléments choisis à leur place (Ctrl+Z pour annuler)")
        )
        self.purge_button = QPushButton(self.tr("Supprimer définitivement…"))
        self.purge_button.setToolTip(self.tr("Supprimer pour de bon les éléments choisis (Suppr)"))
        self.empty_button = QPushButton(self.tr("Vider la corbeille…"))
        for button in (self.purge_button, self.empty_button):
            button.setStyleSheet("QPushButton:enabled { color: #b00020; }")
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(QLabel(self.tr("Type :")))
        top.addWidget(self.kind)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(list_panel(self.table, self.empty_label), 1)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._apply_kind)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.confirm_purge)
        self.empty_button.clicked.connect(self.confirm_empty)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        for key, slot in (
            (QKeySequence.StandardKey.Delete, self.confirm_purge),
            (Qt.Key.Key_Return, self.restore_selected),
        ):
            shortcut = QShortcut(QKeySequence(key), self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._update_buttons()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("trashTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.sortByColumn(TrashModel.DELETED, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TrashModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TrashModel.TYPE, 150), (TrashModel.DETAIL, 220), (TrashModel.DELETED, 150)):
            table.setColumnWidth(column, width)
        return table

    # --- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.loading = True
        self._runner.run_db(trash_listing.listing, self._show, self._failed)

    def _show(self, lines: list[TrashLine]) -> None:
        self.model.loading = False
        self.model.set_lines(lines)
        self._fill_kinds(lines)
        self._update_buttons()
        self.counted.emit(len(lines))

    def _fill_kinds(self, lines: list[TrashLine]) -> None:
        """The filter lists each kind the trash holds, with its count; the choice is kept."""
        counts = {kind: sum(1 for line in lines if line.kind == kind) for kind in KINDS}
        chosen = self.kind.currentData()
        self.kind.blockSignals(True)
        while self.kind.count() > 1:
            self.kind.removeItem(1)
        for kind in KINDS:
            if counts[kind]:  # a kind emptied meanwhile leaves the filter: back to every type
                self.kind.addItem(f"{kind_name(kind, plural=True)} ({show_count(counts[kind])})", kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(chosen)))
        self.kind.blockSignals(False)
        self._apply_kind()

    def _apply_kind(self) -> None:
        kind = self.kind.currentData()
        self.proxy.setFilterFixedString(kind or "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = self.tr(
                "La corbeille est vide.\n\nLes contacts, le matériel, les brouillons de pratiques et de "
                "conventions et les modèles de clauses que vous supprimez arrivent ici : vous pourrez "
                "les restaurer tant que la corbeille n'est pas vidée."
            )
        else:
            text = self.tr("Aucun élément de ce type dans la corbeille.")
        show_rows(self.table, self.empty_label, shown, text)
        self.count_label.setText(self.tr("%Ln éléments dans la corbeille", "", total) if total else "")
        chosen = bool(self.selected())
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        self.empty_button.setEnabled(total > 0)

    def selected(self) -> list[TrashLine]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.line(row) for row in rows]

    # --- actions ---------------------------------------------------------------------------------
    def restore_selected(self) -> None:
        """Undoable: Ctrl+Z puts them back in the trash."""
        lines = self.selected()
        if not lines:
            return
        items = [(line.kind, line.id) for line in lines]
        label = (
            self.tr("Restaurer « {0} »").format(self.model.text(lines[0], TrashModel.NAME))
            if len(lines) == 1
            else self.tr("Restaurer %Ln éléments", "", len(lines))
        )

        def done(undone: bool) -> None:
            self.message.emit(
                self.tr("%Ln éléments remis dans la corbeille.", "", len(items))
                if undone
                else self.tr("{0} — Ctrl+Z pour annuler.").format(label)
            )
            self.refresh()

        self._undo.push(
            DatabaseStep(
                self._runner,
                label,
                back_from_trash(items),
                into_trash_again(items),
                done,
                self._failed,
            )
        )

    def confirm_purge(self) -> None:
        lines = self.selected()
        if not lines:
            return
        what = (
            self.tr("« {0} » sera supprimé définitivement").format(self.model.text(lines[0], TrashModel.NAME))
            if len(lines) == 1
            else self.tr("Les {0} éléments choisis seront supprimés définitivement").format(
                show_count(len(lines))
            )
        )
        if confirm(
            self,
            self.tr("Supprimer définitivement"),
            (
                self.tr(
                    "{0}, avec ce qui s'y rattache : cette action est irréversible.\n\n"
                    "À la prochaine synchronisation, il sera effacé aussi du hub et des autres "
                    "ordinateurs de l'association, sans passer par leur corbeille."
                )
                if len(lines) == 1
                else self.tr(
                    "{0}, avec ce qui s'y rattache : cette action est irréversible.\n\n"
                    "À la prochaine synchronisation, ils seront effacés aussi du hub et des autres "
                    "ordinateurs de l'association, sans passer par leur corbeille."
                )
            ).format(what),
            self.tr("Supprimer définitivement"),
        ):
            self.purge([(line.kind, line.id) for line in lines])

    def purge(self, items: list[tuple[str, str]]) -> None:
        self._runner.run_db(lambda s: trash_listing.purge(s, items), self._purged, self._failed)

    def confirm_empty(self) -> None:
        total = self.model.rowCount()
        if total and confirm(
            self,
            self.tr("Vider la corbeille"),
            self.tr("Les %Ln éléments de la corbeille seront supprimés définitivement", "", total)
            + (
                self.tr(
                    ", avec ce qui s'y rattache : cette action est irréversible.\n\n"
                    "À la prochaine synchronisation, il sera effacé aussi du hub et des autres "
                    "ordinateurs de l'association, sans passer par leur corbeille."
                )
                if total == 1
                else self.tr(
                    ", de tous les types, avec ce qui s'y rattache : cette action est irréversible.\n\n"
                    "À la prochaine synchronisation, ils seront effacés aussi du hub et des autres "
                    "ordinateurs de l'association, sans passer par leur corbeille."
                )
            ),
            self.tr("Vider la corbeille"),
        ):
            self.empty()

    def empty(self) -> None:
        """What the confirmation counted, not what the trash holds by the time it runs: a sync
        meanwhile may have brought in a deletion from another laptop, which the user has not seen."""
        self.purge([(line.kind, line.id) for line in self.model.lines])

    def _purged(self, count: int) -> None:
        self.message.emit(self.tr("%Ln éléments supprimés définitivement.", "", count))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.model.loading = False
        self.message.emit(error_text(error, self.tr("Cet élément n'est plus dans la corbeille.")))
        self.refresh()
