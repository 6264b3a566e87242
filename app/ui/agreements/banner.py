"""The start-up reminder of agreements that end or renew soon."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.agreements.reminders import Reminder
from app.ui.shared.banner import ReminderBanner
from app.ui.shared.locale_format import service_text

CONTEXT = "AgreementsBanner"


def agreements_banner(due: list[Reminder]) -> ReminderBanner:
    return ReminderBanner(
        QCoreApplication.translate("AgreementsBanner", "Conventions à renouveler"),
        [service_text(line.message()) for line in due],
        QCoreApplication.translate("AgreementsBanner", "Voir les conventions"),
    )
