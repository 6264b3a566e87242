"""Importing a file as the window and the command line do: preview, mapping, run, report.

`preview_file` reads the header and the first rows (for the mapping and the preview table);
`import_file` runs the whole import in the caller's transaction (roll it back for a dry run:
what it counted is what a real import does) and writes the report beside the input.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.logs import events
from app.services.contacts.transfer.headers import header_key, is_report
from app.services.contacts.transfer.import_run import (
    ImportCancelled,
    ImportCounts,
    ImportOutcome,
    SourceRow,
    run_import,
)
from app.services.contacts.transfer.issues import Issue, describe
from app.services.contacts.transfer.mapping import IGNORE, RowMapper, guess_mapping
from app.services.contacts.transfer.report import ReportWriter, report_path_for
from app.services.contacts.transfer.row_check import RowChecker
from app.services.contacts.transfer.table_reader import open_lines, open_table
from app.services.contacts.transfer.tables import ImportFileError, TableSource

VCARD_SUFFIXES = (".vcf", ".vcard")
PREVIEW_ROWS = 20
VCARD_REPORT_COLUMN = "Fiche"  # a vCard's report: which card each line is about
Mapping = dict[int, str | None]
Progress = Callable[[float], bool]  # share of the work done -> False to stop
ROWS_SHARE = 0.85  # of the bar: the rest is the search index, built once after the last row


def is_vcard(path: Path | str) -> bool:
    return Path(path).suffix.lower() in VCARD_SUFFIXES


@dataclass
class TablePreview:
    name: str
    headers: list[str]
    mapping: Mapping
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)
    sheet: str = ""
    encoding: str = ""
    delimiter: str = ""
    vcard: bool = False

    @property
    def report(self) -> bool:
        """An import report, corrected: its lines complete the contacts already imported."""
        return is_report(self.headers)

    @property
    def policy(self) -> str:
        return default_policy(self.headers)


@dataclass
class FileImport:
    outcome: ImportOutcome
    headers: list[str]
    mapping: Mapping
    report_path: Path | None = None
    sheet: str = ""
    vcard: bool = False  # its report names cards, and is not an import file


def default_policy(headers: list[str]) -> str:
    """ "skip" for a file, "update" for a corrected report: most of its lines were imported with
    a value left out, which the correction now gives."""
    return "update" if is_report(headers) else "skip"


def column_keys(headers: list[str]) -> list[str]:
    """Each column's folded header, a repeated one numbered: "Nom" under "Identité" is "nom", the
    "Nom" under "Structure" further right "nom#2"."""
    seen: dict[str, int] = {}
    keys = []
    for header in headers:
        key = header_key(header)
        if key:
            seen[key] = seen.get(key, 0) + 1
            key = key if seen[key] == 1 else f"{key}#{seen[key]}"
        keys.append(key)
    return keys


def apply_columns(headers: list[str], columns: dict[str, str], base: Mapping | None = None) -> Mapping:
    """A mapping from a saved profile or --map options (folded header -> field, "" to ignore),
    the other columns keeping `base` (or the guess). A header without its number ("nom") names
    every column of that name."""
    mapping = dict(base if base is not None else guess_mapping(headers))
    for index, key in enumerate(column_keys(headers)):
        chosen = key if key in columns else key.partition("#")[0]
        if chosen and chosen in columns:
            mapping[index] = columns[chosen] or None
    return mapping


def unknown_columns(headers: list[str], columns: dict[str, str]) -> list[str]:
    """The columns named in --map or a profile that the file does not have."""
    present = set(column_keys(headers)) | {header_key(h) for h in headers}
    return [key for key in columns if key not in present]


def columns_of(headers: list[str], mapping: Mapping) -> dict[str, str]:
    """The mapping as a profile keeps it: by folded header, so it fits the next export too."""
    return {key: (mapping.get(i) or IGNORE) for i, key in enumerate(column_keys(headers)) if key}


def preview_file(path: Path | str, sheet: str | None = None) -> TablePreview:
    path = Path(path)
    if is_vcard(path):
        return TablePreview(path.name, [], {}, vcard=True)
    with open_table(path, sheet) as table:
        rows = []
        for row in table.rows():
            rows.append(row)
            if len(rows) >= PREVIEW_ROWS:
                break
        return TablePreview(
            path.name,
            table.headers,
            guess_mapping(table.headers, table.groups),
            rows,
            table.sheets,
            table.sheet,
            table.encoding,
            table.delimiter,
        )


def _table_rows(table: TableSource, mapper: RowMapper) -> Iterator[SourceRow]:
    width = len(table.headers)
    for line, cells in table.rows():
        issues = []
        extra = [c for c in cells[width:] if c.strip()]
        if extra:
            issues.append(Issue(line, "extra_cells", "", " ; ".join(c.strip() for c in extra)[:200]))
        yield SourceRow(line, mapper.values(cells), cells, issues)


def import_file(
    session: Session,
    path: Path | str,
    *,
    mapping: Mapping | None = None,
    sheet: str | None = None,
    policy: str | None = None,
    report_path: Path | bool | None = True,
    describe_issue: Callable[[Issue], str] = describe,
    progress: Progress | None = None,
) -> FileImport:
    """Import a CSV, workbook or vCard file. `policy`: None for the file's default (default_policy);
    `report_path`: True for beside the input, a path, or False for none. Raises ImportFileError
    for a file that cannot be read at all."""
    path = Path(path)
    if is_vcard(path):
        from app.services.contacts.transfer.vcard import card_rows, logical_lines

        text = open_lines(path)  # a card at a time: a phone's export is mostly photos
        column_of: Callable[[str], str] = _vcard_column
        headers, table, mapping = [], None, {}
        rows, position, closer = card_rows(logical_lines(text.stream)), text.progress, text.stream.close
    else:
        table = open_table(path, sheet)
        headers = table.headers
        mapping = mapping if mapping is not None else guess_mapping(headers, table.groups)
        mapper = RowMapper(headers, mapping)
        rows, column_of = _table_rows(table, mapper), mapper.column_of
        position, closer = table.progress, table.close
    target = report_path_for(path) if report_path is True else (report_path or None)
    columns = [VCARD_REPORT_COLUMN] if table is None else headers
    writer = _report_writer(target, columns, describe_issue) if target else None
    try:
        outcome = run_import(
            session,
            rows,
            RowChecker(column_of),
            policy=policy or default_policy(headers),
            report=writer,
            progress=(lambda _n: progress(ROWS_SHARE * position())) if progress else None,
        )
        if progress is not None and not progress(1.0):  # a Cancel pressed while the index was built
            raise ImportCancelled
    except BaseException:
        if writer:
            writer.discard()
        raise
    finally:
        closer()
    written = writer.commit() if writer else None
    _log_when_kept(session, outcome.counts, path.suffix.lstrip(".").lower() or "none", policy)
    return FileImport(outcome, headers, mapping, written, table.sheet if table else "", table is None)


def _log_when_kept(session: Session, counts: ImportCounts, source: str, policy: str | None) -> None:
    """One log line once the import is committed; a preview or a dry run is rolled back and
    leaves none."""
    pending = True

    def committed(_session: Session) -> None:
        nonlocal pending
        if pending:
            pending = False
            events.record(
                "import",
                "contacts",
                source=source,
                policy=policy,
                rows=counts.rows,
                people=counts.created_people,
                organisations=counts.created_organisations,
                matched=counts.matched,
                completed=counts.completed,
                duplicates=counts.duplicates_in_file,
                refused=counts.refused,
                roles=counts.roles,
            )

    def rolled_back(_session: Session) -> None:
        nonlocal pending
        pending = False

    event.listen(session, "after_commit", committed)
    event.listen(session, "after_rollback", rolled_back)


def _report_writer(target: Path, headers: list[str], describe_issue: Callable[[Issue], str]) -> ReportWriter:
    """Beside the input; in the temporary folder when that folder cannot be written (a CD, a
    read-only share): the report is still there, and its path is given."""
    try:
        return ReportWriter(target, headers, describe_issue)
    except OSError:
        return ReportWriter(Path(tempfile.gettempdir()) / target.name, headers, describe_issue)


_VCARD_PROPERTIES = {
    "first_name": "N",
    "last_name": "N",
    "full_name": "FN",
    "email": "EMAIL",
    "phone": "TEL",
    "address": "ADR",
    "name": "ORG",
    "organisation": "ORG",
    "role": "ROLE",
    "website": "URL",
    "siret": "X-ENTRAIDE-SIRET",
    "rna": "X-ENTRAIDE-RNA",
    "org_kind": "X-ENTRAIDE-ORG-KIND",
    "kind": "KIND",
    "tags": "CATEGORIES",
    "notes": "NOTE",
}


def _vcard_column(field_name: str) -> str:
    return _VCARD_PROPERTIES.get(field_name, field_name.upper())


__all__ = ["FileImport", "ImportFileError", "TablePreview", "default_policy", "import_file", "preview_file"]
