"""Reading a table the way associations really keep it: CSV from any spreadsheet (French Excel
included), streamed, or a workbook (.xlsx, .ods, .xls) read directly.

`open_table` finds the header row itself (a title or a merged group row above it is skipped),
then yields rows one at a time: memory stays flat whatever the file's size. Line numbers count
as a person does in a text editor or a spreadsheet (the first line is 1; a record with a quoted
multi-line cell gets the line where it starts).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from io import BufferedReader
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import _csv

    from _typeshed import WriteableBuffer

from app.services.contacts.transfer.spreadsheet_reader import open_workbook
from app.services.contacts.transfer.tables import (
    HEADER_SEARCH_ROWS,
    ImportFileError,
    Row,
    TableSource,
    header_score,
    with_header,
)

DELIMITERS = (";", ",", "\t", "|")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
SAMPLE_BYTES = 64 * 1024
MAX_RECORD_LINES = 200  # a record longer than this is an unclosed quote, not a cell
_SEP_HINT = re.compile(r"^\s*sep=(.)\s*$", re.IGNORECASE)  # Excel's "sep=;" first line
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xlsx/.ods, and .xls
csv.field_size_limit(10 * 1024 * 1024)
# --- CSV ------------------------------------------------------------------------------------


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """A byte that is not UTF-8 in a UTF-8 file: read it as Windows-1252 (a file pasted together
    from two sources), Latin-1 for the five bytes Windows-1252 leaves undefined."""
    if not isinstance(error, UnicodeDecodeError):  # a handler for decoding only
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="ignore") or bad.decode("latin-1"), error.end


codecs.register_error("entraide-cp1252", _cp1252_fallback)


def sniff_encoding(sample: bytes, name: str) -> str:
    """The encoding of a text sample; raises for a binary file."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    zeros = sample.count(0)
    controls = sum(sample.count(c) for c in (*range(1, 9), 11, 12, *range(14, 32)))
    damaged_text = zeros * 100 <= len(sample) or (not controls and zeros * 10 <= len(sample))
    if zeros and not damaged_text:
        for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
            if high.count(0) < 0.4 * len(high):  # UTF-16 without a byte order mark: Latin text
                continue  # has a zero in every other byte
            text = sample[: len(sample) // 2 * 2].decode(encoding, errors="replace")
            readable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
            if readable > 0.97 * len(text) and text.count("\ufffd") < 0.01 * len(text):
                return encoding
        raise ImportFileError("binary", name=name)
    if controls * 100 > len(sample):  # a picture, a PDF, an archive: text has almost none
        raise ImportFileError("binary", name=name)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return _single_byte(sample)


# What French text holds beyond ASCII; any other character read is a sign of the wrong table.
_FRENCH = frozenset("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»€’‘“”–—…°·\u00a0")


def _single_byte(sample: bytes) -> str:
    """Windows-1252 (Excel on Windows), or Mac Roman (Excel for Mac's "CSV (Macintosh)"), where
    é is 0x8E, Ž in Windows-1252: the reading with fewer characters French does not use."""
    high = bytes(b for b in sample if b > 0x7F)
    windows = sum(ch not in _FRENCH for ch in high.decode("cp1252", errors="replace"))
    mac = sum(ch not in _FRENCH for ch in high.decode("mac_roman"))
    return "mac_roman" if mac < windows else "cp1252"


def _outside_quotes(line: str) -> str:
    out, quoted = [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            out.append(ch)
    return "".join(out)


def detect_delimiter(lines: list[str]) -> str:
    """The separator that makes a header of known column names; failing that, the one found most
    often on one line, outside quotes (titles and blank lines above the header have none); ";"
    (French Excel) when none appears. The header decides first: French Excel leaves commas
    unquoted, and an address may hold more of them than the header has semicolons."""
    sample = lines[:HEADER_SEARCH_ROWS]
    best, best_rank = ";", (0, 0)
    for delimiter in DELIMITERS:
        count = max((_outside_quotes(line).count(delimiter) for line in sample), default=0)
        if not count:
            continue
        named = max((header_score(cells) for cells in csv.reader(sample, delimiter=delimiter)), default=0)
        if (named, count) > best_rank:
            best, best_rank = delimiter, (named, count)
    return best


class _CountingReader(io.RawIOBase):
    """Counts the bytes read, for the progress bar."""

    def __init__(self, raw: BufferedReader) -> None:
        self.raw, self.position = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        count = self.raw.readinto(buffer)
        self.position += count or 0
        return count or 0

    def close(self) -> None:
        self.raw.close()
        super().close()


def _records(reader: _csv.Reader, skip: int) -> Iterator[Row]:
    last = 0
    try:
        for cells in reader:
            start, last = last + 1, reader.line_num
            if last - start > MAX_RECORD_LINES:
                raise ImportFileError("unclosed_quote", line=start)
            if start > skip:
                yield start, cells
    except csv.Error as error:
        raise ImportFileError("bad_csv", line=reader.line_num, detail=error) from error


@dataclass
class TextStream:
    """A text file opened for reading line by line, with how much of it was read."""

    stream: io.TextIOWrapper
    progress: Callable[[], float]
    encoding: str


def open_text(path: Path, sample: bytes, newline: str | None = "") -> TextStream:
    """The file as text in its own encoding (sniffed from `sample`), streamed."""
    encoding = sniff_encoding(sample, path.name)
    size = max(1, path.stat().st_size)
    counter = _CountingReader(open(path, "rb"))  # noqa: SIM115 - closed with the stream
    errors = "entraide-cp1252" if encoding == "utf-8" else "replace"
    stream = io.TextIOWrapper(io.BufferedReader(counter), encoding=encoding, errors=errors, newline=newline)
    return TextStream(stream, lambda: min(1.0, counter.position / size), encoding)


def open_csv(path: Path, sample: bytes) -> TableSource:
    text = open_text(path, sample)
    errors = "entraide-cp1252" if text.encoding == "utf-8" else "replace"
    lines = _LINE_BREAK.split(sample.decode(text.encoding, errors=errors).lstrip("\ufeff"))
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    hint = _SEP_HINT.match(lines[first]) if lines else None
    delimiter = hint.group(1) if hint else detect_delimiter(lines[first:])
    # A few zero bytes in a text file (a damaged copy) are dropped rather than refusing the file.
    text_lines = (line.replace("\x00", "") if "\x00" in line else line for line in text.stream)
    reader = csv.reader(text_lines, delimiter=delimiter)
    try:
        return with_header(
            path.name,
            _records(reader, first + 1 if hint else 0),
            text.progress,
            encoding=text.encoding,
            delimiter=delimiter,
            closer=text.stream.close,
        )
    except BaseException:
        text.stream.close()
        raise


def read_sample(path: Path) -> bytes:
    """The file's first bytes, with what makes a file unreadable said in French."""
    try:
        with open(path, "rb") as handle:
            sample = handle.read(SAMPLE_BYTES)
    except FileNotFoundError as error:
        raise ImportFileError("not_found", path=path) from error
    except IsADirectoryError as error:
        raise ImportFileError("is_folder", path=path) from error
    except OSError as error:
        raise ImportFileError("unreadable", path=path, detail=error.strerror or error) from error
    if not sample.strip(b" \t\r\n\x00"):
        raise ImportFileError("empty")
    return sample


def open_table(path: Path | str, sheet: str | None = None) -> TableSource:
    """Open a CSV or a workbook, recognised by its content rather than its name."""
    path = Path(path)
    sample = read_sample(path)
    if path.suffix.lower() in WORKBOOK_SUFFIXES and not sample.startswith((_ZIP, _OLE)):
        raise ImportFileError("workbook", name=path.name)
    if sample.startswith((_ZIP, _OLE)):
        return open_workbook(path, sheet)
    return open_csv(path, sample)


def open_lines(path: Path | str) -> TextStream:
    """A text file (a vCard) line by line, whatever its line ends, with the same checks."""
    path = Path(path)
    return open_text(path, read_sample(path), newline=None)
