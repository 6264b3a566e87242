"""The "Besoins et propositions" section: the list, one need's page and the editor, one at a time,
and what the page's buttons do (propose, reserve, accept or decline, close, reopen).

Built the first time the section is shown (app/ui/needs/section.py), never at start-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from app.services.needs import records as r
from app.services.needs import responses
from app.services.needs.matching import Suggestion
from app.services.needs.outcomes import OutcomeDue
from app.services.needs.response_lines import ResponseLine
from app.ui.equipment.reserve_dialog import ReserveDialog
from app.ui.needs import queries
from app.ui.needs.common import error_text
from app.ui.needs.detail import DetailView
from app.ui.needs.dialogs import DecideDialog, OutcomeDialog, ProposeDialog, SummaryDialog, proposal_for
from app.ui.needs.editor import EditorView
from app.ui.needs.list_view import NeedsList
from app.ui.needs.queries import Detail, EditorStart
from app.ui.shared.task_dialog import TaskDialog
from app.ui.shared.unsaved import ask_before_leaving
from app.ui.task_runner import TaskRunner


class NeedsView(QWidget):
    message = Signal(str)
    changed = Signal()  # something was written: the sidebar's counts may move

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.dialog: QDialog | None = None
        self.list = NeedsList(runner)
        self.detail = DetailView()
        self.editor = EditorView(runner)
        self.pages = QStackedWidget()
        for page in (self.list, self.detail, self.editor):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.list.open_requested.connect(self.open_need)
        self.list.new_requested.connect(self.new_need)
        self.list.summary_requested.connect(self.show_summary)
        self.list.waiting_requested.connect(self.open_first_waiting)
        self.list.failed.connect(lambda e: self.message.emit(error_text(e)))
        self.detail.back_requested.connect(self.show_list)
        self.detail.action_requested.connect(self.act)
        self.detail.suggestion_requested.connect(self.on_suggestion)
        self.detail.response_requested.connect(self.on_response)
        self.editor.saved.connect(self._saved)
        self.editor.closed.connect(lambda need_id: self.open_need(need_id) if need_id else self.show_list())
        QShortcut(QKeySequence.StandardKey.Save, self.editor, self.editor.save)
        self.waiting: list[ResponseLine] = []
        runner.run_db(queries.warm_up, lambda _n: None, lambda _e: None)  # the communes, off the GUI

    # --- used by the window -------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.pages.currentWidget() is self.list:
            self.list.refresh()
        elif self.pages.currentWidget() is self.detail and self.detail.detail is not None:
            self.load_detail(self.detail.detail.id)

    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.editor:
            return  # the editor keeps what is typed
        self.show_list()
        self.list.search.setFocus()
        self.list.search.selectAll()

    def show_waiting(self, lines: list[ResponseLine]) -> None:
        self.waiting = lines
        self.list.show_waiting(len(lines))

    # --- pages ------------------------------------------------------------------------------------
    def show_list(self, select: str | None = None) -> None:
        self.pages.setCurrentWidget(self.list)
        self.list.refresh(select)
        self.list.table.setFocus()

    def open_need(self, need_id: str) -> None:
        def show(found: Detail) -> None:
            self.detail.show_detail(found)
            self.pages.setCurrentWidget(self.detail)
            self.detail.suggestions.setFocus()
            self.changed.emit()  # its new matches are seen now

        self._runner.run_db(
            lambda s: queries.detail(s, need_id), show, lambda e: self.message.emit(error_text(e))
        )

    def load_detail(self, need_id: str) -> None:
        self._runner.run_db(
            lambda s: queries.detail(s, need_id),
            self.detail.show_detail,
            lambda e: self.message.emit(error_text(e)),
        )

    def new_need(self, direction: str = "need") -> None:
        if self.pages.currentWidget() is self.editor:
            return  # one at a time: what is being typed stays
        self._start_editor(None, direction)

    def _start_editor(self, need_id: str | None, direction: str = "need") -> None:
        def start(found: EditorStart) -> None:
            self.editor.start_editing(found)
            self.pages.setCurrentWidget(self.editor)

        self._runner.run_db(
            lambda s: queries.editor_start(s, need_id, direction),
            start,
            lambda e: self.message.emit(error_text(e)),
        )

    def _saved(self, need_id: str) -> None:
        self.message.emit(self.tr("Enregistré : il part vers le réseau à la prochaine synchronisation."))
        self.changed.emit()
        self.open_need(need_id)

    # --- the page's actions -----------------------------------------------------------------------------
    def act(self, action: str) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        if action == "edit":
            self._start_editor(detail.id)
            return
        work = {
            "met": (lambda s: r.close_need(s, detail.id, "met"), self.tr("Marqué comme pourvu.")),
            "withdraw": (
                lambda s: r.close_need(s, detail.id, "withdrawn"),
                self.tr("Retiré : il n'est plus proposé."),
            ),
            "reopen": (lambda s: r.reopen_need(s, detail.id), self.tr("Rouvert.")),
        }[action]
        self._write(work[0], work[1])

    def _write(self, work: Callable, text: str) -> None:
        def done(_result: object) -> None:
            self.message.emit(text)
            self.changed.emit()
            if self.detail.detail is not None:
                self.load_detail(self.detail.detail.id)

        self._runner.run_db(work, done, self._refused)

    def _refused(self, error: BaseException) -> None:
        self.detail.say(error_text(error))
        self.message.emit(error_text(error))

    def _open_dialog(self, dialog: TaskDialog, text: str) -> None:
        self.dialog = dialog

        def succeeded(_result: object) -> None:
            self.message.emit(text)
            self.changed.emit()
            if self.detail.detail is not None and self.pages.currentWidget() is self.detail:
                self.load_detail(self.detail.detail.id)

        dialog.succeeded.connect(succeeded)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def on_suggestion(self, chosen: Suggestion) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        data = detail.fields
        if chosen.action == "reserve":
            dialog = ReserveDialog(
                self._runner, chosen.id, chosen.title, data.start_date, data.end_date, self
            )
            dialog.contact_name.setText(data.contact_name)
            dialog.contact_phone.setText(data.contact_phone)
            dialog.purpose.setPlainText(data.title)
            self._open_dialog(
                dialog, self.tr("Réservation demandée : le prêteur la confirme dans la section Matériel.")
            )
            return
        target, resource = proposal_for(detail, chosen)
        proposal = ProposeDialog(self._runner, target, resource, data.start_date, data.end_date, self)
        if chosen.type == "member":
            proposal.contact_name.setText(chosen.title)
        self._open_dialog(proposal, self.tr("Proposition envoyée à la prochaine synchronisation."))

    def on_response(self, action: str, line: ResponseLine) -> None:
        if action == "withdraw":
            self._write(lambda s: responses.withdraw(s, line.id), self.tr("Réponse retirée."))
            return
        accepted = action == "accept"
        text = (
            self.tr("Proposition acceptée : l'autre association le saura à la prochaine synchronisation.")
            if accepted
            else self.tr("Proposition déclinée.")
        )
        self._open_dialog(DecideDialog(self._runner, line, accepted, self), text)

    def open_first_waiting(self) -> None:
        """The responses button: the need they answer (a practice's responses: their first one)."""
        if not self.waiting:
            return
        first = self.waiting[0]
        if first.target_type == "need":
            self.open_need(first.target_id)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Demande pour une pratique"),
            self.tr("{0} vous écrit au sujet de votre pratique « {1} » : « {2} »").format(
                first.other_name, first.target_title, first.message
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        accept = box.addButton(self.tr("Accepter…"), QMessageBox.ButtonRole.AcceptRole)
        decline = box.addButton(self.tr("Décliner…"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Plus tard"), QMessageBox.ButtonRole.RejectRole)

        def answered(_result: int) -> None:
            if box.clickedButton() in (accept, decline):
                self.on_response("accept" if box.clickedButton() is accept else "decline", first)

        box.finished.connect(answered)
        box.open()

    def ask_outcome(self, due: OutcomeDue) -> None:
        self._open_dialog(OutcomeDialog(self._runner, due, self), self.tr("Merci, c'est noté."))

    def show_summary(self) -> None:
        self.dialog = SummaryDialog(self._runner, self)
        self.dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog.open()

    def before_close(self, close_again: Callable[[], object]) -> bool:
        if self.pages.currentWidget() is not self.editor or not self.editor.dirty:
            return True

        def leave() -> None:
            self.editor.dirty = False
            close_again()

        ask_before_leaving(
            self,
            self.tr(
                "Le besoin ou la proposition en cours a des modifications non enregistrées. "
                "Quitter quand même ?"
            ),
            self.tr("Continuer"),
            leave,
        )
        return False
