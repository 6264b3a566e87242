"""Reading a CSV file the way spreadsheets really write them (French Excel included)."""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

DELIMITERS = (";", ",", "\t")
_SEP_HINT = re.compile(r"^\s*sep=(.)\s*$", re.IGNORECASE)  # Excel's "sep=;" first line
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Field size large enough for long notes, small enough to refuse a binary file quickly.
csv.field_size_limit(10 * 1024 * 1024)


class ImportFileError(Exception):
    """The file as a whole cannot be read; the message is French and shown as is."""


@dataclass
class RawTable:
    """Cells as text, untouched; `rows` holds (line number as a person counts it, cells)."""

    headers: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ";"
    source_name: str = ""  # the file's name, for reports


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if data.startswith(b"PK\x03\x04") or b"\x00" in data[:4096]:
        # A zip (.xlsx, .ods) or another binary file given a .csv name.
        raise ImportFileError(
            "Ce fichier n'est pas un texte CSV (peut-être un classeur .xlsx ou .ods) : "
            "enregistrez-le depuis le tableur au format « CSV »."
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # Five bytes are undefined in Windows-1252; Latin-1 reads every byte.
        return data.decode("latin-1"), "latin-1"


def read_text_file(path: Path) -> tuple[str, str]:
    """(text, encoding) of a whole file, with French messages for what goes wrong."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as error:
        raise ImportFileError(f"Fichier introuvable : {path}") from error
    except IsADirectoryError as error:
        raise ImportFileError(f"« {path} » est un dossier, pas un fichier.") from error
    except OSError as error:
        raise ImportFileError(f"Impossible de lire « {path} » : {error.strerror or error}") from error
    return decode_bytes(data)


def _outside_quotes(line: str) -> str:
    """The characters of a line that are not inside double quotes."""
    out, quoted = [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            out.append(ch)
    return "".join(out)


def detect_delimiter(header_line: str) -> str:
    """The most frequent of ; , and tab outside quotes; ";" (French Excel) when none appears."""
    bare = _outside_quotes(header_line)
    counts = {d: bare.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties keep the order of DELIMITERS
    return best if counts[best] else ";"


def _is_blank(cells: list[str]) -> bool:
    return not any(cell.strip() for cell in cells)


def parse_table(text: str, encoding: str = "utf-8") -> RawTable:
    """Split decoded text into a header and numbered rows; see read_table."""
    lines = _LINE_BREAK.split(text)  # the same breaks as the csv reader below
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise ImportFileError("Le fichier est vide : il n'y a ni en-tête ni contact.")
    skip = first
    hint = _SEP_HINT.match(lines[first])
    if hint:
        delimiter, skip = hint.group(1), first + 1
    else:
        delimiter = detect_delimiter(lines[first])
    # newline="" keeps quoted line breaks inside their field; line_num counts physical lines.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    last_line = 0
    try:
        for cells in reader:
            start, last_line = last_line + 1, reader.line_num
            if start <= skip:
                continue
            if headers is None:
                if _is_blank(cells):
                    continue
                headers = [cell.strip() for cell in cells]
                continue
            if _is_blank(cells):
                continue
            if len(cells) < len(headers):
                cells = cells + [""] * (len(headers) - len(cells))
            rows.append((start, cells))
    except csv.Error as error:
        raise ImportFileError(
            f"Le fichier n'est pas un CSV lisible vers la ligne {reader.line_num} : {error}"
        ) from error
    if headers is None or _is_blank(headers):
        raise ImportFileError("Le fichier n'a pas de ligne d'en-tête (les noms des colonnes).")
    return RawTable(headers=headers, rows=rows, encoding=encoding, delimiter=delimiter)


def read_table(path: Path) -> RawTable:
    """Read a CSV: delimiter ; , or tab from the header line; UTF-8 (BOM or not) or Windows-1252.

    Line numbers count as a person does in a text editor (the header is line 1); a record
    with a quoted multi-line field gets the line where it starts. Blank rows are skipped.
    """
    text, encoding = read_text_file(path)
    table = parse_table(text, encoding)
    table.source_name = Path(path).name
    return table
