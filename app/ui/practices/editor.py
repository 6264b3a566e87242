"""The editor: the form beside a live preview, and a draft that is never lost.

A draft saves itself 1.5 s after typing stops, and when the editor closes. A published
practice changes only as a new version ("Enregistrer une nouvelle version"), so its pending
edit is autosaved to a local file (one per practice, beside the database) until then."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.files import write_atomically
from app.services.practices import records as pr
from app.ui.practices import queries
from app.ui.practices.common import error_text
from app.ui.practices.editor_form import PracticeForm
from app.ui.practices.queries import EditorStart
from app.ui.practices.render import from_fields, show_document
from app.ui.shared.form_fields import ERROR_STYLE
from app.ui.shared.messages import confirm
from app.ui.shared.remembered import remember_splitter
from app.ui.task_runner import TaskRunner

AUTOSAVE_MS = 1500
PREVIEW_MS = 250


def read_pending(path: Path) -> pr.PracticeFields | None:
    """A published practice's unsaved edit, if one was left."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw["indicators"] = [pr.IndicatorFields(**row) for row in raw.get("indicators", [])]
        return pr.PracticeFields(**raw)
    except (OSError, ValueError, TypeError):
        return None


class EditorView(QWidget):
    closed = Signal(object)  # the practice's id (None: nothing was written)
    published = Signal(str)
    message = Signal(str)

    def __init__(self, runner: TaskRunner, pending_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._pending_dir = runner, pending_dir
        self.practice_id: str | None = None
        self.is_published = False
        self.dirty = False
        self.saving = False
        self.themes: list[str] = []
        self.back_button = QPushButton(self.tr("← Fermer l'éditeur"))
        self.back_button.setToolTip(self.tr("Le brouillon est enregistré en fermant (Échap)"))
        self.state = QLabel()
        self.state.setStyleSheet("color: #555;")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Ce qui a changé (facultatif)"))
        self.note.setMinimumWidth(220)
        self.publish_button = QPushButton(self.tr("Publier…"))
        self.publish_button.setToolTip(self.tr("Rendre la pratique visible par tout le réseau (Ctrl+Maj+P)"))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.state, 1)
        top.addWidget(self.note)
        top.addWidget(self.publish_button)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.form = PracticeForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(460)
        self.preview = QTextBrowser()
        self.preview.setObjectName("practicePreview")
        self.preview.document().setDocumentMargin(14)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("Aperçu, tel que le réseau le lira")))
        preview_layout.addWidget(self.preview, 1)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(preview_box)
        splitter.setSizes([560, 460])
        remember_splitter(splitter, "practices/editorSplitter")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save_now)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.form.changed.connect(self._edited)
        self.back_button.clicked.connect(self.close_editor)
        self.publish_button.clicked.connect(self.publish)

    # --- opening ---------------------------------------------------------------------------------
    def start(self, start: EditorStart, author: str) -> None:
        self.autosave_timer.stop()
        self.practice_id, self.is_published, self.themes = start.practice_id, start.published, start.themes
        self._author = author
        self.dirty = False
        data = start.fields
        if start.published and start.practice_id:
            pending = read_pending(self._pending_path())
            if pending is not None:
                data = pending
                self.dirty = True
                self.message.emit(
                    self.tr("Vos modifications non publiées de cette pratique ont été retrouvées.")
                )
        self.form.set_values(data, start.themes)
        self.form.show_errors({})
        self.problem.hide()
        self.note.clear()
        self.note.setVisible(start.published)
        self.publish_button.setText(
            self.tr("Enregistrer une nouvelle version…") if start.published else self.tr("Publier…")
        )
        if self.dirty:
            self.state.setText(self.tr("Modifications non publiées"))
        else:
            self.state.setText(
                ""
                if start.practice_id
                else self.tr("Nouvelle pratique : le brouillon s'enregistre tout seul")
            )
        self.update_preview()
        self.form.rows["title"].editor.setFocus()

    def _pending_path(self) -> Path:
        return self._pending_dir / f"{self.practice_id}.json"

    # --- typing ----------------------------------------------------------------------------------
    def _edited(self) -> None:
        self.dirty = True
        self.state.setText(self.tr("Modifications en cours…"))
        self.autosave_timer.start()
        self._preview_timer.start()

    def update_preview(self) -> None:
        show_document(self.preview, from_fields(self.form.values(), self._author_name()))

    def _author_name(self) -> str:
        return getattr(self, "_author", "")

    # --- saving ----------------------------------------------------------------------------------
    def save_now(self) -> None:
        """Autosave: the draft in the store, or a published practice's edit in its local file."""
        self.autosave_timer.stop()
        if not self.dirty:
            return
        data = self.form.values()
        if self.is_published:
            self.form.show_errors(pr.check_practice(data).errors)  # said now; refused at publication
            path, content = self._pending_path(), json.dumps(asdict(data), ensure_ascii=False)

            def write(_session: object) -> None:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_atomically(path, content.encode("utf-8"))

            self.dirty = False
            self._runner.run_db(
                write,
                lambda _r: self._saved(self.tr("Modifications gardées (pas encore publiées) à {0}")),
                self._refused,
            )
            return
        if self.saving or (self.practice_id is None and data == pr.PracticeFields()):
            return  # a save is on its way (it saves again after), or nothing typed yet
        self.saving, self.dirty = True, False
        practice_id = self.practice_id
        self._runner.run_db(lambda s: queries.save(s, practice_id, data), self._draft_saved, self._refused)

    def _draft_saved(self, practice_id: str) -> None:
        self.saving = False
        self.practice_id = practice_id
        self._saved(self.tr("Brouillon enregistré à {0}"))
        if self.dirty:
            self.save_now()

    def _saved(self, text: str) -> None:
        if not self.is_published:
            self.form.show_errors({})
        self.problem.hide()
        if not self.dirty:
            self.state.setText(text.format(QTime.currentTime().toString("HH:mm")))

    def _refused(self, error: BaseException) -> None:
        self.saving = False
        self.dirty = True  # nothing typed is lost: it stays in the form and is saved once fixed
        if isinstance(error, InvalidInput):
            self.form.show_errors(error.errors)
            self.state.setText(self.tr("Non enregistré : corrigez les champs signalés"))
        else:
            self.problem.setText(error_text(error))
            self.problem.show()

    def close_editor(self) -> None:
        """Save what is pending, then go back; a refused draft keeps the editor open."""
        self.autosave_timer.stop()
        if self.dirty and not self.is_published:
            data, practice_id = self.form.values(), self.practice_id
            if practice_id is None and data == pr.PracticeFields():
                self.closed.emit(None)
                return
            self.dirty = False
            self._runner.run_db(lambda s: queries.save(s, practice_id, data), self.closed.emit, self._refused)
            return
        self.save_now()
        self.closed.emit(self.practice_id)

    # --- publishing ------------------------------------------------------------------------------
    def publish(self) -> None:
        self.autosave_timer.stop()
        data, practice_id = self.form.values(), self.practice_id
        if self.is_published:
            if not confirm(
                self,
                self.tr("Nouvelle version"),
                self.tr(
                    "Enregistrer ces modifications comme une nouvelle version, visible par tout le réseau ? "
                    "La version précédente reste dans l'historique."
                ),
                self.tr("Enregistrer la version"),
            ):
                return
            note, path = self.note.text(), self._pending_path()
            assert practice_id is not None  # a published practice has its id

            def work(session):
                made = pr.save_published(session, practice_id, data, note)
                path.unlink(missing_ok=True)
                return made

            self._runner.run_db(work, lambda _v: self._published(practice_id), self._refused)
            return
        if not confirm(
            self,
            self.tr("Publier la pratique"),
            self.tr(
                "Publier « {0} » ? Elle sera visible par toutes les associations du réseau après la "
                "prochaine synchronisation. Vous pourrez encore la modifier : chaque modification "
                "devient une nouvelle version."
            ).format(data.title.strip() or self.tr("(Sans titre)")),
            self.tr("Publier"),
        ):
            return
        self._runner.run_db(
            lambda s: queries.save_and_publish(s, practice_id, data), self._published, self._refused
        )

    def _published(self, practice_id: str) -> None:
        self.dirty = False
        self.practice_id = practice_id
        self.published.emit(practice_id)

    def keyPressEvent(self, event) -> None:
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape:
            self.close_editor()
            return
        super().keyPressEvent(event)
