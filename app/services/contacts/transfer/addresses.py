"""A postal address from the columns a file splits it into, whatever their order: Google puts the
town before the postcode, Outlook and Thunderbird too. Written as French mail wants it: the
street lines, then "postcode town" on one line, then the region and the country."""

from __future__ import annotations

import re

from app.services.contacts.transfer.headers import header_key
from app.text import fold

STREET, POSTCODE, TOWN, REGION, COUNTRY = "street", "postcode", "town", "region", "country"
_POSTCODE_WORDS = frozenset({"cp", "postal", "zip", "zipcode", "postcode"})
_TOWN_WORDS = frozenset({"ville", "city", "commune", "localite", "town"})
_REGION_WORDS = frozenset({"region", "state", "departement", "dep"})
_COUNTRY_WORDS = frozenset({"pays", "country"})
_FRANCE = frozenset({"france", "fr", "fra", "france metropolitaine"})
_POSTCODE = re.compile(r"^(\d{4,5}|\d{2} ?\d{3}|[A-Z]{1,2}-?\d{4,5})$")


def address_part(header: str) -> str:
    """Which part of an address a column holds, from its header ("Home ZipCode", "cp_adh")."""
    words = set(re.split(r"[^a-z0-9]+", fold(header)))
    if words & _POSTCODE_WORDS or "codepostal" in header_key(header):
        return POSTCODE
    if words & _COUNTRY_WORDS:  # before the region: "Home Country/Region"
        return COUNTRY
    if words & _TOWN_WORDS:
        return TOWN
    if words & _REGION_WORDS:
        return REGION
    return STREET


def postal_address(parts: list[tuple[str, str]]) -> str:
    """(part, text) of one row, in column order -> the address; "" for a country or a region
    alone (HelloAsso fills "France" in every row)."""
    streets, codes, towns, regions, countries = [], [], [], [], []
    for part, text in parts:
        if part == STREET:
            streets.append(text)
        elif part == POSTCODE:
            codes.append(text)
        elif part == TOWN:
            towns.append(text)
        elif part == REGION:
            regions.append(text)
        else:
            countries.append(text)
    if not (streets or codes or towns):
        return ""
    if codes and all(fold(c) in _FRANCE for c in countries):
        codes = [_french_postcode(c) for c in codes]
    lines = [join_lines(streets), " ".join(codes + towns), *regions, *countries]
    return "\n".join(line for line in lines if line)


def _french_postcode(text: str) -> str:
    return "0" + text if text.isdigit() and len(text) == 4 else text  # stored as a number: 01000


def join_lines(parts: list[str]) -> str:
    """Address columns of unknown parts, in order: a town follows its postcode on the same line."""
    out = ""
    for part in parts:
        if not out:
            out = part
        elif _POSTCODE.match(out.rsplit("\n", 1)[-1]):
            out += " " + part
        else:
            out += "\n" + part
    return out
