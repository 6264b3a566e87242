"""Contacts to vCard 4.0 (RFC 6350): CRLF, lines folded at 75 octets, text escaped."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from app.files import replace_atomically
from app.models import RoleKind
from app.services.contacts.records import ROLE_LABELS
from app.services.contacts.transfer.export_query import ExportedContact, iter_contacts
from app.services.contacts.transfer.vcard import X_ORG_KIND, X_RNA, X_SIRET
from app.text import split_tags

MAX_OCTETS = 75


def escape(value: str) -> str:
    """Text value escaping: backslash, comma, semicolon and line breaks."""
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold_line(line: str) -> str:
    """Cut a content line so that no physical line exceeds 75 octets (never inside a UTF-8
    character); continuation lines start with a space. Ends with CRLF."""
    pieces, current, size = list[str](), list[str](), 0
    for ch in line:
        octets = len(ch.encode("utf-8"))
        if size + octets > MAX_OCTETS:
            pieces.append("".join(current))
            current, size = [" "], 1
        current.append(ch)
        size += octets
    pieces.append("".join(current))
    return "\r\n".join(pieces) + "\r\n"


_POSTCODE_TOWN = re.compile(r"^(?P<code>\d{5}|\d{4}|\d{2} \d{3}|[A-Z]{1,2}-?\d{4,5})\s+(?P<town>.+)$")


def address_parts(address: str) -> list[str]:
    """The seven ADR components of a postal address as the import writes it ("12 rue Haute\n
    Bât. B\n75001 Paris\nFrance"): street lines, then postcode and town, then the country."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    code = town = country = ""
    for index in range(len(lines) - 1, -1, -1):
        match = _POSTCODE_TOWN.match(lines[index])
        if match and index >= len(lines) - 2:
            code, town = match.group("code"), match.group("town")
            country = lines[index + 1] if index + 1 < len(lines) else ""
            lines = lines[:index]
            break
    return ["", "", "\n".join(lines), town, "", code, country]


def card_lines(contact: ExportedContact) -> list[str]:
    """The content lines of one card, unfolded."""
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:urn:uuid:{contact.id}"]
    if contact.is_person:
        lines += [
            "KIND:individual",
            f"FN:{escape(contact.display_name)}",
            f"N:{escape(contact.last_name or '')};{escape(contact.first_name or '')};;;",
        ]
        # One group per organisation ties each ORG to its ROLE.
        for number, (name, role, title) in enumerate(contact.affiliations, 1):
            label = title if title and role == RoleKind.OTHER.value else ROLE_LABELS[RoleKind(role)]
            lines += [f"item{number}.ORG:{escape(name)}", f"item{number}.ROLE:{escape(label)}"]
    else:
        lines += ["KIND:org", f"FN:{escape(contact.display_name)}", f"ORG:{escape(contact.display_name)}"]
    if contact.email:
        lines.append(f"EMAIL:{escape(contact.email)}")
    if contact.phone:
        lines.append(f"TEL;VALUE=uri:tel:{contact.phone}")
    elif contact.phone_to_check:
        lines.append(f"TEL;VALUE=text:{escape(contact.phone_to_check)}")
    if contact.address:
        lines.append("ADR:" + ";".join(escape(part) for part in address_parts(contact.address)))
    if contact.website:
        lines.append(f"URL:{contact.website}")
    if contact.notes:
        lines.append(f"NOTE:{escape(contact.notes)}")
    tags = split_tags(contact.tags)
    if tags:
        lines.append("CATEGORIES:" + ",".join(escape(tag) for tag in tags))
    for name, value in ((X_RNA, contact.rna), (X_SIRET, contact.siret), (X_ORG_KIND, contact.org_kind)):
        if value and not contact.is_person:
            lines.append(f"{name}:{escape(value)}")
    lines.append("END:VCARD")
    return lines


def write_vcards(session: Session, stream: IO[str], ids: list[str] | None = None) -> int:
    """Write one card per live contact (all, or those of `ids`); returns the card count."""
    count = 0
    for contact in iter_contacts(session, ids):
        stream.write("".join(fold_line(line) for line in card_lines(contact)))
        count += 1
    return count


def contacts_to_vcard(session: Session, ids: list[str] | None = None) -> str:
    """All live contacts (or those of `ids`) as one vCard 4.0 text, in name order."""
    buffer = io.StringIO(newline="")
    write_vcards(session, buffer, ids)
    return buffer.getvalue()


def export_contacts_vcard(session: Session, path: Path | str, ids: list[str] | None = None) -> int:
    """Write a .vcf file (UTF-8, CRLF), replacing any previous one only once complete."""
    with replace_atomically(Path(path), encoding="utf-8", newline="") as stream:
        return write_vcards(session, stream, ids)
