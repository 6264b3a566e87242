"""File ▸ Import and Export of contacts: file choice, preview, then the work in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.contacts import transfer as contact_io
from app.ui.contacts.import_dialog import ImportDialog
from app.ui.task_runner import TaskRunner

LAST_FOLDER_KEY = "ui/last-folder"
VCARD_SUFFIXES = (".vcf", ".vcard")


class ContactTransfer(QObject):
    imported = Signal(int)
    message = Signal(str)

    def __init__(self, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._runner, self._window = runner, window

    def _folder(self) -> str:
        return str(QSettings().value(LAST_FOLDER_KEY, str(Path.home())))

    def _remember(self, path: str) -> None:
        QSettings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))

    # --- import -------------------------------------------------------------------
    def import_contacts(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Importer des contacts"),
            self._folder(),
            self.tr("Contacts (*.csv *.txt *.vcf *.vcard);;Tous les fichiers (*)"),
        )
        if path:
            self._remember(path)
            self.prepare_import(path)

    def prepare_import(self, path: str) -> None:
        """Read and check the file in the background, then show the preview."""
        file = Path(path)

        def prepare(session):
            if file.suffix.lower() in VCARD_SUFFIXES:
                text = file.read_text(encoding="utf-8-sig", errors="replace")
                return contact_io.plan_vcard_import(session, text, file.name), None, None
            table = contact_io.read_table(file)
            mapping = contact_io.guess_mapping(table.headers)
            return contact_io.plan_import(session, table, mapping), table, mapping

        self._runner.run_db(prepare, self._preview, self._import_failed)

    def _preview(self, prepared) -> None:
        plan, table, mapping = prepared
        dialog = ImportDialog(self._runner, plan, table, mapping, self._window)
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self.apply(dialog.plan))
        dialog.open()

    def apply(self, plan: contact_io.ImportPlan) -> None:
        self._runner.run_db(lambda s: contact_io.apply_import(s, plan), self._applied, self._import_failed)

    def _applied(self, result: contact_io.ImportResult) -> None:
        self.message.emit(
            self.tr("Import terminé : {0} personne(s) et {1} organisation(s) créée(s).").format(
                result.created_people, result.created_organisations
            )
        )
        self.imported.emit(result.total)

    def _import_failed(self, error: BaseException) -> None:
        QMessageBox.warning(
            self._window,
            self.tr("Import impossible"),
            self.tr("Le fichier n'a pas pu être importé ; rien n'a été modifié.\n\n{0}").format(error),
        )

    # --- export ---------------------------------------------------------------------
    def export_contacts(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Exporter les contacts"),
            str(Path(self._folder()) / "contacts.csv"),
            self.tr("CSV pour tableur (*.csv);;vCard (*.vcf)"),
        )
        if path:
            self._remember(path)
            self.export_to(path)

    def export_to(self, path: str) -> None:
        target = Path(path)

        def export(session) -> int:
            if target.suffix.lower() in VCARD_SUFFIXES:
                return contact_io.export_contacts_vcard(session, target)
            return contact_io.export_contacts_csv(session, target)

        self._runner.run_db(
            export,
            lambda n: self.message.emit(self.tr("{0} contact(s) exporté(s) vers {1}").format(n, target.name)),
            lambda e: QMessageBox.warning(self._window, self.tr("Export impossible"), str(e)),
        )
