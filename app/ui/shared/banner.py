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
        # Its button as tall as its text: three reminders on a laptop at 150 % took a third of
        # the window's height with the style's full-size buttons.
        self.setStyleSheet(
            "#reminderBanner { background: #fff4d6; border: 1px solid #e0c27a; "
            "border-radius: 4px; } #reminderBanner QLabel, #reminderBanner QToolButton { color: #4a3b12; }"
            "#reminderBanner QPushButton { padding: 1px 10px; border: 1px solid #c9a85a; "
            "border-radius: 3px; background: #fffaf0; color: #4a3b12; }"
            "#reminderBanner QPushButton:hover { background: #ffffff; }"
            "#reminderBanner QPushButton:focus { border: 1px solid #3a6ea5; }"
            "#reminderBanner QToolButton { padding: 0px 2px; border: none; }"
            "#reminderBanner QToolButton:hover { background: #f3e2b0; border-radius: 3px; }"
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
        self._layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 1, 4, 1)
        layout.addLayout(texts, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self._align_buttons()
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
        self._align_buttons()
        self._show_first()

    def _align_buttons(self) -> None:
        """Level with the line of text when folded; at the top of the details when open."""
        where = Qt.AlignmentFlag.AlignTop if self.expanded else Qt.AlignmentFlag.AlignVCenter
        for button in (self.open_button, self.close_button):
            self._layout.setAlignment(button, where)

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
