"""The start-up reminder of loans overdue or due back soon."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.equipment.loans import LoanLine
from app.ui.shared.banner import ReminderBanner
from app.ui.shared.locale_format import show_date

CONTEXT = "ReminderBanner"


def sentence(line: LoanLine) -> str:
    if line.status == "overdue":
        return QCoreApplication.translate("ReminderBanner", "En retard : {0} ({1}), attendu le {2}.").format(
            line.equipment_name, line.other_name, show_date(line.end_date)
        )
    return QCoreApplication.translate("ReminderBanner", "À rendre le {0} : {1} ({2}).").format(
        show_date(line.end_date), line.equipment_name, line.other_name
    )


def loans_banner(due: list[LoanLine]) -> ReminderBanner:
    return ReminderBanner(
        QCoreApplication.translate("ReminderBanner", "Prêts à surveiller"),
        [sentence(line) for line in due],
        QCoreApplication.translate("ReminderBanner", "Voir les prêts"),
    )
