"""PDF pages as images, for previews and printing: pypdfium2 draws each page into a bitmap that
becomes a QImage directly (no PIL, no numpy: the raw RGBX buffer is what QImage reads).

These functions touch no widget: they run on a worker thread (QImage is safe there)."""

from __future__ import annotations

import pypdfium2
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72.0


def page_count(data: bytes) -> int:
    document = pypdfium2.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Each page's (width, height) in points."""
    document = pypdfium2.PdfDocument(data)
    try:
        return [document[i].get_size() for i in range(len(document))]
    finally:
        document.close()


def _image(page: pypdfium2.PdfPage, scale: float) -> QImage:
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)  # RGBX: QImage's RGBX8888
    try:
        image = QImage(
            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
        )
        return image.copy()  # own the pixels: the bitmap's buffer goes away with it
    finally:
        bitmap.close()


def render_page(data: bytes, index: int, dpi: float) -> QImage:
    """One page at `dpi` dots per inch (printing renders page by page: 300 dpi pages are big)."""
    document = pypdfium2.PdfDocument(data)
    try:
        return _image(document[index], dpi / POINTS_PER_INCH)
    finally:
        document.close()


def render_pages(data: bytes, dpi: float) -> list[QImage]:
    """Every page at `dpi` dots per inch."""
    document = pypdfium2.PdfDocument(data)
    try:
        return [_image(document[i], dpi / POINTS_PER_INCH) for i in range(len(document))]
    finally:
        document.close()
