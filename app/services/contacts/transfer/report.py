"""The import report: every line that needs attention, beside the input file, in a CSV that
any spreadsheet opens (UTF-8 with BOM, ";") and that can be corrected and imported again.

Its first four columns say what is wrong (line, column, value, reason; several problems of
one line are stacked in the same cells); the line's own cells follow under their headers, so
the report is itself an import file: those four columns feed no field (headers.REPORT_HEADERS).
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.services.contacts.transfer.headers import REPORT_HEADERS
from app.services.contacts.transfer.import_run import SourceRow
from app.services.contacts.transfer.issues import Issue, describe


def report_path_for(source: Path | str) -> Path:
    """ "adherents.csv" -> "adherents-rapport.csv", beside it; a report's report is not nested."""
    source = Path(source)
    stem = source.stem.removesuffix("-rapport")
    return source.with_name(f"{stem}-rapport.csv")


class ReportWriter:
    """Writes the report as the import goes (constant memory); `commit` puts it in place."""

    def __init__(
        self, path: Path, headers: list[str], describe_issue: Callable[[Issue], str] = describe
    ) -> None:
        self.path, self.headers, self.describe = Path(path), headers, describe_issue
        handle, self._temporary = tempfile.mkstemp(
            dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp"
        )
        self._stream = os.fdopen(handle, "w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._stream, delimiter=";", lineterminator="\r\n")
        self._writer.writerow([*REPORT_HEADERS, *headers])
        self.lines = 0

    def add(self, row: SourceRow, issues: list[Issue]) -> None:
        cells = list(row.cells or [])
        self._writer.writerow(
            [
                row.line,
                "\n".join(i.column for i in issues),
                "\n".join(i.value for i in issues),
                "\n".join(self.describe(i) for i in issues),
                *cells,
            ]
        )
        self.lines += 1

    def commit(self) -> Path | None:
        """Close and put the report in place; with nothing to report, remove an old one."""
        self._stream.close()
        if not self.lines:
            os.unlink(self._temporary)
            with contextlib.suppress(OSError):
                self.path.unlink()
            return None
        os.replace(self._temporary, self.path)
        return self.path

    def discard(self) -> None:
        self._stream.close()
        with contextlib.suppress(OSError):
            os.unlink(self._temporary)
