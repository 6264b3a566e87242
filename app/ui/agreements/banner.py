"""The start-up reminder of agreements that end or renew soon: the equipment's reminder strip
(app/ui/equipment/banner.py), reworded. It never blocks."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QWidget

from app.services.agreements import Reminder
from app.ui.equipment.banner import ReminderBanner
from app.ui.locale_format import show_count, show_date


class AgreementsBanner(ReminderBanner):
    def __init__(self, due: list[Reminder], parent: QWidget | None = None) -> None:
        super().__init__(due, parent)  # type: ignore[arg-type]  # its sentences come from `sentence` below
        self.setObjectName("reminderBanner")
        self.title.setText(self.tr("Conventions à renouveler"))
        self.open_button.setText(self.tr("Voir les conventions"))
        self.close_button.setToolTip(self.tr("Masquer ce rappel"))

    def sentence(self, line: Reminder) -> str:  # type: ignore[override]
        title = f"{line.reference} « {line.title} »"
        if not line.tacit:
            return self.tr("La convention {0} se termine le {1} (dans {2} jours).").format(
                title, show_date(line.ends_on), show_count(line.days_left)
            )
        notice_by, today = line.notice_by or line.ends_on, line.ends_on - timedelta(days=line.days_left)
        if notice_by < today:
            return self.tr(
                "La convention {0} se renouvelle tacitement le {1} ; le préavis pour y mettre fin "
                "a expiré le {2}."
            ).format(title, show_date(line.ends_on), show_date(notice_by))
        return self.tr(
            "La convention {0} se renouvelle tacitement le {1} ; pour y mettre fin, prévenez les "
            "parties avant le {2}."
        ).format(title, show_date(line.ends_on), show_date(notice_by))
