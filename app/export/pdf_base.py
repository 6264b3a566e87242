"""What the printed documents share: a font that prints French text and the euro sign, and
small text helpers (dates in French, escaping for reportlab paragraphs).

reportlab's standard Helvetica only knows Latin-1: no "€", no "œ". We embed a TrueType font
instead: DejaVu Sans when the system has it (it covers far more scripts, for names like
"Nguyễn"), otherwise Bitstream Vera, which reportlab itself ships (so a fresh Windows laptop
or a bundle always has one). Characters the chosen font lacks are replaced by a close one.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.export.typography import NBSP, typeset
from app.files import write_atomically
from app.paths import resources_dir

REGULAR, BOLD = "EntraideSans", "EntraideSans-Bold"
MONO, MONO_FALLBACK = "EntraideMono", "Courier"  # code in practice text; Courier knows Latin-1 only
ITALIC, BOLD_ITALIC = "EntraideSans-Oblique", "EntraideSans-BoldOblique"
_ITALIC_FILES = {
    "DejaVuSans.ttf": ("DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "Vera.ttf": ("VeraIt.ttf", "VeraBI.ttf"),
}

_SYSTEM_DIRS = (
    "/usr/share/fonts/truetype/dejavu",  # Debian, Ubuntu (fonts-dejavu-core)
    "/usr/share/fonts/dejavu",  # Fedora, Arch
    "/usr/share/fonts/TTF",
    "/Library/Fonts",
    str(Path.home() / "Library" / "Fonts"),
    "C:/Windows/Fonts",
)
_REPORTLAB_FONTS = Path(reportlab.__file__).resolve().parent / "fonts"
_FALLBACKS = {
    "\u202f": "\u00a0",  # narrow no-break space (French money grouping) -> no-break space
    "\u2009": " ",
    "\u2011": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2026": "...",
}
# One command of a reportlab TableStyle: its name, the first and last cells, then its values.
TableCommand = tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


@dataclass(frozen=True)
class FontFiles:
    regular: Path
    bold: Path
    family: str  # for the report and the tests: "DejaVu Sans" or "Bitstream Vera Sans"


def find_font_files() -> FontFiles:
    """DejaVu Sans shipped in resources/fonts or found on the system, else reportlab's Vera."""
    for folder in (resources_dir() / "fonts", *map(Path, _SYSTEM_DIRS)):
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return FontFiles(regular, bold, "DejaVu Sans")
    return FontFiles(_REPORTLAB_FONTS / "Vera.ttf", _REPORTLAB_FONTS / "VeraBd.ttf", "Bitstream Vera Sans")


@functools.cache
def register_fonts() -> FontFiles:
    """Register the two weights once per process (parsing a TrueType file takes a few ms)."""
    files = find_font_files()
    try:
        pdfmetrics.registerFont(TTFont(REGULAR, str(files.regular)))
        pdfmetrics.registerFont(TTFont(BOLD, str(files.bold)))
    except Exception:  # a damaged system font: reportlab's own always loads
        files = FontFiles(
            _REPORTLAB_FONTS / "Vera.ttf", _REPORTLAB_FONTS / "VeraBd.ttf", "Bitstream Vera Sans"
        )
        pdfmetrics.registerFont(TTFont(REGULAR, str(files.regular)))
        pdfmetrics.registerFont(TTFont(BOLD, str(files.bold)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return files


@functools.cache
def register_italics() -> bool:
    """Also register the oblique weights next to the regular font, so that <i> in a paragraph
    slants; without them (a folder holding only two files) italics print upright. Returns
    whether they were found."""
    files = register_fonts()
    names = _ITALIC_FILES.get(files.regular.name)
    if names is None:
        return False
    italic, bold_italic = (files.regular.with_name(name) for name in names)
    if not (italic.is_file() and bold_italic.is_file()):
        return False
    try:
        pdfmetrics.registerFont(TTFont(ITALIC, str(italic)))
        pdfmetrics.registerFont(TTFont(BOLD_ITALIC, str(bold_italic)))
    except Exception:  # a damaged file: upright italics rather than no document
        return False
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    return True


@functools.cache
def register_mono() -> str:
    """The fixed-width font for code (DejaVu Sans Mono, shipped in resources/fonts); its name."""
    for folder in (resources_dir() / "fonts", *map(Path, _SYSTEM_DIRS)):
        path = folder / "DejaVuSansMono.ttf"
        if path.is_file():
            try:
                pdfmetrics.registerFont(TTFont(MONO, str(path)))
            except Exception:  # a damaged file: the next folder, or Courier
                continue
            return MONO
    return MONO_FALLBACK


@functools.cache
def _glyphs() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]  # TTFont.face: not in the stubs


@functools.lru_cache(maxsize=4096)
def _replacement(char: str) -> str:
    if ord(char) in _glyphs():
        return char
    if char in _FALLBACKS:
        return _FALLBACKS[char]
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if base and all(ord(c) in _glyphs() for c in base):
        return base
    return "?"


def printable(text: str | None) -> str:
    """The text with every character the font cannot draw replaced (ễ -> e, narrow space -> space)."""
    if not text:
        return ""
    glyphs = _glyphs()
    if all(ord(c) in glyphs for c in text):
        return text
    return "".join(_replacement(c) for c in text)


def canvas_text(text: str | None) -> str:
    """A string drawn straight on the canvas (a footer, a label): French no-break spaces
    (app/export/typography.py), only glyphs the font has."""
    return printable(typeset(text))


def para(text: str | None) -> str:
    """Plain text made safe for a reportlab Paragraph: French no-break spaces (typography.py),
    escaped, printable, line breaks kept."""
    return escape(canvas_text(text)).replace("\n", "<br/>")


def french_date(day: date | None) -> str:
    """date(2025, 6, 1) -> "1er juin 2025", never broken across lines."""
    if day is None:
        return ""
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first}{NBSP}{MONTHS[day.month - 1]}{NBSP}{day.year}"


def format_siret(siret: str | None) -> str:
    """ "12345678900012" -> "123 456 789 00012" (SIREN, then the establishment number)."""
    if not siret:
        return ""
    digits = siret.replace(" ", "")
    if len(digits) != 14 or not digits.isdigit():
        return siret
    return f"{digits[:3]}\u00a0{digits[3:6]}\u00a0{digits[6:9]}\u00a0{digits[9:]}"


def save_pdf(target: Path, data: bytes) -> None:
    """Write next to the target, then replace it: a failed write never leaves half a file, and
    an existing file is only replaced by a complete one. Raises OSError."""
    write_atomically(target, data)
