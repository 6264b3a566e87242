"""A one-page PDF written by hand: text in the standard fonts Helvetica and Helvetica-Bold (which
every PDF reader has, so nothing is embedded) and filled rectangles. Enough for the enrolment
sheet, and it keeps a PDF library and its image and font dependencies out of the hub.

The standard fonts speak WinAnsiEncoding (Windows-1252): every French letter, « », €, œ, the
typographic apostrophe and the bullet. Anything else is written without its accent, or as "?"."""

from __future__ import annotations

import unicodedata
import zlib
from dataclasses import dataclass, field

from hub.console.pdf_metrics import FIRST, WIDTHS

A4 = (595.28, 841.89)  # points
FONTS = {"Helvetica": "F1", "Helvetica-Bold": "F2"}
# Stand-ins: the narrow no-break space, ▸ and →, and letters that have no accent to strip.
_CLOSE = {"\u202f": "\u00a0", "\u2009": " ", "\u25b8": "\u203a", "\u2192": "\u203a"}
_CLOSE |= {"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ı": "i"}


def winansi(text: str) -> bytes:
    """The text in WinAnsiEncoding, the nearest character standing for a missing one."""
    out = bytearray()
    for char in text:
        char = _CLOSE.get(char, char)
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            bare = unicodedata.normalize("NFKD", char).encode("ascii", "ignore")
            out += bare or b"?"
    return bytes(out)


def width(text: str, size: float, font: str = "Helvetica") -> float:
    table = WIDTHS[font]
    return sum(table[b - FIRST] if b >= FIRST else 0 for b in winansi(text)) * size / 1000


def wrap(text: str, size: float, limit: float, font: str = "Helvetica") -> list[str]:
    """Lines no wider than `limit`, broken between words (a word longer than a line stays whole)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and width(candidate, size, font) > limit:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _literal(text: str) -> bytes:
    raw = winansi(text)
    escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b"".join(bytes([c]) if 32 <= c < 127 else b"\\%03o" % c for c in escaped) + b")"


RGB = tuple[int, int, int]  # 0 to 255 each
BLACK: RGB = (0, 0, 0)


@dataclass
class Page:
    """Drawing on one page, with y measured from the top, as one reads."""

    width: float = A4[0]
    height: float = A4[1]
    _ops: list[bytes] = field(default_factory=list)

    def text(
        self, x: float, y: float, value: str, size: float, font: str = "Helvetica", color: RGB = BLACK
    ) -> None:
        """`value` with its baseline at `y` (from the top)."""
        r, g, b = (c / 255 for c in color)
        self._ops.append(
            b"BT /%s %.2f Tf %.3f %.3f %.3f rg %.2f %.2f Td "
            % (FONTS[font].encode(), size, r, g, b, x, self.height - y)
            + _literal(value)
            + b" Tj ET"
        )

    def centred(self, y: float, value: str, size: float, font: str = "Helvetica", color: RGB = BLACK) -> None:
        self.text((self.width - width(value, size, font)) / 2, y, value, size, font, color)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: RGB | None = None,
        stroke: RGB | None = None,
        line: float = 1,
    ) -> None:
        """A rectangle whose top left corner is at (x, y)."""
        parts = []
        if fill:
            parts.append(b"%.3f %.3f %.3f rg" % tuple(c / 255 for c in fill))
        if stroke:
            parts.append(b"%.3f %.3f %.3f RG %.2f w" % (*(c / 255 for c in stroke), line))
        operator = b"B" if fill and stroke else (b"f" if fill else b"S")
        parts.append(b"%.3f %.3f %.3f %.3f re %s" % (x, self.height - y - h, w, h, operator))
        self._ops.append(b" ".join(parts))

    def pdf(self, title: str, language: str) -> bytes:
        content = zlib.compress(b"\n".join(self._ops))
        fonts = b" ".join(b"/%s %d 0 R" % (ref.encode(), 5 + i) for i, ref in enumerate(FONTS.values()))
        objects = [
            b"<< /Type /Catalog /Pages 2 0 R /Lang %s >>" % _literal(language),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << %s >> >> "
            b"/Contents 4 0 R >>" % (self.width, self.height, fonts),
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(content), content),
            *(
                b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % name.encode()
                for name in FONTS
            ),
            b"<< /Title %s /Creator (Entraide) /Producer (Entraide) >>" % _literal(title),
        ]
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objects) + 1,
            len(objects),
            xref,
        )
        return bytes(out)
