"""Contacts to a CSV that French Excel opens as is and that Entraide imports back."""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from app.files import replace_atomically
from app.models import OrganisationKind, RoleKind
from app.services.contacts.fields import ORGANISATION_KIND_LABELS
from app.services.contacts.records import ROLE_LABELS
from app.services.contacts.transfer.export_query import ExportedContact, iter_contacts
from app.services.validation import format_phone

CSV_HEADERS = [
    "Type",
    "Prénom",
    "Nom",
    "Nom de l'organisation",
    "Type d'organisation",
    "RNA",
    "SIRET",
    "SIREN",
    "E-mail",
    "Téléphone",
    "Adresse",
    "Site",
    "Étiquettes",
    "Notes",
    "Organisations",
]
KIND_LABELS = {"person": "Personne", "organisation": "Organisation"}
# A cell starting like a formula would be run by the spreadsheet (CSV injection); a leading
# apostrophe keeps it text, and the importer removes it. "+33 6…" stays as it is.
_FORMULA = re.compile(r"^(=|@|[+\-](?![\d\s]))")


def spreadsheet_safe(value: str | None) -> str:
    """The cell as text a spreadsheet will not run as a formula."""
    value = value or ""
    return "'" + value if _FORMULA.match(value) else value


def _org_kind_label(value: str | None) -> str:
    try:
        return ORGANISATION_KIND_LABELS[OrganisationKind(value)] if value else ""
    except ValueError:
        return value or ""


def role_text(value: str, title: str | None) -> str:
    """ "Trésorier·ère", or for a function outside the list "Autre : Coordinatrice" (read back as
    the role "autre" with that title; a bare parenthesis would be taken as part of the name)."""
    if title and value == RoleKind.OTHER.value:
        return f"Autre : {title}"
    try:
        return ROLE_LABELS[RoleKind(value)]
    except ValueError:
        return value


def csv_row(contact: ExportedContact) -> list[str]:
    person = contact.is_person
    organisations = " | ".join(
        f"{name} ({role_text(role, title)})" for name, role, title in contact.affiliations
    )
    cells = [
        KIND_LABELS.get(contact.kind, contact.kind),
        contact.first_name if person else "",
        contact.last_name if person else "",
        "" if person else contact.display_name,
        "" if person else _org_kind_label(contact.org_kind),
        contact.rna,
        contact.siret,
        contact.siret[:9] if contact.siret else "",
        contact.email,
        format_phone(contact.phone) or contact.phone_to_check,
        contact.address,
        contact.website,
        contact.tags,
        contact.notes,
        organisations,
    ]
    return [spreadsheet_safe(cell) for cell in cells]


def write_contacts_csv(session: Session, stream: IO[str], ids: list[str] | None = None) -> int:
    """Write the header and one row per contact to a text stream; returns the contact count."""
    writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    count = 0
    for contact in iter_contacts(session, ids):
        writer.writerow(csv_row(contact))
        count += 1
    return count


def export_contacts_csv(
    session: Session, path_or_stream: Path | str | IO[str] | IO[bytes], ids: list[str] | None = None
) -> int:
    """CSV in UTF-8 with BOM, ";" and CRLF, French headers, in name order (all live contacts,
    or those of `ids`); returns the number of contacts written. Streams page by page."""
    if isinstance(path_or_stream, str | os.PathLike):
        with replace_atomically(Path(path_or_stream), encoding="utf-8-sig", newline="") as stream:
            return write_contacts_csv(session, stream, ids)
    if isinstance(path_or_stream, io.TextIOBase):
        path_or_stream.write("\ufeff")
        return write_contacts_csv(session, path_or_stream, ids)
    # A text stream is a TextIOBase (above): what is left is binary, which the type cannot say.
    text = io.TextIOWrapper(path_or_stream, encoding="utf-8-sig", newline="")  # type: ignore[type-var]  # binary by now, see above
    try:
        return write_contacts_csv(session, text, ids)
    finally:
        text.flush()
        text.detach()  # leave the caller's binary stream open
