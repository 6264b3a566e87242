"""A reminder strip at the top of the window: loans overdue or due soon. It never blocks."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.services.loans import LoanLine
from app.ui.locale_format import show_date


class ReminderBanner(QFrame):
    open_requested = Signal()

    def __init__(self, due: list[LoanLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet(
            "#reminderBanner { background: #fff4d6; border: 1px solid #e0c27a; "
            "border-radius: 4px; } #reminderBanner QLabel { color: #4a3b12; }"
        )
        self.title = title = QLabel(self.tr("Prêts à surveiller"))  # other reminders reword it
        title.setStyleSheet("font-weight: 600;")
        self.text = QLabel("<br>".join(f"• {escape(self.sentence(line))}" for line in due))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton(self.tr("Voir les prêts"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Masquer ce rappel"))
        self.close_button.setAutoRaise(True)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addLayout(texts, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.open_button.clicked.connect(self.open_requested)
        self.open_button.clicked.connect(self.dismiss)
        self.close_button.clicked.connect(self.dismiss)

    def sentence(self, line: LoanLine) -> str:
        if line.status == "overdue":
            return self.tr("En retard : {0} ({1}), attendu le {2}.").format(
                line.equipment_name, line.other_name, show_date(line.end_date)
            )
        return self.tr("À rendre le {0} : {1} ({2}).").format(
            show_date(line.end_date), line.equipment_name, line.other_name
        )

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()
