"""The main window: a sidebar of sections, menus with shortcuts, and a status bar.

Its frame appears as soon as Qt is loaded; the sections (app/ui/sections.py) are built in the
next turn of the event loop, while the store opens on its own thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.paths import DataPaths
from app.ui.settings_dialog import SettingsDialog
from app.ui.shared.placeholder import PlaceholderSection

if TYPE_CHECKING:
    from app.ui.task_runner import TaskRunner

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON, ORGANISATION = "person", "organisation"


class MainWindow(QMainWindow):
    sections_built = Signal()

    def __init__(self, runner: TaskRunner, paths: DataPaths) -> None:
        super().__init__()
        self.runner, self.paths = runner, paths
        self.built = False
        self._store_ready = False
        self.setWindowTitle(self.tr("Entraide"))
        self.undo_stack = QUndoStack(self)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self._sections: dict[str, int] = {}
        icon, sp = self.style().standardIcon, QStyle.StandardPixmap
        self._add_section("contacts", self.tr("Contacts"), icon(sp.SP_DirHomeIcon), QWidget())
        self._add_section(
            "equipment",
            self.tr("Matériel et prêts"),
            icon(sp.SP_DriveHDIcon),
            PlaceholderSection(
                self.tr("Matériel et prêts"),
                self.tr(
                    "Ici viendra le catalogue du matériel que les associations du réseau "
                    "se prêtent : réservations, sorties, retours et cautions."
                ),
            ),
        )
        self._add_section(
            "practices",
            self.tr("Pratiques"),
            icon(sp.SP_FileDialogInfoView),
            PlaceholderSection(
                self.tr("Pratiques"),
                self.tr(
                    "Ici viendra la bibliothèque des bonnes pratiques partagées par les "
                    "associations du réseau, à lire, commenter et adopter."
                ),
            ),
        )
        self._add_section(
            "agreements",
            self.tr("Conventions"),
            icon(sp.SP_FileIcon),
            PlaceholderSection(
                self.tr("Conventions"),
                self.tr(
                    "Ici viendront les conventions de partenariat entre associations, "
                    "à préparer ensemble et à imprimer pour signature."
                ),
            ),
        )
        self._add_section("sync", self.tr("Synchronisation"), icon(sp.SP_BrowserReload), QWidget())
        self._add_section("conflicts", self.tr("Conflits"), icon(sp.SP_MessageBoxWarning), QWidget())
        self._add_section("trash", self.tr("Corbeille"), icon(sp.SP_TrashIcon), QWidget())
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.currentRowChanged.connect(self._on_section_changed)
        content = QWidget()  # reminder banners (non-blocking) above the current section
        self.banners = QVBoxLayout(content)
        self.banners.setContentsMargins(0, 0, 0, 0)
        self.banners.addWidget(self.stack, 1)
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(content)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 990])
        self.setCentralWidget(splitter)
        self._build_menus()
        runner.ready.connect(self._on_store_ready)
        runner.open_failed.connect(self._on_store_failed)
        runner.unhandled_error.connect(lambda e: self.show_message(self.tr("Erreur : {0}").format(e)))
        self.resize(1180, 760)
        geometry = QSettings().value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.open_section("contacts")

    # --- building -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.built:
            QTimer.singleShot(0, self.build_sections)

    def build_sections(self) -> None:
        if self.built:
            return
        from app.ui import sections

        sections.build_sections(self)
        self.built = True
        self.sections_built.emit()
        if self._store_ready:
            sections.on_store_ready(self)

    def replace_section(self, key: str, widget: QWidget) -> None:
        index = self._sections[key]
        old = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.setCurrentIndex(self.sidebar.currentRow())

    def show_banner(self, banner: QWidget) -> None:
        """Show a strip above the sections, newest first; it removes itself when dismissed."""
        self.banners.insertWidget(0, banner)

    def _add_section(self, key: str, title: str, icon: Any, widget: QWidget) -> None:
        item = QListWidgetItem(icon, title)
        item.setData(KEY_ROLE, key)
        self.sidebar.addItem(item)
        self._sections[key] = self.stack.addWidget(widget)

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _when_built(self, work: Any) -> Any:
        """Menu actions wait for the sections: a shortcut pressed in the first instant is ignored."""
        return lambda *_args: work() if self.built else None

    def _build_menus(self) -> None:
        bar, keys, later = self.menuBar(), QKeySequence.StandardKey, self._when_built
        file_menu = bar.addMenu(self.tr("&Fichier"))
        self._action(file_menu, self.tr("Nouvelle &personne"), later(lambda: self._new(PERSON)), keys.New)
        self._action(
            file_menu,
            self.tr("Nouvelle &organisation"),
            later(lambda: self._new(ORGANISATION)),
            QKeySequence("Ctrl+Shift+N"),
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("&Importer des contacts…"),
            later(lambda: self.transfer.import_contacts()),
            QKeySequence("Ctrl+I"),
        )
        self._action(
            file_menu,
            self.tr("&Exporter les contacts…"),
            later(lambda: self.transfer.export_contacts()),
            QKeySequence("Ctrl+E"),
        )
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("Préférences…"), lambda: SettingsDialog(self).exec(), keys.Preferences
        )
        self._action(file_menu, self.tr("&Quitter"), self.close, keys.Quit)
        edit = bar.addMenu(self.tr("&Édition"))
        undo = self.undo_stack.createUndoAction(self, self.tr("Annuler"))
        undo.setShortcut(keys.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        redo.setShortcut(keys.Redo)
        edit.addActions([undo, redo])
        edit.addSeparator()
        self._action(edit, self.tr("&Rechercher"), later(self._find), keys.Find)
        self.trash_action = self._action(
            edit, self.tr("Mettre à la &corbeille"), None, QKeySequence(Qt.Key.Key_Delete)
        )
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sync_menu = bar.addMenu(self.tr("&Synchronisation"))
        self._action(
            sync_menu,
            self.tr("&Synchroniser maintenant"),
            later(lambda: self.sync.sync_now()),
            QKeySequence(Qt.Key.Key_F5),
        )
        self._action(sync_menu, self.tr("&Relier cet ordinateur au hub…"), later(self.enroll))
        self._action(sync_menu, self.tr("Voir les &conflits"), lambda: self.open_section("conflicts"))
        help_menu = bar.addMenu(self.tr("&Aide"))
        self._action(help_menu, self.tr("À &propos d'Entraide"), self._about)

    # --- sections -------------------------------------------------------------------
    def open_section(self, key: str) -> None:
        self.sidebar.setCurrentRow(self._sections[key])

    def section_item(self, key: str) -> QListWidgetItem:
        return self.sidebar.item(self._sections[key])

    def current_section(self) -> str:
        return self.sidebar.currentItem().data(KEY_ROLE)

    def _on_section_changed(self, _row: int) -> None:
        if not self.built:
            return
        if self.current_section() == "equipment":
            from app.ui.equipment import section

            section.on_opened(self)
        elif self.current_section() == "practices":
            from app.ui.practices import section as practices_section

            practices_section.on_opened(self)
        elif self.current_section() == "agreements":
            from app.ui.agreements import section as agreements_section

            agreements_section.on_opened(self)
        elif self.current_section() == "trash":
            self.trash_view.refresh()
        elif self.current_section() == "conflicts":
            self.conflicts_view.refresh()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # --- handlers -------------------------------------------------------------------
    def _on_store_ready(self) -> None:
        self._store_ready = True
        if self.built:
            from app.ui import sections

            sections.on_store_ready(self)

    def _on_store_failed(self, error: BaseException) -> None:
        QMessageBox.critical(
            self,
            self.tr("Entraide ne peut pas ouvrir ses données"),
            self.tr(
                "La base locale n'a pas pu être ouverte ou mise à jour :\n{0}\n\nVos données n'ont pas "
                "été modifiées ; une sauvegarde est faite avant toute mise à jour."
            ).format(error),
        )
        QApplication.exit(1)

    def enroll(self) -> None:
        from app.ui import sections

        sections.enroll(self)

    def _new(self, kind: str) -> None:
        equipment = getattr(self, "equipment_view", None)
        if equipment is not None and self.current_section() == "equipment" and kind == PERSON:
            equipment.new_equipment()  # Ctrl+N in the equipment section: new equipment
            return
        practices = getattr(self, "practices_view", None)
        if practices is not None and self.current_section() == "practices" and kind == PERSON:
            practices.new_practice()  # Ctrl+N in the practices section: a new practice
            return
        agreements = getattr(self, "agreements_view", None)
        if agreements is not None and self.current_section() == "agreements" and kind == PERSON:
            agreements.new_agreement()  # Ctrl+N in the agreements section: a new agreement
            return
        self.open_section("contacts")
        self.contacts_view.new_contact(kind)

    def _find(self) -> None:
        equipment = getattr(self, "equipment_view", None)
        if equipment is not None and self.current_section() == "equipment":
            equipment.focus_search()
            return
        practices = getattr(self, "practices_view", None)
        if practices is not None and self.current_section() == "practices":
            practices.focus_search()
            return
        agreements = getattr(self, "agreements_view", None)
        if agreements is not None and self.current_section() == "agreements":
            agreements.focus_search()
            return
        self.open_section("contacts")
        self.contacts_view.focus_search()

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
        agreements = getattr(self, "agreements_view", None)
        if agreements is not None and not agreements.before_close(self.close):
            event.ignore()  # the agreement being written has changes the user keeps
            return
        QSettings().setValue("ui/geometry", self.saveGeometry())
        if getattr(self, "practices_view", None) is not None:
            self.practices_view.before_close()  # an open editor saves its draft
        super().closeEvent(event)
