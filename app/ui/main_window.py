"""The main window: a sidebar of sections, menus with shortcuts, and a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
)

from app import __version__
from app.models import ContactKind
from app.paths import DataPaths
from app.services import contacts, trash
from app.ui.contacts.transfer import ContactTransfer
from app.ui.contacts.view import ContactsView
from app.ui.locale_format import show_count
from app.ui.placeholder import PlaceholderSection
from app.ui.settings_dialog import SettingsDialog
from app.ui.sync.conflicts_view import ConflictsView
from app.ui.sync.controller import SyncController
from app.ui.sync.enroll_dialog import EnrollDialog
from app.ui.sync.status_line import SyncStatusLine
from app.ui.sync.sync_view import SyncView
from app.ui.task_runner import TaskRunner
from app.ui.trash_view import TrashView

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    def __init__(self, runner: TaskRunner, paths: DataPaths) -> None:
        super().__init__()
        self.runner = runner
        self.setWindowTitle(self.tr("Entraide"))
        self.undo_stack = QUndoStack(self)
        self.contacts_view = ContactsView(runner, self.undo_stack)
        self.trash_view = TrashView(runner)
        self.transfer = ContactTransfer(runner, self)
        self.sync = SyncController(runner, paths, self)
        self.sync_view = SyncView(self.sync)
        self.conflicts_view = ConflictsView(runner)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self._sections: dict[str, int] = {}
        style = self.style()
        icon = style.standardIcon
        sp = QStyle.StandardPixmap
        self._add_section("contacts", self.tr("Contacts"), icon(sp.SP_DirHomeIcon), self.contacts_view)
        self._add_section("equipment", self.tr("Matériel et prêts"), icon(sp.SP_DriveHDIcon),
                          PlaceholderSection(self.tr("Matériel et prêts"), self.tr(
                              "Ici viendra le catalogue du matériel que les associations du réseau "
                              "se prêtent : réservations, sorties, retours et cautions.")))
        self._add_section("practices", self.tr("Pratiques"), icon(sp.SP_FileDialogInfoView),
                          PlaceholderSection(self.tr("Pratiques"), self.tr(
                              "Ici viendra la bibliothèque des bonnes pratiques partagées par les "
                              "associations du réseau, à lire, commenter et adopter.")))
        self._add_section("agreements", self.tr("Conventions"), icon(sp.SP_FileIcon),
                          PlaceholderSection(self.tr("Conventions"), self.tr(
                              "Ici viendront les conventions de partenariat entre associations, "
                              "à préparer ensemble et à imprimer pour signature.")))
        self._add_section("sync", self.tr("Synchronisation"), icon(sp.SP_BrowserReload), self.sync_view)
        self._add_section("conflicts", self.tr("Conflits"), icon(sp.SP_MessageBoxWarning),
                          self.conflicts_view)
        self._add_section("trash", self.tr("Corbeille"), icon(sp.SP_TrashIcon), self.trash_view)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.currentRowChanged.connect(self._on_section_changed)
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 990])
        self.setCentralWidget(splitter)
        self._build_menus()
        self.contacts_view.message.connect(self.show_message)
        self.contacts_view.contacts_changed.connect(self.refresh_counts)
        self.trash_view.message.connect(self.show_message)
        self.trash_view.changed.connect(self._after_trash_change)
        self.transfer.imported.connect(self._after_import)
        self.transfer.message.connect(self.show_message)
        self.status_line = SyncStatusLine(self.sync, self)
        self.statusBar().addPermanentWidget(self.status_line)
        self.sync.finished.connect(self._after_sync)
        self.sync.mass_deletion.connect(self._confirm_mass_deletion)
        self.sync_view.enroll_button.clicked.connect(self._enroll)
        self.conflicts_view.changed.connect(self._show_conflict_badge)
        self.conflicts_view.changed.connect(lambda _n: self.sync.refresh())
        runner.ready.connect(self._on_store_ready)
        runner.open_failed.connect(self._on_store_failed)
        runner.unhandled_error.connect(lambda e: self.show_message(self.tr("Erreur : {0}").format(e)))
        self.resize(1180, 760)
        geometry = QSettings().value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.open_section("contacts")

    def _add_section(self, key: str, title: str, icon, widget) -> None:
        item = QListWidgetItem(icon, title)
        item.setData(KEY_ROLE, key)
        self.sidebar.addItem(item)
        self._sections[key] = self.stack.addWidget(widget)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        keys = QKeySequence.StandardKey
        file_menu = bar.addMenu(self.tr("&Fichier"))
        self._action(file_menu, self.tr("Nouvelle &personne"),
                     lambda: self._new(ContactKind.PERSON), keys.New)
        self._action(file_menu, self.tr("Nouvelle &organisation"),
                     lambda: self._new(ContactKind.ORGANISATION), QKeySequence("Ctrl+Shift+N"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Importer des contacts…"), self.transfer.import_contacts,
                     QKeySequence("Ctrl+I"))
        self._action(file_menu, self.tr("&Exporter les contacts…"), self.transfer.export_contacts,
                     QKeySequence("Ctrl+E"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Préférences…"), self._settings, keys.Preferences)
        self._action(file_menu, self.tr("&Quitter"), self.close, keys.Quit)
        edit = bar.addMenu(self.tr("&Édition"))
        undo = self.undo_stack.createUndoAction(self, self.tr("Annuler"))
        undo.setShortcut(keys.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        redo.setShortcut(keys.Redo)
        edit.addActions([undo, redo])
        edit.addSeparator()
        self._action(edit, self.tr("&Rechercher"), self._find, keys.Find)
        self.trash_action = self._action(edit, self.tr("Mettre à la &corbeille"),
                                         self.contacts_view.trash_selected, QKeySequence(Qt.Key.Key_Delete))
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.contacts_view.table.addAction(self.trash_action)
        sync_menu = bar.addMenu(self.tr("&Synchronisation"))
        self._action(sync_menu, self.tr("&Synchroniser maintenant"), lambda: self.sync.sync_now(),
                     QKeySequence(Qt.Key.Key_F5))
        self._action(sync_menu, self.tr("&Relier cet ordinateur au hub…"), self._enroll)
        self._action(sync_menu, self.tr("Voir les &conflits"), lambda: self.open_section("conflicts"))
        help_menu = bar.addMenu(self.tr("&Aide"))
        self._action(help_menu, self.tr("À &propos d'Entraide"), self._about)

    # --- sections and counts -----------------------------------------------------
    def open_section(self, key: str) -> None:
        self.sidebar.setCurrentRow(self._sections[key])

    def section_item(self, key: str) -> QListWidgetItem:
        return self.sidebar.item(self._sections[key])

    def current_section(self) -> str:
        return self.sidebar.currentItem().data(KEY_ROLE)

    def _on_section_changed(self, _row: int) -> None:
        if self.current_section() == "trash":
            self.trash_view.refresh()
        elif self.current_section() == "conflicts":
            self.conflicts_view.refresh()

    def refresh_counts(self) -> None:
        def counts(session) -> tuple[int, int]:
            return contacts.count_contacts(session), trash.count_trash(session)

        self.runner.run_db(counts, self._show_counts)

    def _show_counts(self, values: tuple[int, int]) -> None:
        people, trashed = values
        self.sidebar.item(self._sections["contacts"]).setText(
            self.tr("Contacts ({0})").format(show_count(people)))
        self.sidebar.item(self._sections["trash"]).setText(
            self.tr("Corbeille ({0})").format(show_count(trashed)) if trashed else self.tr("Corbeille"))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # --- handlers -------------------------------------------------------------------
    def _on_store_ready(self) -> None:
        self.contacts_view.start()
        self.refresh_counts()
        self.conflicts_view.refresh()
        self.sync.start()

    def _after_sync(self, report) -> None:
        self.show_message(self.tr("Synchronisé : {0} envoyé(s), {1} reçu(s), {2} conflit(s).").format(
            report.pushed, report.pulled, report.conflicts))
        if report.pulled:
            self.contacts_view.refresh()
        self.conflicts_view.refresh()

    def _show_conflict_badge(self, count: int) -> None:
        item = self.sidebar.item(self._sections["conflicts"])
        item.setText(self.tr("Conflits ({0})").format(count) if count else self.tr("Conflits"))
        item.setForeground(QColor("#b00020") if count else self.palette().text().color())

    def _confirm_mass_deletion(self, message: str) -> None:
        answer = QMessageBox.warning(
            self, self.tr("Beaucoup de suppressions"), self.tr(
                "{0}\n\nUne sauvegarde de vos données a été faite avant la synchronisation. "
                "Continuer quand même ?").format(message),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.sync.sync_now(allow_mass_deletion=True)

    def _enroll(self) -> None:
        EnrollDialog(self.runner, self.sync, self).exec()

    def _on_store_failed(self, error: BaseException) -> None:
        QMessageBox.critical(self, self.tr("Entraide ne peut pas ouvrir ses données"), self.tr(
            "La base locale n'a pas pu être ouverte ou mise à jour :\n{0}\n\nVos données n'ont pas "
            "été modifiées ; une sauvegarde est faite avant toute mise à jour.").format(error))
        QApplication.exit(1)

    def _after_trash_change(self) -> None:
        self.contacts_view.refresh()

    def _after_import(self) -> None:
        self.contacts_view.refresh()

    def _new(self, kind: ContactKind) -> None:
        self.open_section("contacts")
        self.contacts_view.new_contact(kind.value)

    def _find(self) -> None:
        self.open_section("contacts")
        self.contacts_view.focus_search()

    def _settings(self) -> None:
        SettingsDialog(self).exec()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("À propos d'Entraide"), self.tr(
            "<h3>Entraide {0}</h3><p>Contacts, matériel partagé, pratiques et conventions des "
            "associations d'un réseau.</p><p>Logiciel libre sous licence GNU GPL version 3 ou "
            "ultérieure.</p>").format(__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("ui/geometry", self.saveGeometry())
        super().closeEvent(event)
