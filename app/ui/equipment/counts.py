"""The words of the equipment counts, shared by the sidebar and the section's tab: light enough
to load with the window (no equipment layer behind it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.shared.locale_format import show_count


def count_texts(counts: dict[str, int]) -> list[str]:
    """What needs someone: returns overdue (whoever has the equipment), partners' requests to
    answer. Each says what it counts, in the singular or the plural."""
    parts = []
    late, asked = counts.get("overdue", 0), counts.get("requests", 0)
    if late:
        parts.append(
            QCoreApplication.translate("MainWindow", "1 retour en retard")
            if late == 1
            else QCoreApplication.translate("MainWindow", "{0} retours en retard").format(show_count(late))
        )
    if asked:
        parts.append(
            QCoreApplication.translate("MainWindow", "1 demande à traiter")
            if asked == 1
            else QCoreApplication.translate("MainWindow", "{0} demandes à traiter").format(show_count(asked))
        )
    return parts
