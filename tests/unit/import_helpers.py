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
