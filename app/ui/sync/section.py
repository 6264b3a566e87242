"""The sync section: the state of the link with the hub, the status bar's line, F5 and the
enrolment. Its controller runs the automatic syncs from the start, before the view is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.section import SYNC, Section
from app.ui.shared.locale_format import plural_text

if TYPE_CHECKING:
    from app.sync.courier.relay import Carried
    from app.sync.engine import SyncReport
    from app.ui.sync.controller import SyncController
    from app.ui.sync.status_line import SyncStatusLine
    from app.ui.sync.sync_view import SyncView


class SyncSection(Section):
    key = "sync"
    title_text = QT_TRANSLATE_NOOP("MainWindow", "Synchronisation")
    kinds = frozenset({"sync"})
    view: SyncView | None

    def icon(self) -> QIcon:
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)

    def prepare(self) -> None:
        from app.ui.sync.controller import SyncController
        from app.ui.sync.status_line import SyncStatusLine

        self.controller: SyncController = SyncController(
            self.window.runner, self.window.paths, self._parent()
        )
        self.controller.finished.connect(self._synced)
        self.controller.carried.connect(self._carried)
        from app.ui.sync.courier_actions import CourierActions

        self.courier = CourierActions(self.window.runner, self.controller, self._parent())
        self.controller.mass_deletion.connect(self._confirm_mass_deletion)
        self.status_line: SyncStatusLine = SyncStatusLine(self.controller)
        self.window.add_status_widget(self.status_line)

    def build(self) -> SyncView:
        from app.ui.sync.sync_view import SyncView

        view = SyncView(self.controller)
        view.enroll_button.clicked.connect(self.enroll)
        view.prepare_button.clicked.connect(self.courier.prepare)
        view.import_button.clicked.connect(lambda: self.courier.import_answer())
        return view

    def start(self) -> None:
        self.controller.start()

    def on_changes(self, kinds: frozenset[str], background: bool) -> None:
        if "sync" in kinds:
            self.controller.refresh()  # changes waiting to be sent, conflicts

    def actions(self) -> list[tuple[str, QAction]]:
        sync_now = QAction(QCoreApplication.translate("MainWindow", "&Synchroniser maintenant"))
        sync_now.setShortcut(QKeySequence(Qt.Key.Key_F5))
        sync_now.triggered.connect(lambda: self.controller.sync_now())
        enroll = QAction(QCoreApplication.translate("MainWindow", "&Relier cet ordinateur au hub…"))
        enroll.triggered.connect(self.enroll)
        from app.ui.sync.courier_menu import MENU

        made = [(SYNC, sync_now), (SYNC, enroll)]
        for text, method in MENU:
            action = QAction(QCoreApplication.translate("CourierActions", text))
            action.triggered.connect(lambda *_a, method=method: getattr(self.courier, method)())
            made.append((SYNC, action))
        return made

    def enroll(self) -> None:
        from app.ui.sync.enroll_dialog import EnrollDialog

        EnrollDialog(self.window.runner, self.controller, self._parent()).exec()

    def _parent(self) -> QWidget | None:
        return self.window if isinstance(self.window, QWidget) else None

    def _synced(self, report: SyncReport) -> None:
        pushed, pulled, conflicts = report.pushed, report.pulled, report.conflicts
        said = ", ".join(
            (
                plural_text(
                    pushed,
                    QCoreApplication.translate("MainWindow", "%n envoyé"),
                    QCoreApplication.translate("MainWindow", "%n envoyés"),
                ),
                plural_text(
                    pulled,
                    QCoreApplication.translate("MainWindow", "%n reçu"),
                    QCoreApplication.translate("MainWindow", "%n reçus"),
                ),
                plural_text(
                    conflicts,
                    QCoreApplication.translate("MainWindow", "%n conflit"),
                    QCoreApplication.translate("MainWindow", "%n conflits"),
                ),
            )
        )
        self.window.show_message(QCoreApplication.translate("MainWindow", "Synchronisé : {0}.").format(said))

    def _carried(self, carried: list[Carried]) -> None:
        done = sum(1 for item in carried if item.refused is None)
        self.window.show_message(
            QCoreApplication.translate(
                "MainWindow", "Clé USB : fichiers de liaison transmis : {0} sur {1}."
            ).format(done, len(carried))
        )

    def _confirm_mass_deletion(self, message: str) -> None:
        answer = QMessageBox.warning(
            self._parent(),
            QCoreApplication.translate("MainWindow", "Beaucoup de suppressions"),
            QCoreApplication.translate(
                "MainWindow",
                "{0}\n\nUne sauvegarde de vos données a été faite avant la synchronisation. "
                "Continuer quand même ?",
            ).format(message),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.sync_now(allow_mass_deletion=True)
