"""Equipment photos: a picture file becomes a small JPEG (at most 320 px a side) in base64, the
form in which it is stored and synced. Encoding runs off the GUI thread (QImage is safe there)."""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap

from app.services.equipment.records import MAX_PHOTO_CHARS

MAX_SIDE = 320


class UnreadableImage(Exception):
    """The file is not a picture Qt can read."""


def encode_photo(path: str) -> str:
    """Read, scale down and compress a picture; the quality drops until it fits the limit."""
    image = QImage(path)
    if image.isNull():
        raise UnreadableImage(path)
    if image.width() > MAX_SIDE or image.height() > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    image = image.convertToFormat(QImage.Format.Format_RGB32)  # JPEG has no transparency
    for quality in (85, 70, 55, 40, 25):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", quality)  # type: ignore[call-overload]  # text: PySide6 refuses bytes
        buffer.close()
        text = base64.b64encode(bytes(data.data())).decode("ascii")
        if len(text) <= MAX_PHOTO_CHARS:
            return text
    return text  # still too heavy: the form's check says so


def thumbnail(photo: str, side: int) -> QPixmap:
    """The stored photo as a pixmap at most `side` pixels a side (empty when there is none)."""
    pixmap = QPixmap()
    if photo:
        try:
            pixmap.loadFromData(base64.b64decode(photo))
        except ValueError:
            return QPixmap()
    if not pixmap.isNull() and (pixmap.width() > side or pixmap.height() > side):
        pixmap = pixmap.scaled(
            side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return pixmap
