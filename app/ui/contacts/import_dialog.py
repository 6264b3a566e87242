"""The import dialog: the columns and what they become (changeable, savable as a named mapping),
what the file will do (checked by a full preview that writes nothing), the duplicate policy with
its counts, what needs attention grouped by reason, then the import with progress and Cancel.

Every run is one background job (ImportJob); a cancelled or failed import writes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.contacts.transfer import (
    FileImport,
    ImportFileError,
    TablePreview,
    apply_columns,
    columns_of,
    preview_file,
)
from app.services.contacts.transfer import profiles as profile_service
from app.ui.contacts.import_job import ImportJob
from app.ui.contacts.import_mapping import MappingTable
from app.ui.contacts.import_texts import (
    counts_text,
    done_text,
    import_button_text,
    policy_texts,
    problem_lines,
)
from app.ui.shared.locale_format import service_text
from app.ui.shared.remembered import remember_dialog_size
from app.ui.task_runner import TaskRunner

RECHECK_DELAY_MS = 400  # after a change of mapping: the next change is often a click away


class ImportDialog(QDialog):
    imported = Signal(object)  # FileImport, once written
    POLICIES = ("skip", "update", "new")

    def __init__(
        self,
        runner: TaskRunner,
        path: Path,
        preview: TablePreview,
        profiles: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.path, self.preview = runner, Path(path), preview
        self.job: ImportJob | None = None
        self.outcome: FileImport | None = None  # the last preview, or the import once done
        self.done_importing = False
        self.setWindowTitle(self.tr("Importer des contacts — {0}").format(self.path.name))
        layout = QVBoxLayout(self)
        layout.addLayout(self._source_row(profiles))
        self.mapping_table = MappingTable()
        self.mapping_table.setVisible(not preview.vcard)
        self.mapping_table.setMinimumHeight(90)  # both lists grow with the dialog, and shrink
        layout.addWidget(self.mapping_table, 4)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self._policy_box())
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(40)
        problems_box = QGroupBox(self.tr("Lignes à revoir"))
        QVBoxLayout(problems_box).addWidget(self.problems)
        layout.addWidget(problems_box, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress, 1)
        layout.addLayout(status_row)
        layout.addWidget(self._buttons())
        self._recheck = QTimer(self, singleShot=True, interval=RECHECK_DELAY_MS)
        self._recheck.timeout.connect(self.analyse)
        self.mapping_table.changed.connect(self._mapping_changed)
        remember_dialog_size(self, "contacts/importDialog", QSize(1000, 700))
        self._show_preview(preview)

    # --- layout ---------------------------------------------------------------------------
    def _source_row(self, profiles: list[str]) -> QHBoxLayout:
        row = QHBoxLayout()
        self.sheet = QComboBox()
        self.sheet.addItems(self.preview.sheets)
        self.sheet.setCurrentText(self.preview.sheet)
        self.sheet_label = QLabel(self.tr("Feuille :"))
        self.sheet.currentTextChanged.connect(self._sheet_changed)
        self.profile = QComboBox()
        self.profile.addItem(self.tr("Reconnue automatiquement"), None)
        for name in profiles:
            self.profile.addItem(name, name)
        self.profile.currentIndexChanged.connect(self._profile_chosen)
        self.save_profile_button = QPushButton(self.tr("Enregistrer la correspondance…"))
        self.save_profile_button.clicked.connect(self.save_profile)
        for widget in (self.sheet_label, self.sheet):
            row.addWidget(widget)
            widget.setVisible(len(self.preview.sheets) > 1)
        self.profile_label = QLabel(self.tr("Correspondance des colonnes :"))
        for other in (self.profile_label, self.profile, self.save_profile_button):
            row.addWidget(other)
            other.setVisible(not self.preview.vcard)
        row.addStretch(1)
        return row

    def _policy_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lignes qui correspondent à un contact déjà présent"))
        self.policy_group = QButtonGroup(self)
        self.policy_buttons: dict[str, QRadioButton] = {}
        row = QVBoxLayout(box)
        for index, policy in enumerate(self.POLICIES):
            button = QRadioButton()
            button.setObjectName(f"policy_{policy}")
            self.policy_group.addButton(button, index)
            self.policy_buttons[policy] = button
            row.addWidget(button)
        self.policy_buttons[self.preview.policy].setChecked(True)  # "update" for a corrected report
        self.policy_group.idToggled.connect(self._policy_toggled)
        return box

    def _buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Importer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.report_button = self.buttons.addButton(
            self.tr("Ouvrir le rapport"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.report_button.hide()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.report_button.clicked.connect(self.open_report)
        self.cancel_button.clicked.connect(self.reject)
        return self.buttons

    # --- the preview ------------------------------------------------------------------
    def _show_preview(self, preview: TablePreview) -> None:
        self.preview = preview
        if not preview.vcard:
            self.mapping_table.show_preview(preview, preview.mapping)
        self.analyse()

    def mapping(self) -> dict[int, str | None] | None:
        return None if self.preview.vcard else self.mapping_table.mapping()

    def policy(self) -> str:
        return self.POLICIES[max(0, self.policy_group.checkedId())]

    def _mapping_changed(self) -> None:
        self._set_busy(self.tr("Nouvelle vérification des lignes…"))
        self._recheck.start()

    def analyse(self) -> None:
        """Run the whole import and roll it back: the counts are what the import will do."""
        if not self.preview.vcard and not any(self.mapping_table.mapping().values()):
            self._stop_job()
            self.outcome = None
            self.summary.setText(self.tr("Aucune colonne n'est importée : choisissez au moins le nom."))
            self._set_idle("")
            self._update_import_button()
            return
        self._run(preview=True)

    def _run(self, *, preview: bool) -> None:
        self._stop_job()
        job = ImportJob(
            self.runner,
            self.path,
            preview=preview,
            parent=self,
            mapping=self.mapping(),
            sheet=self.preview.sheet or None,
            policy="skip" if preview else self.policy(),
        )
        job.progressed.connect(lambda f: self.progress.setValue(int(f * 100)))
        job.finished.connect(lambda result: self._finished(job, result, preview))
        job.cancelled.connect(lambda: self._cancelled(job, preview))
        job.failed.connect(lambda error: self._failed(job, error))
        self.job = job
        self._set_busy(self.tr("Vérification du fichier…") if preview else self.tr("Import en cours…"))
        job.start()

    def _stop_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None

    # --- results ------------------------------------------------------------------------
    def _finished(self, job: ImportJob, result: FileImport, preview: bool) -> None:
        if job is not self.job:
            return  # an answer to a mapping the user has changed since
        self.job, self.outcome = None, result
        self._show_problems(result)
        if preview:
            self._show_counts(result)
            self._set_idle(self.tr("Rien n'est enregistré avant que vous cliquiez sur « Importer »."))
        else:
            self._show_done(result)
            self.imported.emit(result)
        self._update_import_button()

    def _cancelled(self, job: ImportJob, preview: bool) -> None:
        if job is self.job:
            self.job = None
            self._set_idle(self.tr("Import annulé : rien n'a été enregistré.") if not preview else "")
            self._update_import_button()

    def _policy_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._update_import_button()

    def _failed(self, job: ImportJob | None, error: BaseException) -> None:
        if job is not self.job:
            return
        self.job, self.outcome = None, None
        text = (
            error.worded(service_text)
            if isinstance(error, ImportFileError)
            else self.tr("Erreur inattendue : {0}").format(error)
        )
        self.summary.setText(
            self.tr("Le fichier ne peut pas être importé ; rien n'a été modifié.\n{0}").format(text)
        )
        self._set_idle("")
        self._update_import_button()

    def _show_counts(self, result: FileImport) -> None:
        counts = result.outcome.counts
        self.summary.setText(counts_text(counts, self.preview.vcard))
        for policy, text in policy_texts(counts).items():
            self.policy_buttons[policy].setText(text)

    def _show_problems(self, result: FileImport) -> None:
        self.problems.clear()
        self.problems.addItems(problem_lines(result.outcome.summary))

    def _show_done(self, result: FileImport) -> None:
        self.done_importing = True
        self.summary.setText(done_text(result))
        self._set_idle("")
        self.report_button.setVisible(result.report_path is not None)
        self.cancel_button.setText(self.tr("Fermer"))
        self._enable_choices(False)

    def _enable_choices(self, enabled: bool) -> None:
        """The mapping, sheet and policy: closed while the import writes (a change would start a
        new check, stopping the import) and once it is done."""
        for widget in (
            self.mapping_table,
            self.sheet,
            self.profile,
            self.save_profile_button,
            *self.policy_buttons.values(),
        ):
            widget.setEnabled(enabled)

    # --- actions ----------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.outcome is not None and self.job is None and not self.done_importing:
            self._run(preview=False)

    def reject(self) -> None:
        """Esc and Cancel: stop a running import (nothing written) before closing."""
        if self.job is not None and not self.job.stopping and self.status.property("importing"):
            self.job.cancel()
            self.status.setText(self.tr("Annulation…"))
            return
        self._stop_job()
        super().reject()

    def open_report(self) -> None:
        if self.outcome is not None and self.outcome.report_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.report_path)))

    def save_profile(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Enregistrer la correspondance"), self.tr("Nom (ex. Export HelloAsso) :")
        )
        if ok and name.strip():
            self.save_profile_as(name.strip())

    def save_profile_as(self, name: str) -> None:
        columns = columns_of(self.preview.headers, self.mapping_table.mapping())

        def saved(_result: object) -> None:
            if self.profile.findData(name) < 0:
                self.profile.addItem(name, name)
            self.profile.blockSignals(True)
            self.profile.setCurrentIndex(self.profile.findData(name))
            self.profile.blockSignals(False)
            self.status.setText(self.tr("Correspondance « {0} » enregistrée.").format(name))

        self.runner.run_db(lambda s: profile_service.save_profile(s, name, columns), saved)

    def _profile_chosen(self, _index: int) -> None:
        name = self.profile.currentData()
        if name is None:
            self.mapping_table.set_mapping(self.preview.mapping)
            return
        headers = self.preview.headers
        self.runner.run_db(
            lambda s: apply_columns(headers, profile_service.load_profile(s, name)),
            self.mapping_table.set_mapping,
        )

    def _sheet_changed(self, sheet: str) -> None:
        if not sheet or sheet == self.preview.sheet:
            return
        path = self.path
        self._set_busy(self.tr("Lecture de la feuille « {0} »…").format(sheet))
        self.runner.run_net(
            lambda: preview_file(path, sheet), self._show_preview, lambda e: self._failed(self.job, e)
        )

    # --- state --------------------------------------------------------------------------
    def _set_busy(self, text: str) -> None:
        importing = text == self.tr("Import en cours…")
        self.status.setText(text)
        self.status.setProperty("importing", importing)
        if importing:
            self._enable_choices(False)
        self.progress.setValue(0)
        self.progress.show()
        self.import_button.setEnabled(False)

    def _set_idle(self, text: str) -> None:
        self.status.setText(text)
        self.status.setProperty("importing", False)
        self.progress.hide()
        self._enable_choices(not self.done_importing)

    def _update_import_button(self) -> None:
        ready = self.outcome is not None and self.job is None and not self.done_importing
        self.import_button.setEnabled(ready)
        self.import_button.setVisible(not self.done_importing)
        if self.outcome is not None and not self.done_importing:
            text, anything = import_button_text(self.outcome.outcome.counts, self.policy())
            self.import_button.setText(text)
            self.import_button.setEnabled(ready and anything)
