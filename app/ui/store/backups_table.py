"""The list of backups the window offers to restore: when, which kind, and what each holds
(read off the backup itself); an unreadable one is shown, greyed, and cannot be chosen."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.services.store.backups import Backup
from app.ui.shared.locale_format import show_count

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class BackupsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("backupsTable")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Sauvegarde"),
                self.tr("Contacts"),
                self.tr("Matériel"),
                self.tr("Pratiques"),
                self.tr("Conventions"),
            ]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def kind_text(self, kind: str) -> str:
        return {
            "daily": self.tr("quotidienne"),
            "migration": self.tr("avant une mise à jour"),
            "sync": self.tr("avant une synchronisation"),
            "replaced": self.tr("remplacée par une restauration"),
            "doubtful": self.tr("douteuse : faite d'un fichier endommagé"),
        }.get(kind, self.tr("autre"))

    def show_backups(self, found: list[Backup]) -> None:
        self.setRowCount(len(found))
        for row, backup in enumerate(found):
            when = QDateTime.fromSecsSinceEpoch(int(backup.made_at.timestamp()))
            counts = backup.counts
            texts = [
                QLocale().toString(when, QLocale.FormatType.ShortFormat),
                self.kind_text(backup.kind) if counts is not None else self.tr("illisible"),
                *(
                    (show_count(counts[key]) for key in ("contacts", "equipment", "practices", "agreements"))
                    if counts is not None
                    else ("",) * 4
                ),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(backup.path))
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not backup.readable:  # unreadable or doubtful: shown, never chosen
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(backup.path.name)
                self.setItem(row, column, item)
        first = next((row for row, b in enumerate(found) if b.readable), -1)
        if first >= 0:
            self.selectRow(first)

    def chosen(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        item = self.item(rows[0].row(), 0) if rows else None
        return item.data(PATH_ROLE) if item is not None else None
