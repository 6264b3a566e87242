"""The Synchronisation section: link to the hub, state, last sync, pending changes, progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.sync import wording
from app.sync.courier.journal import Entry
from app.sync.quarantine import QuarantinedRecord
from app.ui.shared.flow_layout import FlowLayout
from app.ui.shared.locale_format import service_text, show_count
from app.ui.sync.controller import SyncController


def when(value: Any) -> str:
    from PySide6.QtCore import QDateTime, QLocale

    if value is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


class SyncView(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        title = QLabel(self.tr("Synchronisation"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.link = QLabel()
        self.state = QLabel()
        self.last = QLabel()
        self.pending = QLabel()
        self.conflicts = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Hub"), self.link)
        form.addRow(self.tr("État"), self.state)
        form.addRow(self.tr("Dernière synchronisation réussie"), self.last)
        form.addRow(self.tr("Modifications en attente d'envoi"), self.pending)
        form.addRow(self.tr("Conflits à régler"), self.conflicts)
        self.quarantined = QLabel()
        form.addRow(self.tr("Fiches reçues mises de côté"), self.quarantined)
        # What this computer could not apply: the sync went on without it, and takes it again
        # as soon as a corrected version arrives.
        self.quarantine_intro = QLabel(
            self.tr(
                "Ces fiches reçues du hub n'ont pas pu être enregistrées sur cet ordinateur ; tout le "
                "reste a été synchronisé. Elles seront reprises dès qu'une version corrigée arrivera "
                "(prévenez l'association qui les a écrites)."
            )
        )
        self.quarantine_intro.setWordWrap(True)
        self.quarantine_list = QTreeWidget()
        self.quarantine_list.setHeaderLabels([self.tr("Fiche"), self.tr("Reçue le"), self.tr("Raison")])
        self.quarantine_list.setRootIsDecorated(False)
        self.quarantine_list.setMaximumHeight(180)
        self.quarantine_list.header().setStretchLastSection(True)
        # Sync by USB stick: the folder named as the stick, and the files of late.
        self.stick = QLabel()
        self.stick.setWordWrap(True)
        form.addRow(self.tr("Dossier de la clé USB"), self.stick)
        self.courier_title = QLabel(self.tr("Fichiers de liaison (clé USB)"))
        self.courier_title.setStyleSheet("font-weight: 600;")
        self.courier_list = QTreeWidget()
        self.courier_list.setHeaderLabels(
            [self.tr("Date"), self.tr("Quoi"), self.tr("Taille"), self.tr("Fichier")]
        )
        self.courier_list.setRootIsDecorated(False)
        self.courier_list.setMaximumHeight(160)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # may quote the hub's own words: never markup
        self.error.setStyleSheet("color: #b00020;")
        self.warning = QLabel(
            self.tr(
                "Aucun trousseau système n'est disponible : le jeton de cet ordinateur est gardé dans un "
                "fichier que vous seul pouvez lire, dans le dossier des données."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5300;")
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.sync_button = QPushButton(self.tr("Synchroniser maintenant"))
        self.sync_button.setToolTip(self.tr("Synchroniser maintenant (F5)"))
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.hide()
        self.enroll_button = QPushButton(self.tr("Relier cet ordinateur au hub…"))
        self.prepare_button = QPushButton(self.tr("Préparer un fichier pour le hub…"))
        self.prepare_button.setToolTip(
            self.tr(
                "Sans connexion : vos modifications sur une clé USB, "
                "qu'un autre ordinateur du réseau transmettra"
            )
        )
        self.import_button = QPushButton(self.tr("Importer la réponse du hub…"))
        # The three occasional actions wrap onto a second line on a narrow screen; syncing stays right.
        occasional = QWidget()
        flow = FlowLayout(occasional)
        flow.setContentsMargins(0, 0, 0, 0)
        flow.add_widgets(self.enroll_button, self.prepare_button, self.import_button)
        buttons = QHBoxLayout()
        buttons.addWidget(occasional, 1)
        buttons.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.quarantine_intro)
        layout.addWidget(self.quarantine_list)
        layout.addWidget(self.courier_title)
        layout.addWidget(self.courier_list)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.sync_button.clicked.connect(lambda: controller.sync_now())
        self.cancel_button.clicked.connect(controller.cancel)
        controller.status_changed.connect(self.show_status)
        controller.started.connect(self._started)
        controller.progress.connect(self._progress)
        controller.finished.connect(lambda _r: self._stopped(""))
        controller.failed.connect(self._stopped)
        self.show_status({})

    def show_status(self, info: dict[str, Any]) -> None:
        enrolled = bool(info.get("hub_url"))
        self.intro.setText(
            self.tr(
                "Tout est enregistré sur cet ordinateur. Quand une connexion existe, Entraide envoie vos "
                "modifications au hub du réseau et reçoit celles des autres, toutes les cinq minutes et "
                "dès que la connexion revient."
            )
            if enrolled
            else self.tr(
                "Cet ordinateur n'est pas encore relié au hub du réseau. Tout fonctionne sans lui ; pour "
                "partager avec les autres postes et associations, reliez-le avec le code que vous donne "
                "l'administrateur du hub."
            )
        )
        association = info.get("association")
        self.link.setText(
            f"{info['hub_url']} — {association}"
            if enrolled and association
            else info.get("hub_url") or self.tr("aucun")
        )
        online = info.get("online")
        self.state.setText(
            self.tr("synchronisation en cours…")
            if info.get("syncing")
            else self.tr("en ligne")
            if online
            else self.tr("hors ligne : les modifications attendent la connexion")
            if online is False
            else self.tr("inconnu")
        )
        self.last.setText(when(info.get("last_sync_at")) or self.tr("jamais"))
        self.pending.setText(show_count(info.get("pending", 0)))
        self.conflicts.setText(show_count(info.get("conflicts", 0)))
        self._show_quarantine(info.get("quarantined") or [])
        self._show_courier(info.get("courier") or [], info.get("courier_folder"))
        self.prepare_button.setEnabled(enrolled)
        self.import_button.setEnabled(enrolled)
        self.sync_button.setEnabled(enrolled and not info.get("syncing"))
        self.enroll_button.setText(
            self.tr("Relier à un autre hub…") if enrolled else self.tr("Relier cet ordinateur au hub…")
        )
        self.warning.setVisible(enrolled and bool(info.get("token_in_file")))
        if info.get("last_error") and not self.error.text():
            self.error.setText(service_text(info["last_error"]))

    def _show_quarantine(self, held: list[QuarantinedRecord]) -> None:
        self.quarantined.setText(show_count(len(held)))
        self.quarantine_intro.setVisible(bool(held))
        self.quarantine_list.setVisible(bool(held))
        self.quarantine_list.clear()
        for record in held:
            reason = wording.describe_all(record.problems, service_text)
            row = QTreeWidgetItem(
                [
                    f"{wording.record_kind(record.entity_type, service_text)} {record.record_id[:8]}…",
                    when(record.created_at),
                    reason,
                ]
            )
            row.setToolTip(0, record.record_id)
            row.setToolTip(2, reason)
            self.quarantine_list.addTopLevelItem(row)
        self.quarantine_list.resizeColumnToContents(0)
        self.quarantine_list.resizeColumnToContents(1)

    def _show_courier(self, entries: list[Entry], folder: str | None) -> None:
        self.stick.setText(
            folder
            or self.tr(
                "aucun (Synchronisation ▸ Dossier de la clé USB… : ses fichiers sont transmis "
                "à chaque synchronisation)"
            )
        )
        self.courier_title.setVisible(bool(entries))
        self.courier_list.setVisible(bool(entries))
        self.courier_list.clear()
        kinds = {
            "prepared": self.tr("préparé pour le hub"),
            "carried": self.tr("transmis pour un autre ordinateur"),
            "imported": self.tr("réponse importée"),
        }
        for entry in entries:
            size = show_count(max(1, round(entry.size / 1024)))
            self.courier_list.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        when(entry.at),
                        kinds.get(entry.kind, entry.kind),
                        self.tr("{0} Ko").format(size),
                        entry.name,
                    ]
                )
            )
        for column in (0, 1, 2):
            self.courier_list.resizeColumnToContents(column)

    def _started(self) -> None:
        self.error.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.sync_button.setEnabled(False)

    def _progress(self, step: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, done, 1))
        self.progress.setValue(done)
        label = self.tr("Envoi") if step == "push" else self.tr("Réception")
        self.progress.setFormat(f"{label} : %v / %m")

    def _stopped(self, error: str) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.error.setText(error)
