"""An error nobody caught, shown once in French with a report a volunteer can copy and send.

Every uncaught exception (any thread, a Qt slot, a background job without its own error
handling) is logged with its traceback by app/logs/setup.py and handed here; the dialog opens
on the GUI thread. Errors that repeat never stack dialogs: while one is open the others are
counted in it, an error already shown is not shown again, and after MAX_DIALOGS the log alone
keeps them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.logs.setup import ErrorReport, describe, install_excepthooks, log_file

MAX_DIALOGS = 3  # per session: an application that keeps failing says so, then only logs
COPIED_MS = 2000


def open_log_folder() -> bool:
    """Aide ▸ Ouvrir le dossier du journal, and the dialog's button: the system's file manager."""
    folder = log_file().parent
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class UnexpectedErrorDialog(QDialog):
    def __init__(self, report: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.repeats = 0
        self.setWindowTitle(self.tr("Entraide : erreur inattendue"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(
            self.tr(
                "<b>Une erreur inattendue s'est produite.</b><br>Ce que vous étiez en train de faire n'a "
                "peut-être pas abouti ; le reste de vos données n'est pas touché. Vous pouvez continuer, "
                "ou redémarrer Entraide si l'erreur revient.<br><br>Pour obtenir de l'aide, copiez le "
                "rapport et envoyez-le à la personne qui vous aide. Il ne contient ni nom, ni adresse, "
                "ni numéro de téléphone."
            )
        )
        text.setWordWrap(True)
        where = QLabel(self.tr("Le journal est ici : {0}").format(log_path))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.repeated = QLabel()
        self.repeated.setWordWrap(True)
        self.repeated.hide()
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.hide()
        self.show_details = QPushButton(self.tr("Voir le rapport"))
        self.show_details.setCheckable(True)
        self.show_details.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("Copier le rapport"))
        self.copy_button.clicked.connect(self.copy_report)
        self.copy_button.setDefault(True)
        folder = QPushButton(self.tr("Ouvrir le dossier du journal"))
        folder.clicked.connect(open_log_folder)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_details)
        buttons.addStretch(1)
        for button in (self.copy_button, folder, close):
            buttons.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(icon)
        message = QVBoxLayout()
        for widget in (text, where, self.repeated):
            message.addWidget(widget)
        top.addLayout(message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self.copy_button.setFocus()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Rapport copié"))
        QTimer.singleShot(COPIED_MS, self, lambda: self.copy_button.setText(self.tr("Copier le rapport")))

    def add_repeat(self) -> None:
        """Another error while this one is shown: counted here, kept in the log."""
        self.repeats += 1
        self.repeated.setText(
            self.tr("Une autre erreur s'est produite depuis : le journal la garde.")
            if self.repeats == 1
            else self.tr("{0} autres erreurs se sont produites depuis : le journal les garde.").format(
                self.repeats
            )
        )
        self.repeated.show()
        self.adjustSize()

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.show_details.setText(self.tr("Masquer le rapport") if shown else self.tr("Voir le rapport"))
        self.adjustSize()


class ErrorReporter(QObject):
    """Receives uncaught errors from any thread and shows them on the GUI thread."""

    _arrived = Signal(object)  # ErrorReport

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: UnexpectedErrorDialog | None = None
        self.shown: set[str] = set()
        self.dialogs = 0
        self._arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, report: ErrorReport) -> None:
        """Thread-safe: the dialog is made on the GUI thread."""
        self._arrived.emit(report)

    @Slot(object)
    def report_exception(self, error: BaseException) -> None:
        """A background job failed with no handler of its own (TaskRunner.unhandled_error):
        the runner has logged it already."""
        self._show(describe(error, "background job"))

    @Slot(object)
    def _show(self, report: ErrorReport) -> None:
        if self.dialog is not None:
            self.dialog.add_repeat()
            return
        if report.signature in self.shown or self.dialogs >= MAX_DIALOGS:
            return  # said already: the log keeps every occurrence
        self.shown.add(report.signature)
        self.dialogs += 1
        self.dialog = UnexpectedErrorDialog(report.text, log_file(), QApplication.activeWindow())
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self) -> None:
        self.dialog = None


def install_error_reporter(parent: QObject) -> ErrorReporter:
    """From now on, uncaught errors of any thread are logged and shown by one dialog."""
    reporter = ErrorReporter(parent)
    install_excepthooks(reporter.report)
    return reporter
