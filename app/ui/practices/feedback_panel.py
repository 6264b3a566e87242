"""What the network says of a practice: the counts, our "useful" mark and adoption, the
comments, and the request for mentoring."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.services.practices import feedback
from app.services.practices.feedback import OUTCOME_LABELS, FeedbackInfo
from app.services.practices.reader import PracticeView
from app.ui.shared.form_fields import ERROR_STYLE
from app.ui.shared.locale_format import service_text, show_date
from app.ui.task_runner import TaskRunner


class FeedbackPanel(QWidget):
    changed = Signal(str)  # the practice's id: the reader reloads it
    adopt_requested = Signal()
    mentoring_requested = Signal()
    message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.practice: PracticeView | None = None
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setStyleSheet("font-weight: 600;")
        self.useful = QCheckBox(self.tr("Utile pour nous"))
        self.adopt_button = QPushButton(self.tr("Nous l'avons adoptée…"))
        self.mentoring_button = QPushButton(self.tr("Demander un accompagnement…"))
        self.why_not = QLabel()
        self.why_not.setWordWrap(True)
        self.why_not.setStyleSheet("color: #555;")
        self.adoptions = QTextBrowser()
        self.adoptions.setMaximumHeight(130)
        self.comments = QTextBrowser()
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Votre commentaire (Ctrl+Entrée pour publier)"))
        self.comment.setMaximumHeight(80)
        self.comment_error = QLabel()
        self.comment_error.setStyleSheet(ERROR_STYLE)
        self.comment_error.setWordWrap(True)
        self.comment_error.hide()
        self.comment_button = QPushButton(self.tr("Publier le commentaire"))
        actions = QHBoxLayout()
        actions.addWidget(self.useful)
        actions.addStretch(1)
        actions.addWidget(self.adopt_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(actions)
        layout.addWidget(self.mentoring_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.why_not)
        layout.addWidget(QLabel(self.tr("Adoptions")))
        layout.addWidget(self.adoptions)
        layout.addWidget(QLabel(self.tr("Commentaires")))
        layout.addWidget(self.comments, 1)
        layout.addWidget(self.comment)
        layout.addWidget(self.comment_error)
        layout.addWidget(self.comment_button, 0, Qt.AlignmentFlag.AlignRight)
        self.useful.clicked.connect(self._toggle_useful)
        self.adopt_button.clicked.connect(self.adopt_requested)
        self.mentoring_button.clicked.connect(self.mentoring_requested)
        self.comment_button.clicked.connect(self.post_comment)
        self.comment.installEventFilter(self)  # Ctrl+Entrée publishes the comment

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.comment
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.post_comment()
            return True
        return super().eventFilter(watched, event)

    def show_practice(self, view: PracticeView) -> None:
        self.practice = view
        useful, adopted, comments = view.useful_count, view.adoption_count, len(view.comments)
        # Only the counts that are not zero: "adoptée par 0 association" reads as a slight.
        said = [
            text
            for count, text in (
                (useful, self.tr("Utile à %Ln associations", "", useful)),
                (adopted, self.tr("adoptée par %Ln associations", "", adopted)),
                (comments, self.tr("%Ln commentaires", "", comments)),
            )
            if count
        ]
        text = " · ".join(said) if said else self.tr("Pas encore de retour des autres associations")
        self.counts.setText(text[:1].upper() + text[1:])
        others = view.published and not view.ours
        self.useful.setChecked(view.useful_by_us)
        for widget in (self.useful, self.adopt_button, self.mentoring_button):
            widget.setEnabled(others)
        self.adopt_button.setText(
            self.tr("Modifier notre adoption…") if view.our_adoption else self.tr("Nous l'avons adoptée…")
        )
        if view.mentoring_asked_by_us:
            self.mentoring_button.setText(self.tr("Accompagnement demandé — redemander…"))
        else:
            self.mentoring_button.setText(self.tr("Demander un accompagnement…"))
        if not view.published:
            self.why_not.setText(self.tr("Brouillon : les avis du réseau viendront après la publication."))
        elif view.ours:
            self.why_not.setText(
                self.tr(
                    "C'est une pratique de votre association : les autres associations la marquent utile "
                    "ou l'adoptent ; vous pouvez répondre aux commentaires."
                )
            )
        self.why_not.setVisible(not others)
        self.comment.setEnabled(view.published)
        self.comment_button.setEnabled(view.published)
        self.adoptions.setHtml(self._entries(view.adoptions, self.tr("Aucune adoption pour l'instant.")))
        self.comments.setHtml(self._entries(view.comments, self.tr("Aucun commentaire pour l'instant.")))

    def _entries(self, items: list[FeedbackInfo], empty: str) -> str:
        if not items:
            return f"<p style='color:#555'>{html.escape(empty)}</p>"
        out = []
        for info in items:
            who = info.association_name + (f" ({info.author_name})" if info.author_name else "")
            day = show_date(info.created_at.astimezone().date())
            head = f"<b>{html.escape(who)}</b> · {html.escape(day)}"
            if info.outcome:
                outcome = next(
                    (label for key, label in OUTCOME_LABELS.items() if key.value == info.outcome), ""
                )
                head += f" · <i>{html.escape(service_text(outcome))}</i>"
            body = html.escape(info.text).replace("\n", "<br>")
            out.append(f"<p>{head}<br>{body}</p>")
        return "".join(out)

    def _toggle_useful(self, checked: bool) -> None:
        if self.practice is None:
            return
        practice_id = self.practice.id
        self._runner.run_db(
            lambda s: feedback.set_useful(s, practice_id, checked),
            lambda _r: self._done(
                practice_id, self.tr("Marquée utile.") if checked else self.tr("Marque « utile » retirée.")
            ),
            self._refused,
        )

    def post_comment(self) -> None:
        if self.practice is None or not self.comment.isEnabled():
            return
        practice_id, text = self.practice.id, self.comment.toPlainText()
        self.comment_button.setEnabled(False)

        def posted(_id: object) -> None:
            self.comment.clear()
            self.comment_error.hide()
            self.comment_button.setEnabled(True)
            self._done(practice_id, self.tr("Commentaire publié."))

        self._runner.run_db(lambda s: feedback.add_comment(s, practice_id, text), posted, self._refused)

    def _done(self, practice_id: str, text: str) -> None:
        self.message.emit(text)
        self.changed.emit(practice_id)

    def _refused(self, error: BaseException) -> None:
        self.comment_button.setEnabled(True)
        text = (
            " ".join(service_text(t) for t in error.errors.values())
            if isinstance(error, InvalidInput)
            else str(error)
        )
        self.comment_error.setText(text)
        self.comment_error.show()
        if self.practice is not None:
            self.useful.setChecked(self.practice.useful_by_us)
