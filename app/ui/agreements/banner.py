"""The start-up reminder of agreements that end or renew soon."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from app.services.agreements.records import Reminder
from app.ui.shared.banner import ReminderBanner
from app.ui.shared.locale_format import show_count, show_date

CONTEXT = "AgreementsBanner"


def sentence(line: Reminder) -> str:
    title = f"{line.reference} « {line.title} »"
    if not line.tacit:
        return QCoreApplication.translate(
            "AgreementsBanner", "La convention {0} se termine le {1} (dans {2} jours)."
        ).format(title, show_date(line.ends_on), show_count(line.days_left))
    notice_by, today = line.notice_by or line.ends_on, line.ends_on - timedelta(days=line.days_left)
    if notice_by < today:
        return QCoreApplication.translate(
            "AgreementsBanner",
            "La convention {0} se renouvelle tacitement le {1} ; le préavis pour y mettre fin "
            "a expiré le {2}.",
        ).format(title, show_date(line.ends_on), show_date(notice_by))
    return QCoreApplication.translate(
        "AgreementsBanner",
        "La convention {0} se renouvelle tacitement le {1} ; pour y mettre fin, prévenez les "
        "parties avant le {2}.",
    ).format(title, show_date(line.ends_on), show_date(notice_by))


def agreements_banner(due: list[Reminder]) -> ReminderBanner:
    return ReminderBanner(
        QCoreApplication.translate("AgreementsBanner", "Conventions à renouveler"),
        [sentence(line) for line in due],
        QCoreApplication.translate("AgreementsBanner", "Voir les conventions"),
    )
