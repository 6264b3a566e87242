"""The page of one need or offer: what it says on the left; on the right, the best suggestions
with their score and their reasons, and the responses with what can be done with each."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import NeedStatus
from app.services.equipment.statuses import STATUS_LABELS as LOAN_LABELS
from app.services.needs.matching import Suggestion
from app.services.needs.response_lines import ResponseLine
from app.ui.needs.common import STATUS_COLOURS, direction_text, kind_text, reason_text, status_text, when_text
from app.ui.needs.queries import Detail
from app.ui.shared.form_fields import ERROR_STYLE
from app.ui.shared.locale_format import colon, quoted, service_text, show_count, show_date
from app.ui.shared.remembered import remember_splitter

ROLE = Qt.ItemDataRole.UserRole
OWNER_ACTIONS = ("edit", "met", "withdraw", "reopen")


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    tree.setRootIsDecorated(True)
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setAlternatingRowColors(True)
    return tree


class DetailView(QWidget):
    back_requested = Signal()
    action_requested = Signal(str)  # "edit", "met", "withdraw", "reopen"
    suggestion_requested = Signal(object)  # the Suggestion to act on
    response_requested = Signal(str, object)  # "accept", "decline", "withdraw"; the ResponseLine

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: Detail | None = None
        self.back_button = QPushButton(self.tr("← Besoins et propositions"))
        self.back_button.setToolTip(self.tr("Revenir à la liste (Échap)"))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.heading.setWordWrap(True)
        labels = {
            "edit": self.tr("Modifier"),
            "met": self.tr("Marquer comme pourvu"),
            "withdraw": self.tr("Retirer"),
            "reopen": self.tr("Rouvrir"),
        }
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        for name in OWNER_ACTIONS:
            button = QPushButton(labels[name])
            button.setObjectName(f"need_{name}")
            button.clicked.connect(lambda _c=False, n=name: self.action_requested.emit(n))
            self.buttons[name] = button
            top.addWidget(button)
        self.note = QLabel()
        self.note.setObjectName("readOnlyLabel")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            "background: #eef1f5; color: #2b4a6f; padding: 6px 8px; "
            "border: 1px solid #c9d3df; border-radius: 3px;"
        )
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.browser = QTextBrowser()
        self.browser.setObjectName("needSummary")
        self.browser.document().setDocumentMargin(12)
        self.suggestions = _tree([self.tr("Score"), self.tr("Piste"), self.tr("Association")])
        self.suggestions.setObjectName("suggestionsTree")
        self.suggestion_button = QPushButton(self.tr("Proposer…"))
        self.suggestion_button.setObjectName("suggestionAction")
        self.suggestions_empty = QLabel()
        self.suggestions_empty.setWordWrap(True)
        self.suggestions_empty.setStyleSheet("color: #555;")
        self.responses = _tree([self.tr("État"), self.tr("Réponse"), self.tr("Association")])
        self.responses.setObjectName("responsesTree")
        self.accept_button = QPushButton(self.tr("Accepter…"))
        self.accept_button.setObjectName("acceptResponse")
        self.decline_button = QPushButton(self.tr("Décliner…"))
        self.withdraw_button = QPushButton(self.tr("Retirer notre réponse"))
        self.responses_empty = QLabel(self.tr("Aucune réponse pour l'instant."))
        self.responses_empty.setStyleSheet("color: #555;")
        self.responses_empty.setWordWrap(True)
        for tree in (self.suggestions, self.responses):  # both fit a laptop at 150 % (a few lines each)
            tree.setMinimumHeight(56)
        suggestion_bar = QHBoxLayout()
        suggestion_bar.addWidget(self.suggestions_empty)
        suggestion_bar.addStretch(1)
        suggestion_bar.addWidget(self.suggestion_button)
        suggestions_box = QWidget()
        box = QVBoxLayout(suggestions_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.suggestions, 1)
        box.addLayout(suggestion_bar)
        response_bar = QHBoxLayout()
        response_bar.addWidget(self.responses_empty, 1)  # wraps only when the pane is narrow
        response_bar.addStretch(0)
        for button in (self.accept_button, self.decline_button, self.withdraw_button):
            response_bar.addWidget(button)
        responses_box = QWidget()
        box = QVBoxLayout(responses_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.responses, 1)
        box.addLayout(response_bar)
        self.suggestions_group = _group(self.tr("Meilleures pistes"), suggestions_box)
        self.responses_group = _group(self.tr("Réponses"), responses_box)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.suggestions_group)
        right.addWidget(self.responses_group)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        splitter = QSplitter()
        splitter.addWidget(self.browser)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        remember_splitter(splitter, "needs/detailSplitter")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self.back_button.clicked.connect(self.back_requested)
        self.suggestions.currentItemChanged.connect(lambda *_a: self._enable_suggestion())
        self.suggestions.itemDoubleClicked.connect(lambda *_a: self._act_on_suggestion())
        self.suggestion_button.clicked.connect(self._act_on_suggestion)
        self.responses.currentItemChanged.connect(lambda *_a: self._enable_responses())
        self.accept_button.clicked.connect(lambda: self._act_on_response("accept"))
        self.decline_button.clicked.connect(lambda: self._act_on_response("decline"))
        self.withdraw_button.clicked.connect(lambda: self._act_on_response("withdraw"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # --- showing -----------------------------------------------------------------------------
    def show_detail(self, detail: Detail) -> None:
        self.detail = detail
        self.say("")
        data = detail.fields
        self.heading.setText(f"{direction_text(data.direction)} · {data.title}")
        if detail.ours:
            self.note.hide()
        else:
            self.note.setText(
                self.tr("Publié par {0} : vous le lisez, seule cette association le modifie. Ci-dessous, ce "
                        "que votre association pourrait lui proposer.").format(detail.owner_name)
            )  # fmt: skip
            self.note.show()
        live = detail.status in (NeedStatus.OPEN.value, NeedStatus.IN_PROGRESS.value)
        self.buttons["edit"].setVisible(detail.ours)
        self.buttons["met"].setVisible(detail.ours and live)
        self.buttons["withdraw"].setVisible(detail.ours and live)
        self.buttons["reopen"].setVisible(detail.ours and not live)
        self.browser.setHtml(self._summary(detail))
        self._fill_suggestions(detail.suggestions)
        self._fill_responses(detail.responses)

    def _summary(self, d: Detail) -> str:
        data = d.fields
        colour = STATUS_COLOURS.get(d.status, "#333")
        lines = [
            (self.tr("Catégorie"), kind_text(data.kind)),
            (self.tr("Quand"), when_text(data.timing, data.start_date, data.end_date, data.recurrence)),
            (self.tr("Où"), self.tr("À distance") if data.remote else d.place_label),
        ]
        if data.quantity:
            lines.append((self.tr("Quantité"), show_count(data.quantity)))
        contact = " · ".join(x for x in (data.contact_name, data.contact_phone, data.contact_email) if x)
        if contact:
            lines.append((self.tr("Contact"), contact))
        audience = ", ".join(d.audience_names) if d.audience_names else self.tr("Tout le réseau")
        lines.append((self.tr("Visible par"), audience))
        if data.expires_on:
            lines.append((self.tr("Expire le"), show_date(data.expires_on)))
        rows = "".join(
            f"<tr><td style='color:#555; padding-right:10px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in lines
        )
        description = escape(data.description).replace("\n", "<br>") if data.description else ""
        return (
            f"<p style='color:#555; margin:0'>{escape(direction_text(data.direction))}</p>"
            f"<h2 style='margin-top:2px; margin-bottom:2px'>{escape(data.title)}</h2>"
            f"<p style='margin-top:0'><b style='color:{colour}'>{escape(status_text(d.status))}</b></p>"
            f"<table cellspacing='0' cellpadding='3'>{rows}</table>"
            + (f"<p>{description}</p>" if description else "")
        )

    def _fill_suggestions(self, found: list[Suggestion]) -> None:
        self.suggestions.clear()
        bold = QFont()
        bold.setBold(True)
        for suggestion in found:
            who = self.tr("Vos contacts") if suggestion.type == "member" else (
                self.tr("Nous") if suggestion.ours else suggestion.owner_name
            )  # fmt: skip
            item = QTreeWidgetItem([f"{suggestion.score} %", self._what(suggestion), who])
            item.setToolTip(1, self._what(suggestion))
            item.setData(0, ROLE, suggestion)
            item.setFont(1, bold)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for reason in suggestion.reasons:
                child = QTreeWidgetItem(["", "• " + reason_text(reason), ""])
                child.setToolTip(1, reason_text(reason))
                child.setForeground(1, QColor("#2b4a6f"))
                item.addChild(child)
            self.suggestions.addTopLevelItem(item)
            item.setExpanded(True)
        if found and (first := self.suggestions.topLevelItem(0)) is not None:
            self.suggestions.setCurrentItem(first)
        self.suggestions_empty.setText(
            ""
            if found
            else self.tr("Aucune piste pour l'instant : d'autres arriveront avec la synchronisation.")
        )
        self._enable_suggestion()

    def _what(self, s: Suggestion) -> str:
        kinds = {
            "equipment": self.tr("Matériel"),
            "practice": self.tr("Pratique"),
            "member": self.tr("Personne"),
            "need": direction_text(s.direction),
        }
        detail = f" ({s.detail})" if s.detail and s.type in ("member", "equipment") else ""
        return colon(kinds.get(s.type, ""), f"{s.title}{detail}")

    def current_suggestion(self) -> Suggestion | None:
        item = self.suggestions.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, ROLE) if item is not None else None

    def _enable_suggestion(self) -> None:
        chosen = self.current_suggestion()
        action = chosen.action if chosen is not None else None
        texts = {
            "propose": self.tr("Proposer…"),
            "respond": self.tr("Répondre…"),
            "reserve": self.tr("Réserver…"),
            "contact": self.tr("Contacter…"),
        }
        self.suggestion_button.setText(texts.get(action or "", self.tr("Proposer…")))
        live = self.detail is not None and self.detail.status in ("open", "in_progress")
        self.suggestion_button.setEnabled(live)
        self.suggestion_button.setVisible(action is not None)  # our own people: nothing to send

    def _act_on_suggestion(self) -> None:
        chosen = self.current_suggestion()
        if chosen is not None and chosen.action is not None and self.suggestion_button.isEnabled():
            self.suggestion_requested.emit(chosen)

    # --- responses ---------------------------------------------------------------------------------
    def _state_text(self, line: ResponseLine) -> str:
        return {
            "proposed": self.tr("En attente"),
            "withdrawn": self.tr("Retirée"),
            "accepted": self.tr("Acceptée"),
            "declined": self.tr("Déclinée"),
        }.get(line.state, line.state)

    def _fill_responses(self, lines: list[ResponseLine]) -> None:
        self.responses.clear()
        for line in lines:
            what = line.resource_label or (self.tr("Notre réponse") if line.ours else self.tr("Une réponse"))
            who = self.tr("Nous → {0}").format(line.other_name) if line.ours else line.other_name
            item = QTreeWidgetItem([self._state_text(line), what, who])
            item.setData(0, ROLE, line)
            colour = {"accepted": "#0b6b0b", "declined": "#b00020", "proposed": "#8a5300"}.get(line.state)
            if colour:
                item.setForeground(0, QColor(colour))
            for text in self._response_facts(line):
                child = QTreeWidgetItem(["", text, ""])
                child.setToolTip(1, text)
                item.addChild(child)
            self.responses.addTopLevelItem(item)
            item.setExpanded(True)
        self.responses_empty.setVisible(not lines)
        if lines and (first := self.responses.topLevelItem(0)) is not None:
            self.responses.setCurrentItem(first)
        self._enable_responses()

    def _response_facts(self, line: ResponseLine) -> list[str]:
        facts = []
        if line.message:
            facts.append(quoted(line.message))
        contact = " · ".join(x for x in (line.contact_name, line.contact_phone, line.contact_email) if x)
        if contact:
            facts.append(self.tr("Contact : {0}").format(contact))
        if line.start_date:
            facts.append(when_text("one_off", line.start_date, line.end_date, ""))
        if line.decision_note:
            facts.append(self.tr("Réponse : {0}").format(line.decision_note))
        if line.reservation_state:
            facts.append(
                self.tr("Réservation : {0}").format(service_text(LOAN_LABELS[line.reservation_state]))
            )
        return facts

    def current_response(self) -> ResponseLine | None:
        item = self.responses.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, ROLE) if item is not None else None

    def _enable_responses(self) -> None:
        line = self.current_response()
        self.accept_button.setVisible(line is not None and line.can_decide)
        self.decline_button.setVisible(line is not None and line.can_decide)
        self.withdraw_button.setVisible(line is not None and line.can_withdraw)

    def _act_on_response(self, action: str) -> None:
        line = self.current_response()
        if line is not None:
            self.response_requested.emit(action, line)
