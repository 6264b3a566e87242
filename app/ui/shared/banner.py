"""A reminder strip at the top of the window (loans overdue, agreements to renew). It never
blocks: a button opens what it speaks of, a cross hides it. It takes one line (its title, how
many things it speaks of and the first of them) until the reader clicks it open: three
reminders of five lines each used to take a quarter of a laptop's screen in every section."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class ReminderBanner(QFrame):
    open_requested = Signal()

    def __init__(
        self, title: str, sentences: list[str], open_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet(
            "#reminderBanner { background: #fff4d6; border: 1px solid #e0c27a; "
            "border-radius: 4px; } #reminderBanner QLabel, #reminderBanner QToolButton { color: #4a3b12; }"
        )
        self.sentences = sentences
        self.toggle = QToolButton()
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(self.tr("Afficher ou replier le détail (clic sur le bandeau)"))
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: 600;")
        self.count = QLabel(f"({len(sentences)})" if len(sentences) > 1 else "")
        self.count.setStyleSheet("font-weight: 600;")
        # Collapsed: the first sentence, cut to the room left, whole in the tooltip.
        self.first = QLabel()
        self.first.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.first.setMinimumWidth(40)
        self.first.setToolTip("\n".join(sentences))
        self.text = QLabel("<br>".join(f"• {escape(sentence)}" for sentence in sentences))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.hide()
        self.open_button = QPushButton(open_text)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Masquer ce rappel"))
        self.close_button.setAutoRaise(True)
        line = QHBoxLayout()
        line.setSpacing(6)
        line.addWidget(self.toggle)
        line.addWidget(self.title)
        line.addWidget(self.count)
        line.addWidget(self.first, 1)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addLayout(line)
        texts.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(texts, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.toggle.clicked.connect(self.toggle_details)
        self.open_button.clicked.connect(self.open_requested)
        self.open_button.clicked.connect(self.dismiss)
        self.close_button.clicked.connect(self.dismiss)
        self._show_first()

    @property
    def expanded(self) -> bool:
        return not self.text.isHidden()

    def toggle_details(self) -> None:
        self.set_expanded(not self.expanded)

    def set_expanded(self, expanded: bool) -> None:
        self.text.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self._show_first()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.toggle_details()
        super().mouseReleaseEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_first()

    def _show_first(self) -> None:
        if self.expanded or not self.sentences:
            self.first.clear()
            return
        shown = self.sentences[0] if len(self.sentences) == 1 else self.sentences[0] + " …"
        room = max(self.first.width(), 40)
        self.first.setText(self.first.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, room))

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()
