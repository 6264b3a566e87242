"""The window's watch over its store: the store that cannot be opened or turns out damaged (at
opening, in any work, or by the background integrity check) leads to the one dialog
(store_dialog.py); Fichier ▸ Restaurer une sauvegarde… to the list of backups. Restoring or
opening another folder starts the window again on it (app/ui/application.py), so that no view
ever keeps showing what the old store held."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from app.errors import StoreProblem
from app.paths import DataPaths
from app.ui.section import Section
from app.ui.shared.locale_format import service_text
from app.ui.shared.messages import confirm
from app.ui.task_runner import TaskRunner

log = logging.getLogger(__name__)
RESTART = 75  # the event loop's code when the window starts again on a store (application.py)
FULL_CHECK_DELAY_MS = 4000  # after the first screens are shown: the check reads every page


@dataclass
class NextStart:
    """Where the window starts again, and what to do before (a restore), when no connection to
    the store is open any more."""

    paths: DataPaths
    before: Callable[[], object] | None = None


class GuardedWindow(Protocol):
    """What the guard needs of the main window (app/ui/main_window.py)."""

    runner: TaskRunner
    paths: DataPaths
    sections: list[Section]


class StoreGuard(QObject):
    def __init__(self, window: GuardedWindow) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        # The window as Qt's parent of the dialogs (a stand-in window in the tests is none).
        self.parent_widget = window if isinstance(window, QWidget) else None
        self.next_start: NextStart | None = None
        self.dialog: QDialog | None = None
        self._said = False
        runner = window.runner
        runner.open_failed.connect(self.opening_failed)
        runner.store_damaged.connect(self.show_problem)
        runner.ready.connect(lambda: QTimer.singleShot(FULL_CHECK_DELAY_MS, self, self.full_check))

    # --- what goes wrong ----------------------------------------------------------------------
    def opening_failed(self, error: BaseException) -> None:
        from app.services.store.problems import store_problem

        problem = (
            error if isinstance(error, StoreProblem) else store_problem(error, str(self.window.paths.root))
        )
        if problem is not None:
            self.show_problem(problem)
            return
        log.error("opening the store failed: %r", error)
        QMessageBox.critical(
            self.parent_widget,
            QCoreApplication.translate("StoreGuard", "Entraide ne peut pas ouvrir ses données"),
            QCoreApplication.translate(
                "StoreGuard", "Les données n'ont pas pu être ouvertes ({0}). Elles n'ont pas été modifiées."
            ).format(type(error).__name__),
        )
        QApplication.exit(1)

    def full_check(self) -> None:
        """SQLite's integrity_check over every page, on its own connection off the GUI thread."""
        from app.services.store.health import full_check
        from app.services.store.problems import damaged

        if self.window.runner.stopped:
            return
        database, folder = self.window.paths.database, str(self.window.paths.root)

        made_today = self.window.runner.database.daily_backup if self.window.runner.database else None

        def found(problems: str) -> None:
            if problems:
                log.error("integrity_check: %s", problems)
                if made_today is not None:  # a copy of the damage: never offered to restore
                    from app.services.store.backups import mark_doubtful

                    mark_doubtful(made_today)
                self.show_problem(
                    damaged(folder, QCoreApplication.translate("StoreGuard", "une page est illisible"))
                )

        self.window.runner.run_net(lambda: full_check(database), found, lambda e: log.error("check: %r", e))

    def show_problem(self, problem: StoreProblem) -> None:
        """Once per window: every failing query reports the same damage."""
        if self._said:
            return
        self._said = True
        from app.ui.store.store_dialog import OTHER_FOLDER, RESTORE, StoreDialog

        self._hide_the_store(problem)
        paths = self.window.paths
        dialog = StoreDialog(problem, paths, self.parent_widget)
        self.dialog = dialog
        if problem.kind == StoreProblem.DAMAGED:
            self._load_backups(dialog.show_backups)

        def chosen(_result: int) -> None:
            if dialog.choice == RESTORE:
                self._restart(paths, Path(dialog.backup_path))
            elif dialog.choice == OTHER_FOLDER:
                self.other_folder()
            else:
                QApplication.exit(1)

        dialog.finished.connect(chosen)
        dialog.open()

    def _hide_the_store(self, problem: StoreProblem) -> None:
        """Nothing of a store that cannot be trusted stays on screen, not even empty lists; the
        menus that would act on it are off. (The window starts again or closes after.)"""
        window = self.window
        if not isinstance(window, QMainWindow):
            return
        notice = QLabel(service_text(problem.message))
        notice.setObjectName("storeNotice")
        notice.setWordWrap(True)
        notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        notice.setMargin(48)
        hidden = self._hidden = window.takeCentralWidget()  # kept alive: the sections hold its views
        if hidden is not None:
            hidden.hide()
            hidden.setParent(window)
        window.setCentralWidget(notice)
        window.menuBar().setEnabled(False)

    # --- restoring -------------------------------------------------------------------------------
    def restore_from_menu(self) -> None:
        from app.ui.store.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.window.paths, self.parent_widget)
        self.dialog = dialog
        self._load_backups(dialog.show_backups)

        def chosen(result: int) -> None:
            if result and dialog.backup_path and self._may_leave(dialog.backup_path):
                self._restart(self.window.paths, Path(dialog.backup_path))

        dialog.finished.connect(chosen)
        dialog.open()

    def _may_leave(self, backup: str) -> bool:
        sure = confirm(
            self.parent_widget,
            QCoreApplication.translate("StoreGuard", "Restaurer la sauvegarde"),
            QCoreApplication.translate(
                "StoreGuard",
                "Les données actuelles seront mises de côté dans « {0} » et remplacées par cette "
                "sauvegarde ; Entraide redémarre ensuite sur elle.",
            ).format(self.window.paths.backups),
            QCoreApplication.translate("StoreGuard", "Restaurer"),
        )
        sections = self.window.sections
        if not sure or not all(section.can_close(lambda: None) for section in sections):
            return False
        for section in sections:
            section.before_close()
        return True

    def _load_backups(self, show: Callable[[list], None]) -> None:
        from app.services.store.backups import list_backups

        paths = self.window.paths
        self.window.runner.run_net(lambda: list_backups(paths), show, lambda _e: show([]))

    def other_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self.parent_widget,
            QCoreApplication.translate("StoreGuard", "Choisir un dossier de données"),
            str(self.window.paths.root.parent),
        )
        if not chosen:
            QApplication.exit(1)
            return
        self.next_start = NextStart(DataPaths(Path(chosen).resolve()))
        QApplication.exit(RESTART)

    def _restart(self, paths: DataPaths, backup: Path) -> None:
        from app.services.store.backups import restore

        self.next_start = NextStart(paths, lambda: restore(paths, backup))
        QApplication.exit(RESTART)
