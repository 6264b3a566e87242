"""The editor's simple tabs: "Général" (title, preamble, purpose; for an amendment what it
changes), "Durée" (start, end date or duration, renewal, notice) and "Signature"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models import Renewal
from app.services.agreements.content import AgreementContent
from app.ui.agreements.common import renewal_text
from app.ui.shared.form_fields import ValidatedForm
from app.ui.shared.optional_date import OptionalDate


def text_box(height: int, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(height)  # predictable rows: the tab scrolls, each box scrolls inside
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    return box


def hint(text: str, width: int = 0) -> QLabel:
    """A grey explanation; `width` keeps a wrapped one from folding into a narrow column."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    label.setMinimumWidth(width)
    return label


class GeneralForm(ValidatedForm):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add("title", self.tr("Titre"), QLineEdit())
        self.line("title").setPlaceholderText(self.tr("Par exemple : Parc de matériel partagé"))
        self.add(
            "amendment_text",
            self.tr("Ce que l'avenant modifie"),
            text_box(
                120,
                self.tr(
                    "Par exemple : L'article 3 est modifié : la convention est prolongée "
                    "jusqu'au 31 décembre."
                ),
            ),
        )
        self.add(
            "context",
            self.tr("Préambule"),
            text_box(
                120,
                self.tr("Pourquoi vos associations coopèrent : leur histoire commune, ce qui les rapproche…"),
            ),
        )
        self.add(
            "purpose",
            self.tr("Objet"),
            text_box(
                120,
                self.tr(
                    "Ce que la convention organise : une fête, un prêt de matériel, une formation commune…"
                ),
            ),
        )
        for row in self.rows.values():
            if isinstance(row.editor, QLineEdit | QPlainTextEdit):
                row.editor.textChanged.connect(self.changed)

    def set_amendment(self, amendment: bool) -> None:
        self.set_visible("amendment_text", amendment)

    def set_values(self, content: AgreementContent) -> None:
        self.blockSignals(True)
        for name in ("title", "amendment_text", "context", "purpose"):
            self.set_text(name, getattr(content, name))
        self.blockSignals(False)

    def read_into(self, content: AgreementContent) -> None:
        for name in ("title", "amendment_text", "context", "purpose"):
            setattr(content, name, self.text(name))


class DurationForm(ValidatedForm):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = OptionalDate(self.tr("à fixer"))
        self.until = QRadioButton(self.tr("Jusqu'au"))
        self.during = QRadioButton(self.tr("Pendant"))
        self.end = OptionalDate(self.tr("à fixer"))
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(12)
        self.months.setSuffix(self.tr(" mois"))
        self.end_group = QButtonGroup(self)
        self.end_group.addButton(self.until)
        self.end_group.addButton(self.during)
        end_box = QWidget()
        end_layout = QVBoxLayout(end_box)
        end_layout.setContentsMargins(0, 0, 0, 0)
        for radio, field in ((self.until, self.end), (self.during, self.months)):
            line = QHBoxLayout()
            radio.setMinimumWidth(90)
            line.addWidget(radio)
            line.addWidget(field)
            line.addStretch(1)
            end_layout.addLayout(line)
        self.renewals: dict[str, QRadioButton] = {}
        self.renewal_group = QButtonGroup(self)
        renewal_box = QWidget()
        renewal_layout = QVBoxLayout(renewal_box)
        renewal_layout.setContentsMargins(0, 0, 0, 0)
        for renewal in Renewal:
            radio = QRadioButton(renewal_text(renewal.value))
            self.renewals[renewal.value] = radio
            self.renewal_group.addButton(radio)
            renewal_layout.addWidget(radio)
        self.notice = QSpinBox()
        self.notice.setRange(0, 365)
        self.notice.setSuffix(self.tr(" jours"))
        self.add("start_date", self.tr("Début"), self.start)
        self.add("end_date", self.tr("Fin"), end_box)
        self.add("renewal", self.tr("Renouvellement"), renewal_box)
        self.add("notice_days", self.tr("Préavis de résiliation"), self.notice)
        self.layout_.addRow(
            "",
            hint(
                self.tr(
                    "Tacite : la convention repart pour la même durée sauf si une partie la dénonce "
                    "avant la fin, "
                    "en respectant le préavis. Entraide vous le rappelle à temps."
                ),
                560,
            ),
        )
        self.start.changed.connect(self.changed)
        self.end.changed.connect(self._end_typed)
        self.months.valueChanged.connect(lambda _v: self._months_typed())
        self.end_group.buttonToggled.connect(self._end_mode)
        self.renewal_group.buttonToggled.connect(self._renewal_toggled)
        self.notice.valueChanged.connect(lambda _v: self.changed.emit())

    def _renewal_toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on:
            self.changed.emit()

    def _end_typed(self) -> None:
        if not self.until.isChecked():
            self.until.setChecked(True)
        self.changed.emit()

    def _months_typed(self) -> None:
        if not self.during.isChecked():
            self.during.setChecked(True)
        self.changed.emit()

    def _end_mode(self, _button: object, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def set_values(self, content: AgreementContent) -> None:
        self.blockSignals(True)
        self.start.set_value(content.start_date)
        self.end.set_value(content.end_date)
        self.months.setValue(content.duration_months or 12)
        (self.during if content.duration_months else self.until).setChecked(True)
        self.renewals.get(content.renewal, self.renewals[Renewal.NONE.value]).setChecked(True)
        self.notice.setValue(content.notice_days)
        self.blockSignals(False)

    def read_into(self, content: AgreementContent) -> None:
        content.start_date = self.start.value()
        by_duration = self.during.isChecked()
        content.end_date = None if by_duration else self.end.value()
        content.duration_months = self.months.value() if by_duration else None
        content.renewal = next(
            (key for key, radio in self.renewals.items() if radio.isChecked()), Renewal.NONE.value
        )
        content.notice_days = self.notice.value()


class SignatureForm(ValidatedForm):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Par exemple : Lyon"))
        self.date = OptionalDate(self.tr("à la main"))
        self.originals = QSpinBox()
        self.originals.setRange(0, 20)
        self.originals.setSpecialValueText(self.tr("un par partie"))
        self.originals.setMinimumWidth(140)
        self.add("signature_place", self.tr("Fait à"), self.place)
        self.add("signature_date", self.tr("Le"), self.date)
        self.add("originals", self.tr("Nombre d'exemplaires"), self.originals)
        self.layout_.addRow(
            "",
            hint(
                self.tr(
                    "Laissez la date « à la main » pour l'écrire au stylo le jour de la signature. "
                    "Chaque partie "
                    "garde un exemplaire original signé."
                ),
                560,
            ),
        )
        self.place.textChanged.connect(self.changed)
        self.date.changed.connect(self.changed)
        self.originals.valueChanged.connect(lambda _v: self.changed.emit())

    def set_values(self, content: AgreementContent) -> None:
        self.blockSignals(True)
        self.place.setText(content.signature_place)
        self.date.set_value(content.signature_date)
        self.originals.setValue(content.originals or 0)
        self.blockSignals(False)

    def read_into(self, content: AgreementContent) -> None:
        content.signature_place = self.place.text()
        content.signature_date = self.date.value()
        content.originals = self.originals.value() or None
