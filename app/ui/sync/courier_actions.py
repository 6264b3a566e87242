"""Synchronisation ▸ the courier files (sync by USB stick): prepare this computer's file, carry
another laptop's, import the hub's answer, name the stick's folder. The work runs on the network
pool (keys come from the keyring); the outcome comes back as a message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.errors import Said
from app.sync import wording
from app.sync.courier import answer, export, relay
from app.sync.engine import MassDeletion, sync_state
from app.ui.shared.locale_format import service_text, show_count
from app.ui.sync.controller import SyncController
from app.ui.sync.courier_menu import MENU as MENU  # re-exported
from app.ui.task_runner import TaskRunner

LAST_FOLDER = "courier/last_folder"


def counts_text(counts: dict[str, int]) -> str:
    """`contact : 12, matériel : 3` (a word and its count: no plural to get wrong)."""
    return ", ".join(
        f"{wording.record_kind(kind, service_text)} : {show_count(n)}" for kind, n in sorted(counts.items())
    )


class CourierActions(QObject):
    def __init__(self, runner: TaskRunner, controller: SyncController, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.runner, self.controller, self.window = runner, controller, parent

    # --- the four actions ------------------------------------------------------------------
    def prepare(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Où écrire le fichier pour le hub ? (la clé USB)"), self._start_folder()
        )
        if not folder:
            return
        self._remember(folder)
        database, paths = self.runner.database, self.controller.paths
        if database is None:
            return
        self.runner.run_net(
            lambda: export.export(database, paths, Path(folder)), self._prepared, self._failed
        )

    def carry(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Fichiers de liaison à transmettre au hub"),
            self._start_folder(),
            self.tr("Fichiers de liaison Entraide (*.entraide)"),
        )
        if chosen:
            self._remember(str(Path(chosen[0]).parent))
            self._carry([Path(p) for p in chosen])

    def _carry(self, sources: list[Path]) -> None:
        database, paths = self.runner.database, self.controller.paths
        if database is None:
            return
        self.runner.run_net(lambda: relay.relay(database, paths, sources), self._carried, self._failed)

    def import_answer(self, *, path: Path | None = None, allow_mass_deletion: bool = False) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Réponse du hub à importer"),
                self._start_folder(),
                self.tr("Fichiers de liaison Entraide (*.entraide)"),
            )
            if not chosen:
                return
            path = Path(chosen)
            self._remember(str(path.parent))
        database, paths, target = self.runner.database, self.controller.paths, path
        if database is None:
            return
        self.runner.run_net(
            lambda: answer.import_answer(database, paths, target, allow_mass_deletion=allow_mass_deletion),
            self._imported,
            lambda error: self._import_failed(error, target),
        )

    def choose_stick(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window,
            self.tr(
                "Dossier de la clé USB : ses fichiers de liaison seront transmis à chaque synchronisation"
            ),
            self._start_folder(),
        )
        if folder:
            self.runner.run_db(
                lambda s: setattr(sync_state(s), "courier_folder", folder),
                lambda _r: self.controller.refresh(),
            )

    # --- outcomes ----------------------------------------------------------------------------
    def _prepared(self, prepared: export.Prepared) -> None:
        what = counts_text(dict(prepared.counts)) or self.tr(
            "aucune modification, seulement les nouveautés à rapporter"
        )
        names = "\n".join(p.name for p in prepared.paths)
        self._say(
            self.tr("Fichier prêt pour le hub"),
            self.tr(
                "{0}\n({1}) — {2}.\n\nConfiez la clé à un ordinateur du réseau qui se connecte ; "
                "il rapportera la réponse à côté du fichier."
            ).format(names, self.size_text(prepared.size), what),
        )
        self.controller.refresh()

    def _carried(self, carried: list[relay.Carried]) -> None:
        lines = []
        for item in carried:
            if item.refused is None:
                lines.append(self.tr("{0} : transmis, réponse écrite à côté.").format(item.source.name))
            else:
                lines.append(
                    self.tr("{0} : refusé — {1}").format(item.source.name, service_text(item.refused))
                )
        self._say(self.tr("Fichiers de liaison"), "\n".join(lines))
        self.controller.refresh()

    def _imported(self, done: answer.Imported) -> None:
        if done.already is not None:
            from app.ui.sync.sync_view import when

            self._say(
                self.tr("Réponse du hub"),
                self.tr("Cette réponse a déjà été importée le {0} : rien n'a changé.").format(
                    when(done.already)
                ),
            )
            return
        report = done.report
        said = self.tr("Envoyées : {0}. Reçues : {1}. Conflits : {2}.").format(
            show_count(report.pushed), show_count(report.pulled), show_count(report.conflicts)
        )
        if done.held_text is not None:
            said += "\n\n" + service_text(done.held_text)
        self._say(self.tr("Réponse du hub importée"), said)
        self.controller.refresh()

    def _import_failed(self, error: BaseException, path: Path) -> None:
        if isinstance(error, MassDeletion):
            confirmed = QMessageBox.warning(
                self.window,
                self.tr("Beaucoup de suppressions"),
                self.tr(
                    "{0}\n\nUne sauvegarde de vos données a été faite avant. Continuer quand même ?"
                ).format(service_text(error.text)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if confirmed == QMessageBox.StandardButton.Yes:
                self.import_answer(path=path, allow_mass_deletion=True)
            return
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        text = service_text(error.text) if isinstance(error, Said) else self.tr("Échec : {0}").format(error)
        QMessageBox.warning(self.window, self.tr("Fichier de liaison"), text)
        self.controller.refresh()

    # --- helpers -----------------------------------------------------------------------------
    def _say(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.open()
        self.last_box = box  # kept for tests and against garbage collection

    def _start_folder(self) -> str:
        chosen: Any = QSettings().value(LAST_FOLDER, "")
        stick = self.controller.info.get("courier_folder")
        return str(stick or chosen or Path.home())

    def size_text(self, size: int) -> str:
        if size < 1024 * 1024:
            return self.tr("{0} Ko").format(show_count(max(1, round(size / 1024))))
        return self.tr("{0} Mo").format(show_count(round(size / 1024 / 1024)))

    @staticmethod
    def _remember(folder: str) -> None:
        QSettings().setValue(LAST_FOLDER, folder)
