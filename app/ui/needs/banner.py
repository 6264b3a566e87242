"""The start-up banner of the needs and offers: new matches, responses to answer, and "ça s'est
bien passé ?" after an exchange."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.needs.sidebar import Summary
from app.ui.shared.banner import ReminderBanner
from app.ui.shared.locale_format import quoted, show_date

SHOWN = 3  # lines of each kind, the rest is in the section


def _matches(found: Summary) -> list[str]:
    """One line per need or offer: its new matches, the best first."""
    by_posting: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    for line in found.matches:
        by_posting.setdefault(line.posting_id, []).append(line.candidate_title)
        titles[line.posting_id] = line.posting_title
    lines = []
    for posting_id, names in list(by_posting.items())[:SHOWN]:
        shown = ", ".join(quoted(name) for name in names[:2])
        if len(names) > 2:
            shown = QCoreApplication.translate("NeedsBanner", "{0} et {1} autres").format(
                shown, len(names) - 2
            )
        if len(names) == 1:
            text = QCoreApplication.translate("NeedsBanner", "Une nouvelle piste pour « {0} » : {1}.")
        else:
            text = QCoreApplication.translate("NeedsBanner", "{2} nouvelles pistes pour « {0} » : {1}.")
        lines.append(text.format(titles[posting_id], shown, len(names)))
    return lines


def sentences(found: Summary) -> list[str]:
    lines = [
        QCoreApplication.translate("NeedsBanner", "Ça s'est bien passé ? « {0} » avec {1}, le {2}.").format(
            due.title, due.other_name, show_date(due.agreed)
        )
        for due in found.due[:SHOWN]
    ]
    lines += [
        QCoreApplication.translate(
            "NeedsBanner", "{0} vous propose son aide pour « {1} » : répondez-lui."
        ).format(line.other_name, line.target_title)
        for line in found.waiting[:SHOWN]
    ]
    return lines + _matches(found)


def needs_banner(found: Summary) -> ReminderBanner:
    return ReminderBanner(
        QCoreApplication.translate("NeedsBanner", "Besoins et propositions"),
        sentences(found),
        QCoreApplication.translate("NeedsBanner", "Ça s'est bien passé ?")
        if found.due
        else QCoreApplication.translate("NeedsBanner", "Voir"),
    )
