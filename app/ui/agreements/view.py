"""The "Conventions" section: the list, one agreement's detail page and the editor, one at a
time, and what the detail page's buttons do (PDF, printing, the lifecycle, the scan, deleting
a draft with undo).

Built the first time the section is shown (app/ui/agreements/section.py), never at start-up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QStackedWidget, QVBoxLayout, QWidget

from app.export.agreement_pdf import agreement_pdf, save_agreement_pdf
from app.export.pdf_base import save_pdf
from app.files import write_atomically
from app.services.agreements import records as ag
from app.ui.agreements import queries
from app.ui.agreements.common import error_text, file_name
from app.ui.agreements.detail import DetailView
from app.ui.agreements.dialogs import (
    EndDialog,
    SignDialog,
    choose_scan,
    last_folder,
    read_scan,
    remember_folder,
)
from app.ui.agreements.editor import EditorView
from app.ui.agreements.list_view import AgreementsList
from app.ui.agreements.preview import PreviewDialog
from app.ui.agreements.printing import PdfPrinter, ask_printer
from app.ui.agreements.queries import Detail, EditorStart
from app.ui.agreements.undo import DeleteDraft
from app.ui.shared.task_dialog import TaskDialog
from app.ui.shared.unsaved import ask_before_leaving
from app.ui.task_runner import TaskRunner


class AgreementsView(QWidget):
    message = Signal(str)

    def __init__(
        self, runner: TaskRunner, undo_stack: QUndoStack, scans_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner, self._undo_stack, self._scans_dir = runner, undo_stack, scans_dir
        self.dialog: QDialog | None = None
        self.printer: PdfPrinter | None = None
        self.list = AgreementsList(runner)
        self.detail = DetailView()
        self.editor = EditorView(runner)
        self.pages = QStackedWidget()
        for page in (self.list, self.detail, self.editor):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.list.open_requested.connect(self.open_agreement)
        self.list.new_requested.connect(self.new_agreement)
        self.list.failed.connect(lambda e: self.message.emit(error_text(e)))
        self.detail.back_requested.connect(self.show_list)
        self.detail.open_requested.connect(self.open_agreement)
        self.detail.action_requested.connect(self.act)
        self.detail.reminder_changed.connect(self.set_reminder)
        self.editor.saved.connect(self._editor_saved)
        self.editor.closed.connect(self._editor_closed)
        self.editor.message.connect(self.message)
        QShortcut(QKeySequence.StandardKey.Save, self.editor, self.editor.save)

    # --- used by the window ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self.pages.currentWidget() is self.list:
            self.list.refresh()
        elif self.pages.currentWidget() is self.detail and self.detail.detail is not None:
            self.load_detail(self.detail.detail.id)

    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.editor:
            return  # the editor keeps its place: a search would drop what is typed
        self.show_list()
        self.list.search.setFocus()
        self.list.search.selectAll()

    # --- pages -----------------------------------------------------------------------------------
    def show_list(self, select: str | None = None) -> None:
        self.pages.setCurrentWidget(self.list)
        self.list.refresh(select)
        self.list.table.setFocus()

    def open_agreement(self, agreement_id: str) -> None:
        def show(found: Detail) -> None:
            self.detail.show_detail(found)
            self.pages.setCurrentWidget(self.detail)
            self.detail.browser.setFocus()

        self._runner.run_db(
            lambda s: queries.detail(s, agreement_id), show, lambda e: self.message.emit(error_text(e))
        )

    def load_detail(self, agreement_id: str) -> None:
        self._runner.run_db(
            lambda s: queries.detail(s, agreement_id),
            self.detail.show_detail,
            lambda e: self.message.emit(error_text(e)),
        )

    def new_agreement(self) -> None:
        if self.pages.currentWidget() is self.editor:
            return  # one agreement at a time: what is being typed stays
        self._start_editor(None)

    def _start_editor(self, agreement_id: str | None) -> None:
        def start(found: EditorStart) -> None:
            self.editor.start(found)
            self.pages.setCurrentWidget(self.editor)

        self._runner.run_db(
            lambda s: queries.editor_start(s, agreement_id), start, lambda e: self.message.emit(error_text(e))
        )

    def _editor_saved(self, agreement_id: str) -> None:
        self.message.emit(self.tr("Convention enregistrée."))
        self.open_agreement(agreement_id)

    def _editor_closed(self, agreement_id: str | None) -> None:
        if agreement_id:
            self.open_agreement(agreement_id)
        else:
            self.show_list()

    # --- the detail page's actions ------------------------------------------------------------------
    def act(self, action: str) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        handlers = {
            "edit": lambda: self._start_editor(detail.id),
            "preview": self.preview,
            "save_pdf": self.ask_save_pdf,
            "print": self.ask_print,
            "send": lambda: self._lifecycle(
                lambda s: ag.send_for_signature(s, detail.id),
                self.tr(
                    "Convention envoyée pour signature : imprimez-la pour les signataires. "
                    "Elle ne se modifie "
                    "plus, sauf à la remettre en brouillon."
                ),
            ),
            "back_to_draft": lambda: self._lifecycle(
                lambda s: ag.back_to_draft(s, detail.id),
                self.tr("Convention remise en brouillon : vous pouvez la modifier."),
            ),
            "sign": self.ask_signed,
            "end": self.ask_end,
            "open_scan": self.open_scan,
            "attach_scan": self.ask_attach_scan,
            "amend": self.new_amendment,
            "delete": self.delete_draft,
        }
        handlers[action]()

    def _title(self) -> str:
        detail = self.detail.detail
        return f"{detail.reference} - {detail.content.title}" if detail else ""

    def _after_change(self, text: str) -> None:
        self.message.emit(text)
        if self.detail.detail is not None:
            self.load_detail(self.detail.detail.id)

    def _lifecycle(self, work, text: str) -> None:
        self._runner.run_db(work, lambda _r: self._after_change(text), self._refused)

    def _refused(self, error: BaseException) -> None:
        self.detail.say(error_text(error))
        self.message.emit(error_text(error))

    def _shown(self) -> Detail:
        """The agreement on screen: the actions below are offered only while there is one."""
        shown = self.detail.detail
        if shown is None:
            raise RuntimeError("no agreement on screen")
        return shown

    def _open_dialog(self, dialog: TaskDialog, text: str) -> None:
        self.dialog = dialog
        dialog.succeeded.connect(lambda _r: self._after_change(text))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def ask_signed(self) -> None:
        d = self._shown()
        self._open_dialog(
            SignDialog(self._runner, d.id, self._title(), d.sent_on, self),
            self.tr("Convention marquée comme signée."),
        )

    def ask_end(self) -> None:
        d = self._shown()
        self._open_dialog(
            EndDialog(self._runner, d.id, self._title(), d.signed_on, self),
            self.tr("Convention terminée : elle reste consultable."),
        )

    def new_amendment(self) -> None:
        agreement_id = self._shown().id

        def made(amendment_id: str) -> None:
            self._start_editor(amendment_id)

        self._runner.run_db(lambda s: ag.create_amendment(s, agreement_id), made, self._refused)

    def delete_draft(self) -> None:
        """Undoable (Ctrl+Z): the draft goes to the trash, and comes back on undo."""
        d = self._shown()

        def done(restored: bool) -> None:
            if restored:
                self.message.emit(self.tr("Brouillon {0} rétabli.").format(d.reference))
                self.open_agreement(d.id)
            else:
                self.message.emit(
                    self.tr("Brouillon {0} supprimé (Ctrl+Z pour le rétablir).").format(d.reference)
                )
                self.show_list()

        self._undo_stack.push(
            DeleteDraft(
                self._runner,
                d.id,
                self.tr("Supprimer le brouillon {0}").format(d.reference),
                done,
                self._refused,
            )
        )

    def set_reminder(self, days: int) -> None:
        agreement_id = self.detail.detail.id if self.detail.detail else None
        if agreement_id:
            self._runner.run_db(
                lambda s: ag.set_reminder_days(s, agreement_id, days),
                lambda _r: self.message.emit(self.tr("Rappel : {0} jours avant la fin.").format(days)),
                self._refused,
            )

    # --- documents -------------------------------------------------------------------------------
    def preview(self) -> None:
        d = self._shown()
        dialog = PreviewDialog(self._runner, d.id, self._title(), self)
        dialog.save_requested.connect(lambda data: self.ask_save_pdf(data))
        dialog.print_requested.connect(lambda data: self.ask_print(data))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def ask_save_pdf(self, data: bytes | None = None) -> None:
        d = self._shown()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer la convention en PDF"),
            str(Path(last_folder()) / file_name(d.reference, d.content.title)),
            self.tr("Documents PDF (*.pdf)"),
        )
        if path:
            remember_folder(path)
            self.save_pdf(d.id, Path(path), data)

    def save_pdf(self, agreement_id: str, path: Path, data: bytes | None = None) -> None:
        """Write the PDF (the preview's bytes when it has them, else drawn anew)."""

        def work(session) -> None:
            if data:
                save_pdf(path, data)
            else:
                save_agreement_pdf(session, agreement_id, path)

        self._runner.run_db(
            work, lambda _r: self.message.emit(self.tr("PDF enregistré : {0}").format(path)), self._refused
        )

    def ask_print(self, data: bytes | None = None) -> None:
        printer = ask_printer(self, self._title())
        if printer is None:
            return
        if data:
            self.print_pdf(printer, data)
            return
        agreement_id = self._shown().id
        self._runner.run_db(
            lambda s: agreement_pdf(s, agreement_id), lambda pdf: self.print_pdf(printer, pdf), self._refused
        )

    def print_pdf(self, printer, data: bytes) -> PdfPrinter:
        job = PdfPrinter(self._runner, printer, data, self)
        self.printer = job
        self.message.emit(self.tr("Impression en cours…"))

        def finished(ok: bool) -> None:
            if ok:
                pages = job.count
                self.message.emit(self.tr("Envoyée à l'imprimante (%Ln pages).", "", pages))
            else:
                reason = error_text(job.error) if job.error else ""
                self.message.emit(self.tr("L'impression a échoué : {0}").format(reason))
            self.printer = None

        job.finished.connect(finished)
        job.start()
        return job

    # --- the scan of the signed original ---------------------------------------------------------
    def open_scan(self) -> None:
        agreement_id, folder = self._shown().id, self._scans_dir

        def work(session) -> Path | None:
            scan = ag.scan_of(session, agreement_id)
            if scan is None:
                return None
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / Path(scan.file_name).name
            write_atomically(target, scan.data)
            return target

        def opened(path: Path | None) -> None:
            if path is None or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.message.emit(self.tr("Le scan n'a pas pu être ouvert."))

        self._runner.run_db(work, opened, self._refused)

    def ask_attach_scan(self) -> None:
        path = choose_scan(self)
        if path:
            self.attach_scan(Path(path))

    def attach_scan(self, path: Path) -> None:
        agreement_id = self._shown().id
        self._runner.run_db(
            lambda s: ag.attach_scan(s, agreement_id, *read_scan(path)),
            lambda _r: self._after_change(self.tr("Scan joint : {0}").format(path.name)),
            self._refused,
        )

    def before_close(self, close_again: Callable[[], object]) -> bool:
        """The window closes: False (and a question, which never blocks) while the editor holds
        changes; "Quitter sans enregistrer" drops them and closes again."""
        if self.pages.currentWidget() is not self.editor or not self.editor.dirty:
            return True

        def leave() -> None:
            self.editor.dirty = False
            close_again()

        ask_before_leaving(
            self,
            self.tr(
                "La convention en cours de rédaction a des modifications non enregistrées. Quitter quand "
                "même ?"
            ),
            self.tr("Continuer la rédaction"),
            leave,
        )
        return False
