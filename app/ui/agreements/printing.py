"""Printing a PDF through the system's print dialog: each page is rendered (at the printer's
resolution, 300 dpi at most: enough for text, and an A4 page is then 35 MB, not 140) and painted
onto the printer, one page at a time.

Pages render on the database thread, one job each, so the window stays responsive and PDFium
(which is not thread-safe) is only ever used from that one thread; painting happens here, on
the GUI thread, as each page arrives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app.ui.shared.pdf_pages import page_count, render_page
from app.ui.task_runner import TaskRunner

MAX_DPI = 300


def fitted(image: QImage, area: QRectF) -> QRectF:
    """The image's rectangle inside `area`, as large as fits, its proportions kept, centred."""
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(
        area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height
    )


class PdfPrinter(QObject):
    """Paints the pages of a PDF onto a QPrinter; `finished(ok)` when done or failed."""

    finished = Signal(bool)
    progress = Signal(int, int)  # pages printed, pages in all

    def __init__(
        self, runner: TaskRunner, printer: QPrinter, data: bytes, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner, self.printer, self._data = runner, printer, data
        self._painter: QPainter | None = None
        self.count = 0
        self.printed = 0
        self.error: BaseException | None = None

    def start(self) -> None:
        self._runner.run_db(lambda _s: page_count(self._data), self._begin, self._fail)

    def _begin(self, count: int) -> None:
        self.count = count
        self._painter = QPainter()
        if count == 0 or not self._painter.begin(self.printer):
            self._painter = None
            self._fail(OSError(self.tr("L'imprimante n'a pas pu être ouverte.")))
            return
        self._render(0)

    def _render(self, index: int) -> None:
        data, dpi = self._data, min(self.printer.resolution(), MAX_DPI)
        self._runner.run_db(
            lambda _s: render_page(data, index, dpi), lambda image: self._paint(index, image), self._fail
        )

    def _paint(self, index: int, image: QImage) -> None:
        painter = self._painter
        if painter is None:
            return
        if index > 0 and not self.printer.newPage():
            self._fail(OSError(self.tr("L'imprimante a refusé une nouvelle page.")))
            return
        area = QRectF(self.printer.pageLayout().paintRectPixels(self.printer.resolution()))
        area.moveTo(0, 0)  # the painter's origin is the printable area's corner
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(fitted(image, area), image)
        self.printed = index + 1
        self.progress.emit(self.printed, self.count)
        if self.printed < self.count:
            self._render(self.printed)
        else:
            painter.end()
            self._painter = None
            self.finished.emit(True)

    def _fail(self, error: BaseException) -> None:
        self.error = error
        if self._painter is not None:
            self._painter.end()
            self._painter = None
        self.finished.emit(False)


def ask_printer(parent: QWidget, document_name: str) -> QPrinter | None:
    """The system's print dialog, on A4; None when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("AgreementsView", "Imprimer la convention"))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer
