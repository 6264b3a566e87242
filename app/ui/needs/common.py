"""What the needs screens share: labels of kinds, statuses and directions, the wording of a
suggestion's reasons and of the dates, and a refusal in the user's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.models import NeedDirection, NeedKind, NeedStatus, NeedTiming, Outcome
from app.services.needs.matching import Reason
from app.services.needs.outcomes import OUTCOME_LABELS
from app.services.needs.records import DIRECTION_LABELS, KIND_LABELS, STATUS_LABELS, TIMING_LABELS
from app.ui.shared import messages
from app.ui.shared.locale_format import service_text, show_count, show_date

CONTEXT = "NeedsView"
STATUS_COLOURS = {
    "open": "#0b6b0b",
    "in_progress": "#2f6fba",
    "met": "#555555",
    "expired": "#8a5300",
    "withdrawn": "#777777",
}


def _label(labels: dict, enum_type: type, value: str | None) -> str:
    try:
        return service_text(labels[enum_type(value)])
    except (ValueError, KeyError):
        return value or ""


def kind_text(kind: str | None) -> str:
    return _label(KIND_LABELS, NeedKind, kind)


def status_text(status: str | None) -> str:
    return _label(STATUS_LABELS, NeedStatus, status)


def direction_text(direction: str | None) -> str:
    return _label(DIRECTION_LABELS, NeedDirection, direction)


def timing_text(timing: str | None) -> str:
    return _label(TIMING_LABELS, NeedTiming, timing)


def outcome_text(outcome: str) -> str:
    return _label(OUTCOME_LABELS, Outcome, outcome)


def _t(text: str) -> str:
    """For strings already marked elsewhere (lupdate reads only literal translate calls)."""
    return QCoreApplication.translate("NeedsView", text)


def when_text(timing: str, start: date | None, end: date | None, recurrence: str) -> str:
    if timing == NeedTiming.RECURRING.value:
        if start and end:
            return QCoreApplication.translate("NeedsView", "{0}, du {1} au {2}").format(
                recurrence, show_date(start), show_date(end)
            )
        return recurrence
    if start is None:
        return QCoreApplication.translate("NeedsView", "Sans date")
    if end and end != start:
        return QCoreApplication.translate("NeedsView", "Du {0} au {1}").format(
            show_date(start), show_date(end)
        )
    return QCoreApplication.translate("NeedsView", "Le {0}").format(show_date(start))


def _distance(km: int, where: str, approximate: bool) -> str:
    if km < 1:
        return QCoreApplication.translate("NeedsView", "Dans la même commune ({0})").format(where)
    if approximate:
        return QCoreApplication.translate("NeedsView", "À environ {0} km ({1})").format(show_count(km), where)
    return QCoreApplication.translate("NeedsView", "À {0} km ({1})").format(show_count(km), where)


def _dates(code: str, first: date, last: date) -> str:
    if code == "available":
        if first == last:
            return QCoreApplication.translate("NeedsView", "Libre le {0}, d'après ses réservations").format(
                show_date(first)
            )
        return QCoreApplication.translate(
            "NeedsView", "Libre du {0} au {1}, d'après ses réservations"
        ).format(show_date(first), show_date(last))
    if first == last:
        return QCoreApplication.translate("NeedsView", "Dates compatibles : le {0}").format(show_date(first))
    return QCoreApplication.translate("NeedsView", "Dates compatibles : du {0} au {1}").format(
        show_date(first), show_date(last)
    )


def _responsiveness(days: float, answers: int) -> str:
    if answers == 1:
        said = QCoreApplication.translate("NeedsView", "une réponse")
    else:
        said = QCoreApplication.translate("NeedsView", "{0} réponses").format(show_count(answers))
    if days < 1:
        return QCoreApplication.translate("NeedsView", "Vous a répondu dans la journée ({0})").format(said)
    if round(days) == 1:
        return QCoreApplication.translate("NeedsView", "Vous a répondu en un jour environ ({0})").format(said)
    return QCoreApplication.translate("NeedsView", "Vous a répondu en {0} jours environ ({1})").format(
        show_count(round(days)), said
    )


def _balance(given: int, received: int) -> str:
    return QCoreApplication.translate(
        "NeedsView", "Entre vous : vous l'avez aidée {0} fois, elle vous a aidés {1} fois"
    ).format(show_count(given), show_count(received))


def reason_text(reason: Reason) -> str:
    """One reason of a suggestion, in the user's language."""
    v = reason.values
    if reason.code == "category":
        return QCoreApplication.translate("NeedsView", "Même catégorie : {0}").format(kind_text(v[0]))
    if reason.code == "words":
        return QCoreApplication.translate("NeedsView", "Mots en commun : {0}").format(v[0])
    if reason.code == "distance":
        return _distance(*v)
    if reason.code == "remote":
        return QCoreApplication.translate("NeedsView", "Possible à distance")
    if reason.code in ("dates", "available"):
        return _dates(reason.code, *v)
    if reason.code == "responsiveness":
        return _responsiveness(*v)
    if reason.code == "balance":
        return _balance(*v)
    if reason.code == "volunteer":
        return QCoreApplication.translate("NeedsView", "Bénévole de votre association")
    return reason.code


def error_text(error: BaseException) -> str:
    gone = QCoreApplication.translate(
        "NeedsView", "Cette fiche n'existe plus (elle a peut-être été retirée)."
    )
    return messages.error_text(error, gone)
