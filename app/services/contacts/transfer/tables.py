"""What every table an import reads shares, CSV or workbook: its rows numbered as the
spreadsheet shows them, the header found among the first rows (merged group labels above
it included), and the errors that make a whole file unreadable."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypedDict, Unpack

from app.i18n import QT_TRANSLATE_NOOP
from app.services.contacts.transfer.headers import header_field

HEADER_SEARCH_ROWS = 30  # a header further down than this is not a header
Row = tuple[int, list[str]]


class ImportFileError(Exception):
    """The file as a whole cannot be read: `code` says why, `values` gives the details (the
    command line and the window word it; `str()` is the French sentence)."""

    MESSAGES = {
        "not_found": QT_TRANSLATE_NOOP("entraide", "Fichier introuvable : {path}"),
        "is_folder": QT_TRANSLATE_NOOP("entraide", "« {path} » est un dossier, pas un fichier."),
        "unreadable": QT_TRANSLATE_NOOP("entraide", "Impossible de lire « {path} » : {detail}"),
        "binary": QT_TRANSLATE_NOOP(
            "entraide",
            "« {name} » n'est ni un texte CSV ni un classeur (.xlsx, .ods) : enregistrez-le "
            "depuis le tableur au format CSV ou .xlsx.",
        ),
        "empty": QT_TRANSLATE_NOOP("entraide", "Le fichier est vide : il n'y a ni en-tête ni contact."),
        "no_header": QT_TRANSLATE_NOOP(
            "entraide", "Le fichier n'a pas de ligne d'en-tête (les noms des colonnes)."
        ),
        "unclosed_quote": QT_TRANSLATE_NOOP(
            "entraide",
            "Ligne {line} : un guillemet (\") ouvert n'est jamais refermé ; corrigez "
            "cette cellule dans le tableur, puis relancez l'import.",
        ),
        "bad_csv": QT_TRANSLATE_NOOP(
            "entraide", "Le fichier n'est pas un CSV lisible vers la ligne {line} : {detail}"
        ),
        "workbook": QT_TRANSLATE_NOOP(
            "entraide",
            "Le classeur « {name} » ne peut pas être lu : ce n'est pas un classeur Excel ni "
            "OpenDocument, ou il est abîmé ou protégé par un mot de passe ; ouvrez-le dans le tableur et "
            "enregistrez-le de nouveau (.xlsx, .ods ou CSV).",
        ),
        "no_sheet": QT_TRANSLATE_NOOP(
            "entraide", "Le classeur n'a pas de feuille « {sheet} » (feuilles : {sheets})."
        ),
        "no_vcard": QT_TRANSLATE_NOOP(
            "entraide", "Aucune fiche vCard dans ce fichier (pas de ligne « BEGIN:VCARD »)."
        ),
    }

    def __init__(self, code: str, **values: object) -> None:
        self.code, self.values = code, values
        super().__init__(self.worded())

    def worded(self, translate: Callable[[str], str] = str) -> str:
        """The sentence, its template through `translate` (the window's or the command line's)."""
        return translate(self.MESSAGES[self.code]).format(**self.values)


@dataclass
class TableSource:
    """An open table: its header, then its rows one at a time (call `rows()` once)."""

    name: str
    headers: list[str]
    groups: list[str]  # the label of a merged cell above each header, or ""
    header_line: int
    row_iter: Iterator[Row]
    progress: Callable[[], float]  # how much of the file was read, 0 to 1
    encoding: str = ""
    delimiter: str = ""
    sheets: list[str] = field(default_factory=list)
    sheet: str = ""
    closer: Callable[[], None] = lambda: None

    def rows(self) -> Iterator[Row]:
        return self.row_iter

    def close(self) -> None:
        self.closer()

    def __enter__(self) -> TableSource:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _is_blank(cells: list[str]) -> bool:
    return not any(cell.strip() for cell in cells)


def header_score(cells: list[str]) -> int:
    """How many cells of a row are known column names."""
    return sum(1 for cell in cells if cell.strip() and header_field(cell)[0] is not None)


def find_header(first: list[Row]) -> tuple[int, list[str], list[str]]:
    """(index in `first`, headers, group labels): the row naming the most known fields wins;
    the row just above it, if it has fewer cells (merged group labels), gives each column's group."""
    best, best_score = 0, 0
    for index, (_line, cells) in enumerate(first):
        score = header_score(cells)
        if score > best_score:
            best, best_score = index, score
    headers = [cell.strip() for cell in first[best][1]]
    groups = [""] * len(headers)
    if best > 0:
        above = first[best - 1][1]
        filled = [c for c in above if c.strip()]
        if filled and len(filled) < len([h for h in headers if h]):
            label = ""
            for i in range(len(headers)):
                if i < len(above) and above[i].strip():
                    label = above[i].strip()
                groups[i] = label
                if not headers[i]:
                    headers[i] = label  # a merged header over an empty cell names the column
    return best, headers, groups


class SourceDetails(TypedDict, total=False):
    """What a reader knows of its file besides the rows (TableSource's fields of the same names)."""

    encoding: str
    delimiter: str
    sheets: list[str]
    sheet: str
    closer: Callable[[], None]


def with_header(
    name: str, records: Iterator[Row], progress: Callable[[], float], **extra: Unpack[SourceDetails]
) -> TableSource:
    """Read ahead until the header is found, and give the rest back as the table's rows."""
    first: list[Row] = []
    for line, cells in records:
        if not _is_blank(cells):
            first.append((line, cells))
            if len(first) >= HEADER_SEARCH_ROWS:
                break
    if not first:
        raise ImportFileError("empty")
    index, headers, groups = find_header(first)
    if _is_blank(headers):
        raise ImportFileError("no_header")

    def rows() -> Iterator[Row]:
        yield from first[index + 1 :]
        for line, cells in records:
            if not _is_blank(cells):
                yield line, cells

    return TableSource(name, headers, groups, first[index][0], rows(), progress, **extra)
