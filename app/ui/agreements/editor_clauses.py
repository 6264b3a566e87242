"""The editor's "Clauses" tab: each standard article with the agreement's own wording, the way
back to the standard text, the association's saved wordings ("modèles") and saving a new one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import Text
from app.services.agreements import clauses
from app.services.agreements.clauses import SECTIONS, Section
from app.services.agreements.content import AgreementContent
from app.ui.agreements import queries
from app.ui.agreements.common import error_text
from app.ui.agreements.editor_forms import hint, text_box
from app.ui.shared.form_fields import ERROR_STYLE, ValidatedForm
from app.ui.shared.locale_format import service_text
from app.ui.task_runner import TaskRunner

Templates = dict[str, list[tuple[str, str, str]]]  # section -> [(id, name, text)]
DELETE_ENTRY = "\x00delete"  # the templates list's last entry, "Supprimer un modèle…" (no wording holds NUL)


class ClauseBox(QGroupBox):
    """One article: its wording, "Texte standard", the saved wordings, "Enregistrer comme modèle…"."""

    changed = Signal()
    save_requested = Signal(str, str)  # section key, wording
    delete_requested = Signal(str)  # section key

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(service_text(section.title), parent)
        self.section = section
        self.saved: list[tuple[str, str, str]] = []
        self.text = text_box(104)
        self.state = QLabel()
        self.state.setStyleSheet("color: #555;")
        self.standard_button = QPushButton(self.tr("Rétablir le texte standard"))
        self.standard_button.setToolTip(self.tr("Revenir à la rédaction proposée par Entraide"))
        self.templates = QComboBox()
        self.templates.setMinimumContentsLength(18)
        self.save_button = QPushButton(self.tr("Enregistrer comme modèle…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.standard_button)
        buttons.addWidget(self.templates)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.text.textChanged.connect(self._typed)
        self.standard_button.clicked.connect(lambda: self.text.setPlainText(section.standard))
        self.templates.activated.connect(self._apply_template)
        self.save_button.clicked.connect(
            lambda: self.save_requested.emit(section.key, self.text.toPlainText())
        )

    def _typed(self) -> None:
        standard = self.value() == ""
        self.state.setText(
            self.tr("Texte standard d'Entraide")
            if standard
            else self.tr("Rédaction propre à cette convention")
        )
        self.standard_button.setEnabled(not standard)
        self.changed.emit()

    def set_wording(self, text: str) -> None:
        self.text.setPlainText(text or self.section.standard)

    def value(self) -> str:
        """The agreement's own wording, or "" when it is the standard one (which then follows
        Entraide's future improvements)."""
        text = self.text.toPlainText().strip()
        return "" if text == self.section.standard.strip() else text

    def set_templates(self, templates: list[tuple[str, str, str]]) -> None:
        self.saved = templates
        self.templates.clear()
        self.templates.addItem(self.tr("Modèles…") if templates else self.tr("Aucun modèle"), None)
        for _id, name, text in templates:
            self.templates.addItem(name, text)
        if templates:
            self.templates.insertSeparator(self.templates.count())
            self.templates.addItem(self.tr("Supprimer un modèle…"), DELETE_ENTRY)
        self.templates.setEnabled(bool(templates))

    def _apply_template(self, index: int) -> None:
        text = self.templates.itemData(index)
        self.templates.setCurrentIndex(0)
        if text == DELETE_ENTRY:
            self.delete_requested.emit(self.section.key)
        elif text:
            self.text.setPlainText(text)


class ClausesPanel(QWidget):
    changed = Signal()
    message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.form = ValidatedForm()
        self.court = QLineEdit()
        self.court.setPlaceholderText(self.tr("Par exemple : le tribunal judiciaire de Lyon"))
        self.form.add("court", self.tr("Tribunal compétent"), self.court)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.boxes = {section.key: ClauseBox(section) for section in SECTIONS}
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.form)
        inner_layout.addWidget(
            hint(
                self.tr(
                    "Chaque article est imprimé tel qu'il est écrit ici. Deux repères sont remplacés à "
                    "l'impression : {preavis} par le préavis en jours (onglet Durée) et {tribunal} par le "
                    "tribunal compétent ci-dessus."
                )
            )
        )
        inner_layout.addWidget(self.note)
        for box in self.boxes.values():
            inner_layout.addWidget(box)
            box.changed.connect(self.changed)
            box.save_requested.connect(self.save_template)
            box.delete_requested.connect(self.delete_template)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.court.textChanged.connect(self.changed)

    def set_values(self, content: AgreementContent, templates: Templates) -> None:
        self.blockSignals(True)
        self.court.setText(content.court)
        for key, box in self.boxes.items():
            box.set_wording(content.clauses.get(key, ""))
        self.set_templates(templates)
        self.note.hide()
        self.blockSignals(False)

    def set_templates(self, templates: Templates) -> None:
        for key, box in self.boxes.items():
            box.set_templates(templates.get(key, []))

    def read_into(self, content: AgreementContent) -> None:
        content.court = self.court.text()
        content.clauses = {key: box.value() for key, box in self.boxes.items() if box.value()}

    def show_errors(self, errors: dict[str, Text]) -> None:
        self.form.show_problems({k: v for k, v in errors.items() if k == "court"}, {})

    def _say(self, text: str, error: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(ERROR_STYLE if error else "color: #0b6b0b;")
        self.note.show()

    def save_template(self, section_key: str, text: str) -> None:
        """Keep this wording for the next agreements (a template of the same name is replaced)."""
        title = service_text(clauses.section(section_key).title)
        name, ok = QInputDialog.getText(
            self,
            self.tr("Enregistrer comme modèle"),
            self.tr("Nom du modèle pour l'article « {0} » :").format(title),
        )
        if not ok:
            return

        def work(session) -> Templates:
            clauses.save_template(session, section_key, name, text)
            return queries.templates_by_section(session)

        def saved(templates: Templates) -> None:
            self.set_templates(templates)
            self._say(
                self.tr(
                    "Modèle « {0} » enregistré : il est proposé dans « Modèles… » de cet article."
                ).format(name.strip())
            )

        self._runner.run_db(work, saved, lambda e: self._say(error_text(e), error=True))

    def delete_template(self, section_key: str) -> None:
        """To the trash: the Corbeille restores it."""
        saved = self.boxes[section_key].saved
        names = [name for _id, name, _text in saved]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Supprimer un modèle"),
            self.tr("Modèle à mettre à la corbeille (la Corbeille pourra le restaurer) :"),
            names,
            0,
            False,
        )
        if not ok or name not in names:
            return
        template_id = saved[names.index(name)][0]

        def work(session) -> Templates:
            clauses.delete_template(session, template_id)
            return queries.templates_by_section(session)

        def deleted(templates: Templates) -> None:
            self.set_templates(templates)
            self._say(self.tr("Modèle « {0} » mis à la corbeille.").format(name))

        self._runner.run_db(work, deleted, lambda e: self._say(error_text(e), error=True))
