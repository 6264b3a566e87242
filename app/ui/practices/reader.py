"""The reader: a practice formatted from Markdown, beside what the network says of it and its
versions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.practices.reader import PracticeView
from app.ui.practices import queries
from app.ui.practices.common import error_text
from app.ui.practices.dialogs import AdoptDialog, MentoringDialog
from app.ui.practices.feedback_panel import FeedbackPanel
from app.ui.practices.render import Document, show_document
from app.ui.practices.versions_panel import VersionsPanel
from app.ui.shared.fitting import scrolled_pane
from app.ui.shared.flow_layout import FlowLayout
from app.ui.shared.locale_format import show_date
from app.ui.shared.remembered import remember_splitter
from app.ui.shared.short_id import ShortId
from app.ui.task_runner import TaskRunner


def document_of(view: PracticeView) -> Document:
    return Document(
        view.title,
        view.summary,
        view.context,
        view.method,
        view.results,
        view.indicators,
        view.lessons,
        view.themes,
        view.tags,
        view.author_name,
        view.contact_name,
        view.contact_email,
    )


class ReaderView(QWidget):
    back_requested = Signal()
    edit_requested = Signal(str)
    export_markdown_requested = Signal(str)
    export_pdf_requested = Signal(str)
    delete_requested = Signal(str)  # a draft of ours
    message = Signal(str)
    changed = Signal()  # feedback or versions changed: the library's counts follow

    def __init__(self, runner: TaskRunner, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.practice: PracticeView | None = None
        self.back_button = QPushButton(self.tr("← Bibliothèque"))
        self.back_button.setToolTip(self.tr("Revenir à la liste (Échap)"))
        self.state = QLabel()
        self.state.setStyleSheet("color: #555;")
        self.edit_button = QPushButton(self.tr("Modifier"))
        self.markdown_button = QPushButton(self.tr("Exporter en Markdown…"))
        self.pdf_button = QPushButton(self.tr("Exporter en PDF…"))
        self.delete_button = QPushButton(self.tr("Supprimer le brouillon"))
        self.delete_button.setToolTip(
            self.tr("Mettre ce brouillon à la corbeille (Suppr ; Ctrl+Z pour annuler)")
        )
        self.delete_button.setStyleSheet("QPushButton:enabled { color: #b00020; }")
        self.number = ShortId(
            tooltip=self.tr("Le numéro de la fiche : « entraide export-practice » l'accepte.")
        )
        self.number.copied.connect(lambda n: self.message.emit(self.tr("« {0} » copié.").format(n)))
        self.state.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        top = FlowLayout().add_widgets(  # wraps in a narrow window (a laptop at 150 %)
            self.back_button,
            self.state,
            self.number,
            self.edit_button,
            self.markdown_button,
            self.pdf_button,
            self.delete_button,
        )
        self.browser = QTextBrowser()
        self.browser.setObjectName("practiceText")
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(16)
        self.feedback = FeedbackPanel(runner)
        self.versions = VersionsPanel(runner, undo_stack)
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolled_pane(self.feedback), self.tr("Avis du réseau"))
        self.tabs.addTab(self.versions, self.tr("Versions"))
        self.tabs.setMinimumWidth(380)
        splitter = QSplitter()
        splitter.addWidget(self.browser)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 420])
        remember_splitter(splitter, "practices/readerSplitter")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(lambda: self.practice and self.edit_requested.emit(self.practice.id))
        self.markdown_button.clicked.connect(
            lambda: self.practice and self.export_markdown_requested.emit(self.practice.id)
        )
        self.pdf_button.clicked.connect(
            lambda: self.practice and self.export_pdf_requested.emit(self.practice.id)
        )
        self.delete_button.clicked.connect(self.delete_draft)
        for panel in (self.feedback, self.versions):
            panel.message.connect(self.message)
            panel.changed.connect(self.load)
            panel.changed.connect(lambda _id: self.changed.emit())
        self.feedback.adopt_requested.connect(self.adopt)
        self.feedback.mentoring_requested.connect(self.ask_mentoring)
        self.dialog: QDialog | None = None

    # --- dialogs ------------------------------------------------------------------------------------
    def _open(self, dialog: AdoptDialog | MentoringDialog, text: str) -> None:
        practice_id = self.practice.id if self.practice else ""

        def saved(_result: object) -> None:
            self.message.emit(text)
            self.load(practice_id)
            self.changed.emit()

        self.dialog = dialog
        dialog.succeeded.connect(saved)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def adopt(self) -> None:
        if self.practice is not None:
            self._open(
                AdoptDialog(self._runner, self.practice.id, self.practice.our_adoption, self),
                self.tr("Adoption enregistrée : merci de votre retour au réseau."),
            )

    def ask_mentoring(self) -> None:
        if self.practice is not None:
            self._open(
                MentoringDialog(self._runner, self.practice.id, self.practice.author_name, self),
                self.tr("Demande d'accompagnement enregistrée ; un suivi est noté dans vos contacts."),
            )

    def delete_draft(self) -> None:
        if self.practice is not None and self.delete_button.isVisible():
            self.delete_requested.emit(self.practice.id)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_draft()
            return
        super().keyPressEvent(event)

    def load(self, practice_id: str) -> None:
        self._runner.run_db(
            lambda s: queries.reader(s, practice_id),
            self.show_practice,
            lambda e: self.message.emit(error_text(e)),
        )

    def show_practice(self, view: PracticeView) -> None:
        same = self.practice is not None and self.practice.id == view.id
        scroll = self.browser.verticalScrollBar().value()
        self.practice = view
        show_document(self.browser, document_of(view))
        if same:
            self.browser.verticalScrollBar().setValue(scroll)
        if view.published and view.published_at is not None:
            state = self.tr("Publiée le {0}").format(show_date(view.published_at.astimezone().date()))
            if view.versions:
                versions = len(view.versions)
                state += " · " + self.tr("%Ln versions", "", versions)
        else:
            state = self.tr("Brouillon : visible seulement par votre association")
        self.state.setText(state)
        self.number.show_id(view.short_id)
        self.edit_button.setVisible(view.ours)
        self.delete_button.setVisible(view.ours and not view.published)  # a published one stays
        self.feedback.show_practice(view)
        self.versions.show_practice(view)
