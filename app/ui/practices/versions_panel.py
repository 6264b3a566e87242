"""A practice's history: its versions, a comparison of two (insertions in green, deletions
struck in red), and restoring one (the author association only; undoable)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.practices import versions as practice_versions
from app.services.practices.reader import PracticeView
from app.services.practices.versions import VersionDiff, VersionInfo
from app.ui.practices import queries
from app.ui.practices.render import diff_html
from app.ui.shared.locale_format import show_date
from app.ui.shared.messages import confirm
from app.ui.task_runner import TaskRunner


class RestoreVersion(QUndoCommand):
    """Restore = write an old version back as a new one; undo = write back the version that was
    current before, again as a new one: the history never loses anything."""

    def __init__(
        self, runner: TaskRunner, version_id: str, previous_id: str, label: str, done: Callable[[], None]
    ) -> None:
        super().__init__(label)
        self._runner, self._version_id, self._previous_id, self._done = runner, version_id, previous_id, done

    def redo(self) -> None:
        version_id = self._version_id
        self._runner.run_db(lambda s: practice_versions.restore(s, version_id), lambda _id: self._done())

    def undo(self) -> None:
        previous_id = self._previous_id
        self._runner.run_db(lambda s: practice_versions.restore(s, previous_id), lambda _id: self._done())


class VersionsPanel(QWidget):
    changed = Signal(str)  # the practice's id, after a restore or its undo
    message = Signal(str)

    def __init__(self, runner: TaskRunner, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._undo_stack = runner, undo_stack
        self.practice: PracticeView | None = None
        self.diff: VersionDiff | None = None
        self.list = QListWidget()
        self.list.setMaximumHeight(150)
        self.old = QComboBox()
        self.new = QComboBox()
        self.compare_button = QPushButton(self.tr("Comparer"))
        self.restore_button = QPushButton(self.tr("Restaurer la version choisie…"))
        self.restore_button.setToolTip(
            self.tr(
                "Remet le contenu de la version sélectionnée dans la liste ; c'est une nouvelle version, "
                "rien n'est perdu (Ctrl+Z pour annuler)"
            )
        )
        self.result = QTextBrowser()
        self.empty = QLabel(self.tr("Pas encore de version : l'historique commence à la publication."))
        self.empty.setWordWrap(True)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Comparer")))
        pick.addWidget(self.old, 1)
        pick.addWidget(QLabel(self.tr("avec")))
        pick.addWidget(self.new, 1)
        pick.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(self.restore_button)
        layout.addLayout(pick)
        layout.addWidget(self.result, 1)
        self.compare_button.clicked.connect(self.compare)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.currentRowChanged.connect(lambda _row: self._enable_restore())

    def _label(self, info: VersionInfo) -> str:
        day = show_date(info.published_at.astimezone().date())
        text = self.tr("Version {0} du {1}").format(info.number, day)
        return f"{text} — {info.note}" if info.note else text

    def show_practice(self, view: PracticeView) -> None:
        same = self.practice is not None and self.practice.id == view.id
        self.practice = view
        versions = view.versions
        self.list.clear()
        self.old.clear()
        self.new.clear()
        for info in versions:
            item = QListWidgetItem(self._label(info))
            item.setData(256, info.id)
            self.list.addItem(item)
            self.old.addItem(self.tr("version {0}").format(info.number), info.id)
            self.new.addItem(self.tr("version {0}").format(info.number), info.id)
        has_two = len(versions) >= 2
        self.empty.setVisible(not versions)
        self.list.setVisible(bool(versions))
        for widget in (self.old, self.new, self.compare_button):
            widget.setEnabled(has_two)
        self.restore_button.setVisible(view.ours and bool(versions))
        if has_two:
            self.old.setCurrentIndex(1)
            self.new.setCurrentIndex(0)
        if not same or not has_two:
            self.diff = None
            self.result.setHtml(
                self.tr(
                    "<p style='color:#555'>Choisissez deux versions et « Comparer » pour "
                    "voir ce qui a changé.</p>"
                )
                if has_two
                else ""
            )
        if has_two and same and self.diff is not None:
            self.compare()
        self._enable_restore()

    def _enable_restore(self) -> None:
        row = self.list.currentRow()
        self.restore_button.setEnabled(self.practice is not None and self.practice.ours and row > 0)

    def compare(self) -> None:
        old_id, new_id = self.old.currentData(), self.new.currentData()
        if not old_id or not new_id:
            return

        def show(diff: VersionDiff) -> None:
            self.diff = diff
            self.result.setHtml(diff_html(diff))

        self._runner.run_db(
            lambda s: queries.versions_diff(s, old_id, new_id),
            show,
            lambda e: self.message.emit(self.tr("Comparaison impossible : {0}").format(e)),
        )

    def restore_selected(self) -> None:
        view, row = self.practice, self.list.currentRow()
        if view is None or row <= 0:
            return
        chosen, current = view.versions[row], view.versions[0]
        if not confirm(
            self,
            self.tr("Restaurer une version"),
            self.tr(
                "Remettre le contenu de la version {0} ? Il devient une nouvelle version, publiée au "
                "réseau ; la version actuelle reste dans l'historique."
            ).format(chosen.number),
            self.tr("Restaurer"),
        ):
            return
        practice_id = view.id

        def done() -> None:
            self.message.emit(self.tr("Version restaurée."))
            self.changed.emit(practice_id)

        self._undo_stack.push(
            RestoreVersion(
                self._runner,
                chosen.id,
                current.id,
                self.tr("Restaurer la version {0}").format(chosen.number),
                done,
            )
        )
