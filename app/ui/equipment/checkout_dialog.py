"""Check-out: the equipment leaves with its accessories, in a stated condition, against a deposit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.errors import Text
from app.models import DepositMethod
from app.services.equipment import loans
from app.services.money import parse_money, plain_money
from app.ui.equipment.common import Checklist, condition_combo, deposit_explained
from app.ui.equipment.queries import LoanContext
from app.ui.shared.locale_format import to_date
from app.ui.shared.task_dialog import TaskDialog, date_edit
from app.ui.task_runner import TaskRunner


class CheckOutDialog(TaskDialog):
    def __init__(self, runner: TaskRunner, context: LoanContext, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Sortie du matériel"), self.tr("Enregistrer la sortie"), parent)
        self.reservation_id = context.reservation_id
        heading = QLabel(context.equipment_name)
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.body.insertWidget(0, heading)
        self.out_date = date_edit()
        self.accessories = Checklist(context.accessories, checked=True)
        self.condition = condition_combo(context.condition)
        self.deposit = QLineEdit(plain_money(context.deposit_cents))
        self.deposit.setPlaceholderText(self.tr("ex. 150 ; vide : pas de caution"))
        self.method = QComboBox()
        for method, label in (
            (DepositMethod.CHEQUE, self.tr("Chèque")),
            (DepositMethod.CASH, self.tr("Espèces")),
            (DepositMethod.TRANSFER, self.tr("Virement")),
            (DepositMethod.NONE, self.tr("Pas de caution")),
        ):
            self.method.addItem(label, method.value)
        if not context.deposit_cents:
            self.method.setCurrentIndex(self.method.findData(DepositMethod.NONE.value))
        self.cheque_number = QLineEdit()
        self.cheque_number.setPlaceholderText(self.tr("ex. 1234567"))
        self.handed_by = QLineEdit()
        self.handed_by.setPlaceholderText(self.tr("le bénévole qui remet le matériel"))
        self.received_by = QLineEdit()
        self.received_by.setPlaceholderText(self.tr("la personne qui l'emporte"))
        add = self.form.add
        add("out_date", self.tr("Date de sortie"), self.out_date)
        if context.accessories:
            add("accessories", self.tr("Accessoires remis"), self.accessories)
        else:
            self.form.layout_.addRow(self.tr("Accessoires remis"), QLabel(self.tr("aucun accessoire listé")))
        add("condition", self.tr("État au départ"), self.condition)
        add("deposit_cents", self.tr("Caution (€)"), self.deposit)
        self.deposit.setToolTip(deposit_explained())
        add("deposit_method", self.tr("Versée par"), self.method)
        add("cheque_number", self.tr("N° du chèque"), self.cheque_number)
        add("handed_by", self.tr("Remis par"), self.handed_by)
        add("received_by", self.tr("Reçu par"), self.received_by)
        self.method.currentIndexChanged.connect(self._update_cheque)
        self._update_cheque()

    def _update_cheque(self) -> None:
        self.form.set_visible("cheque_number", self.method.currentData() == DepositMethod.CHEQUE.value)
        self.adjustSize()

    def _deposit(self) -> tuple[int | None, str | None]:
        return parse_money(self.deposit.text())

    def check(self) -> dict[str, Text]:
        errors: dict[str, Text] = {}
        cents, error = self._deposit()
        method = self.method.currentData()
        if error:
            errors["deposit_cents"] = error
        elif cents and method == DepositMethod.NONE.value:
            errors["deposit_method"] = self.tr("Indiquez comment la caution est versée.")
        if method == DepositMethod.CHEQUE.value and not self.cheque_number.text().strip():
            errors["cheque_number"] = self.tr("Indiquez le numéro du chèque de caution.")
        return errors

    def work(self) -> Callable[[Any], Any]:
        cents, _ = self._deposit()
        method = self.method.currentData()
        data = loans.CheckOut(
            out_date=to_date(self.out_date.date()),
            condition=self.condition.currentData(),
            accessories=self.accessories.checked(),
            deposit_cents=None if method == DepositMethod.NONE.value else cents,
            deposit_method=method,
            cheque_number=self.cheque_number.text() if method == DepositMethod.CHEQUE.value else "",
            handed_by=self.handed_by.text(),
            received_by=self.received_by.text(),
        )
        reservation_id = self.reservation_id
        # Our own use needs nobody's answer: the service records it with the check-out.
        return lambda s: loans.check_out_reservation(s, reservation_id, data)
