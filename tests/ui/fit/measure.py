"""Texts wider than their widgets: labels, buttons, tabs and header sections of a shown window.

A text counts as cut when the font's advance of the text is wider than the room the style gives
it (QFontMetrics.horizontalAdvance against the contents rectangle). Elision the code chose, with
the whole text in a tooltip, is not a fault: the reader can still see it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # a pixel of rounding at fractional scales


def plain(text: str) -> str:
    """The text as drawn: "&&" is an ampersand, a lone "&" marks the shortcut letter."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def where(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def _told_in_tooltip(widget: QWidget, text: str) -> bool:
    return bool(text) and text in widget.toolTip()


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.wordWrap() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        needed = label.sizeHint().width()  # a rich text's own layout, margins included
        room = label.width()
    else:
        lines = plain(text).split("\n")
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
        room = label.contentsRect().width() - 2 * label.margin() - 2 * max(label.indent(), 0)
    if needed > room + SLACK and not _told_in_tooltip(label, plain(text)):
        return f"label {plain(text)!r}: {needed} px of text in {room} px"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = plain(button.text())
    if not text:
        return None
    style = button.style()
    needed = button.fontMetrics().horizontalAdvance(text)
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
        room -= 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button) // 2
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
        if button.menu() is not None:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    elif isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        room = style.subElementRect(element, option, button).width()
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly and not button.icon().isNull():
            return None
        needed = button.sizeHint().width()
        room = button.width()
    else:
        return None
    if needed > room + SLACK and not _told_in_tooltip(button, text):
        return f"button {text!r}: {needed} px of text in {room} px"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        text = plain(bar.tabText(i))
        needed = bar.tabSizeHint(i).width()
        rect = bar.tabRect(i)
        shown = rect.intersected(bar.rect()).width()
        if (needed > rect.width() + SLACK or shown < rect.width() - SLACK) and not (
            text and text in bar.tabToolTip(i)
        ):
            found.append(f"tab {text!r}: needs {needed} px, shown on {min(shown, rect.width())} px")
    return found


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or not visible(header):
        return []
    found = []
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    if not horizontal:
        return []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        tooltip = model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole) or ""
        needed = metrics.horizontalAdvance(str(text)) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        room = header.sectionSize(section)
        if needed > room + SLACK and str(text) not in str(tooltip):
            found.append(f"header {text!r}: {needed} px in a {room} px column")
    return found


def _list_items(view: QListView) -> list[str]:
    """A list without a horizontal scroll bar (the sidebar) must show each item whole."""
    model = view.model()
    if model is None or view.horizontalScrollBar().isVisible():
        return []
    found = []
    room = view.viewport().width()
    for row in range(min(model.rowCount(), 50)):
        index = model.index(row, view.modelColumn())
        rect = view.visualRect(index)
        needed = view.sizeHintForIndex(index).width()
        text = str(index.data() or "")
        tooltip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        if rect.isValid() and needed > room + SLACK and not all(part in tooltip for part in text.split("\n")):
            found.append(f"item {text!r}: {needed} px in {room} px")
    return found


def _clipped(widget: QWidget, needed_width: int) -> str | None:
    """Shown in part only: a parent too narrow cuts it off (scroll areas say so with a bar)."""
    region = widget.visibleRegion().boundingRect()
    if region.isEmpty() or region.width() >= min(widget.width(), needed_width) - SLACK:
        return None
    return f"shown on {region.width()} of its {widget.width()} px"


def _needs_side_scroll(area: QAbstractScrollArea) -> str | None:
    """A form or a text that must be scrolled sideways does not fit; a table may."""
    bar = area.horizontalScrollBar()
    if isinstance(area, QAbstractItemView) or not bar.isVisible() or bar.maximum() <= 2:
        return None
    return f"scrolls sideways ({area.horizontalScrollBar().maximum()} px more)"


def cut_texts(top: QWidget) -> list[str]:
    """Every text of `top`'s shown widgets that is wider than its room."""
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not visible(widget) or (not widget.isVisibleTo(top) and widget is not top):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
        elif isinstance(widget, QTabBar):
            found.extend(f"{where(widget)}: {p}" for p in _tabs(widget))
        elif isinstance(widget, QListView):
            found.extend(f"{where(widget)}: {p}" for p in _list_items(widget))
        elif isinstance(widget, QAbstractItemView):
            for header in widget.findChildren(QHeaderView):
                if header.parentWidget() is widget:
                    found.extend(f"{where(widget)}: {p}" for p in _header(header))
        if isinstance(widget, QAbstractScrollArea) and problem is None:
            problem = _needs_side_scroll(widget)
        if problem is None and isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            problem = _clipped(widget, widget.sizeHint().width())
            problem = problem and f"{plain(widget.text())!r} {problem}"
        if problem:
            found.append(f"{where(widget)}: {problem}")
    return sorted(set(found))
