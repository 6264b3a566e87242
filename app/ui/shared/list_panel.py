"""A list with what it says when empty and its count below: the contacts and the catalogue."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def list_panel(table: QWidget, empty_label: QLabel, count_label: QLabel) -> QWidget:
    """The table and its empty message share the space (one of them is hidden)."""
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table, 1)
    layout.addWidget(empty_label, 1)
    layout.addWidget(count_label)
    return panel
