"""A record's short id as the command line accepts it ("n° 3f3ec9de"), selectable, with a button
that copies it: the number a volunteer reads out on the phone or types after `entraide …`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget


class ShortId(QWidget):
    copied = Signal(str)

    def __init__(self, template: str = "", tooltip: str = "", parent: QWidget | None = None) -> None:
        """`template`: how the number reads ("Prêt n° {0}"; "n° {0}" by default)."""
        super().__init__(parent)
        self.value = ""
        self.template = template or self.tr("n° {0}")
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("color: #5b6673;")
        self.label.setToolTip(tooltip)
        self.copy_button = QToolButton()
        self.copy_button.setAutoRaise(True)
        fallback = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        self.copy_button.setIcon(QIcon.fromTheme("edit-copy", fallback))
        self.copy_button.setText(self.tr("Copier"))
        self.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.copy_button.setToolTip(self.tr("Copier ce numéro (la ligne de commande l'accepte)"))
        self.copy_button.setAccessibleName(self.tr("Copier le numéro"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.copy_button)
        layout.addStretch(1)
        self.copy_button.clicked.connect(self.copy)
        self.show_id("")

    def show_id(self, value: str) -> None:
        self.value = value
        self.label.setText(self.template.format(value))
        self.setVisible(bool(value))

    def copy(self) -> None:
        if self.value:
            QGuiApplication.clipboard().setText(self.value)
            self.copied.emit(self.value)
