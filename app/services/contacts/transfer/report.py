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
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.services.contacts.transfer.csv_export import spreadsheet_safe
from app.services.contacts.transfer.headers import REPORT_HEADERS, is_report
from app.services.contacts.transfer.import_run import SourceRow
from app.services.contacts.transfer.issues import Issue, describe

_REPORT_STEM = re.compile(r"^(?P<base>.*)-rapport(?:-(?P<number>\d+))?$")
_OTHER_NAMES = 20  # tries of "-rapport-N" when the report's name is taken by an open file
_SIRET = re.compile(r"\d{14}")


def report_path_for(source: Path | str) -> Path:
    """ "adherents.csv" -> "adherents-rapport.csv", beside it. A report imported again (corrected)
    gets "adherents-rapport-2.csv", then "-3": never the file being imported, which holds the
    user's corrections, and never "-rapport-rapport"."""
    source = Path(source)
    found = _REPORT_STEM.match(source.stem)
    if found is None:
        return source.with_name(f"{source.stem}-rapport.csv")
    return _numbered(source, found.group("base"), int(found.group("number") or 1) + 1)


def _numbered(beside: Path, base: str, number: int) -> Path:
    return beside.with_name(f"{base}-rapport-{number}.csv")


def _cell(text: str) -> str:
    """A cell as Excel keeps it when the report is opened and saved: a formula stays text (read
    back without its apostrophe), a SIRET is written "123 456 782 00010" (as digits, Excel would
    save it as 1,23457E+13)."""
    if _SIRET.fullmatch(text):
        return f"{text[:3]} {text[3:6]} {text[6:9]} {text[9:]}"
    return spreadsheet_safe(text)


class ReportWriter:
    """Writes the report as the import goes (constant memory); `commit` puts it in place."""

    def __init__(
        self, path: Path, headers: list[str], describe_issue: Callable[[Issue], str] = describe
    ) -> None:
        # A report imported again: its own four columns were the previous diagnosis, not data.
        self._skip = len(REPORT_HEADERS) if is_report(headers) else 0
        self.path, self.headers, self.describe = Path(path), headers[self._skip :], describe_issue
        handle, self._temporary = tempfile.mkstemp(
            dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp"
        )
        self._stream = os.fdopen(handle, "w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._stream, delimiter=";", lineterminator="\r\n")
        self._writer.writerow([*REPORT_HEADERS, *self.headers])
        self.lines = 0

    def add(self, row: SourceRow, issues: list[Issue]) -> None:
        cells = list(row.cells or [])[self._skip :]
        self._writer.writerow(
            [
                row.line,
                "\n".join(_cell(i.column) for i in issues),
                "\n".join(_cell(i.value) for i in issues),
                "\n".join(self.describe(i) for i in issues),
                *(_cell(c) for c in cells),
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
        try:
            os.replace(self._temporary, self.path)
        except PermissionError:  # Windows: the previous report is open in a spreadsheet
            self.path = self._free_name()
            os.replace(self._temporary, self.path)
        return self.path

    def _free_name(self) -> Path:
        """The next "-rapport-N.csv" that does not exist yet (the taken one stays as it is)."""
        found = _REPORT_STEM.match(self.path.stem)
        base, number = (self.path.stem, 1)
        if found:
            base, number = found.group("base"), int(found.group("number") or 1)
        for following in range(number + 1, number + _OTHER_NAMES):
            candidate = _numbered(self.path, base, following)
            if not candidate.exists():
                return candidate
        raise PermissionError(13, "rapport", str(self.path))

    def discard(self) -> None:
        self._stream.close()
        with contextlib.suppress(OSError):
            os.unlink(self._temporary)
