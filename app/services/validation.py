"""Checks and normal forms of what people type: French messages, nothing thrown away."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from stdnum import luhn
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength
from stdnum.fr import siret as stdnum_siret

from app.errors import InvalidInput as InvalidInput  # re-exported: services raise v.InvalidInput
from app.errors import Message, Text
from app.i18n import QT_TRANSLATE_NOOP
from app.services.phone_format import DEFAULT_REGION as DEFAULT_REGION  # re-exported
from app.services.phone_format import format_phone as format_phone  # re-exported

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_RNA = re.compile(r"^W\d{9}$")
TOO_LONG = QT_TRANSLATE_NOOP("entraide", "Trop long : {0} caractères pour {1} au plus.")


@dataclass
class Checked:
    """Normalised values ready for the model, plus the problems found, per field."""

    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, Text] = field(default_factory=dict)
    warnings: dict[str, Text] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    def raise_if_invalid(self) -> None:
        if self.errors:
            raise InvalidInput(self.errors, self.warnings)


def clean(text: str | None) -> str:
    return (text or "").strip()


def check_length(checked: Checked, name: str, text: str, limit: int) -> None:
    if len(text) > limit:
        checked.errors[name] = Message(TOO_LONG, (len(text), limit))


_NAMED_ADDRESS = re.compile(r"<([^<>@\s]+@[^<>\s]+)>")  # "Marie Dupont <marie@exemple.fr>"


def normalise_email(text: str) -> tuple[str | None, str | None]:
    """(value, error). Stored lower-cased so that duplicates are found whatever the case."""
    text = clean(text)
    named = _NAMED_ADDRESS.search(text)
    text = named.group(1) if named else re.sub(r"^mailto:", "", text, flags=re.IGNORECASE)
    if not text:
        return None, None
    if not _EMAIL.match(text):
        return None, QT_TRANSLATE_NOOP(
            "entraide", "Adresse e-mail invalide : il faut un « @ » et un domaine (ex. nom@exemple.fr)."
        )
    return text.lower(), None


# French numbers as people write them: 06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78, 0033 (0)6…
_FRENCH = re.compile(r"^(?:(?:\+|00)\s*33\s*(?:\(0\)\s*)?|0)([1-9](?:[\s.\-]?\d){8})$")
_NOT_DIGIT = re.compile(r"\D")


@functools.lru_cache(maxsize=1024)
def _french_prefix_valid(prefix: str) -> bool:
    """Whether every French number starting with these 4 national digits is valid, as
    phonenumbers says it (its French patterns are a prefix then free digits)."""
    return all(
        phonenumbers.is_valid_number(phonenumbers.parse(f"+33{prefix}{tail}", DEFAULT_REGION))
        for tail in ("00000", "99999")
    )


def normalise_phone(text: str) -> tuple[str | None, str | None]:
    """(E.164 value, error). A number without country code is taken as French."""
    text = clean(text)
    if not text:
        return None, None
    french = _FRENCH.match(text)
    if french:  # the common case, without a full parse (an import checks 100,000 of them)
        digits = _NOT_DIGIT.sub("", french.group(1))
        if _french_prefix_valid(digits[:4]):
            return "+33" + digits, None
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        return None, QT_TRANSLATE_NOOP(
            "entraide", "Numéro de téléphone invalide (ex. 06 12 34 56 78 ou +32 2 511 12 12)."
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


SIRET_MESSAGES = {
    "length": QT_TRANSLATE_NOOP(
        "entraide", "Le SIRET compte 14 chiffres (9 du SIREN puis 5 de l'établissement)."
    ),
    "checksum": QT_TRANSLATE_NOOP(
        "entraide", "Ce SIRET n'existe pas : la clé de contrôle ne correspond pas, vérifiez-le."
    ),
}


@functools.lru_cache(maxsize=4096)  # an import checks each association's SIRET once per member
def check_siret(text: str) -> tuple[str | None, str | None]:
    """(value, problem code: "length" or "checksum"). A SIRET a spreadsheet kept as a number may
    have lost its leading zeros: they are put back when that gives a valid SIRET."""
    digits = re.sub(r"[\s.\-]", "", clean(text))
    if not digits:
        return None, None
    if digits.isdigit() and 9 < len(digits) < 14:
        padded = digits.zfill(14)
        if stdnum_siret.is_valid(padded):
            return padded, None
    try:
        return stdnum_siret.validate(digits), None
    except (InvalidLength, InvalidFormat):
        return None, "length"
    except InvalidChecksum:
        return None, "checksum"


def normalise_siret(text: str) -> tuple[str | None, str | None]:
    value, problem = check_siret(text)
    return value, SIRET_MESSAGES[problem] if problem else None


def is_rna(value: str) -> bool:
    return bool(_RNA.match(value))


_DATE_FORMATS = (
    "%d/%m/%Y",
    "%Y-%m-%d",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%d/%m/%y",
    "%d.%m.%y",
    "%d-%m-%y",
    "%Y/%m/%d",
)


@functools.lru_cache(maxsize=4096)  # a member list repeats its few join dates
def parse_date(text: str) -> date | None:
    """A date as spreadsheets and people write it (15/09/2024, 2024-09-15, 15.09.24…), time ignored."""
    text = clean(text).split(" ")[0].split("T")[0]
    if text.isdigit() and 20_000 < int(text) < 80_000:  # a date cell saved as its Excel serial number
        return date(1899, 12, 30) + timedelta(days=int(text))
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def normalise_rna(text: str) -> tuple[str | None, str | None]:
    """(value, warning): the RNA has no check digit, so a strange one is only a warning."""
    value = re.sub(r"\s", "", clean(text)).upper()
    if not value:
        return None, None
    if not _RNA.match(value):
        return value, QT_TRANSLATE_NOOP(
            "entraide", "Un numéro RNA s'écrit d'ordinaire W suivi de 9 chiffres (ex. W751234567)."
        )
    return value, None


def normalise_website(text: str) -> tuple[str | None, str | None]:
    text = clean(text)
    if not text:
        return None, None
    if "://" not in text:
        text = "https://" + text
    host = text.split("://", 1)[1].split("/", 1)[0]
    if "." not in host or " " in text:
        return None, QT_TRANSLATE_NOOP("entraide", "Adresse de site invalide (ex. www.exemple.fr).")
    return text, None


def make_siret(siren8: str, nic4: str) -> str:
    """A valid SIRET from 8 + 4 digits: the SIREN key, then the SIRET key (both Luhn)."""
    siren = siren8 + luhn.calc_check_digit(siren8)
    return siren + nic4 + luhn.calc_check_digit(siren + nic4)
