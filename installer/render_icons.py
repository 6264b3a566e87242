"""Render resources/icons/entraide.svg into what each system wants: PNGs (Linux, 64 to 256 px),
a multi-size .ico (Windows) and an .icns (macOS). Qt draws the SVG; Pillow (a reportlab
dependency, so always installed) writes .ico and .icns, which Qt cannot write with every size.

    python installer/render_icons.py OUT_DIR
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "entraide.svg"
PNG_SIZES = (64, 128, 256)  # installed under share/icons/hicolor/<n>x<n>/apps
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(size: int) -> bytes:
    """The SVG drawn at `size` pixels by Qt (no display needed: offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"icône illisible : {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def render_all(out: Path) -> dict[str, Path]:
    """Write entraide-<n>.png, entraide.ico and entraide.icns into `out`; returns them by name."""
    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    rendered = {size: render_png(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        path = out / f"entraide-{size}.png"
        path.write_bytes(rendered[size])
        made[path.name] = path
    # Each size drawn from the SVG, not scaled down from the largest: small sizes stay sharp.
    images = {size: Image.open(io.BytesIO(rendered[size])).convert("RGBA") for size in rendered}
    ico = out / "entraide.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    made[ico.name] = ico
    icns = out / "entraide.icns"
    images[max(ICNS_SIZES)].save(
        icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)]
    )
    made[icns.name] = icns
    return made


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    for name in render_all(Path(argv[0])):
        print(f"icône : {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
