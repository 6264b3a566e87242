"""Writing import files and reading back what an import did, for the import tests."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy import select

from app.models import Contact
from app.services.contacts.records import get_detail
from app.services.contacts.transfer import FileImport, import_file


def write(tmp_path: Path, text: str, name: str = "contacts.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run_file(db, path: Path, **options) -> FileImport:
    """Import and commit, as the window and `entraide import-contacts` do."""
    return db.run(lambda session: import_file(session, path, **options))


def dry_run(db, path: Path, **options) -> FileImport:
    session = db.session_factory()
    try:
        return import_file(session, path, **options)
    finally:
        session.rollback()
        session.close()


def report_rows(result: FileImport) -> list[dict[str, str]]:
    if result.report_path is None:
        return []
    text = result.report_path.read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def problems(result: FileImport) -> list[tuple[int, str]]:
    """(line, reason) of every problem in the report, in file order."""
    out = []
    for row in report_rows(result):
        for reason in row["Raison"].split("\n"):
            out.append((int(row["Ligne"]), reason))
    return out


def details(db) -> dict[str, object]:
    """Every live contact's detail, by display name."""

    def read(session):
        ids = session.execute(select(Contact.id, Contact.display_name).where(Contact.deleted_at.is_(None)))
        return {name: get_detail(session, contact_id) for contact_id, name in ids}

    return db.run(read)


MEMBER_HEADER = (
    "Prénom;Nom;E-mail;Téléphone;Adresse;Code postal;Ville;Association;SIRET;RNA;Fonction;"
    "Date d'adhésion;Notes"
)
_FIRST = ("Marie", "Jean", "Hélène", "Zoé", "Paul", "Léa", "Luc", "Inès", "Hugo", "Chloé")
_LAST = ("Dupont", "Martin", "Lefèvre", "Bernard", "Petit", "Durand", "Moreau", "Roux", "Fournier", "Girard")
_ROLES = ("Trésorière", "Président", "Secrétaire", "Bénévole", "Coordinatrice", "")


def member_lines(count: int, organisations: int = 2_000):
    """Lines of a realistic member list (French Excel layout), every person distinct, a few
    organisations with their SIRET and RNA; about 230 bytes a line."""
    from app.services.validation import make_siret

    sirets = [make_siret(f"{10_000_000 + i:08d}", "0001") for i in range(organisations)]
    for i in range(count):
        org = i % organisations
        yield (
            f"{_FIRST[i % 10]}{i};{_LAST[(i // 10) % 10]}-{i};membre{i}@exemple.fr;"
            f"06 {(i // 1_000_000) % 100:02d} {(i // 10_000) % 100:02d} {(i // 100) % 100:02d} {i % 100:02d};"
            f"{i % 200 + 1} rue de la République;{69001 + i % 9};Lyon;Association n° {org};"
            f"{sirets[org]};W69{org:07d};{_ROLES[i % 6]};15/09/2024;"
            "Cotisation réglée par chèque, présente à l'assemblée générale"
        )


def write_member_list(path: Path, count: int) -> Path:
    with open(path, "w", encoding="cp1252", newline="") as out:
        out.write(MEMBER_HEADER + "\r\n")
        for line in member_lines(count):
            out.write(line + "\r\n")
    return path
