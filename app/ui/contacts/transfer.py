"""File ▸ Import and Export of contacts: the file choice, the import dialog, the export in the
background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.contacts import transfer as contact_io
from app.services.contacts.transfer import profiles as profile_service
from app.ui.contacts.import_dialog import ImportDialog
from app.ui.contacts.import_texts import counted
from app.ui.task_runner import TaskRunner

LAST_FOLDER_KEY = "ui/last-folder"
VCARD_SUFFIXES = (".vcf", ".vcard")


class ContactTransfer(QObject):
    imported = Signal(int)
    message = Signal(str)

    def __init__(self, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._runner, self._window = runner, window
        self.last_dialog: ImportDialog | None = None

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
            self.tr(
                "Listes de contacts (*.csv *.txt *.xlsx *.xls *.ods *.vcf *.vcard);;"
                "Classeurs (*.xlsx *.xls *.ods);;CSV (*.csv *.txt);;vCard (*.vcf *.vcard);;"
                "Tous les fichiers (*)"
            ),
        )
        if path:
            self._remember(path)
            self.prepare_import(path)

    def prepare_import(self, path: str) -> None:
        """Read the header and first rows in the background, then open the dialog."""
        file = Path(path)

        def prepare(session):
            return contact_io.preview_file(file), profile_service.list_profiles(session)

        self._runner.run_db(prepare, lambda prepared: self._open_dialog(file, *prepared), self._import_failed)

    def _open_dialog(self, path: Path, preview: contact_io.TablePreview, profiles: list[str]) -> None:
        dialog = ImportDialog(self._runner, path, preview, profiles, self._window)
        self.last_dialog = dialog
        dialog.imported.connect(self._imported)
        dialog.open()

    def _imported(self, result: contact_io.FileImport) -> None:
        c = result.outcome.counts
        self.message.emit(
            self.tr("Import terminé : {0} et {1}.").format(
                counted(c.created_people, self.tr("{0} personne créée"), self.tr("{0} personnes créées")),
                counted(
                    c.created_organisations,
                    self.tr("{0} organisation créée"),
                    self.tr("{0} organisations créées"),
                ),
            )
        )
        self.imported.emit(c.created + c.completed)

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
            lambda n: self.message.emit(
                counted(
                    n,
                    self.tr("{0} contact exporté vers {1}"),
                    self.tr("{0} contacts exportés vers {1}"),
                    target.name,
                )
            ),
            lambda e: QMessageBox.warning(self._window, self.tr("Export impossible"), str(e)),
        )
