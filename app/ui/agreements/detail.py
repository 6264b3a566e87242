"""The detail page of one agreement: its readable summary on the left; on the right what can be
done with it, each action enabled by the agreement's status and by who wrote it, its amendments,
the signed scan and the reminder delay."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models import AgreementStatus
from app.ui.agreements.common import status_text
from app.ui.agreements.queries import Detail
from app.ui.agreements.summary import AgreementSummary
from app.ui.shared.elided_label import ElidedLabel
from app.ui.shared.form_fields import ERROR_STYLE
from app.ui.shared.remembered import remember_splitter
from app.ui.shared.short_id import ShortId

ID_ROLE = Qt.ItemDataRole.UserRole
REMINDER_SAVE_MS = 800


def group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class DetailView(QWidget):
    back_requested = Signal()
    action_requested = Signal(str)  # the name of the action: "edit", "preview", "sign"…
    open_requested = Signal(str)  # an amendment, or the parent agreement
    reminder_changed = Signal(int)

    ACTIONS = (
        "edit",
        "preview",
        "save_pdf",
        "print",
        "send",
        "back_to_draft",
        "sign",
        "open_scan",
        "attach_scan",
        "end",
        "amend",
        "delete",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: Detail | None = None
        self.back_button = QPushButton(self.tr("← Conventions"))
        self.back_button.setToolTip(self.tr("Revenir à la liste (Échap)"))
        self.heading = ElidedLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.owner_label = QLabel()
        self.owner_label.setObjectName("readOnlyLabel")
        self.owner_label.setStyleSheet(
            "background: #eef1f5; color: #2b4a6f; padding: 6px 8px; "
            "border: 1px solid #c9d3df; border-radius: 3px; font-weight: 600;"
        )
        self.owner_label.hide()
        self.problem = QLabel()
        self.problem.setObjectName("detailProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.browser = QTextBrowser()
        self.browser.setObjectName("agreementSummary")
        self.browser.document().setDocumentMargin(16)
        labels = {
            "edit": self.tr("Modifier"),
            "preview": self.tr("Aperçu"),
            "save_pdf": self.tr("Enregistrer en PDF…"),
            "print": self.tr("Imprimer…"),
            "send": self.tr("Envoyer pour signature"),
            "back_to_draft": self.tr("Remettre en brouillon"),
            "sign": self.tr("Marquer comme signée…"),
            "open_scan": self.tr("Ouvrir le scan"),
            "attach_scan": self.tr("Joindre un scan…"),
            "end": self.tr("Terminer la convention…"),
            "amend": self.tr("Nouvel avenant"),
            "delete": self.tr("Supprimer le brouillon"),
        }
        self.buttons: dict[str, QPushButton] = {}
        for name in self.ACTIONS:
            button = QPushButton(labels[name])
            button.setObjectName(f"agreement_{name}")
            button.clicked.connect(lambda _c=False, n=name: self.action_requested.emit(n))
            self.buttons[name] = button
        self.buttons["amend"].setToolTip(
            self.tr(
                "Un avenant modifie une convention signée (une date, un montant, un engagement) sans la "
                "réécrire : il est signé à son tour par les mêmes parties."
            )
        )
        self.buttons["delete"].setStyleSheet("QPushButton:enabled { color: #b00020; }")
        self.number = ShortId(
            tooltip=self.tr(
                "Le numéro de la convention : « entraide agreement-pdf » l'accepte, comme sa référence."
            )
        )
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.number)
        for name in ("preview", "save_pdf", "print"):  # the document's buttons stay in sight
            top.addWidget(self.buttons[name])
        self.scan_label = QLabel()
        self.scan_label.setWordWrap(True)
        self.amendments = QListWidget()
        self.amendments.setObjectName("amendmentsList")
        self.amendments_empty = QLabel(self.tr("Aucun avenant."))
        self.amendments_empty.setStyleSheet("color: #555;")
        self.parent_button = QPushButton()
        self.reminder = QSpinBox()
        self.reminder.setRange(0, 365)
        self.reminder.setSuffix(self.tr(" jours avant la fin"))
        reminder_hint = QLabel(self.tr("Rappel au démarrage d'Entraide"))
        reminder_hint.setStyleSheet("color: #555;")
        b = self.buttons
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.addWidget(
            group(
                self.tr("Étapes"), b["edit"], b["send"], b["back_to_draft"], b["sign"], b["end"], b["delete"]
            )
        )
        side_layout.addWidget(
            group(self.tr("Original signé"), self.scan_label, b["open_scan"], b["attach_scan"])
        )
        self.amendments_box = group(self.tr("Avenants"), self.amendments, self.amendments_empty, b["amend"])
        self.parent_box = group(self.tr("Convention modifiée"), self.parent_button)
        side_layout.addWidget(self.amendments_box)
        side_layout.addWidget(self.parent_box)
        self.reminder_box = group(self.tr("Rappel"), reminder_hint, self.reminder)
        side_layout.addWidget(self.reminder_box)
        side_layout.addStretch(1)
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setWidget(side)
        side_scroll.setMinimumWidth(270)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter()
        splitter.addWidget(self.browser)
        splitter.addWidget(side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 290])
        remember_splitter(splitter, "agreements/detailSplitter")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.owner_label)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setSingleShot(True)
        self._reminder_timer.setInterval(REMINDER_SAVE_MS)
        self._reminder_timer.timeout.connect(lambda: self.reminder_changed.emit(self.reminder.value()))
        self.reminder.valueChanged.connect(lambda _v: self._reminder_timer.start())
        self.back_button.clicked.connect(self.back_requested)
        self.amendments.itemActivated.connect(lambda item: self.open_requested.emit(item.data(ID_ROLE)))
        self.parent_button.clicked.connect(
            lambda: self.detail and self.detail.parent_id and self.open_requested.emit(self.detail.parent_id)
        )

    def say(self, text: str) -> None:
        """A refusal (what is missing before signing…), until the next agreement is shown."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def show_detail(self, detail: Detail) -> None:
        same = self.detail is not None and self.detail.id == detail.id
        if not same:
            self.say("")
        scroll = self.browser.verticalScrollBar().value()
        self.detail = detail
        self.heading.setText(f"{detail.reference} · {detail.content.title or self.tr('(Sans titre)')}")
        self.number.show_id(detail.short_id)
        self.browser.setHtml(AgreementSummary().html(detail))
        if same:
            self.browser.verticalScrollBar().setValue(scroll)
        self.owner_label.setText(
            self.tr("Rédigée par une autre association ({0}) : lecture seule").format(detail.owner_name)
        )
        self.owner_label.setVisible(not detail.ours)
        self.scan_label.setText(
            self.tr("Scan joint : {0}").format(detail.scan_name)
            if detail.scan_name
            else self.tr("Aucun scan joint.")
        )
        self.amendments.clear()
        for row in detail.amendments:
            item = QListWidgetItem(f"{row.reference} · {status_text(row.status)}")
            item.setData(ID_ROLE, row.id)
            item.setToolTip(self.tr("{0} — ouvrir l'avenant (double-clic ou Entrée)").format(row.title))
            self.amendments.addItem(item)
        rows = min(max(len(detail.amendments), 1), 5)  # as tall as its lines, up to five
        self.amendments.setFixedHeight(rows * (self.amendments.fontMetrics().height() + 6) + 8)
        self.amendments.setVisible(bool(detail.amendments))
        self.amendments_empty.setVisible(not detail.amendments)
        self.amendments_box.setVisible(not detail.is_amendment)
        self.parent_box.setVisible(detail.is_amendment)
        self.parent_button.setText(self.tr("Ouvrir {0}").format(detail.parent_reference))
        self.reminder.blockSignals(True)
        self.reminder.setValue(detail.reminder_days)
        self.reminder.blockSignals(False)
        self.reminder_box.setVisible(not detail.is_amendment)
        self._enable(detail)

    def _enable(self, d: Detail) -> None:
        """What each status allows; another association's agreement is read, printed and scanned only."""
        status, ours = d.status, d.ours
        draft, sent = status == AgreementStatus.DRAFT.value, status == AgreementStatus.SENT.value
        signed = status == AgreementStatus.SIGNED.value
        allowed = {
            "edit": ours and draft,
            "send": ours and draft,
            "back_to_draft": ours and sent,
            "sign": ours and (draft or sent),
            "end": ours and signed and not d.is_amendment,
            "amend": ours and (sent or signed) and not d.is_amendment,
            "delete": ours and draft,
            "open_scan": d.scan_name is not None,
            "attach_scan": status != AgreementStatus.DRAFT.value,
            "preview": True,
            "save_pdf": True,
            "print": True,
        }
        for name, button in self.buttons.items():
            button.setEnabled(allowed[name])
        self.buttons["attach_scan"].setText(
            self.tr("Remplacer le scan…") if d.scan_name else self.tr("Joindre un scan…")
        )
        self.reminder.setEnabled(ours)
        not_ours = self.tr("Seule l'association qui a rédigé la convention la modifie ou la fait avancer.")
        for name in ("edit", "send", "back_to_draft", "sign", "end", "amend", "delete"):
            self.buttons[name].setToolTip("" if ours else not_ours)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)
