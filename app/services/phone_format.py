"""Phone numbers as people read them: apart from the checks (validation.py), so that the contacts
list can show its first rows without loading them."""

from __future__ import annotations

import phonenumbers

DEFAULT_REGION = "FR"


def format_phone(e164: str | None) -> str:
    """French numbers as "06 12 34 56 78", others in international form."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == DEFAULT_REGION:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
