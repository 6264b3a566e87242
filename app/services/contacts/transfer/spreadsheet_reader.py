"""Workbooks (.xlsx, .ods, .xls) read directly, with python-calamine (Rust, no formula engine:
a formula gives the value the spreadsheet saved with it).

Cells become the text a volunteer sees: a SIRET or a phone stored as a number keeps all its
digits ("12345678900011", not "1.2345678900011e13"), a date cell becomes "15/09/2024".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.contacts.transfer.tables import ImportFileError, Row, TableSource, with_header

if TYPE_CHECKING:
    from python_calamine import CalamineWorkbook


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return repr(value).replace(".", ",")  # a decimal number as French spreadsheets show it
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time | dt.timedelta):
        return str(value)
    return str(value)


def open_workbook(path: Path, sheet: str | None = None) -> TableSource:
    """The chosen sheet (by name or 1-based number), else the first visible worksheet."""
    from python_calamine import CalamineError, CalamineWorkbook

    handle = open(path, "rb")  # noqa: SIM115 - closed by the TableSource
    try:
        workbook = CalamineWorkbook.from_filelike(handle)
        names = list(workbook.sheet_names)
        chosen = _choose_sheet(workbook, names, sheet)
        data = workbook.get_sheet_by_name(chosen)
        start_row = data.start[0] if data.start else 0
        height = max(1, data.height)
    except ImportFileError:
        handle.close()
        raise
    except (CalamineError, ValueError, OSError) as error:
        handle.close()
        raise ImportFileError("workbook", name=path.name, detail=error) from error
    done = [0]

    def records() -> Iterator[Row]:
        for index, values in enumerate(data.iter_rows()):
            done[0] = index + 1
            yield start_row + index + 1, [cell_text(v) for v in values]

    try:
        return with_header(
            path.name,
            records(),
            lambda: min(1.0, done[0] / height),
            sheets=names,
            sheet=chosen,
            closer=handle.close,
        )
    except BaseException:
        handle.close()
        raise


def _choose_sheet(workbook: CalamineWorkbook, names: list[str], sheet: str | None) -> str:
    if sheet:
        if sheet in names:
            return sheet
        if sheet.isdigit() and 1 <= int(sheet) <= len(names):
            return names[int(sheet) - 1]
        raise ImportFileError("no_sheet", sheet=sheet, sheets=", ".join(names))
    for meta in workbook.sheets_metadata:
        if str(meta.visible).endswith("Visible") and str(meta.typ).endswith("WorkSheet"):
            return str(meta.name)
    if not names:
        raise ImportFileError("empty")
    return names[0]
