"""The main window: a sidebar of sections, menus with shortcuts, and a status bar.

It knows no section by name: each implements app/ui/section.py and is listed once in
app/ui/sections.py. The frame appears as soon as Qt is loaded; the sections prepare themselves
in the next turn of the event loop, while the store opens on its own thread, and a section's
view is built the first time it is shown. Given the contacts list's first page (read before the
store is opened: app/ui/application.py), the window shows it in its first frame, and the store
opens and the sections prepare once that frame is painted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.paths import DataPaths
from app.ui.section import EDIT, FILE, SYNC, Section
from app.ui.sections import make_sections
from app.ui.shared.busy_indicator import BusyIndicator
from app.ui.shared.cell_tooltips import install_cell_tooltips
from app.ui.shared.error_report import open_log_folder
from app.ui.shared.remembered import remember_splitter
from app.ui.store.guard import StoreGuard
from app.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from app.services.contacts.rows import ContactRow

CHANGES_DELAY_MS = 30  # one refresh for the burst of commits a sync or an import makes
FIRST_PAINT_WAIT_MS = 1000  # the rest of the window is built by then even if nothing was painted


class MainWindow(QMainWindow):
    sections_built = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        paths: DataPaths,
        *,
        welcome: bool = False,
        first_contacts: list[ContactRow] | None = None,
    ) -> None:
        """`first_contacts`: the contacts list's first page, read before the store is opened
        (app/services/contacts/first_page.py). The list is then built before the window is shown,
        and the rest (the other sections, the store's opening) waits for the first paint."""
        super().__init__()
        self.runner, self.paths = runner, paths
        self.welcome = welcome  # the first-start assistant may ask who we are (app/ui/identity)
        self.first_contacts = first_contacts
        self._early = first_contacts is not None
        self.assistant: QDialog | None = None
        self.built = False
        self._store_ready = False
        self._pending_kinds: set[str] = set()
        self._pending_background = False
        self.setWindowTitle(self.tr("Entraide"))
        install_cell_tooltips(cast(QApplication, QApplication.instance()))
        self.undo_stack = QUndoStack(self)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setMaximumWidth(320)
        self.stack = QStackedWidget()
        self.sections: list[Section] = make_sections(self)
        for section in self.sections:
            self.sidebar.addItem(QListWidgetItem(section.icon(), section.title()))
            self.stack.addWidget(section.placeholder())
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.currentRowChanged.connect(self._on_section_changed)
        content = QWidget()  # reminder banners (non-blocking) above the current section
        self.banners = QVBoxLayout(content)
        self.banners.setContentsMargins(0, 0, 0, 0)
        self.banners.setSpacing(3)  # the reminders close together; the section a little apart
        self.banners.addWidget(self.stack, 1)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(content)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 990])
        remember_splitter(splitter, "ui/sidebarSplitter")
        self.setCentralWidget(splitter)
        self._changes_timer = QTimer(self, singleShot=True, interval=CHANGES_DELAY_MS)
        self._changes_timer.timeout.connect(self._dispatch_changes)
        self.store_guard = StoreGuard(self)  # a store that cannot be shown: one dialog (app/ui/store)
        self.busy = BusyIndicator()
        self.statusBar().insertPermanentWidget(0, self.busy)
        runner.store_busy.connect(self.busy.set_busy)
        self._build_menus()
        runner.ready.connect(self._on_store_ready)

        runner.changed.connect(self._on_changes)
        self.resize(1180, 760)
        geometry = QSettings().value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.sidebar.setCurrentRow(0)
        if self._early:
            self.current_section().ensure_view()  # painted with the window
            self.installEventFilter(self)

    # --- what sections use (app/ui/section.py Window) ---------------------------------------
    def section(self, key: str) -> Section:
        return next(section for section in self.sections if section.key == key)

    def open_section(self, key: str) -> Section:
        self.sidebar.setCurrentRow(self._row(key))
        return self.section(key)

    def current_section(self) -> Section:
        return self.sections[max(self.sidebar.currentRow(), 0)]

    def current_key(self) -> str:
        return self.current_section().key

    def replace_section(self, key: str, widget: QWidget) -> None:
        index = self._row(key)
        old = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.setCurrentIndex(self.sidebar.currentRow())

    def set_sidebar(self, key: str, text: str, tooltip: str = "", colour: str | None = None) -> None:
        item = self.section_item(key)
        item.setText(text)
        item.setToolTip(tooltip)
        item.setForeground(QColor(colour) if colour else self.palette().text().color())
        # The sidebar never cuts a section's name or count: as wide as its longest line.
        self.sidebar.setMinimumWidth(self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 6)

    def section_item(self, key: str) -> QListWidgetItem:
        return self.sidebar.item(self._row(key))

    def show_banner(self, banner: QWidget) -> None:
        """Show a strip above the sections, newest first; it removes itself when dismissed."""
        self.banners.insertWidget(0, banner)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    @property
    def idle(self) -> bool:
        """No background work queued and no announced change waiting to be shown."""
        return self.runner.pending == 0 and not self._changes_timer.isActive()

    def _row(self, key: str) -> int:
        return next(row for row, section in enumerate(self.sections) if section.key == key)

    # --- building -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.built:
            # With a first page, the first paint starts the rest (eventFilter); the timer is there
            # for a window that is not painted (minimised at start).
            QTimer.singleShot(FIRST_PAINT_WAIT_MS if self._early else 0, self.build_sections)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """With a first page: the rest is built once the first frame is painted (the window's
        own paint comes first: the timer fires after its children's and the frame's flush)."""
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self.build_sections)
        return False

    def build_sections(self) -> None:
        if self.built:
            return
        self.runner.open()  # already asked for unless the first page came first
        for section in self.sections:
            section.prepare()
        for _menu, action in self._section_actions:
            action.setEnabled(True)
        self.current_section().ensure_view()
        self.built = True
        self._update_new_action()
        self.sections_built.emit()
        if self._store_ready:
            self._start_sections()

    def _on_store_ready(self) -> None:
        self._store_ready = True
        if self.built:
            self._start_sections()

    def _start_sections(self) -> None:
        for section in self.sections:
            section.start()
        if self.welcome:
            from app.ui.identity.assistant import offer_assistant

            offer_assistant(self.runner, self, lambda dialog: setattr(self, "assistant", dialog))

    def _on_section_changed(self, _row: int) -> None:
        if self.built:
            self.current_section().opened()
            self._update_new_action()

    # --- changes announced by the store ---------------------------------------------------
    def _on_changes(self, kinds: frozenset[str], background: bool) -> None:
        self._pending_kinds |= kinds
        self._pending_background |= background
        self._changes_timer.start()

    def _dispatch_changes(self) -> None:
        kinds, background = frozenset(self._pending_kinds), self._pending_background
        self._pending_kinds, self._pending_background = set(), False
        if self.built:
            for section in self.sections:
                section.on_changes(kinds, background)

    # --- menus ----------------------------------------------------------------------------
    def _action(
        self, menu: QMenu, text: str, slot: Callable[[], Any] | None, shortcut: Any = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(lambda *_args: slot())
        menu.addAction(action)
        return action

    def _when_built(self, work: Callable[[], Any]) -> Callable[[], Any]:
        """Menu actions wait for the sections: a shortcut pressed in the first instant is ignored."""
        return lambda: work() if self.built else None

    def _build_menus(self) -> None:
        bar, keys, later = self.menuBar(), QKeySequence.StandardKey, self._when_built
        menus = {
            FILE: bar.addMenu(self.tr("&Fichier")),
            EDIT: bar.addMenu(self.tr("&Édition")),
            SYNC: bar.addMenu(self.tr("&Synchronisation")),
        }
        self.new_action = self._action(menus[FILE], self.tr("&Nouveau"), later(self._new), keys.New)
        edit = menus[EDIT]
        undo = self.undo_stack.createUndoAction(self, self.tr("Annuler"))
        undo.setShortcut(keys.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        redo.setShortcut(keys.Redo)
        edit.addActions([undo, redo])
        edit.addSeparator()
        self._action(edit, self.tr("&Rechercher"), later(self._find), keys.Find)
        self._section_actions = [
            (menu, action) for section in self.sections for menu, action in section.actions()
        ]
        for menu, action in self._section_actions:
            action.setParent(self)
            action.setEnabled(False)  # until the sections are prepared
            menus[menu].addAction(action)
        menus[FILE].addSeparator()
        self._action(
            menus[FILE], self.tr("Restaurer une sauvegarde…"), later(self.store_guard.restore_from_menu)
        )
        self._action(
            menus[FILE],
            self.tr("Préférences…"),
            self._settings,
            keys.Preferences,
        )
        self._action(menus[FILE], self.tr("&Quitter"), self.close, keys.Quit)
        help_menu = bar.addMenu(self.tr("&Aide"))
        self._action(help_menu, self.tr("Ouvrir le dossier du &journal"), open_log_folder)
        self._action(help_menu, self.tr("À &propos d'Entraide"), self._about)

    def _settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        SettingsDialog(self, self.runner).exec()

    def _maker(self) -> Section:
        """The section Ctrl+N works in: the current one, or the first that makes records."""
        current = self.current_section()
        if current.new_text() is not None:
            return current
        return next(section for section in self.sections if section.new_text() is not None)

    def _update_new_action(self) -> None:
        self.new_action.setText(self._maker().new_text() or self.tr("&Nouveau"))

    def _new(self) -> None:
        maker = self._maker()
        if maker is not self.current_section():
            self.open_section(maker.key)
        maker.new()

    def _find(self) -> None:
        if not self.current_section().find():
            finder = next(section for section in self.sections if type(section).find is not Section.find)
            self.open_section(finder.key).find()

    def _about(self) -> QMessageBox:
        from app.ui.app_icon import application_icon

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("À propos d'Entraide"))
        box.setIconPixmap(application_icon().pixmap(96, 96))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr(
                "<h3>Entraide {0}</h3><p>Contacts, matériel partagé, pratiques et conventions des "
                "associations d'un réseau.</p><p>Entraide est un logiciel libre : vous pouvez "
                "l'utiliser, l'étudier, le modifier et le redistribuer selon les termes de la licence "
                'GNU GPL, version 3 ou ultérieure (GPL-3.0-or-later).</p><p><a href="{1}">Lire la '
                "licence</a></p>"
            ).format(__version__, "https://www.gnu.org/licenses/gpl-3.0.html")
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)  # the link opens
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal to the whole application: the window stays usable
        return box

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(section.can_close(self.close) for section in self.sections):
            event.ignore()  # a section has changes the user keeps
            return
        QSettings().setValue("ui/geometry", self.saveGeometry())
        for section in self.sections:
            section.before_close()
        super().closeEvent(event)
