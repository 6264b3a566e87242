"""The preview: the agreement's PDF as it will print, page under page, with zoom, and the way
to save or print it from there. The PDF is drawn and its pages rendered on the database thread
(app/ui/shared/pdf_pages.py); zooming renders them again, sharp at the new size."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.export.agreement_pdf import agreement_pdf
from app.ui.agreements.common import error_text
from app.ui.shared.form_fields import ERROR_STYLE
from app.ui.shared.pdf_pages import render_pages
from app.ui.task_runner import TaskRunner

ZOOMS = (50, 75, 100, 125, 150, 200)
SCREEN_DPI = 96.0  # 100 %: the page at its real size on a common screen


class PreviewDialog(QDialog):
    save_requested = Signal(bytes)
    print_requested = Signal(bytes)

    def __init__(
        self, runner: TaskRunner, agreement_id: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._generation = 0
        self.data: bytes = b""
        self.loading = True
        self.page_labels: list[QLabel] = []
        self.setWindowTitle(self.tr("Aperçu — {0}").format(title))
        self.zoom = QComboBox()
        for percent in ZOOMS:
            self.zoom.addItem(f"{percent} %", percent)
        self.zoom.setCurrentIndex(ZOOMS.index(100))
        self.zoom.setToolTip(self.tr("Zoom (Ctrl++ et Ctrl+-)"))
        self.zoom_out = QPushButton("−")
        self.zoom_in = QPushButton("+")
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedWidth(34)
        self.zoom_out.setToolTip(self.tr("Réduire (Ctrl+-)"))
        self.zoom_in.setToolTip(self.tr("Agrandir (Ctrl++)"))
        self.pages_label = QLabel()
        self.save_button = QPushButton(self.tr("Enregistrer en PDF…"))
        self.print_button = QPushButton(self.tr("Imprimer…"))
        self.close_button = QPushButton(self.tr("Fermer"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Zoom")))
        top.addWidget(self.zoom_out)
        top.addWidget(self.zoom)
        top.addWidget(self.zoom_in)
        top.addWidget(self.pages_label, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        top.addWidget(self.close_button)
        self.status = QLabel(self.tr("Préparation de l'aperçu…"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column = QWidget()
        self.column.setObjectName("previewPages")
        self.column.setStyleSheet("#previewPages { background: #8a8f98; }")
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setSpacing(14)
        self.column_layout.setContentsMargins(20, 20, 20, 20)
        self.column_layout.addWidget(self.status)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setWidget(self.column)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        self.resize(920, 760)
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        self.zoom.currentIndexChanged.connect(lambda _i: self._render())
        self.zoom_in.clicked.connect(lambda: self._step(1))
        self.zoom_out.clicked.connect(lambda: self._step(-1))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._step(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._step(-1))
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.data))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.data))
        self.close_button.clicked.connect(self.accept)
        self._load(agreement_id)

    def _dpi(self) -> float:
        return SCREEN_DPI * self.zoom.currentData() / 100 * self.devicePixelRatioF()

    def _load(self, agreement_id: str) -> None:
        self._generation += 1
        generation, dpi = self._generation, self._dpi()

        def work(session) -> tuple[bytes, list[QImage]]:
            data = agreement_pdf(session, agreement_id)
            return data, render_pages(data, dpi)

        def show(found: tuple[bytes, list[QImage]]) -> None:
            self._show(found[0], found[1], generation)

        self._runner.run_db(work, show, self._failed)

    def _render(self) -> None:
        if not self.data:
            return
        self._generation += 1
        generation, dpi, data = self._generation, self._dpi(), self.data
        self.loading = True
        self._runner.run_db(
            lambda _s: render_pages(data, dpi),
            lambda images: self._show(data, images, generation=generation),
            self._failed,
        )

    def _step(self, step: int) -> None:
        self.zoom.setCurrentIndex(min(max(self.zoom.currentIndex() + step, 0), self.zoom.count() - 1))

    def _show(self, data: bytes, images: list[QImage], generation: int) -> None:
        if generation != self._generation:
            return  # a zoom chosen since: its pages are on their way
        self.loading = False
        self.data = data
        self.status.hide()
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        ratio = self.devicePixelRatioF()
        for image in images:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setPixmap(pixmap)
            label.setStyleSheet("background: white; border: 1px solid #5a5f66;")
            label.setFixedSize(pixmap.deviceIndependentSize().toSize())
            self.column_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        pages = len(images)
        self.pages_label.setText(self.tr("%Ln pages", "", pages))
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.status.setText(self.tr("L'aperçu n'a pas pu être préparé : {0}").format(error_text(error)))
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.show()
