"""A table's text columns share the width again when only their rows change (a refresh that
brings a longer title), not only when the window is resized (app/ui/shared/opening_table.py)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.ui.shared.opening_table import OpeningTable


def test_a_longer_title_in_the_rows_takes_its_share_of_the_width(qtbot):
    model = QStandardItemModel(1, 3)
    for column, text in enumerate(("Fête", "Les Amis du Parc, Vélo Solidaire, Comité des fêtes", "Signée")):
        model.setItem(0, column, QStandardItem(text))
    table = OpeningTable()
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(520, 200)
    table.show()
    table.grow({0: 80, 1: 80})
    qtbot.wait(20)
    header = table.horizontalHeader()
    before = header.sectionSize(0), header.sectionSize(1)
    assert before[1] > before[0]  # the parties need more than the short title
    model.item(0, 0).setText("Prêt de matériel pour la grande fête de quartier des Pentes et du Vieux-Lyon")
    qtbot.waitUntil(lambda: header.sectionSize(0) > before[0])  # dataChanged alone: no resize
    assert header.sectionSize(1) < before[1]  # the room is shared, not added
    shared = header.sectionSize(0), header.sectionSize(1)
    table.fit_columns()
    assert (header.sectionSize(0), header.sectionSize(1)) == shared  # nothing left to share again
