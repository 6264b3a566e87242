"""The contacts table, configured once for the Contacts and Corbeille sections."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.ui.contacts.list_model import ContactListModel

COLUMN_WIDTHS = {
    ContactListModel.NAME: 250,
    ContactListModel.KIND: 110,
    ContactListModel.EMAIL: 230,
    ContactListModel.PHONE: 130,
}


def make_contact_table(model: ContactListModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    # Six "Association des parents d'élèves de l'école …" differ by their end: cut in the middle
    # (the whole name is in the cell's tooltip).
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in COLUMN_WIDTHS.items():
        table.setColumnWidth(column, width)
    return table
