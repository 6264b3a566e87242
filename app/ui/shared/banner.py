"""A reminder strip at the top of the window (loans overdue, agreements to renew). It never
blocks: a button opens what it speaks of, a cross hides it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget


class ReminderBanner(QFrame):
    open_requested = Signal()

    def __init__(
        self, title: str, sentences: list[str], open_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet(
            "#reminderBanner { background: #fff4d6; border: 1px solid #e0c27a; "
            "border-radius: 4px; } #reminderBanner QLabel { color: #4a3b12; }"
        )
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: 600;")
        self.text = QLabel("<br>".join(f"• {escape(sentence)}" for sentence in sentences))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton(open_text)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Masquer ce rappel"))
        self.close_button.setAutoRaise(True)
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addLayout(texts, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.open_button.clicked.connect(self.open_requested)
        self.open_button.clicked.connect(self.dismiss)
        self.close_button.clicked.connect(self.dismiss)

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()
