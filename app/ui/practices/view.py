"""The "Pratiques" section: the library, the reader and the editor, one at a time, and the
Markdown and PDF exports and the Markdown import.

Built the first time the section is shown (app/ui/practices/section.py), never at start-up."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QFileDialog, QStackedWidget, QVBoxLayout, QWidget

from app.files import write_atomically
from app.services.practices import markdown as practice_markdown
from app.services.practices import records as pr
from app.services.practices.reader import our_name
from app.ui.practices import queries
from app.ui.practices.common import error_text
from app.ui.practices.editor import EditorView
from app.ui.practices.library import LibraryView
from app.ui.practices.queries import EditorStart
from app.ui.practices.reader import ReaderView
from app.ui.shared.undo_commands import delete_to_trash
from app.ui.task_runner import TaskRunner

FOLDER_KEY = "practices/last_folder"


def file_name(title: str, suffix: str) -> str:
    """A file name from a title: letters, digits and dashes."""
    stem = re.sub(r"[^\w-]+", "-", title.strip(), flags=re.UNICODE).strip("-")[:60]
    return f"{stem or 'pratique'}{suffix}"


class PracticesView(QWidget):
    changed = Signal()
    message = Signal(str)

    def __init__(
        self, runner: TaskRunner, undo_stack: QUndoStack, pending_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner, self._undo = runner, undo_stack
        self.library = LibraryView(runner)
        self.reader = ReaderView(runner, undo_stack)
        self.editor = EditorView(runner, pending_dir)
        self.pages = QStackedWidget()
        for page in (self.library, self.reader, self.editor):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.library.open_requested.connect(self.open_practice)
        self.library.new_requested.connect(self.new_practice)
        self.library.import_requested.connect(self.ask_import)
        self.library.failed.connect(lambda e: self.message.emit(error_text(e)))
        self.reader.back_requested.connect(self.show_library)
        self.reader.edit_requested.connect(self.edit_practice)
        self.reader.export_markdown_requested.connect(self.ask_export_markdown)
        self.reader.export_pdf_requested.connect(self.ask_export_pdf)
        self.reader.delete_requested.connect(self.delete_draft)
        self.reader.message.connect(self.message)
        self.reader.changed.connect(self.changed)
        self.editor.message.connect(self.message)
        self.editor.closed.connect(self._editor_closed)
        self.editor.published.connect(self._published)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self.editor, self.editor.publish)
        QShortcut(QKeySequence("Ctrl+S"), self.editor, self.editor.save_now)

    # --- used by the window ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.library.refresh()
        if self.pages.currentWidget() is self.reader and self.reader.practice is not None:
            self.reader.load(self.reader.practice.id)

    def focus_search(self) -> None:
        self.show_library()
        self.library.search.setFocus()
        self.library.search.selectAll()

    def before_close(self) -> None:
        """The window closes: queue the editor's pending save (the runner finishes it)."""
        if self.pages.currentWidget() is self.editor:
            self.editor.close_editor()

    # --- pages ----------------------------------------------------------------------------------
    def show_library(self) -> None:
        self.pages.setCurrentWidget(self.library)
        self.library.refresh()
        self.library.list.setFocus()

    def open_practice(self, practice_id: str) -> None:
        def show(view) -> None:
            self.reader.show_practice(view)
            self.pages.setCurrentWidget(self.reader)
            self.reader.browser.setFocus()

        self._runner.run_db(
            lambda s: queries.reader(s, practice_id), show, lambda e: self.message.emit(error_text(e))
        )

    def new_practice(self) -> None:
        self._start_editor(None)

    def edit_practice(self, practice_id: str) -> None:
        self._start_editor(practice_id)

    def _start_editor(self, practice_id: str | None) -> None:
        def start(found: tuple[EditorStart, str]) -> None:
            self.editor.start(*found)
            self.pages.setCurrentWidget(self.editor)

        self._runner.run_db(
            lambda s: (queries.editor_start(s, practice_id), our_name(s)),
            start,
            lambda e: self.message.emit(error_text(e)),
        )

    def delete_draft(self, practice_id: str) -> None:
        """To the trash, undoable (Ctrl+Z): the draft comes back where it was."""
        title = self.reader.practice.title if self.reader.practice is not None else ""
        label = self.tr("Supprimer le brouillon « {0} »").format(title)

        def done(undone: bool) -> None:
            self.changed.emit()
            if undone:
                self.message.emit(self.tr("Brouillon « {0} » rétabli.").format(title))
                self.open_practice(practice_id)
            else:
                self.message.emit(
                    self.tr("Brouillon « {0} » mis à la corbeille (Ctrl+Z pour le rétablir).").format(title)
                )
                self.show_library()

        delete_to_trash(
            self._runner,
            self._undo,
            label,
            "practice",
            lambda s: pr.delete_practice(s, practice_id),
            practice_id,
            done,
            lambda e: self.message.emit(error_text(e)),
        )

    def _editor_closed(self, practice_id: str | None) -> None:
        self.changed.emit()
        if practice_id:
            self.open_practice(practice_id)
        else:
            self.show_library()

    def _published(self, practice_id: str) -> None:
        self.message.emit(
            self.tr("Pratique publiée : elle part vers le réseau à la prochaine synchronisation.")
        )
        self.changed.emit()
        self.library.refresh()
        self.open_practice(practice_id)

    # --- files ----------------------------------------------------------------------------------
    def _folder(self) -> str:
        return str(QSettings().value(FOLDER_KEY, str(Path.home())))

    def _remember(self, path: str) -> None:
        QSettings().setValue(FOLDER_KEY, str(Path(path).parent))

    def _title(self) -> str:
        return self.reader.practice.title if self.reader.practice else ""

    def ask_export_markdown(self, practice_id: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter en Markdown"),
            str(Path(self._folder()) / file_name(self._title(), ".md")),
            self.tr("Fichiers Markdown (*.md)"),
        )
        if path:
            self._remember(path)
            self.export_markdown(practice_id, Path(path))

    def export_markdown(self, practice_id: str, path: Path) -> None:
        def work(session) -> None:
            write_atomically(path, practice_markdown.export_markdown(session, practice_id).encode("utf-8"))

        self._runner.run_db(
            work,
            lambda _r: self.message.emit(self.tr("Fiche exportée : {0}").format(path)),
            lambda e: self.message.emit(error_text(e)),
        )

    def ask_export_pdf(self, practice_id: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter en PDF"),
            str(Path(self._folder()) / file_name(self._title(), ".pdf")),
            self.tr("Documents PDF (*.pdf)"),
        )
        if path:
            self._remember(path)
            self.export_pdf(practice_id, Path(path))

    def export_pdf(self, practice_id: str, path: Path) -> None:
        def work(session) -> None:
            from app.export.practice_sheet import write_practice_sheet

            write_practice_sheet(session, practice_id, path)

        def failed(error: BaseException) -> None:
            if isinstance(error, ImportError):
                self.message.emit(
                    self.tr("L'export PDF des fiches n'est pas encore disponible dans cette version.")
                )
            else:
                self.message.emit(error_text(error))

        def done(_result: object) -> None:
            self.message.emit(self.tr("Fiche PDF enregistrée : {0}").format(path))

        self._runner.run_db(work, done, failed)

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Importer un fichier Markdown"),
            self._folder(),
            self.tr("Fichiers Markdown (*.md *.markdown *.txt)"),
        )
        if path:
            self._remember(path)
            self.import_markdown(Path(path))

    def import_markdown(self, path: Path) -> None:
        def imported(practice_id: str) -> None:
            self.message.emit(self.tr("Fichier importé comme brouillon : relisez-le avant de le publier."))
            self.changed.emit()
            self.library.refresh()
            self.edit_practice(practice_id)

        self._runner.run_db(
            lambda s: practice_markdown.import_markdown(s, path),
            imported,
            lambda e: self.message.emit(error_text(e)),
        )
