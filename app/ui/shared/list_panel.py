"""A list with what it says when empty and its count below: the contacts, the catalogue, the
conflicts and the trash. An empty list always says what would be there, or why nothing is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def list_panel(table: QWidget, empty_label: QLabel, count_label: QLabel | None = None) -> QWidget:
    """The table and its empty message share the space (one of them is hidden)."""
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table, 1)
    layout.addWidget(empty_label, 1)
    if count_label is not None:
        layout.addWidget(count_label)
    return panel


def empty_label(name: str, text: str = "") -> QLabel:
    """The message an empty list shows in its place, centred; hidden until the list is empty."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setContentsMargins(40, 20, 40, 20)
    label.setStyleSheet("color: #555; font-size: 11pt;")
    label.hide()
    return label


def show_rows(table: QWidget, empty: QLabel, rows: int, text: str) -> None:
    """`rows` found: the table; none: the message `text` (what would be there, or why not)."""
    empty.setText(text)
    empty.setVisible(rows == 0)
    table.setVisible(rows > 0)
