"""The console's language: French first, English second. French sentences are the keys (as with
gettext); their English wording is in catalogue_en.py, the one place to translate. Dates are shown
in the hub's time zone, numbers and sizes in the reader's language."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hub.console.catalogue_en import ENGLISH

log = logging.getLogger("entraide.hub.console")
_DateTime = datetime  # in Translator's body, `datetime` is its method
LANGUAGES = ("fr", "en")
LANGUAGE_COOKIE = "entraide_console_langue"
MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
NBSP = "\u202f"  # French thousands separator (narrow no-break space)
# French puts a space before : ; ? ! and inside « »: a no-break one, so that a line never
# starts with the sign.
_FRENCH_SPACES = {
    " :": "\u00a0:",
    " ;": "\u202f;",
    " ?": "\u202f?",
    " !": "\u202f!",
    "« ": "«\u00a0",
    " »": "\u00a0»",
}


def french_spaces(text: str) -> str:
    for plain, tied in _FRENCH_SPACES.items():
        text = text.replace(plain, tied)
    return text


def N_(text: str) -> str:
    """Marks a French sentence for translation where it is made; translated where it is shown."""
    return text


def Np_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a French sentence and its plural (with {count}) for translation."""
    return singular, plural


def choose_language(cookie: str | None, accept_language: str | None) -> str:
    """The language chosen in the console, else the browser's first of French and English."""
    if cookie in LANGUAGES:
        return cookie
    ranked: list[tuple[float, str]] = []
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        language = tag.strip().lower()[:2]
        if language in LANGUAGES:
            ranked.append((quality, language))
    ranked.sort(key=lambda item: -item[0])
    return ranked[0][1] if ranked else "fr"


def zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown time zone %r: the console shows UTC", name)
        return None


class Translator:
    """Everything a page needs to speak one language: sentences, plurals, dates, numbers."""

    def __init__(self, language: str, timezone: ZoneInfo | None = None) -> None:
        self.language = language if language in LANGUAGES else "fr"
        self.timezone = timezone

    def gettext(self, text: str, **params: object) -> str:
        if self.language == "en":
            found = ENGLISH.get(text)
            if isinstance(found, str):
                text = found
            else:
                log.warning("no English for %r", text)
        else:
            text = french_spaces(text)
        return text.format(**params) if params else text

    def ngettext(self, singular: str, plural: str, count: int, **params: object) -> str:
        """French treats 0 and 1 as singular, English only 1."""
        if self.language == "en":
            found = ENGLISH.get(singular)
            if isinstance(found, tuple):
                singular, plural = found
            else:
                log.warning("no English plural for %r", singular)
            chosen = singular if count == 1 else plural
        else:
            chosen = french_spaces(singular if count <= 1 else plural)
        return chosen.format(count=self.number(count), **params)

    # --- dates ------------------------------------------------------------------------------

    def local(self, moment: datetime) -> datetime:
        """A naive UTC time of the database in the hub's time zone."""
        aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
        return aware.astimezone(self.timezone) if self.timezone else aware

    def datetime(self, moment: datetime | None) -> str:
        if moment is None:
            return ""
        local = self.local(moment)
        if self.language == "en":
            return f"{local.day} {MONTHS['en'][local.month - 1][:3]} {local.year}, {local:%H:%M}"
        return f"{local:%d/%m/%Y à %H:%M}"

    def date(self, day: date | _DateTime | None) -> str:
        if day is None:
            return ""
        if isinstance(day, _DateTime):
            day = self.local(day).date()
        if self.language == "en":
            return f"{day.day} {MONTHS['en'][day.month - 1][:3]} {day.year}"
        return f"{day:%d/%m/%Y}"

    def month(self, key: str) -> str:
        """'2026-03' → 'mars 2026' / 'March 2026'."""
        year, month = key.split("-")
        return f"{MONTHS[self.language][int(month) - 1]} {year}"

    def ago(self, moment: _DateTime | None, now: _DateTime) -> str:
        """How long ago, in words: 'il y a 3 jours', 'à l'instant'."""
        if moment is None:
            return self.gettext("jamais")
        seconds = max(0, int((now - moment).total_seconds()))
        if seconds < 60:
            return self.gettext("à l'instant")
        if seconds < 3600:
            return self.ngettext("il y a {count} minute", "il y a {count} minutes", seconds // 60)
        if seconds < 86400:
            return self.ngettext("il y a {count} heure", "il y a {count} heures", seconds // 3600)
        return self.ngettext("il y a {count} jour", "il y a {count} jours", seconds // 86400)

    # --- numbers ----------------------------------------------------------------------------

    def number(self, value: int) -> str:
        grouped = f"{value:,}"
        return grouped.replace(",", NBSP) if self.language == "fr" else grouped

    def size(self, octets: int | None) -> str:
        if octets is None:
            return ""
        units = ("o", "Ko", "Mo", "Go", "To") if self.language == "fr" else ("B", "KB", "MB", "GB", "TB")
        value, unit = float(octets), 0
        while value >= 1024 and unit < len(units) - 1:
            value, unit = value / 1024, unit + 1
        shown = f"{value:.0f}" if unit == 0 or value >= 100 else f"{value:.1f}"
        if self.language == "fr":
            shown = shown.replace(".", ",")
        return f"{shown}\u00a0{units[unit]}"
