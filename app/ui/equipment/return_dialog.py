"""Return: the condition on coming back, missing accessories, damage, and what becomes of the
deposit (given back, partly kept with the amount and the reason, or kept with the reason)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import Text
from app.models import DepositOutcome
from app.services.equipment import loans
from app.services.money import parse_money
from app.ui.equipment.common import Checklist, condition_combo
from app.ui.equipment.queries import LoanContext
from app.ui.shared.locale_format import show_date, show_money, to_date
from app.ui.shared.task_dialog import TaskDialog, date_edit
from app.ui.task_runner import TaskRunner


class ReturnDialog(TaskDialog):
    def __init__(self, runner: TaskRunner, context: LoanContext, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Retour du matériel"), self.tr("Enregistrer le retour"), parent)
        self.loan_id = context.loan_id
        self.deposit_cents = context.deposit_cents or 0
        heading = QLabel(
            self.tr("<b>{0}</b><br>sorti le {1}, attendu le {2}").format(
                context.equipment_name, show_date(context.out_date), show_date(context.end_date)
            )
        )
        heading.setWordWrap(True)
        self.body.insertWidget(0, heading)
        self.return_date = date_edit()
        if context.out_date is not None:
            out = QDate(context.out_date.year, context.out_date.month, context.out_date.day)
            self.return_date.setDate(max(out, self.return_date.date()))
        self.condition = condition_combo(context.out_condition or context.condition)
        self.missing = Checklist(context.out_accessories, checked=False)
        self.damage = QPlainTextEdit()
        self.damage.setTabChangesFocus(True)
        self.damage.setPlaceholderText(self.tr("ex. rayure sur l'objectif, pied tordu"))
        self.damage.setFixedHeight(self.damage.fontMetrics().lineSpacing() * 3 + 10)
        self.returned = QRadioButton(self.tr("Rendue en entier"))
        self.partly_kept = QRadioButton(self.tr("Retenue en partie"))
        self.kept = QRadioButton(self.tr("Retenue en totalité"))
        self.returned.setChecked(True)
        self.outcome = QButtonGroup(self)
        outcomes = QWidget()
        outcomes_layout = QVBoxLayout(outcomes)
        outcomes_layout.setContentsMargins(0, 0, 0, 0)
        for button, value in (
            (self.returned, DepositOutcome.RETURNED),
            (self.partly_kept, DepositOutcome.PARTLY_KEPT),
            (self.kept, DepositOutcome.KEPT),
        ):
            button.setProperty("outcome", value.value)
            self.outcome.addButton(button)
            outcomes_layout.addWidget(button)
        self.kept_amount = QLineEdit()
        self.kept_amount.setPlaceholderText(self.tr("ex. 40"))
        self.kept_reason = QLineEdit()
        self.kept_reason.setPlaceholderText(self.tr("ex. câble HDMI perdu"))
        self.returned_by = QLineEdit()
        self.returned_by.setPlaceholderText(self.tr("la personne qui rapporte le matériel"))
        self.received_back_by = QLineEdit()
        self.received_back_by.setPlaceholderText(self.tr("le bénévole qui le reçoit"))
        add = self.form.add
        add("return_date", self.tr("Date de retour"), self.return_date)
        add("condition", self.tr("État au retour"), self.condition)
        if context.out_accessories:
            add("missing", self.tr("Accessoires manquants"), self.missing)
        add("damage_notes", self.tr("Dégâts constatés"), self.damage)
        if self.deposit_cents:
            self.form.layout_.addRow(self.tr("Caution versée"), QLabel(show_money(self.deposit_cents)))
            add("deposit_outcome", self.tr("Caution"), outcomes)
            outcomes.setToolTip(
                self.tr(
                    "Ce que devient la caution : rendue en entier, ou gardée en partie "
                    "pour un manque ou une casse."
                )
            )
            add("kept_cents", self.tr("Montant retenu (€)"), self.kept_amount)
            add("kept_reason", self.tr("Raison"), self.kept_reason)
        add("returned_by", self.tr("Rapporté par"), self.returned_by)
        add("received_back_by", self.tr("Reçu par"), self.received_back_by)
        self.outcome.buttonToggled.connect(lambda _b, _on: self._update_outcome())
        self._update_outcome()

    def _choice(self) -> str:
        button = self.outcome.checkedButton()
        return button.property("outcome") if button is not None else DepositOutcome.RETURNED.value

    def _update_outcome(self) -> None:
        if not self.deposit_cents:
            return
        choice = self._choice()
        self.form.set_visible("kept_cents", choice == DepositOutcome.PARTLY_KEPT.value)
        self.form.set_visible("kept_reason", choice != DepositOutcome.RETURNED.value)

    def check(self) -> dict[str, Text]:
        if self._choice() == DepositOutcome.PARTLY_KEPT.value:
            _cents, error = parse_money(self.kept_amount.text())
            if error:
                return {"kept_cents": error}
        return {}

    def work(self) -> Callable[[Any], Any]:
        choice = self._choice() if self.deposit_cents else DepositOutcome.RETURNED.value
        kept, _ = parse_money(self.kept_amount.text())
        data = loans.Return(
            return_date=to_date(self.return_date.date()),
            condition=self.condition.currentData(),
            missing=self.missing.checked(),
            damage_notes=self.damage.toPlainText(),
            deposit_outcome=choice,
            kept_cents=kept if choice == DepositOutcome.PARTLY_KEPT.value else None,
            kept_reason=self.kept_reason.text() if choice != DepositOutcome.RETURNED.value else "",
            returned_by=self.returned_by.text(),
            received_back_by=self.received_back_by.text(),
        )
        loan_id = self.loan_id
        assert loan_id is not None  # the dialog is opened for a loan
        return lambda s: loans.give_back(s, loan_id, data)
